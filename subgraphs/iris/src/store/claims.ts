import { and, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { messages, type MessageRow } from '../db/schema.js';

/** A worker's hold on one reply: valid while the row still names this worker and attempt. */
export interface Claim {
  messageId: string;
  worker: string;
  attempt: number;
}

/** The reply was taken over by another worker (or finished elsewhere): stop writing it. */
export class LostClaimError extends Error {
  constructor(readonly messageId: string) {
    super(`lost the claim on reply ${messageId}`);
    this.name = 'LostClaimError';
  }
}

const leaseEnd = (leaseMs: number) => sql`now() + ${leaseMs} * interval '1 millisecond'`;

/** The claim a claimed row stands for. */
export function claimOf(row: MessageRow, worker: string): Claim {
  return { messageId: row.id, worker, attempt: row.attempts };
}

/**
 * Claims the oldest reply waiting to be written, or one whose worker stopped renewing its
 * lease (a crashed process), for `leaseMs`. Replicas claim concurrently without waiting on
 * each other or ever claiming the same reply twice (`FOR UPDATE SKIP LOCKED`).
 */
export async function claimNextReply(db: Database, worker: string, leaseMs: number): Promise<MessageRow | undefined> {
  const next = sql`(
    select id from iris.messages
    where role = 'assistant' and (status = 'pending' or (status = 'streaming' and lease_until < now()))
    order by created_at, id
    limit 1
    for update skip locked
  )`;
  const [row] = await db
    .update(messages)
    .set({ status: 'streaming', claimedBy: worker, leaseUntil: leaseEnd(leaseMs), attempts: sql`${messages.attempts} + 1`, startedAt: sql`coalesce(${messages.startedAt}, now())` })
    .where(eq(messages.id, next))
    .returning();
  return row;
}

function held(claim: Claim) {
  return and(eq(messages.id, claim.messageId), eq(messages.claimedBy, claim.worker), eq(messages.attempts, claim.attempt), eq(messages.status, 'streaming'));
}

/** Extends the lease of a reply being written; LostClaimError when another worker has it. */
export async function renewLease(db: Database, claim: Claim, leaseMs: number): Promise<void> {
  const rows = await db.update(messages).set({ leaseUntil: leaseEnd(leaseMs) }).where(held(claim)).returning({ id: messages.id });
  if (rows.length === 0) throw new LostClaimError(claim.messageId);
}

/**
 * Hands a reply back unfinished (the process is stopping): it becomes `pending` again for any
 * worker, and the interrupted attempt is not counted.
 */
export async function releaseClaim(db: Database, claim: Claim): Promise<void> {
  await db
    .update(messages)
    .set({ status: 'pending', claimedBy: null, leaseUntil: null, attempts: sql`${messages.attempts} - 1` })
    .where(held(claim));
}

/**
 * Ends the claim in the caller's transaction with the reply's final state, completed now;
 * LostClaimError (the transaction rolls back) when the reply is no longer this worker's.
 */
export async function settleClaim(tx: Transaction, claim: Claim, outcome: Pick<MessageRow, 'status' | 'text' | 'failure' | 'completionId'>): Promise<MessageRow> {
  const [row] = await tx
    .update(messages)
    .set({ ...outcome, completedAt: sql`now()`, claimedBy: null, leaseUntil: null })
    .where(held(claim))
    .returning();
  if (!row) throw new LostClaimError(claim.messageId);
  return row;
}

/** Notes when the first chunk of the reply was stored (time to first chunk). */
export async function markFirstChunk(db: Database, claim: Claim): Promise<void> {
  await db.update(messages).set({ firstChunkAt: sql`coalesce(${messages.firstChunkAt}, now())` }).where(held(claim));
}
