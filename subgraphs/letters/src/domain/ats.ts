import { coverage, offerKeywords } from './keywords.js';
import { actionVerbs, formattingProblems, quantifiedResults, type FormattingProblem } from './signals.js';
import { clampScore, countWords, plural } from './text.js';

/** One factor of a score: its own 0–100 score, its weight, and what it adds to the total. */
export interface ScoreFactor {
  name: string;
  score: number;
  weight: number;
  contribution: number;
  detail: string;
}

export type LengthBand = 'TOO_SHORT' | 'IDEAL' | 'TOO_LONG';

/** An ATS reading of a letter against an offer. */
export interface AtsResult {
  score: number;
  factors: ScoreFactor[];
  keywords: string[];
  matchedKeywords: string[];
  missingKeywords: string[];
  wordCount: number;
  lengthBand: LengthBand;
  actionVerbs: string[];
  quantifiedResults: string[];
  formattingProblems: FormattingProblem[];
}

/** Words recruiters and ATS expect of a cover letter (DOMAIN.md). */
export const LENGTH_BAND = { min: 200, max: 400 } as const;

/** Weights of the ATS factors; they sum to 1. Keyword coverage is what an ATS filters on first. */
export const ATS_WEIGHTS = { keywords: 0.4, length: 0.15, actionVerbs: 0.15, quantifiedResults: 0.15, formatting: 0.15 } as const;

/** The band of a word count. */
export function lengthBand(wordCount: number): LengthBand {
  if (wordCount < LENGTH_BAND.min) return 'TOO_SHORT';
  return wordCount > LENGTH_BAND.max ? 'TOO_LONG' : 'IDEAL';
}

// Full marks inside the band; proportionally less below it; a quarter point lost per word above.
function lengthScore(wordCount: number): number {
  if (wordCount < LENGTH_BAND.min) return clampScore((100 * wordCount) / LENGTH_BAND.min);
  return clampScore(100 - Math.max(0, wordCount - LENGTH_BAND.max) / 4);
}

const ladder = (steps: readonly number[], count: number) => steps[Math.min(count, steps.length - 1)] ?? 0;

/** Weighs factor scores into a total; each factor's contribution is weight × score. */
export function weigh(parts: readonly Omit<ScoreFactor, 'contribution'>[]): { score: number; factors: ScoreFactor[] } {
  const factors = parts.map((part) => ({ ...part, contribution: Math.round(part.weight * part.score * 10) / 10 }));
  return { score: clampScore(parts.reduce((sum, part) => sum + part.weight * part.score, 0)), factors };
}

/**
 * Scores a letter as an applicant-tracking system would read it against the offer: coverage
 * of the offer's stemmed French keywords (0.40), length band 200–400 words (0.15), distinct
 * action verbs (0.15), quantified results (0.15) and formatting an ATS parses badly (0.15).
 */
export function analyzeAts(letterText: string, offerText: string, company?: string): AtsResult {
  const keywords = offerKeywords(offerText, { company });
  const { matched, missing } = coverage(letterText, keywords);
  const wordCount = countWords(letterText);
  const verbs = actionVerbs(letterText);
  const results = quantifiedResults(letterText);
  const problems = formattingProblems(letterText);
  const keywordScore = keywords.length === 0 ? 100 : clampScore((100 * matched.length) / keywords.length);
  const band = lengthBand(wordCount);
  const { score, factors } = weigh([
    { name: 'keywords', weight: ATS_WEIGHTS.keywords, score: keywordScore, detail: `${plural(matched.length, 'mot-clé', 'mots-clés')} de l’offre sur ${keywords.length} dans la lettre.` },
    { name: 'length', weight: ATS_WEIGHTS.length, score: lengthScore(wordCount), detail: `${plural(wordCount, 'mot', 'mots')} (attendu : ${LENGTH_BAND.min} à ${LENGTH_BAND.max}).` },
    { name: 'actionVerbs', weight: ATS_WEIGHTS.actionVerbs, score: ladder([0, 40, 70, 90, 100], verbs.length), detail: `${plural(verbs.length, 'verbe d’action distinct', 'verbes d’action distincts')}.` },
    { name: 'quantifiedResults', weight: ATS_WEIGHTS.quantifiedResults, score: ladder([0, 60, 85, 100], results.length), detail: `${plural(results.length, 'résultat chiffré', 'résultats chiffrés')}.` },
    { name: 'formatting', weight: ATS_WEIGHTS.formatting, score: clampScore(100 - 25 * problems.length), detail: problems.length === 0 ? 'Aucun problème de mise en forme.' : `${plural(problems.length, 'problème', 'problèmes')} de mise en forme.` },
  ]);
  return {
    score,
    factors,
    keywords: keywords.map((k) => k.word),
    matchedKeywords: matched.map((k) => k.word),
    missingKeywords: missing.map((k) => k.word),
    wordCount,
    lengthBand: band,
    actionVerbs: verbs,
    quantifiedResults: results,
    formattingProblems: problems,
  };
}
