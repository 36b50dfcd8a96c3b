import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Catalogue, CatalogueOccupation, ImportReport } from './catalogue.js';

/** The shipped seed: a subset of the catalogue the importer derived from the official files. */
export const SEED_FILE = fileURLToPath(new URL('../../seed/catalogue.json.br', import.meta.url));

/**
 * The seed keeps France Travail's 532 historical fiches (those without a parent) with
 * their tasks, core knowledge, soft skills, work contexts, job titles and the mobility
 * links between them; non-core knowledge items and all but the three heaviest ESCO matches
 * of each figure are left to the full import.
 */
export function seedSubset(catalogue: Catalogue): Catalogue {
  const kinds = new Map(catalogue.items.map((item) => [item.ogr, item.kind]));
  const kept = catalogue.occupations.filter((occupation) => occupation.parentCode === null);
  const codes = new Set(kept.map((occupation) => occupation.code));
  const occupations: CatalogueOccupation[] = kept.map((occupation) => ({
    ...occupation,
    items: occupation.items.filter(([ogr, core]) => kinds.get(ogr) !== 'savoir' || core !== 0),
    mobility: occupation.mobility.filter(([target]) => codes.has(target)),
    figure: occupation.figure && { ...occupation.figure, matches: occupation.figure.matches.slice(0, 3) },
  }));
  const used = new Set(occupations.flatMap((occupation) => occupation.items.map(([ogr]) => ogr)));
  const items = catalogue.items.filter((item) => used.has(item.ogr));
  return {
    dataVersion: `${catalogue.dataVersion} · seed (${occupations.length} fiches)`,
    sources: catalogue.sources,
    items,
    occupations,
    report: reportOf(occupations, items.length),
  };
}

function reportOf(occupations: CatalogueOccupation[], items: number): ImportReport {
  const count = (derivation: string | null) => occupations.filter((o) => (o.figure?.derivation ?? null) === derivation).length;
  return {
    fiches: occupations.length,
    direct: count('direct_esco'),
    iscoFallback: count('isco_fallback'),
    parentFiche: count('parent_fiche'),
    none: count(null),
    jobTitles: occupations.reduce((sum, o) => sum + o.jobTitles.length, 0),
    items,
    occupationItems: occupations.reduce((sum, o) => sum + o.items.length, 0),
    mobilityLinks: occupations.reduce((sum, o) => sum + o.mobility.length, 0),
    mappedJobTitles: 0,
  };
}

/** Writes the seed, brotli-compressed (about a fifth of the JSON). */
export function writeSeed(catalogue: Catalogue, path: string = SEED_FILE): number {
  const json = Buffer.from(JSON.stringify(catalogue));
  const compressed = brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } });
  writeFileSync(path, compressed);
  return compressed.length;
}

/** Reads the shipped seed. */
export function readSeed(path: string = SEED_FILE): Catalogue {
  const catalogue = JSON.parse(brotliDecompressSync(readFileSync(path)).toString('utf8')) as Catalogue;
  if (typeof catalogue.dataVersion !== 'string' || !Array.isArray(catalogue.occupations) || !Array.isArray(catalogue.items)) {
    throw new Error(`${path} is not an Aube seed catalogue`);
  }
  return catalogue;
}
