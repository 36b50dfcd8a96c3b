/**
 * The occupation catalogue as the importer derives it from the official files: the format
 * written to the database and to the shipped seed. Arrays of tuples keep the seed small.
 */

/** ROME item kinds: `code_rubrique` 1, 3, 2, and empty (work contexts). */
export type ItemKind = 'savoir_faire' | 'savoir' | 'savoir_etre' | 'contexte';

/** How a fiche's automation figure was obtained. */
export type FigureDerivation = 'direct_esco' | 'isco_fallback' | 'parent_fiche';

export type MappingRelation = 'exact' | 'close' | 'broad' | 'narrow';

export interface CatalogueItem {
  ogr: number;
  label: string;
  kind: ItemKind;
}

/** One ESCO occupation (or ISCO unit group for the fallback) aggregated into a fiche's figure. */
export interface FigureMatch {
  kind: 'esco' | 'isco';
  /** ESCO concept URI, or the four-digit ISCO code. */
  id: string;
  label: string;
  /** Nesta's automation risk, 1–5 scale. */
  risk: number;
  /** Sum of the mapping-relation weights of the job titles mapped to it. */
  weight: number;
}

export interface FreyOsborneFigure {
  /** Weighted mean probability of computerisation, 0–1. */
  probability: number;
  socCodes: string[];
}

/** A fiche's automation figure, with where it comes from and how it was derived. */
export interface AutomationFigure {
  /** The dataset the score rests on (Frey & Osborne is shown for comparison only). */
  source: 'nesta_mcc';
  derivation: FigureDerivation;
  /** Weighted mean of Nesta's risk, 1–5 scale. */
  risk: number;
  /** Share of Nesta's 1,627 ESCO occupations with a lower risk (0–1): the exposure the score starts from. */
  percentile: number;
  /** Weighted mean share of bottleneck tasks (Nesta), 0–1. */
  bottleneckPrevalence: number;
  /** How many ESCO occupations or ISCO groups were aggregated. */
  aggregated: number;
  /** The heaviest of them (at most five). */
  matches: FigureMatch[];
  /** Set when the figure is the parent fiche's. */
  parentCode?: string;
  freyOsborne: FreyOsborneFigure | null;
}

export interface CatalogueOccupation {
  code: string;
  title: string;
  parentCode: string | null;
  /** France Travail's green-transition label (`Emploi Vert`, `Emploi Blanc`...), when given. */
  greenTransition: string | null;
  /** `O` when France Travail flags the fiche for the digital transition. */
  digitalTransition: 'O' | 'N';
  /** [ogr, label] */
  jobTitles: [number, string][];
  /** [ogr, core] — core: 0 none, 1 `Principale`, 2 `Émergente`. */
  items: [number, 0 | 1 | 2][];
  /** [target code, rank] — rank 1 is France Travail's first suggestion. */
  mobility: [string, number][];
  figure: AutomationFigure | null;
}

/** A dataset the catalogue was built from, as cited in every explanation. */
export interface CatalogueSource {
  id: SourceId;
  name: string;
  version: string;
  publisher: string;
  licence: string;
  attribution: string;
  url: string;
}

export type SourceId = 'rome' | 'esco_rome_mapping' | 'esco' | 'nesta_mcc' | 'frey_osborne';

/** What an import produced: the figures `aube:import` prints. */
export interface ImportReport {
  fiches: number;
  direct: number;
  iscoFallback: number;
  parentFiche: number;
  none: number;
  jobTitles: number;
  items: number;
  occupationItems: number;
  mobilityLinks: number;
  mappedJobTitles: number;
}

export interface Catalogue {
  /** One line naming every dataset version, stored with each score. */
  dataVersion: string;
  sources: CatalogueSource[];
  items: CatalogueItem[];
  occupations: CatalogueOccupation[];
  report: ImportReport;
}
