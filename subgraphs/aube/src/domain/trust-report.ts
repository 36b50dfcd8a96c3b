import { explainRecommendation, explainResilience, type Explanation } from './explanation.js';
import type { ExplorationResult } from './exploration.js';
import type { ExplorationInputs } from './inputs.js';
import type { UpskillingStep } from './upskilling.js';
import type { CatalogueSource } from '../import/catalogue.js';

export const TRUST_REPORT_FORMAT = 'phoenix.aube.trust-report/1';

/** The "Trust by Design" report: the whole reasoning behind an exploration, self-contained. */
export interface TrustReportDocument {
  format: typeof TRUST_REPORT_FORMAT;
  reportId: string;
  explorationId: string;
  generatedAt: string;
  language: 'fr';
  occupation: { code: string; title: string };
  /** What the person declared; free-text skills are counted, never copied into a shareable document. */
  profile: { yearsOfExperience: number; values: string[]; environments: string[]; transferableSkills: number } | null;
  resilience: Explanation & { evolution: string; threatLevel: string; anxietyScore: number };
  recommendations: (Explanation & { code: string; title: string; skillsToAcquire: string[] })[];
  upskillingPlan: UpskillingStep[];
  sources: CatalogueSource[];
  dataVersion: string;
  modelVersion: string;
  notice: string;
}

export interface ReportSubject {
  reportId: string;
  explorationId: string;
  createdAt: Date;
  inputs: ExplorationInputs | null;
  result: ExplorationResult;
}

/** Builds the report; explanations are at level 3 for the score and level 2 for each recommendation. */
export function buildTrustReport(subject: ReportSubject): TrustReportDocument {
  const { result, inputs } = subject;
  const sources = new Map<string, CatalogueSource>();
  for (const source of [...result.resilience.sources, ...result.recommendations.flatMap((r) => r.sources)]) sources.set(source.id, source);
  return {
    format: TRUST_REPORT_FORMAT,
    reportId: subject.reportId,
    explorationId: subject.explorationId,
    generatedAt: subject.createdAt.toISOString(),
    language: 'fr',
    occupation: result.occupation,
    profile: inputs
      ? { yearsOfExperience: inputs.yearsOfExperience, values: [...inputs.values], environments: [...inputs.environments], transferableSkills: inputs.skills.length }
      : null,
    resilience: {
      ...explainResilience(result.resilience, 3),
      evolution: result.resilience.evolution,
      threatLevel: result.resilience.threatLevel,
      anxietyScore: result.resilience.anxietyScore,
    },
    recommendations: result.recommendations.map((recommendation) => ({
      ...explainRecommendation(recommendation, 2),
      code: recommendation.occupationCode,
      title: recommendation.occupationTitle,
      skillsToAcquire: recommendation.skillsToAcquire,
    })),
    upskillingPlan: result.upskilling,
    sources: [...sources.values()],
    dataVersion: result.resilience.dataVersion,
    modelVersion: result.resilience.modelVersion,
    notice:
      'Ce rapport explique un calcul fondé sur des données publiques ; il ne remplace pas l’avis d’un conseiller. ' +
      'Son propriétaire peut révoquer à tout moment le lien de partage.',
  };
}
