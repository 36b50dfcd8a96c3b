import type { CompanyCultureResolvers } from '../__generated__/resolvers-types.js';
import type { AnalysisRow } from '../db/schema.js';
import type { CultureReading } from '../domain/culture.js';
import { toGraphTone } from '../domain/tone.js';

const culture = (row: AnalysisRow) => row.result as CultureReading & { company: string };

export const CompanyCulture: CompanyCultureResolvers = {
  company: (row) => culture(row).company,
  communicationStyle: (row) => culture(row).communicationStyle,
  workEnvironment: (row) => culture(row).workEnvironment,
  leadershipStyle: (row) => culture(row).leadershipStyle,
  innovationLevel: (row) => culture(row).innovationLevel,
  confidence: (row) => culture(row).confidence,
  recommendedTone: (row) => toGraphTone(culture(row).recommendedTone),
  signals: (row) => culture(row).signals,
  explanation: (row) => culture(row).explanation,
};
