import DataLoader from 'dataloader';
import type { Database } from '@phoenix/db';
import type { AnalysisRow, LetterRow, LetterVersionRow } from './db/schema.js';
import { latestAnalysesOfLetters, type AnalysisKind } from './store/analyses.js';
import { lettersByIds, newestLettersOfUsers, newestVersionsOfLetters } from './store/letters.js';

export interface LettersLoaders {
  letterById: DataLoader<string, LetterRow | undefined>;
  /** A user's newest letters; one loader per `first`, each one statement per batch. */
  lettersOfUser(first: number): DataLoader<string, LetterRow[]>;
  /** A letter's newest versions; one loader per `first`. */
  versionsOfLetter(first: number): DataLoader<string, LetterVersionRow[]>;
  latestAnalysis(kind: AnalysisKind): DataLoader<string, AnalysisRow | undefined>;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const value = key(row);
    if (value !== null) groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  return groups;
}

// A loader per argument value (`first`, `kind`), created on first use within the request.
function keyed<A, L>(create: (argument: A) => L): (argument: A) => L {
  const loaders = new Map<A, L>();
  return (argument) => {
    let loader = loaders.get(argument);
    if (!loader) {
      loader = create(argument);
      loaders.set(argument, loader);
    }
    return loader;
  };
}

/** Fresh loaders for one request: every list and nested field batches by key, in input order. */
export function createLoaders(db: Database): LettersLoaders {
  return {
    letterById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await lettersByIds(db, ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
    lettersOfUser: keyed(
      (first: number) =>
        new DataLoader(async (userIds: readonly string[]) => {
          const byUser = groupBy(await newestLettersOfUsers(db, userIds, first), (row) => row.userId);
          return userIds.map((id) => byUser.get(id) ?? []);
        }),
    ),
    versionsOfLetter: keyed(
      (first: number) =>
        new DataLoader(async (letterIds: readonly string[]) => {
          const byLetter = groupBy(await newestVersionsOfLetters(db, letterIds, first), (row) => row.letterId);
          return letterIds.map((id) => byLetter.get(id) ?? []);
        }),
    ),
    latestAnalysis: keyed(
      (kind: AnalysisKind) =>
        new DataLoader(async (letterIds: readonly string[]) => {
          const byLetter = new Map((await latestAnalysesOfLetters(db, letterIds, kind)).map((row) => [row.letterId, row]));
          return letterIds.map((id) => byLetter.get(id));
        }),
    ),
  };
}
