import { and, asc, eq, gt, max, sql } from 'drizzle-orm';
import { isUniqueViolation, queryRows, type Database, type Transaction } from '@phoenix/db';
import { replyChunks, type ReplyChunkRow, type ReplyFailure } from '../db/schema.js';
import { LostClaimError, type Claim } from './claims.js';

export interface NewChunk {
  seq: number;
  delta: string;
  restart?: boolean;
  done?: boolean;
  failure?: ReplyFailure | null;
}

/**
 * Stores one chunk of a reply, only while `claim` still holds the reply: a worker that lost
 * its claim (its lease expired and another worker took the reply over) gets LostClaimError,
 * also when both race for the same `seq` (the primary key refuses the second).
 */
export async function appendChunk(db: Database | Transaction, claim: Claim, chunk: NewChunk): Promise<void> {
  try {
    const rows = await queryRows<{ seq: number }>(
      db,
      sql`insert into iris.reply_chunks (message_id, seq, delta, restart, done, failure)
          select ${claim.messageId}, ${chunk.seq}, ${chunk.delta}, ${chunk.restart ?? false}, ${chunk.done ?? false}, ${chunk.failure ?? null}
          where exists (
            select 1 from iris.messages
            where id = ${claim.messageId} and claimed_by = ${claim.worker} and attempts = ${claim.attempt} and status = 'streaming'
          )
          returning seq`,
    );
    if (rows.length === 0) throw new LostClaimError(claim.messageId);
  } catch (error) {
    if (isUniqueViolation(error, 'reply_chunks_message_id_seq_pk')) throw new LostClaimError(claim.messageId);
    throw error;
  }
}

/**
 * Starts a reply over: deletes the chunks written so far and stores a `restart` chunk after
 * the last of them, so subscribers that saw them discard the text and late subscribers do not
 * see them at all. Returns the restart chunk's `seq`.
 */
export async function restartChunks(tx: Transaction, claim: Claim): Promise<number> {
  const last = await lastChunkSeq(tx, claim.messageId);
  const seq = last === undefined ? 0 : last + 1;
  await tx.delete(replyChunks).where(eq(replyChunks.messageId, claim.messageId));
  await appendChunk(tx, claim, { seq, delta: '', restart: true });
  return seq;
}

/** The stored chunks of a reply after `seq` (all with -1), in order. */
export async function chunksAfter(db: Database, messageId: string, seq: number): Promise<ReplyChunkRow[]> {
  return db
    .select()
    .from(replyChunks)
    .where(and(eq(replyChunks.messageId, messageId), gt(replyChunks.seq, seq)))
    .orderBy(asc(replyChunks.seq));
}

/** The `seq` of the reply's last stored chunk; undefined when none. */
export async function lastChunkSeq(db: Database | Transaction, messageId: string): Promise<number | undefined> {
  const [last] = await db.select({ seq: max(replyChunks.seq) }).from(replyChunks).where(eq(replyChunks.messageId, messageId));
  return last?.seq ?? undefined;
}
