import { normaliseText, searchTokens } from './text.js';

export interface SearchCandidate {
  code: string;
  kind: 'title' | 'job_title';
  /** Normalised label (see `normaliseText`). */
  normalised: string;
}

export interface SearchQuery {
  normalised: string;
  tokens: string[];
  /** Set when the query looks like a ROME code or its start (`m18`, `M1805`). */
  codePrefix: string | null;
}

/** Prepares a user's search text; null when nothing searchable is left. */
export function parseSearch(text: string): SearchQuery | null {
  const normalised = normaliseText(text);
  const tokens = searchTokens(text).filter((token) => token.length >= 2 || /\d/.test(token));
  const code = /^([a-n])\s?(\d{1,4})$/.exec(normalised);
  const codePrefix = code ? `${code[1]!.toUpperCase()}${code[2]}` : null;
  if (tokens.length === 0 && !codePrefix) return null;
  return { normalised, tokens, codePrefix };
}

/**
 * Orders candidate codes: exact code, then exact title, title starting with the query,
 * every word matched at a word start, then mere substrings; titles before job titles,
 * shorter labels first. Each code appears once, at its best match.
 */
export function rankSearch(query: SearchQuery, candidates: readonly SearchCandidate[], codes: readonly string[] = []): string[] {
  const best = new Map<string, number>();
  const keep = (code: string, score: number) => {
    if (score > (best.get(code) ?? -Infinity)) best.set(code, score);
  };
  for (const code of codes) keep(code, code.length === 5 && code === query.codePrefix ? 1000 : 700 - code.length);
  for (const candidate of candidates) {
    const score = scoreCandidate(query, candidate);
    if (score > 0) keep(candidate.code, score);
  }
  return [...best.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}

function scoreCandidate(query: SearchQuery, candidate: SearchCandidate): number {
  const label = candidate.normalised;
  const words = label.split(' ');
  const kindBonus = candidate.kind === 'title' ? 20 : 0;
  const lengthPenalty = Math.min(label.length, 200) / 10;
  if (query.tokens.length === 0 || !query.tokens.every((token) => label.includes(token))) return 0;
  if (label === query.normalised) return 900 + kindBonus;
  if (label.startsWith(query.normalised)) return 800 + kindBonus - lengthPenalty;
  const atWordStart = query.tokens.filter((token) => words.some((word) => word.startsWith(token))).length;
  const wholeWords = query.tokens.filter((token) => words.includes(token)).length;
  if (atWordStart === query.tokens.length) return 600 + kindBonus + (10 * wholeWords) / query.tokens.length - lengthPenalty;
  return 300 + kindBonus + (10 * atWordStart) / query.tokens.length - lengthPenalty;
}
