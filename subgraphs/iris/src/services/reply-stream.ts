import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import { SubscriberOverflowError, type PubSub } from '@phoenix/pubsub';
import type { ConversationRow, MessageRow, ReplyChunkRow } from '../db/schema.js';
import { replyTopic, type ReplyChunk } from '../domain/chunks.js';
import { chunksAfter } from '../store/chunks.js';
import { markDelivered, messagesByIds, replyToFollow } from '../store/messages.js';

export interface ReplyStreamDependencies {
  db: Database;
  pubsub: PubSub;
  logger: Logger;
  clock: () => Date;
  /** After this long without a chunk, the stored chunks are read: a lost notification only delays. */
  idleCheckMs: number;
}

interface Followed {
  messageId: string;
  inReplyTo: string;
}

const IDLE = Symbol('idle');

function chunkOf(row: ReplyChunkRow, conversation: ConversationRow, followed: Followed): ReplyChunk {
  return {
    conversationId: conversation.id,
    messageId: row.messageId,
    inReplyTo: followed.inReplyTo,
    userId: conversation.userId,
    seq: row.seq,
    delta: row.delta,
    restart: row.restart,
    done: row.done,
    failure: row.failure,
  };
}

const followedOf = (reply: MessageRow): Followed => ({ messageId: reply.id, inReplyTo: reply.replyTo ?? reply.id });

/**
 * The chunks of one reply in a conversation, for `Subscription.irisReply`. It listens first,
 * then replays the chunks already stored for the reply being written (or finished and not yet
 * delivered), then yields live chunks, dropping those it already gave (by `seq`) and reading
 * any it missed from the database; it ends after the final chunk. With no such reply it
 * follows the next one. `return()` stops it at once, even while it waits.
 */
export async function openReplyStream(deps: ReplyStreamDependencies, conversation: ConversationRow): Promise<AsyncIterableIterator<ReplyChunk>> {
  const topic = replyTopic(conversation.id);
  let live = await deps.pubsub.subscribe<ReplyChunk>(topic);
  let closed = false;

  async function* produce(): AsyncGenerator<ReplyChunk, void> {
    let followed: Followed | undefined;
    let lastSeq = -1;
    let pending: Promise<IteratorResult<ReplyChunk>> | undefined;

    // Yields the stored chunks after `lastSeq`; true once the final chunk was given.
    async function* stored(): AsyncGenerator<ReplyChunk, boolean> {
      if (!followed) {
        const reply = await replyToFollow(deps.db, conversation.id);
        if (!reply) return false;
        followed = followedOf(reply);
      }
      for (const row of await chunksAfter(deps.db, followed.messageId, lastSeq)) {
        lastSeq = row.seq;
        yield* give(chunkOf(row, conversation, followed));
        if (row.done) return true;
      }
      return false;
    }

    async function* give(chunk: ReplyChunk): AsyncGenerator<ReplyChunk> {
      if (chunk.done) await markDelivered(deps.db, chunk.messageId, deps.clock());
      yield chunk;
    }

    if (yield* stored()) return;
    while (!closed) {
      pending ??= live.next();
      let outcome: IteratorResult<ReplyChunk> | typeof IDLE;
      try {
        outcome = await idleAfter(pending, deps.idleCheckMs);
      } catch (error) {
        if (!(error instanceof SubscriberOverflowError)) throw error;
        deps.logger.warn({ conversationId: conversation.id }, 'Iris reply subscriber fell behind; catching up from the database');
        pending = undefined;
        live = await deps.pubsub.subscribe<ReplyChunk>(topic);
        outcome = IDLE;
      }
      if (outcome === IDLE) {
        if (yield* stored()) return;
        if (followed && !(await messagesByIds(deps.db, [followed.messageId]))[0]) return;
        continue;
      }
      pending = undefined;
      if (outcome.done) return;
      const chunk = outcome.value;
      followed ??= { messageId: chunk.messageId, inReplyTo: chunk.inReplyTo };
      if (chunk.messageId !== followed.messageId || chunk.seq <= lastSeq) continue;
      if (chunk.seq > lastSeq + 1) {
        if (yield* stored()) return;
        continue;
      }
      lastSeq = chunk.seq;
      yield* give(chunk);
      if (chunk.done) return;
    }
  }

  const inner = produce();
  const stop = async () => {
    closed = true;
    await live.return?.();
  };
  const stream: AsyncIterableIterator<ReplyChunk> = {
    next: () => inner.next(),
    async return() {
      await stop();
      await inner.return();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await stop();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}

/** The outcome of `pending`, or IDLE when it takes longer than `ms` (the promise stays usable). */
async function idleAfter<T>(pending: Promise<T>, ms: number): Promise<T | typeof IDLE> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([pending, new Promise<typeof IDLE>((resolve) => (timer = setTimeout(() => resolve(IDLE), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
