import { notFound } from '@phoenix/errors';
import type { AubeContext } from '../context.js';
import type { Candidate } from '../domain/recommendations.js';
import type { DataProvenance, OccupationData } from '../domain/types.js';
import { NEAREST_CANDIDATES } from '../domain/model.js';
import { mobilityFrom, similaritiesFrom } from '../store/catalogue.js';

/** The fiche with its tasks; NOT_FOUND when the catalogue has no such code. */
export async function requireOccupation(context: AubeContext, code: string): Promise<OccupationData> {
  const occupation = await context.loaders.occupationData.load(code);
  if (!occupation) throw notFound(`No occupation with ROME code ${code} in the catalogue.`);
  return occupation;
}

/** The loaded catalogue's data version and sources. */
export async function provenanceOf(context: AubeContext): Promise<DataProvenance> {
  const catalogue = await context.loaders.catalogue();
  if (!catalogue) throw new Error('The occupation catalogue is empty: run `npm run aube:import` or start with the seed.');
  return { dataVersion: catalogue.dataVersion, sources: catalogue.sources };
}

/** Target candidates: France Travail's mobility links and the fiches closest in skills, with their proximity. */
export async function candidatesFor(context: AubeContext, code: string): Promise<Candidate[]> {
  const [links, similar] = await Promise.all([mobilityFrom(context.db, code), similaritiesFrom(context.db, code)]);
  const ranks = new Map(links.map((link) => [link.targetCode, link.rank]));
  const proximity = new Map(similar.map((row) => [row.targetCode, row.similarity]));
  const nearest = similar.slice(0, NEAREST_CANDIDATES).map((row) => row.targetCode);
  const codes = [...new Set([...links.map((link) => link.targetCode), ...nearest])].filter((candidate) => candidate !== code);
  const occupations = await context.loaders.occupationData.loadMany(codes);
  return occupations.flatMap((occupation) => {
    if (occupation instanceof Error) throw occupation;
    return occupation ? [{ occupation, mobilityRank: ranks.get(occupation.code) ?? null, similarity: proximity.get(occupation.code) ?? 0 }] : [];
  });
}
