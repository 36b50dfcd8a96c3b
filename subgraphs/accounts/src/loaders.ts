import DataLoader from 'dataloader';
import type { Database } from '@phoenix/db';
import type { ConsentRow, UserRow } from './db/schema.js';
import { findConsentsByUserIds } from './services/consents.js';
import { findUsersByIds } from './services/users.js';

export interface AccountsLoaders {
  /** A user by id; null when there is none. */
  userById: DataLoader<string, UserRow | null>;
  /** A user's current consents, ordered by purpose. */
  consentsByUserId: DataLoader<string, ConsentRow[]>;
}

/** Fresh loaders for one request: one query per batch, results in the order of the keys. */
export function createLoaders(db: Database): AccountsLoaders {
  return {
    userById: new DataLoader(async (ids) => {
      const byId = new Map((await findUsersByIds(db, ids)).map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
    consentsByUserId: new DataLoader(async (userIds) => {
      const byUser = new Map<string, ConsentRow[]>();
      for (const row of await findConsentsByUserIds(db, userIds)) {
        const list = byUser.get(row.userId) ?? [];
        list.push(row);
        byUser.set(row.userId, list);
      }
      return userIds.map((id) => byUser.get(id.toLowerCase()) ?? []);
    }),
  };
}
