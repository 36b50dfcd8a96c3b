import { NEAREST_CANDIDATES } from '../domain/model.js';
import { SkillSimilarity } from '../domain/skill-similarity.js';
import type { Catalogue } from './catalogue.js';

export interface SimilarityRow {
  code: string;
  targetCode: string;
  similarity: number;
}

/**
 * Skill proximity for each fiche's nearest fiches and for its mobility targets, from the
 * wording of their savoir-faire and savoirs (core items count double).
 */
export function similarityRows(catalogue: Catalogue): SimilarityRow[] {
  const kinds = new Map(catalogue.items.map((item) => [item.ogr, item]));
  const similarity = new SkillSimilarity(
    catalogue.occupations.map((occupation) => ({
      code: occupation.code,
      items: occupation.items.flatMap(([ogr, core]) => {
        const item = kinds.get(ogr);
        return item && (item.kind === 'savoir_faire' || item.kind === 'savoir') ? [{ label: item.label, weight: core === 1 ? 2 : 1 }] : [];
      }),
    })),
  );
  const codes = new Set(catalogue.occupations.map((occupation) => occupation.code));
  return catalogue.occupations.flatMap((occupation) => {
    const pairs = new Map(similarity.nearest(occupation.code, NEAREST_CANDIDATES));
    for (const [target] of occupation.mobility) {
      if (codes.has(target) && target !== occupation.code && !pairs.has(target)) pairs.set(target, similarity.between(occupation.code, target));
    }
    return [...pairs].map(([targetCode, value]) => ({ code: occupation.code, targetCode, similarity: Math.round(value * 10_000) / 10_000 }));
  });
}
