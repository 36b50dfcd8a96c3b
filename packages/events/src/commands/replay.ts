import { eq, gte, sql } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { EventsNotFoundError } from '../errors.js';
import { EVENTS_CHANNEL } from '../publish.js';
import { consumerOffsets, eventLog } from '../store/schema.js';

/** Where a replay starts: the first event at or after a position, or that occurred at or after a date. */
export type ReplayFrom = { position: number } | { date: Date };

/**
 * Moves a consumer's offset back (or forward) so it handles again every event from `from` on,
 * clears its pending retry, and wakes it. Waits for a batch in progress to commit first, so
 * that batch cannot overwrite the new offset. Returns the new offset (the last position treated
 * as applied). Handlers must tolerate seeing an event again, or the projection be emptied first.
 */
export async function replayConsumer(db: Database, consumer: string, from: ReplayFrom): Promise<{ position: number }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(consumerOffsets).where(eq(consumerOffsets.consumer, consumer)).for('update');
    if (!current) throw new EventsNotFoundError(`No consumer named "${consumer}".`);
    let position: number;
    if ('position' in from) {
      if (!Number.isInteger(from.position) || from.position < 0) throw new RangeError('The replay position must be a non-negative integer.');
      position = Math.max(0, from.position - 1);
    } else {
      if (Number.isNaN(from.date.getTime())) throw new RangeError('The replay date is not a valid date.');
      const [first] = await tx
        .select({
          first: sql<number | null>`min(${eventLog.position})`.mapWith(Number),
          head: sql<number>`(select coalesce(max(${eventLog.position}), 0) from ${eventLog})`.mapWith(Number),
        })
        .from(eventLog)
        .where(gte(eventLog.occurredAt, from.date));
      position = first && first.first ? first.first - 1 : (first?.head ?? 0);
    }
    await tx
      .update(consumerOffsets)
      .set({ position, attempts: 0, retryAt: null, lastError: null, updatedAt: new Date() })
      .where(eq(consumerOffsets.consumer, consumer));
    await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, 'replay')`);
    return { position };
  });
}
