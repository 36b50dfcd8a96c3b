import { contentTerms, stem } from './french.js';
import { referenceCorpus } from './corpus.js';
import { splitSentences } from './sentences.js';

/** A keyword of a text: its stem, the form most used in the text, and its TF-IDF weight. */
export interface Keyword {
  stem: string;
  word: string;
  count: number;
  score: number;
}

/** The TF-IDF weights of a text's stems against the reference corpus. */
export function termWeights(text: string): Map<string, number> {
  const terms = contentTerms(text);
  const counts = new Map<string, number>();
  for (const { stem } of terms) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const corpus = referenceCorpus();
  const weights = new Map<string, number>();
  for (const [stem, count] of counts) weights.set(stem, (count / terms.length) * corpus.idf(stem));
  return weights;
}

// Conjugated verbs ("vous pilotez", "en garantissant") describe the job, they are not skills.
const VERB_FORM = /(ez|issant)$/;

export interface KeywordOptions {
  /** How many keywords to return; default 10. */
  limit?: number;
  /** Stems never returned (e.g. the company's name). */
  exclude?: ReadonlySet<string>;
  /** Leave out capitalised words that never appear in lower case (places, brands, names). */
  skipProperNouns?: boolean;
}

/**
 * The words that best characterise a French text: frequent in it and rare in the reference
 * corpus (TF-IDF on Porter stems). Ties keep the order of first appearance, so the result is
 * deterministic.
 */
export function extractKeywords(text: string, options: KeywordOptions = {}): Keyword[] {
  const limit = options.limit ?? 10;
  const skipped = new Set([...(options.exclude ?? []), ...(options.skipProperNouns ? properNounStems(text) : [])]);
  const terms = contentTerms(text).filter((term) => !skipped.has(term.stem) && !VERB_FORM.test(term.word));
  const byStem = new Map<string, { first: number; count: number; forms: Map<string, number> }>();
  terms.forEach(({ word, stem }, position) => {
    const entry = byStem.get(stem) ?? { first: position, count: 0, forms: new Map<string, number>() };
    entry.count += 1;
    entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
    byStem.set(stem, entry);
  });
  const corpus = referenceCorpus();
  return [...byStem.entries()]
    .map(([stem, entry]) => ({ stem, entry, score: (entry.count / terms.length) * corpus.idf(stem) }))
    .sort((a, b) => b.score - a.score || a.entry.first - b.entry.first)
    .slice(0, limit)
    .map(({ stem, entry, score }) => ({ stem, word: acronymCasing(text, mostUsedForm(entry.forms)), count: entry.count, score: round(score) }));
}

/** Cosine similarity of two TF-IDF weight maps (0 when either is empty). */
export function cosineSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [stem, weight] of a) dot += weight * (b.get(stem) ?? 0);
  const norm = (m: ReadonlyMap<string, number>) => Math.sqrt([...m.values()].reduce((sum, w) => sum + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

// Capitalised (not all-caps) words inside a sentence that the text never writes in lower
// case: "Lille", "Nord". Acronyms such as WMS or SQL stay keywords.
function properNounStems(text: string): Set<string> {
  const lowerCased = new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}-]*/gu)?.map((w) => w.toLowerCase()) ?? []);
  const stems = new Set<string>();
  for (const sentence of splitSentences(text)) {
    const candidates = sentence.match(/(?<!\p{L})\p{Lu}\p{Ll}+/gu) ?? [];
    for (const word of candidates.slice(sentence.match(/^\p{Lu}\p{Ll}+/u) ? 1 : 0)) {
      if (!lowerCased.has(word.toLowerCase())) stems.add(stem(word));
    }
  }
  return stems;
}

// Words are compared in lower case; an acronym the text writes in capitals (CPF, WMS) is
// given back in capitals.
function acronymCasing(text: string, word: string): string {
  const upper = word.toUpperCase();
  return word.length > 1 && new RegExp(`(?<!\\p{L})${escapeRegExp(upper)}(?!\\p{L})`, 'u').test(text) ? upper : word;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mostUsedForm(forms: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of forms) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
