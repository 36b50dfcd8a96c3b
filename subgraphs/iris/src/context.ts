import type { ConversationRow, MessageRow } from './db/schema.js';
import type { Principal, UserPrincipal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import type { SubgraphContext } from '@phoenix/subgraph-server';
import type { ReplyChunk } from './domain/chunks.js';
import { createLoaders, type IrisLoaders } from './loaders.js';
import type { SendInput } from './services/send.js';

/** What the resolvers call besides the database. */
export interface IrisServices {
  send(user: UserPrincipal, input: SendInput): Promise<MessageRow>;
  /** The reply stream of one of the caller's conversations (listening already in place). */
  replies(conversation: ConversationRow): Promise<AsyncIterableIterator<ReplyChunk>>;
  /** The zone of the user's day (the quota). */
  timeZone: string;
  /** The pseudonymous analytics hash of a user id. */
  hashUser(userId: string): string;
}

export interface IrisContext extends SubgraphContext {
  db: Database;
  loaders: IrisLoaders;
  services: IrisServices;
  /** The request's instant: the quota's day. */
  now: Date;
}

/** A fresh context (and fresh DataLoaders) for each request and each subscription event. */
export function createIrisContext(db: Database, services: IrisServices, clock: () => Date) {
  return ({ principal }: { principal: Principal }): IrisContext => ({ principal, db, loaders: createLoaders(db), services, now: clock() });
}
