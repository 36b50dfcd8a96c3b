import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createAiRouter, parseAiConfig, type AiRequest, type AiRouter, type CompleteOptions, type RouterEvent } from '@phoenix/ai';
import { parseConfig } from '@phoenix/config';
import { scopesForUser, type Principal, type Tier, type UserPrincipal } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, openDatabase, queryRows, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS, publish, type NewEvent } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { createPubSub, PUBSUB_MIGRATIONS, type PubSub } from '@phoenix/pubsub';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { irisEnv } from '../src/config.js';
import { createIrisSubgraph, IRIS_MIGRATIONS, type IrisSubgraph } from '../src/server.js';

/** Every table of the iris schema that holds a user's rows, with its user column. */
export const USER_TABLES = ['conversations', 'messages', 'daily_usage', 'user_tiers', 'cross_app_consents', 'analytics_consents', 'aube_scores', 'letters_generated', 'mood_entries'] as const;

export function userPrincipal(tier: Tier = 'FREE', roles: string[] = [], userId: string = randomUUID()): UserPrincipal {
  return { kind: 'user', userId, tier, roles, scopes: scopesForUser(tier, roles) };
}

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** A fresh database with the events, pub/sub and iris schemas. */
export async function irisDatabase(): Promise<DatabaseHandle> {
  const database = await createTestDatabase();
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, AUDIT_MIGRATIONS);
  await migrateSchema(database, PUBSUB_MIGRATIONS);
  await migrateSchema(database, IRIS_MIGRATIONS);
  return database;
}

/**
 * A second handle on the same database, as another process would have: its own connections on
 * a server; on the embedded PGlite, which serves one session, the same handle.
 */
export async function secondHandle(database: DatabaseHandle): Promise<{ handle: DatabaseHandle; close(): Promise<void> }> {
  if (!database.url) return { handle: database, close: async () => undefined };
  const handle = await openDatabase({ url: database.url, maxConnections: 5 });
  return { handle, close: () => handle.close() };
}

/** A pub/sub that reports how many subscriptions each topic has had: tests wait for subscribers to be in place. */
export interface ObservedPubSub extends PubSub {
  subscribedTo(topic: string, count: number): Promise<void>;
}

export function observedPubSub(inner: PubSub): ObservedPubSub {
  const counts = new Map<string, number>();
  const waiters: { topic: string; count: number; resolve: () => void }[] = [];
  return {
    publish: (topic, payload) => inner.publish(topic, payload),
    async subscribe<T>(topic: string) {
      const subscription = await inner.subscribe<T>(topic);
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
      for (const waiter of waiters.filter((w) => (counts.get(w.topic) ?? 0) >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      return subscription;
    },
    close: () => inner.close(),
    subscribedTo(topic, count) {
      if ((counts.get(topic) ?? 0) >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ topic, count, resolve }));
    },
  };
}

/** The local AI engine behind a gate: replies are claimed but write nothing until `open()`. */
export function gatedRouter(): AiRouter & { open(): void } {
  const router = createAiRouter(parseAiConfig({}));
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return {
    ...router,
    open,
    async *stream(request: AiRequest, options?: CompleteOptions): AsyncGenerator<RouterEvent> {
      const signal = options?.signal;
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(signal?.reason ?? new Error('aborted'));
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        void gate.then(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        });
      });
      yield* router.stream(request, options);
    },
  };
}

export interface IrisHarness {
  database: DatabaseHandle;
  iris: TestSubgraph;
  definition: IrisSubgraph;
  pubsub: ObservedPubSub;
  /** The subgraph's clock; tests move it. */
  clock: { now: Date };
  logs: string[];
  publishEvent(event: NewEvent): Promise<void>;
  /** Applies the projected events published so far. */
  project(): Promise<void>;
  /** Applies the `user.deleted` events published so far (after `project()`: erasure waits for the projections). */
  erase(): Promise<void>;
  /** Publishes a consent decision of the user and projects it. */
  consent(userId: string, purpose: 'analytics' | 'cross_app_context', granted: boolean, occurredAt?: Date): Promise<void>;
  events(type: string): Promise<{ eventId: string; streamId: string; payload: Record<string, unknown>; causationId: string | null }[]>;
  close(): Promise<void>;
}

