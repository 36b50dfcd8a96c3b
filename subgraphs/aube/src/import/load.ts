import { count, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { catalogueMeta, items, occupations } from '../db/schema.js';
import { normaliseText } from '../domain/text.js';
import type { Catalogue } from './catalogue.js';
import { similarityRows } from './similarities.js';

const BATCH = 20_000;
const CATALOGUE_LOCK = sql`hashtext('phoenix:aube:catalogue')`;
const CORE = [null, 'principale', 'emergente'] as const;

/**
 * Replaces the whole catalogue in one transaction: readers see the old catalogue or the new
 * one, never a mix. Explorations keep their own snapshot, so they are untouched.
 */
export async function loadCatalogue(db: Database, catalogue: Catalogue): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CATALOGUE_LOCK})`);
    await writeCatalogue(tx, catalogue);
  });
}

/** Loads `catalogue` only when no catalogue is loaded yet; true when it did. Safe when replicas start together. */
export async function loadCatalogueIfEmpty(db: Database, catalogue: () => Catalogue): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CATALOGUE_LOCK})`);
    const [row] = await tx.select({ n: count() }).from(occupations);
    if ((row?.n ?? 0) > 0) return false;
    await writeCatalogue(tx, catalogue());
    return true;
  });
}

async function writeCatalogue(tx: Transaction, catalogue: Catalogue): Promise<void> {
  await tx.delete(occupations);
  await tx.delete(items);
  await tx.delete(catalogueMeta);
  await bulkInsert(tx, 'items', { ogr: 'integer', label: 'text', kind: 'text' }, catalogue.items);
  await tx.insert(occupations).values(
    catalogue.occupations.map((occupation) => ({
      code: occupation.code,
      title: occupation.title,
      titleNormalised: normaliseText(occupation.title),
      parentCode: occupation.parentCode,
      greenTransition: occupation.greenTransition,
      digitalTransition: occupation.digitalTransition,
      figure: occupation.figure,
    })),
  );
  const links = catalogue.occupations.flatMap((occupation) => occupation.items.map(([ogr, core]) => ({ code: occupation.code, ogr, core: CORE[core] })));
  await bulkInsert(tx, 'occupation_items', { code: 'text', ogr: 'integer', core: 'text' }, links);
  const titles = catalogue.occupations.flatMap((occupation) =>
    occupation.jobTitles.map(([ogr, label]) => ({ ogr, code: occupation.code, label, normalised: normaliseText(label) })),
  );
  await bulkInsert(tx, 'job_titles', { ogr: 'integer', code: 'text', label: 'text', normalised: 'text' }, titles);
  const codes = new Set(catalogue.occupations.map((occupation) => occupation.code));
  const mobility = catalogue.occupations.flatMap((occupation) =>
    occupation.mobility.filter(([target]) => codes.has(target)).map(([target_code, rank]) => ({ code: occupation.code, target_code, rank })),
  );
  await bulkInsert(tx, 'mobility_links', { code: 'text', target_code: 'text', rank: 'integer' }, mobility);
  const similarities = similarityRows(catalogue).map((row) => ({ code: row.code, target_code: row.targetCode, similarity: row.similarity }));
  await bulkInsert(tx, 'occupation_similarities', { code: 'text', target_code: 'text', similarity: 'double precision' }, similarities);
  await tx.insert(catalogueMeta).values({ id: 'current', dataVersion: catalogue.dataVersion, sources: catalogue.sources, report: catalogue.report });
}

/**
 * Inserts rows sent as one JSON parameter per batch (`jsonb_to_recordset`): about twice as
 * fast as multi-row VALUES for the catalogue's 100,000 rows, on PGlite and PostgreSQL alike.
 * Table and column names are this module's constants, never input.
 */
async function bulkInsert(tx: Transaction, table: string, columns: Record<string, string>, rows: readonly object[]): Promise<void> {
  const names = Object.keys(columns).join(', ');
  const types = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = JSON.stringify(rows.slice(start, start + BATCH));
    await tx.execute(sql`insert into ${sql.raw(`aube.${table} (${names})`)} select ${sql.raw(names)} from jsonb_to_recordset(${batch}::jsonb) as r(${sql.raw(types)})`);
  }
}
