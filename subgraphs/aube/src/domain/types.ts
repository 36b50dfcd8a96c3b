import type { AutomationFigure, CatalogueSource } from '../import/catalogue.js';
import type { ConfidenceLevel, EvolutionType, Horizon, ThreatLevel } from './labels.js';
import type { Bottleneck } from './model.js';

export type CoreFlag = 'principale' | 'emergente' | null;

export interface OccupationItem {
  ogr: number;
  label: string;
  core: CoreFlag;
}

/** Everything the scoring needs about one fiche, as read from the catalogue. */
export interface OccupationData {
  code: string;
  title: string;
  parentCode: string | null;
  digitalTransition: 'O' | 'N';
  figure: AutomationFigure | null;
  /** Savoir-faire items: the task profile. */
  tasks: OccupationItem[];
  knowledge: OccupationItem[];
  softSkills: OccupationItem[];
  /** Work contexts (`En extérieur`, `Possibilité de télétravail`...). */
  contexts: OccupationItem[];
}

/** The catalogue's provenance, cited by every result. */
export interface DataProvenance {
  dataVersion: string;
  sources: CatalogueSource[];
}

/** One additive part of a score. */
export interface Factor {
  name: string;
  label: string;
  /** Points, one decimal; a result's factors add up exactly to its score. */
  contribution: number;
  detail: string;
}

export interface TaskExposure {
  label: string;
  /** Share of the task left exposed to automation, 0–1. */
  exposure: number;
  core: boolean;
  /** Bottlenecks the task clearly needs (level ≥ 0.5). */
  bottlenecks: Bottleneck[];
}

export interface ResilienceResult {
  occupationCode: string;
  occupationTitle: string;
  score: number;
  /** 1 − score / 100: the share of the work left exposed. */
  exposure: number;
  evolution: EvolutionType;
  horizon: Horizon;
  threatLevel: ThreatLevel;
  confidence: ConfidenceLevel;
  /** Data coverage behind the confidence label, 0–1. */
  coverage: number;
  anxietyScore: number;
  factors: Factor[];
  protectiveTasks: TaskExposure[];
  exposedTasks: TaskExposure[];
  taskCount: number;
  /** Exposure the tasks start from (the figure's percentile, or the median when there is none). */
  baseExposure: number;
  figure: AutomationFigure | null;
  /** Set when the person's inputs adjusted the score. */
  personal: { yearsOfExperience: number; protectiveSkills: string[] } | null;
  sources: CatalogueSource[];
  dataVersion: string;
  modelVersion: string;
}
