import { assess, isBlockedInputError, publishCompletion, untrustedText, type AiRequest, type AiRouter, type CompletionResult } from '@phoenix/ai';
import type { Database, Transaction } from '@phoenix/db';
import { publish } from '@phoenix/events';
import type { Logger } from '@phoenix/logger';
import type { PubSub } from '@phoenix/pubsub';
import type { MessageRow, ReplyFailure } from '../db/schema.js';
import { replyTopic, type ReplyChunk } from '../domain/chunks.js';
import { characterCount } from '../domain/inputs.js';
import { recordReplyAnalytics, type ReplyAnalytics } from '../store/analytics.js';
import { appendChunk, lastChunkSeq, restartChunks } from '../store/chunks.js';
import { claimOf, LostClaimError, markFirstChunk, releaseClaim, renewLease, settleClaim, type Claim } from '../store/claims.js';
import { hasConsent } from '../store/projections.js';
import { replyMaterial, type ReplyMaterial } from '../store/reply-material.js';
import { giveBackMessage } from '../store/usage.js';

export interface ReplyWriterDependencies {
  db: Database;
  ai: AiRouter;
  pubsub: PubSub;
  logger: Logger;
  leaseMs: number;
  maxAttempts: number;
  /** The guardian's block score, to leave out a history the router would refuse. */
  blockAt: number;
  clock: () => Date;
  /** The pseudonymous analytics hash of a user id. */
  hashUser: (userId: string) => string;
}

type ChunkFields = Pick<ReplyChunk, 'seq' | 'delta' | 'restart' | 'done' | 'failure'>;

const elapsedMs = (from: Date | null, to: Date | null) => (from && to ? Math.max(0, Math.round(to.getTime() - from.getTime())) : null);

/** Renews the claim's lease until stopped; its signal aborts when another worker took the reply over. */
function keepLease(deps: ReplyWriterDependencies, claim: Claim): { signal: AbortSignal; stop(): void } {
  const controller = new AbortController();
  const timer = setInterval(
    () => {
      renewLease(deps.db, claim, deps.leaseMs).catch((error: unknown) => {
        if (error instanceof LostClaimError) controller.abort(error);
        else deps.logger.warn({ messageId: claim.messageId, err: error }, 'could not renew the lease of an Iris reply');
      });
    },
    Math.max(50, Math.floor(deps.leaseMs / 3)),
  );
  timer.unref();
  return { signal: controller.signal, stop: () => clearInterval(timer) };
}

function requestOf(material: ReplyMaterial, blockAt: number): AiRequest {
  const input = { topic: material.question.topic, message: material.question.text ?? '', history: material.history, ...(material.context ? { context: material.context } : {}) };
  const request: AiRequest = { task: 'iris.reply', input };
  // Each stored message passed the guardian alone; together they may not. The question matters most.
  if (material.history.length > 0 && assess(untrustedText(request), { blockAt }).blocked) return { task: 'iris.reply', input: { ...input, history: [] } };
  return request;
}

/**
 * Writes one claimed reply: each chunk of the AI router's stream is stored, then published on
 * the conversation's topic. A reply found half-written (a crashed worker) starts over with a
 * `restart` chunk, as does a router `restart`. On completion the final chunk, the reply's text,
 * its analytics (only with the `analytics` consent) and its events commit together; on failure
 * a final chunk with the failure is stored and the quota unit given back. A worker that lost
 * its claim stops without a trace; a worker stopping (`signal`) hands the reply back to the
 * others.
 */
