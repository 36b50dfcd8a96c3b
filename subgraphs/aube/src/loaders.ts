import DataLoader from 'dataloader';
import type { Database } from '@phoenix/db';
import type { CatalogueMetaRow, ExplorationRow, OccupationRow, ReportShareRow } from './db/schema.js';
import type { OccupationData, OccupationItem } from './domain/types.js';
import { itemsOfOccupations, jobTitlesOfOccupations, loadedCatalogue, occupationsByCodes, type ItemRow } from './store/catalogue.js';
import { activeShares, explorationsByIds } from './store/explorations.js';

export interface AubeLoaders {
  occupation: DataLoader<string, OccupationRow | null>;
  /** A fiche with its tasks, knowledge, soft skills and work contexts. */
  occupationData: DataLoader<string, OccupationData | null>;
  items: DataLoader<string, ItemRow[]>;
  jobTitles: DataLoader<string, string[]>;
  exploration: DataLoader<string, ExplorationRow | null>;
  activeShare: DataLoader<string, ReportShareRow | null>;
  /** The loaded catalogue's provenance (one query per request at most). */
  catalogue(): Promise<CatalogueMetaRow | undefined>;
}

/** Fresh loaders for one request: batched by key, answers in the order asked. */
export function createLoaders(db: Database): AubeLoaders {
  const occupation = new DataLoader<string, OccupationRow | null>(async (codes) => {
    const rows = await occupationsByCodes(db, codes);
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  });
  const items = new DataLoader<string, ItemRow[]>(async (codes) => {
    const rows = await itemsOfOccupations(db, codes);
    return codes.map((code) => rows.filter((row) => row.code === code));
  });
  let catalogue: Promise<CatalogueMetaRow | undefined> | undefined;
  return {
    occupation,
    items,
    occupationData: new DataLoader(async (codes) => {
      const [rows, itemLists] = await Promise.all([occupation.loadMany(codes), items.loadMany(codes)]);
      return codes.map((_, index) => {
        const row = rows[index];
        const list = itemLists[index];
        if (row instanceof Error) throw row;
        if (list instanceof Error) throw list;
        return row && list ? toOccupationData(row, list) : null;
      });
    }),
    jobTitles: new DataLoader(async (codes) => {
      const rows = await jobTitlesOfOccupations(db, codes);
      return codes.map((code) => rows.filter((row) => row.code === code).map((row) => row.label));
    }),
    exploration: new DataLoader(async (ids) => {
      const rows = await explorationsByIds(db, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    activeShare: new DataLoader(async (explorationIds) => {
      const rows = await activeShares(db, explorationIds);
      const byExploration = new Map(rows.map((row) => [row.explorationId, row]));
      return explorationIds.map((id) => byExploration.get(id) ?? null);
    }),
    catalogue: () => (catalogue ??= loadedCatalogue(db)),
  };
}

function toOccupationData(row: OccupationRow, items: ItemRow[]): OccupationData {
  const ofKind = (kind: ItemRow['kind']): OccupationItem[] =>
    items.filter((item) => item.kind === kind).map((item) => ({ ogr: item.ogr, label: item.label, core: item.core }));
  return {
    code: row.code,
    title: row.title,
    parentCode: row.parentCode,
    digitalTransition: row.digitalTransition === 'O' ? 'O' : 'N',
    figure: row.figure,
    tasks: ofKind('savoir_faire'),
    knowledge: ofKind('savoir'),
    softSkills: ofKind('savoir_etre'),
    contexts: ofKind('contexte'),
  };
}
