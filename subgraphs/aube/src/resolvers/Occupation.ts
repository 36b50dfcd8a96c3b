import { notFound } from '@phoenix/errors';
import { pageSize } from '../authz.js';
import type { AubeContext } from '../context.js';
import type { OccupationRow } from '../db/schema.js';
import { recommend, type Preferences } from '../domain/recommendations.js';
import { computeResilience } from '../domain/resilience.js';
import { candidatesFor, provenanceOf, requireOccupation } from '../services/catalogue.js';
import type { OccupationResolvers } from '../__generated__/resolvers-types.js';

/**
 * An Occupation as resolvers pass it around: its code, and the title a stored exploration
 * knew it by, shown should a later import have dropped the fiche. Fields load the rest.
 */
export interface OccupationRef {
  code: string;
  title?: string;
}

/** Without a person's inputs, values, environments and personality count as neutral. */
const NEUTRAL_PREFERENCES: Preferences = { values: [], environments: [], riasec: null, bigFive: null };

async function rowOf(context: AubeContext, code: string): Promise<OccupationRow> {
  const row = await context.loaders.occupation.load(code);
  if (!row) throw notFound(`No occupation with ROME code ${code} in the catalogue.`);
  return row;
}

export const Occupation: OccupationResolvers = {
  __resolveReference: async (reference, context) => ((await context.loaders.occupation.load(reference.code)) ? { code: reference.code } : null),
  title: async (occupation, _args, context) => {
    const row = await context.loaders.occupation.load(occupation.code);
    if (row) return row.title;
    if (occupation.title) return occupation.title;
    throw notFound(`No occupation with ROME code ${occupation.code} in the catalogue.`);
  },
  parentCode: async (occupation, _args, context) => (await rowOf(context, occupation.code)).parentCode,
  automation: async (occupation, _args, context) => (await rowOf(context, occupation.code)).figure,
  jobTitles: (occupation, _args, context) => context.loaders.jobTitles.load(occupation.code),
  skills: async (occupation, { core }, context) => {
    const items = await context.loaders.items.load(occupation.code);
    return items.filter((item) => item.kind !== 'contexte' && (!core || item.core === 'principale'));
  },
  workContexts: async (occupation, _args, context) =>
    (await context.loaders.items.load(occupation.code)).filter((item) => item.kind === 'contexte').map((item) => item.label),
  resilience: async (occupation, _args, context) => {
    const [data, provenance] = await Promise.all([requireOccupation(context, occupation.code), provenanceOf(context)]);
    return computeResilience(data, provenance);
  },
  transitions: async (occupation, { first }, context) => {
    const count = pageSize(first, 5, 5);
    const [source, candidates, provenance] = await Promise.all([
      requireOccupation(context, occupation.code),
      candidatesFor(context, occupation.code),
      provenanceOf(context),
    ]);
    return recommend(source, candidates, NEUTRAL_PREFERENCES, provenance, count);
  },
};