export interface IrisOptions {
  /** Another harness's database (a second instance); a fresh one by default. */
  database?: DatabaseHandle;
  ai?: AiRouter;
  clock?: { now: Date };
  env?: Record<string, string>;
  /** Start the reply worker and the retention worker with the server (default true); the consumers are driven by `project()` and `erase()`. */
  workers?: boolean;
  idleCheckMs?: number;
  /** Wraps the real pub/sub, e.g. to lose notifications. */
  wrapPubSub?: (pubsub: PubSub) => PubSub;
}

/** The iris subgraph on a free port, its pub/sub observed, its logs kept. */
export async function startIris(options: IrisOptions = {}): Promise<IrisHarness> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await irisDatabase());
  const clock = options.clock ?? { now: new Date() };
  const logs: string[] = [];
  const logger = createLogger('iris', 'debug', { write: (line: string) => void logs.push(line) });
  const real = createPubSub({ database, logger });
  const pubsub = observedPubSub(options.wrapPubSub ? options.wrapPubSub(real) : real);
  const ai = options.ai ?? createAiRouter(parseAiConfig({}));
  const definition = await createIrisSubgraph({
    database,
    config: parseConfig('iris', irisEnv, { NODE_ENV: 'test', IRIS_REPLY_POLL_MS: '200', ...options.env }),
    aiConfig: parseAiConfig({}),
    logger,
    ai,
    pubsub,
    clock: () => clock.now,
    ...(options.idleCheckMs ? { idleCheckMs: options.idleCheckMs } : {}),
  });
  const consumers: unknown[] = [definition.projections, definition.erasure];
  const workers = options.workers === false ? [] : (definition.workers ?? []).filter((worker) => !consumers.includes(worker));
  const iris = await startTestSubgraph({ ...definition, workers });
  return {
    database,
    iris,
    definition,
    pubsub,
    clock,
    logs,
    async publishEvent(event) {
      await database.db.transaction((tx) => publish(tx, event));
    },
    async project() {
      while ((await definition.projections.runOnce()).more);
    },
    async erase() {
      while ((await definition.erasure.runOnce()).more);
    },
    async consent(userId, purpose, granted, occurredAt) {
      const event: NewEvent<'user.consent_changed'> = { type: 'user.consent_changed', ...(occurredAt ? { occurredAt } : {}), payload: { userId, purpose, granted, changedBy: userId } };
      await database.db.transaction((tx) => publish(tx, event));
      while ((await definition.projections.runOnce()).more);
    },
    async events(type) {
      const rows = await queryRows<{ event_id: string; stream_id: string; payload: Record<string, unknown>; causation_id: string | null }>(
        database.db,
        sql`select event_id, stream_id, payload, causation_id from events.log where type = ${type} order by position`,
      );
      return rows.map((r) => ({ eventId: r.event_id, streamId: r.stream_id, payload: r.payload, causationId: r.causation_id }));
    },
    async close() {
      await iris.stop();
      await pubsub.close();
      if (!options.ai) ai.close();
      if (ownsDatabase) await database.close();
    },
  };
}

export const SEND = `mutation ($input: SendIrisMessageInput!) {
  sendIrisMessage(input: $input) { id conversationId role text status topic { key label } reply { id status } createdAt }
}`;

export const IRIS_REPLY = `subscription ($id: ID!) {
  irisReply(conversationId: $id) { messageId conversationId inReplyTo index delta restart done failure user { id } }
}`;

export interface SentMessage {
  id: string;
  conversationId: string;
  role: string;
  text: string;
  status: string;
  topic: { key: string; label: string };
  reply: { id: string; status: string };
}

