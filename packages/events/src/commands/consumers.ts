import { asc, sql } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { consumerOffsets, deadLetters, eventLog } from '../store/schema.js';

/** A consumer's progress, as `npm run events -- consumers` prints it. */
export interface ConsumerStatus {
  name: string;
  /** The last position applied. */
  position: number;
  /** Events in the log after `position`. */
  lag: number;
  /** Failed attempts of the next event, and when it is tried again. */
  attempts: number;
  retryAt: Date | null;
  lastError: string | null;
  deadLetters: number;
  updatedAt: Date;
}

/** Every consumer that has an offset, by name, with its lag behind the head of the log. */
export async function listConsumers(db: Database): Promise<ConsumerStatus[]> {
  const head = sql<number>`(select coalesce(max(${eventLog.position}), 0) from ${eventLog})`.mapWith(Number);
  const rows = await db
    .select({
      name: consumerOffsets.consumer,
      position: consumerOffsets.position,
      head,
      attempts: consumerOffsets.attempts,
      retryAt: consumerOffsets.retryAt,
      lastError: consumerOffsets.lastError,
      deadLetters: sql<number>`(select count(*) from ${deadLetters} where ${deadLetters.consumer} = ${consumerOffsets.consumer})`.mapWith(Number),
      updatedAt: consumerOffsets.updatedAt,
    })
    .from(consumerOffsets)
    .orderBy(asc(consumerOffsets.consumer));
  return rows.map(({ head: headPosition, ...row }) => ({ ...row, lag: Math.max(0, headPosition - row.position) }));
}
