import { randomUUID } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import { inlineEnvelope, MAX_TOPIC_LENGTH, parseEnvelope, referenceEnvelope, serialisePublication, type Envelope } from './envelope.js';
import { pubsubMessages } from './store/schema.js';
import { TopicSubscription } from './subscription.js';

export interface PubSub {
  /** Delivers `payload` (JSON-serialisable) to every subscriber of `topic` in every process using this database. */
  publish(topic: string, payload: unknown): Promise<void>;
  /**
   * Resolves once listening is in place (nothing published after it resolves is missed).
   * Yields payloads in publish order (per publisher); `return()` unsubscribes. Throws
   * `SubscriberOverflowError` from `next()` when the subscriber fell more than `maxQueue`
   * messages behind (the queue is bounded, never unbounded). Subscribers of a topic in one
   * process share each payload object: treat it as read-only.
   */
  subscribe<T>(topic: string): Promise<AsyncIterableIterator<T>>;
  /** Ends every subscription, stops listening and waits for publications under way. */
  close(): Promise<void>;
}

export interface PubSubOptions {
  database: DatabaseHandle;
  logger: Logger;
  /** The one NOTIFY channel every topic travels on. */
  channel?: string;
  /** Messages a subscriber may have waiting before it is dropped. */
  maxQueue?: number;
}

export const DEFAULT_CHANNEL = 'phoenix_pubsub';
export const DEFAULT_MAX_QUEUE = 1000;
/** Long enough for every listener to load a stored payload, short enough to keep the table small. */
const STORED_PAYLOAD_RETENTION = sql`interval '5 minutes'`;
const PRUNE_INTERVAL_MS = 60_000;

/**
 * A pub/sub across replicas over Postgres LISTEN/NOTIFY: one LISTEN per instance on one
 * channel, fanned out to topics in process. Payloads too large for a NOTIFY are stored in
 * `pubsub.messages` and passed by reference.
 */
export function createPubSub(options: PubSubOptions): PubSub {
  return new PostgresPubSub(options);
}

class PostgresPubSub implements PubSub {
  readonly #database: DatabaseHandle;
  readonly #logger: Logger;
  readonly #channel: string;
  readonly #maxQueue: number;
  readonly #topics = new Map<string, Set<TopicSubscription<unknown>>>();
  #listening: Promise<() => Promise<void>> | undefined;
  // Publications leave one at a time and receptions are handled one at a time, so order holds
  // even when a stored payload takes a round trip to write or read.
  #outbound: Promise<void> = Promise.resolve();
  #inbound: Promise<void> = Promise.resolve();
  #pruning: Promise<void> | undefined;
  #lastPruneAt = 0;
  #closed = false;

  constructor(options: PubSubOptions) {
    this.#database = options.database;
    this.#logger = options.logger;
    this.#channel = options.channel ?? DEFAULT_CHANNEL;
    this.#maxQueue = options.maxQueue ?? DEFAULT_MAX_QUEUE;
    if (!Number.isInteger(this.#maxQueue) || this.#maxQueue < 1) throw new Error('maxQueue must be a positive integer');
  }

  publish(topic: string, payload: unknown): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('pub/sub is closed'));
    let json: string;
    try {
      json = serialisePublication(topic, payload);
    } catch (error) {
      return Promise.reject(error);
    }
    const sent = this.#outbound.then(() => this.#send(topic, payload, json));
    this.#outbound = sent.catch(() => undefined);
    return sent;
  }

  async subscribe<T>(topic: string): Promise<AsyncIterableIterator<T>> {
    if (!topic || topic.length > MAX_TOPIC_LENGTH) throw new Error(`pub/sub topics are 1 to ${MAX_TOPIC_LENGTH} characters`);
    if (this.#closed) throw new Error('pub/sub is closed');
    await this.#listen();
    if (this.#closed) throw new Error('pub/sub is closed');
    const subscription = new TopicSubscription<T>(topic, this.#maxQueue, (ended) => this.#forget(ended as TopicSubscription<unknown>));
    let subscribers = this.#topics.get(topic);
    if (!subscribers) this.#topics.set(topic, (subscribers = new Set()));
    subscribers.add(subscription as TopicSubscription<unknown>);
    return subscription;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const subscribers of [...this.#topics.values()]) for (const subscription of [...subscribers]) subscription.end();
    const unlisten = await this.#listening?.catch(() => undefined);
    await unlisten?.();
    await Promise.all([this.#outbound, this.#inbound, this.#pruning]);
  }

  async #send(topic: string, payload: unknown, json: string): Promise<void> {
    const inline = inlineEnvelope(topic, json);
    if (inline !== undefined) {
      await this.#database.notify(this.#channel, inline);
      return;
    }
    const id = randomUUID();
    await this.#database.db.insert(pubsubMessages).values({ id, topic, payload });
    await this.#database.notify(this.#channel, referenceEnvelope(topic, id));
    this.#pruneNowAndThen();
  }

  #listen(): Promise<unknown> {
    if (!this.#listening) {
      const listening = this.#database.listen(this.#channel, (text) => this.#receive(text));
      this.#listening = listening;
      // A failed LISTEN (database restarting) is retried by the next subscribe.
      listening.catch(() => {
        if (this.#listening === listening) this.#listening = undefined;
      });
    }
    return this.#listening;
  }

  #receive(text: string): void {
    const envelope = parseEnvelope(text);
    if (!envelope) {
      this.#logger.warn({ channel: this.#channel }, 'ignored a notification that is not a pub/sub message');
      return;
    }
    if (!this.#topics.has(envelope.t)) return;
    this.#inbound = this.#inbound
      .then(() => this.#deliver(envelope))
      .catch((error: unknown) => this.#logger.error({ err: error, topic: envelope.t }, 'could not deliver a pub/sub message'));
  }

  async #deliver(envelope: Envelope): Promise<void> {
    if (!this.#topics.has(envelope.t)) return;
    const payload = 'p' in envelope ? envelope.p : await this.#load(envelope.r, envelope.t);
    if (payload === undefined) return;
    for (const subscription of [...(this.#topics.get(envelope.t) ?? [])]) subscription.push(payload);
  }

  async #load(id: string, topic: string): Promise<unknown> {
    try {
      const [row] = await this.#database.db.select({ payload: pubsubMessages.payload }).from(pubsubMessages).where(eq(pubsubMessages.id, id));
      if (row) return row.payload;
      this.#logger.warn({ topic }, 'pub/sub message was pruned before it could be read; dropped');
    } catch (error) {
      this.#logger.error({ err: error, topic }, 'could not load a stored pub/sub message; dropped');
    }
    return undefined;
  }

  #forget(subscription: TopicSubscription<unknown>): void {
    const subscribers = this.#topics.get(subscription.topic);
    subscribers?.delete(subscription);
    if (subscribers?.size === 0) this.#topics.delete(subscription.topic);
  }

  #pruneNowAndThen(): void {
    const now = Date.now();
    if (this.#pruning || now - this.#lastPruneAt < PRUNE_INTERVAL_MS) return;
    this.#lastPruneAt = now;
    this.#pruning = this.#database.db
      .delete(pubsubMessages)
      .where(lt(pubsubMessages.createdAt, sql`now() - ${STORED_PAYLOAD_RETENTION}`))
      .then(
        () => undefined,
        (error: unknown) => this.#logger.warn({ err: error }, 'could not prune stored pub/sub messages'),
      )
      .finally(() => {
        this.#pruning = undefined;
      });
  }
}