export interface Chunk {
  messageId: string;
  conversationId: string;
  inReplyTo: string;
  index: number;
  delta: string;
  restart: boolean;
  done: boolean;
  failure: string | null;
  user: { id: string };
}

/** Sends a message and returns it; fails the test on any error. */
export async function send(harness: IrisHarness, principal: Principal, input: Record<string, unknown>): Promise<SentMessage> {
  const { data, errors } = await harness.iris.execute<{ sendIrisMessage: SentMessage }>(SEND, { input: { topic: 'RECONVERSION', ...input } }, principal);
  if (errors || !data) throw new Error(`sendIrisMessage failed: ${JSON.stringify(errors)}`);
  return data.sendIrisMessage;
}

/** Opens `irisReply` on a conversation. */
export function subscribeReply(harness: IrisHarness, conversationId: string, principal: Principal) {
  return harness.iris.subscribe<{ irisReply: Chunk }>(IRIS_REPLY, { id: conversationId }, principal);
}

/** Reads a reply subscription to its end; throws on errors. */
export async function collect(stream: AsyncIterableIterator<{ data?: { irisReply: Chunk } | null; errors?: unknown }>): Promise<Chunk[]> {
  const chunks: Chunk[] = [];
  for await (const result of stream) {
    if (result.errors) throw new Error(`subscription error: ${JSON.stringify(result.errors)}`);
    if (result.data) chunks.push(result.data.irisReply);
  }
  return chunks;
}

/** The text of a reply's chunks, discarding what came before the last restart. */
export function replyText(chunks: readonly Chunk[]): string {
  let text = '';
  for (const chunk of chunks) text = chunk.restart ? '' : text + chunk.delta;
  return text;
}

/** Waits until `check` holds, polling; for background work whose end is not announced. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A reply's row as stored. */
export async function replyRow(database: DatabaseHandle, id: string) {
  const [row] = await queryRows<{ status: string; text: string | null; attempts: number; failure: string | null; delivered_at: Date | null }>(
    database.db,
    sql`select status, text, attempts, failure, delivered_at from iris.messages where id = ${id}`,
  );
  return row;
}

/** Counts rows of an iris table, for one user when given. */
export async function countRows(database: DatabaseHandle, table: string, userId?: string): Promise<number> {
  const where = userId ? sql` where user_id = ${userId}` : sql``;
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier('iris')}.${sql.identifier(table)}${where}`);
  return row?.n ?? 0;
}

/**
 * A PREMIUM user who used Iris and the other apps with both consents granted at `now`: a row in
 * every Iris table of USER_TABLES, one completed exchange and its analytics.
 */
export async function activeUser(harness: IrisHarness, now: Date) {
  const user = userPrincipal('PREMIUM');
  const { userId } = user;
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  await harness.publishEvent({
    type: 'aube.resilience_scored',
    occurredAt: hoursAgo(48),
    payload: { explorationId: randomUUID(), userId, romeCode: 'M1805', score: 62, evolutionType: 'enhanced', threatLevel: 'faible', confidence: 'eleve', modelVersion: 'resilience-1' },
  });
  await harness.publishEvent({ type: 'letters.letter_generated', occurredAt: hoursAgo(30), payload: { userId, letterId: randomUUID(), tone: 'formel', careerChange: true, wordCount: 300 } });
  await harness.publishEvent({ type: 'rise.mood_logged', occurredAt: hoursAgo(24), payload: { userId, entryId: randomUUID(), mood: 6, confidence: 5 } });
  await harness.consent(userId, 'cross_app_context', true, now);
  await harness.consent(userId, 'analytics', true, now);
  const text = 'Comment présenter mon projet de reconversion à mon employeur ?';
  const message = await send(harness, user, { text });
  await collect(subscribeReply(harness, message.conversationId, user));
  return { user, text, conversationId: message.conversationId, questionId: message.id, replyId: message.reply.id };
}
