import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AutomationFigure, CatalogueSource, ImportReport, ItemKind } from '../import/catalogue.js';
import type { ExplorationInputs } from '../domain/inputs.js';
import type { ExplorationResult } from '../domain/exploration.js';

export const aube = pgSchema('aube');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The loaded catalogue's provenance: one row, replaced by each import. */
export const catalogueMeta = aube.table('catalogue_meta', {
  id: text('id').primaryKey(),
  dataVersion: text('data_version').notNull(),
  sources: jsonb('sources').$type<CatalogueSource[]>().notNull(),
  report: jsonb('report').$type<ImportReport>().notNull(),
  importedAt: timestamptz('imported_at').notNull().defaultNow(),
});

/** ROME fiches with their automation figure, as the importer derived it. */
export const occupations = aube.table(
  'occupations',
  {
    code: text('code').primaryKey(),
    title: text('title').notNull(),
    /** Lower case, accents removed: what search compares with. */
    titleNormalised: text('title_normalised').notNull(),
    parentCode: text('parent_code'),
    greenTransition: text('green_transition'),
    digitalTransition: text('digital_transition').notNull().default('N'),
    /** Null when no source gives this fiche a figure. */
    figure: jsonb('figure').$type<AutomationFigure>(),
  },
  (table) => [index('occupations_title_normalised_idx').on(table.titleNormalised)],
);

/** ROME items: skills (savoir-faire), knowledge (savoirs), soft skills (savoir-être), work contexts. */
export const items = aube.table('items', {
  ogr: integer('ogr').primaryKey(),
  label: text('label').notNull(),
  kind: text('kind').$type<ItemKind>().notNull(),
});

/** Which items a fiche lists, and whether France Travail marks them core (`principale`) or emerging. */
export const occupationItems = aube.table(
  'occupation_items',
  {
    code: text('code')
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    ogr: integer('ogr')
      .notNull()
      .references(() => items.ogr, { onDelete: 'cascade' }),
    core: text('core').$type<'principale' | 'emergente'>(),
  },
  (table) => [primaryKey({ columns: [table.code, table.ogr] }), index('occupation_items_ogr_idx').on(table.ogr)],
);

/** Job titles (appellations) of a fiche. */
export const jobTitles = aube.table(
  'job_titles',
  {
    ogr: integer('ogr').primaryKey(),
    code: text('code')
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    normalised: text('normalised').notNull(),
  },
  (table) => [index('job_titles_code_idx').on(table.code)],
);

/** France Travail's ranked mobility links (1 = closest). */
export const mobilityLinks = aube.table(
  'mobility_links',
  {
    code: text('code')
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    targetCode: text('target_code')
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
  },
  (table) => [primaryKey({ columns: [table.code, table.targetCode] })],
);

/** Skill proximity between fiches (0–1), computed when the catalogue is loaded: each fiche's nearest ones and its mobility targets. */
export const occupationSimilarities = aube.table(
  'occupation_similarities',
  {
    code: text('code')
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    targetCode: text('target_code')
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    similarity: doublePrecision('similarity').notNull(),
  },
  (table) => [primaryKey({ columns: [table.code, table.targetCode] })],
);

/**
 * A signed-in user's exploration. The result is a snapshot, so an explanation given today
 * stays the same after the catalogue is re-imported.
 */
export const explorations = aube.table(
  'explorations',
  {
    id: uuid('id').primaryKey(),
    reportId: uuid('report_id').notNull().unique(),
    userId: uuid('user_id').notNull(),
    occupationCode: text('occupation_code').notNull(),
    inputs: jsonb('inputs').$type<ExplorationInputs>().notNull(),
    result: jsonb('result').$type<ExplorationResult>().notNull(),
    modelVersion: text('model_version').notNull(),
    dataVersion: text('data_version').notNull(),
    chosenCode: text('chosen_code'),
    chosenAt: timestamptz('chosen_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [index('explorations_user_id_created_at_idx').on(table.userId, table.createdAt)],
);

/**
 * Share links of Trust reports. The link carries the share id and an HMAC of it, so it can be
 * shown again at any time; revoking the row kills the link. At most one active link per exploration.
 */
export const reportShares = aube.table(
  'report_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    explorationId: uuid('exploration_id')
      .notNull()
      .references(() => explorations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    revokedAt: timestamptz('revoked_at'),
  },
  (table) => [uniqueIndex('report_shares_active_idx').on(table.explorationId).where(sql`${table.revokedAt} is null`)],
);

export type OccupationRow = typeof occupations.$inferSelect;
export type ExplorationRow = typeof explorations.$inferSelect;
export type ReportShareRow = typeof reportShares.$inferSelect;
export type CatalogueMetaRow = typeof catalogueMeta.$inferSelect;