export async function writeReply(deps: ReplyWriterDependencies, row: MessageRow, worker: string, signal: AbortSignal): Promise<void> {
  const { db, logger } = deps;
  const claim = claimOf(row, worker);
  const topic = replyTopic(row.conversationId);
  const emit = async (chunk: ChunkFields) => {
    const payload: ReplyChunk = { conversationId: row.conversationId, messageId: row.id, inReplyTo: row.replyTo ?? row.id, userId: row.userId, ...chunk };
    // Subscribers also read stored chunks, so a lost notification delays them without losing anything.
    await deps.pubsub.publish(topic, payload).catch((error: unknown) => logger.warn({ messageId: row.id, err: error }, 'could not publish an Iris reply chunk'));
  };
  const lease = keepLease(deps, claim);
  const abort = AbortSignal.any([signal, lease.signal]);
  let material: ReplyMaterial | undefined;

  async function restart(): Promise<number> {
    const seq = await db.transaction((tx) => restartChunks(tx, claim));
    await emit({ seq, delta: '', restart: true, done: false, failure: null });
    return seq + 1;
  }

  async function complete(result: CompletionResult, text: string, deltas: number, seq: number): Promise<void> {
    const question = material?.question;
    await db.transaction(async (tx) => {
      await appendChunk(tx, claim, { seq, delta: '', done: true });
      const done = await settleClaim(tx, claim, { status: 'completed', text, failure: null, completionId: result.completionId });
      const latencyMs = elapsedMs(done.requestedAt, done.completedAt) ?? 0;
      await recordAnalytics(tx, analyticsOf(done, { replyLength: characterCount(text), chunkCount: deltas, latencyMs }), done.userId);
      const cause = { source: 'iris', ...(done.sentEventId ? { causationId: done.sentEventId } : {}) };
      await publishCompletion(tx, result.record, cause);
      await publish(tx, {
        type: 'iris.reply_completed',
        ...cause,
        payload: { userId: done.userId, conversationId: done.conversationId, messageId: done.id, length: characterCount(text), chunkCount: deltas, latencyMs, completionId: result.completionId },
      });
    });
    await emit({ seq, delta: '', restart: false, done: true, failure: null });
    logger.info({ messageId: row.id, questionId: question?.id, chunks: deltas, attempt: claim.attempt, provider: result.record.provider }, 'Iris reply completed');
  }

  async function fail(failure: ReplyFailure): Promise<void> {
    const last = await lastChunkSeq(db, row.id);
    const seq = last === undefined ? 0 : last + 1;
    await db.transaction(async (tx) => {
      await appendChunk(tx, claim, { seq, delta: '', done: true, failure });
      const failed = await settleClaim(tx, claim, { status: 'failed', text: null, failure, completionId: null });
      if (failed.quotaDay) await giveBackMessage(tx, failed.userId, failed.quotaDay);
      await recordAnalytics(tx, analyticsOf(failed, { replyLength: 0, chunkCount: 0, latencyMs: elapsedMs(failed.requestedAt, failed.completedAt) ?? 0 }), failed.userId);
    });
    await emit({ seq, delta: '', restart: false, done: true, failure });
    logger.warn({ messageId: row.id, failure, attempt: claim.attempt }, 'Iris could not reply');
  }

  // Analytics are kept only for a user who grants `analytics` as the reply settles (the projected decision).
  async function recordAnalytics(tx: Transaction, figures: ReplyAnalytics, userId: string): Promise<void> {
    if (await hasConsent(tx, 'analytics', userId)) await recordReplyAnalytics(tx, figures);
  }

  function analyticsOf(settled: MessageRow, figures: { replyLength: number; chunkCount: number; latencyMs: number }) {
    return {
      messageId: settled.id,
      userHash: deps.hashUser(settled.userId),
      topic: settled.topic,
      tier: settled.tier,
      status: settled.status === 'completed' ? ('completed' as const) : ('failed' as const),
      messageLength: characterCount(material?.question.text ?? ''),
      historyTurns: material?.history.length ?? 0,
      usedCrossAppContext: material?.context !== undefined,
      attempts: settled.attempts,
      firstChunkMs: elapsedMs(settled.requestedAt, settled.firstChunkAt),
      recordedAt: settled.completedAt ?? new Date(),
      ...figures,
    };
  }

  try {
    material = await replyMaterial(db, row, deps.clock());
    // The question went with its conversation (erasure, retention): so did this reply.
    if (!material) return;
    if (row.attempts > deps.maxAttempts) return await fail('TOO_MANY_ATTEMPTS');
    let seq = (await lastChunkSeq(db, row.id)) === undefined ? 0 : await restart();
    let text = '';
    let deltas = 0;
    for await (const event of deps.ai.stream(requestOf(material, deps.blockAt), { tier: row.tier, signal: abort })) {
      if (event.type === 'delta') {
        if (!event.text) continue;
        await appendChunk(db, claim, { seq, delta: event.text });
        if (deltas === 0) await markFirstChunk(db, claim);
        await emit({ seq, delta: event.text, restart: false, done: false, failure: null });
        seq += 1;
        deltas += 1;
        text += event.text;
      } else if (event.type === 'restart') {
        seq = await restart();
        text = '';
        deltas = 0;
      } else {
        return await complete(event.result, text, deltas, seq);
      }
    }
    throw new Error('the AI stream ended without a result');
  } catch (error) {
    if (error instanceof LostClaimError || lease.signal.aborted) {
      logger.info({ messageId: row.id, attempt: claim.attempt }, 'Iris reply taken over by another worker');
      return;
    }
    if (signal.aborted) {
      await releaseClaim(db, claim);
      return;
    }
    logger.error({ messageId: row.id, err: isBlockedInputError(error) ? undefined : error }, 'Iris reply failed');
    await fail(isBlockedInputError(error) ? 'AI_INPUT_BLOCKED' : 'GENERATION_FAILED').catch((failure: unknown) => {
      // The lease runs out and another worker tries again, up to the attempt limit.
      if (!(failure instanceof LostClaimError)) logger.error({ messageId: row.id, err: failure }, 'could not record a failed Iris reply');
    });
  } finally {
    lease.stop();
  }
}
