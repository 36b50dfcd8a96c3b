import type { CoachFeedbackResolvers } from '../__generated__/resolvers-types.js';
import type { AnalysisRow } from '../db/schema.js';
import type { CoachResult } from '../domain/coach.js';

const coaching = (row: AnalysisRow) => row.result as CoachResult;

export const CoachFeedback: CoachFeedbackResolvers = {
  // Coaching is always of a letter; the column is nullable only for the other kinds.
  letterId: (row) => row.letterId ?? '',
  letterVersion: (row) => row.letterVersion ?? 0,
  score: (row) => coaching(row).score,
  clarity: (row) => coaching(row).clarity,
  impact: (row) => coaching(row).impact,
  personalisation: (row) => coaching(row).personalisation,
  professionalTone: (row) => coaching(row).professionalTone,
  factors: (row) => coaching(row).factors,
  suggestions: (row) => coaching(row).suggestions,
  createdAt: (row) => row.createdAt.toISOString(),
};
