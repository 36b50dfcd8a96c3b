import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '@phoenix/db';
import {
  catalogueMeta,
  items,
  jobTitles,
  mobilityLinks,
  occupationItems,
  occupationSimilarities,
  occupations,
  type CatalogueMetaRow,
  type OccupationRow,
} from '../db/schema.js';
import type { ItemKind } from '../import/catalogue.js';
import type { SearchCandidate, SearchQuery } from '../domain/search.js';
import type { CoreFlag } from '../domain/types.js';

export interface ItemRow {
  code: string;
  ogr: number;
  label: string;
  kind: ItemKind;
  core: CoreFlag;
}

/** Fiches by code, in no particular order. */
export function occupationsByCodes(db: Database, codes: readonly string[]): Promise<OccupationRow[]> {
  return db.select().from(occupations).where(inArray(occupations.code, [...codes]));
}

/** Every item of the given fiches, with its label and kind. */
export function itemsOfOccupations(db: Database, codes: readonly string[]): Promise<ItemRow[]> {
  return db
    .select({ code: occupationItems.code, ogr: occupationItems.ogr, label: items.label, kind: items.kind, core: occupationItems.core })
    .from(occupationItems)
    .innerJoin(items, eq(items.ogr, occupationItems.ogr))
    .where(inArray(occupationItems.code, [...codes]))
    .orderBy(asc(occupationItems.code), asc(occupationItems.ogr));
}

/** Job titles of the given fiches, alphabetical. */
export function jobTitlesOfOccupations(db: Database, codes: readonly string[]): Promise<{ code: string; label: string }[]> {
  return db
    .select({ code: jobTitles.code, label: jobTitles.label })
    .from(jobTitles)
    .where(inArray(jobTitles.code, [...codes]))
    .orderBy(asc(jobTitles.label));
}

/** France Travail's mobility links from a fiche, best first. */
export function mobilityFrom(db: Database, code: string): Promise<{ targetCode: string; rank: number }[]> {
  return db
    .select({ targetCode: mobilityLinks.targetCode, rank: mobilityLinks.rank })
    .from(mobilityLinks)
    .where(eq(mobilityLinks.code, code))
    .orderBy(asc(mobilityLinks.rank), asc(mobilityLinks.targetCode));
}

/** Skill proximity from a fiche to its nearest fiches and mobility targets, closest first. */
export function similaritiesFrom(db: Database, code: string): Promise<{ targetCode: string; similarity: number }[]> {
  return db
    .select({ targetCode: occupationSimilarities.targetCode, similarity: occupationSimilarities.similarity })
    .from(occupationSimilarities)
    .where(eq(occupationSimilarities.code, code))
    .orderBy(desc(occupationSimilarities.similarity), asc(occupationSimilarities.targetCode));
}

/** The loaded catalogue's provenance, or undefined when none is loaded. */
export async function loadedCatalogue(db: Database): Promise<CatalogueMetaRow | undefined> {
  const [row] = await db.select().from(catalogueMeta).where(eq(catalogueMeta.id, 'current'));
  return row;
}

/**
 * Titles and job titles containing every token, shortest first. Plain `LIKE` on a
 * normalised column: the same on PGlite and PostgreSQL, no extension needed.
 */
export async function searchCandidates(db: Database, query: SearchQuery, limit: number): Promise<{ candidates: SearchCandidate[]; codes: string[] }> {
  const codes = query.codePrefix
    ? (await db.select({ code: occupations.code }).from(occupations).where(like(occupations.code, `${query.codePrefix}%`)).orderBy(asc(occupations.code)).limit(limit)).map((r) => r.code)
    : [];
  if (query.tokens.length === 0) return { candidates: [], codes };
  // Tokens hold only [a-z0-9] after normalisation, so they need no LIKE escaping.
  const contains = (column: AnyPgColumn) => and(...query.tokens.map((token) => like(column, `%${token}%`)));
  const titles = await db
    .select({ code: occupations.code, normalised: occupations.titleNormalised })
    .from(occupations)
    .where(contains(occupations.titleNormalised))
    .orderBy(sql`length(${occupations.titleNormalised})`, asc(occupations.code))
    .limit(limit);
  const titled = await db
    .select({ code: jobTitles.code, normalised: jobTitles.normalised })
    .from(jobTitles)
    .where(contains(jobTitles.normalised))
    .orderBy(sql`length(${jobTitles.normalised})`, asc(jobTitles.ogr))
    .limit(limit);
  return {
    candidates: [...titles.map((row) => ({ ...row, kind: 'title' as const })), ...titled.map((row) => ({ ...row, kind: 'job_title' as const }))],
    codes,
  };
}
