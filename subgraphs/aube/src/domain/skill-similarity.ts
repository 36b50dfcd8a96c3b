import { normaliseText } from './text.js';

// Words every ROME item uses: they say nothing about which job it belongs to.
const STOP_WORDS = new Set([
  'avec', 'dans', 'pour', 'selon', 'leur', 'leurs', 'tout', 'tous', 'toute', 'toutes', 'cette', 'entre', 'sans', 'sous', 'vers', 'etre', 'faire',
  'realiser', 'effectuer', 'mettre', 'oeuvre', 'assurer', 'suivre', 'suivi', 'definir', 'identifier', 'verifier', 'controler', 'preparer',
  'utiliser', 'utilisation', 'appliquer', 'respecter', 'regles', 'besoin', 'besoins', 'ensemble', 'activite', 'activites', 'travail', 'travaux',
  'actions', 'action', 'elements', 'differents', 'differentes', 'type', 'types', 'modalites', 'auprès', 'aupres',
]);

const STEM = 6;

/** The stems a French item label is compared on: significant words, cut to six letters. */
export function skillTerms(label: string): string[] {
  const words = normaliseText(label)
    .split(' ')
    .filter((word) => word.length >= 4 && !STOP_WORDS.has(word) && !/^\d+$/.test(word));
  return [...new Set(words.map((word) => word.slice(0, STEM)))];
}

export interface SkillProfile {
  code: string;
  /** Skill and knowledge labels with their weight (core items count double). */
  items: readonly { label: string; weight: number }[];
}

/**
 * Skill proximity between fiches: cosine similarity of TF-IDF vectors of their item
 * stems, so two fiches that describe the same know-how in different items still meet.
 */
export class SkillSimilarity {
  private readonly index = new Map<string, number>();
  private readonly codes: string[] = [];
  /** Per fiche: term ids and their normalised weights. */
  private readonly vectors: { terms: Int32Array; weights: Float64Array }[] = [];
  /** Per term: fiches and their weights. */
  private readonly postings: { docs: number[]; weights: number[] }[] = [];

  constructor(profiles: readonly SkillProfile[]) {
    const termIds = new Map<string, number>();
    const counts = profiles.map((profile) => termCounts(profile));
    const frequency: number[] = [];
    for (const tf of counts) {
      for (const term of tf.keys()) {
        let id = termIds.get(term);
        if (id === undefined) termIds.set(term, (id = termIds.size));
        frequency[id] = (frequency[id] ?? 0) + 1;
      }
    }
    const total = Math.max(profiles.length, 1);
    profiles.forEach((profile, doc) => {
      this.index.set(profile.code, doc);
      this.codes.push(profile.code);
      const entries = [...(counts[doc] ?? new Map<string, number>())]
        .map(([term, count]) => {
          const id = termIds.get(term) ?? 0;
          return [id, count * Math.log(total / (frequency[id] ?? 1))] as const;
        })
        .filter(([, weight]) => weight > 0);
      const norm = Math.sqrt(entries.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
      this.vectors.push({ terms: Int32Array.from(entries.map(([id]) => id)), weights: Float64Array.from(entries.map(([, weight]) => weight / norm)) });
      for (const [id, weight] of entries) {
        const posting = (this.postings[id] ??= { docs: [], weights: [] });
        posting.docs.push(doc);
        posting.weights.push(weight / norm);
      }
    });
  }

  /** Cosine similarity of two fiches, 0–1. */
  between(a: string, b: string): number {
    const left = this.vectorOf(a);
    const right = this.vectorOf(b);
    if (!left || !right) return 0;
    const weights = new Map<number, number>();
    right.terms.forEach((term, i) => weights.set(term, right.weights[i] ?? 0));
    let dot = 0;
    left.terms.forEach((term, i) => (dot += (left.weights[i] ?? 0) * (weights.get(term) ?? 0)));
    return Math.min(1, dot);
  }

  /** The `count` fiches closest to `code`, closest first. */
  nearest(code: string, count: number): [string, number][] {
    const doc = this.index.get(code);
    const vector = this.vectorOf(code);
    if (doc === undefined || !vector) return [];
    const scores = new Float64Array(this.codes.length);
    vector.terms.forEach((term, i) => {
      const weight = vector.weights[i] ?? 0;
      const posting = this.postings[term];
      if (!posting) return;
      for (let p = 0; p < posting.docs.length; p += 1) scores[posting.docs[p] ?? 0]! += weight * (posting.weights[p] ?? 0);
    });
    scores[doc] = 0;
    return [...scores.keys()]
      .filter((other) => (scores[other] ?? 0) > 0)
      .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (this.codes[a] ?? '').localeCompare(this.codes[b] ?? ''))
      .slice(0, count)
      .map((other) => [this.codes[other] ?? '', Math.min(1, scores[other] ?? 0)]);
  }

  private vectorOf(code: string) {
    const doc = this.index.get(code);
    return doc === undefined ? undefined : this.vectors[doc];
  }
}

function termCounts(profile: SkillProfile): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of profile.items) for (const term of skillTerms(item.label)) counts.set(term, (counts.get(term) ?? 0) + item.weight);
  return counts;
}
