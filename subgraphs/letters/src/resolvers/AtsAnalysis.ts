import type { AtsAnalysisResolvers } from '../__generated__/resolvers-types.js';
import type { AnalysisRow } from '../db/schema.js';
import type { AtsResult } from '../domain/ats.js';

const ats = (row: AnalysisRow) => row.result as AtsResult;

export const AtsAnalysis: AtsAnalysisResolvers = {
  score: (row) => ats(row).score,
  factors: (row) => ats(row).factors,
  keywords: (row) => ats(row).keywords,
  matchedKeywords: (row) => ats(row).matchedKeywords,
  missingKeywords: (row) => ats(row).missingKeywords,
  wordCount: (row) => ats(row).wordCount,
  lengthBand: (row) => ats(row).lengthBand,
  actionVerbs: (row) => ats(row).actionVerbs,
  quantifiedResults: (row) => ats(row).quantifiedResults,
  formattingProblems: (row) => ats(row).formattingProblems,
  createdAt: (row) => row.createdAt.toISOString(),
};
