import DataLoader from 'dataloader';
import type { Database } from '@phoenix/db';
import type { ConversationRow, MessageRow } from './db/schema.js';
import { conversationsByIds, newestConversations } from './store/conversations.js';
import { messagesByIds, newestMessages, repliesTo } from './store/messages.js';
import { usageOf } from './store/usage.js';

/** The newest rows of one owner (a user, a conversation), `first` of them. */
export interface PageKey {
  ownerId: string;
  first: number;
}

export interface IrisLoaders {
  conversations: DataLoader<PageKey, ConversationRow[], string>;
  conversationById: DataLoader<string, ConversationRow | undefined>;
  messages: DataLoader<PageKey, MessageRow[], string>;
  messageById: DataLoader<string, MessageRow | undefined>;
  replyTo: DataLoader<string, MessageRow | undefined>;
  usage: DataLoader<{ userId: string; day: string }, number, string>;
}

const pageKey = (key: PageKey) => `${key.first}:${key.ownerId}`;

// One query per distinct page size in the batch (usually one), each for all its owners.
function paged<T>(fetch: (db: Database, ownerIds: readonly string[], limit: number) => Promise<T[][]>, db: Database): DataLoader<PageKey, T[], string> {
  return new DataLoader(
    async (keys: readonly PageKey[]) => {
      const pages = new Map<string, T[]>();
      for (const first of new Set(keys.map((k) => k.first))) {
        const ownerIds = [...new Set(keys.filter((k) => k.first === first).map((k) => k.ownerId))];
        const rows = await fetch(db, ownerIds, first);
        ownerIds.forEach((ownerId, i) => pages.set(pageKey({ ownerId, first }), rows[i] ?? []));
      }
      return keys.map((key) => pages.get(pageKey(key)) ?? []);
    },
    { cacheKeyFn: pageKey },
  );
}

/** Fresh loaders for one request (or one subscription event). */
export function createLoaders(db: Database): IrisLoaders {
  return {
    conversations: paged(newestConversations, db),
    conversationById: new DataLoader((ids: readonly string[]) => conversationsByIds(db, ids)),
    messages: paged(newestMessages, db),
    messageById: new DataLoader((ids: readonly string[]) => messagesByIds(db, ids)),
    replyTo: new DataLoader((ids: readonly string[]) => repliesTo(db, ids)),
    usage: new DataLoader((keys: readonly { userId: string; day: string }[]) => usageOf(db, keys), { cacheKeyFn: (key) => `${key.userId}|${key.day}` }),
  };
}
