import { randomBytes, randomUUID } from 'node:crypto';
import { eq, or, sql } from 'drizzle-orm';
import type { Transaction } from '@phoenix/db';
import { eventRegistry } from './registry.js';
import { eventLog } from './store/schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PREFIXED_ID = /^([a-z]+_)[A-Za-z0-9]+$/;

/**
 * Rewrites the event log after an erasure so that it keeps only pseudonymous payloads for
 * the user: their id becomes `pseudonym` everywhere (stream and payloads, so counts by
 * person still add up on a replay), and the other personal-data fields of their events
 * (visitor id, session id, Stripe ids) become random values of the same shape that link to
 * nothing. Values such as a mood stay: without an identifier they describe nobody.
 * Returns how many events changed.
 */
export async function pseudonymiseUserEvents(tx: Transaction, userId: string, pseudonym: string): Promise<number> {
  const id = userId.toLowerCase();
  const rows = await tx
    .select({ position: eventLog.position, type: eventLog.type, streamId: eventLog.streamId, payload: eventLog.payload })
    .from(eventLog)
    .where(or(eq(eventLog.streamId, id), sql`strpos(${eventLog.payload}::text, ${id}) > 0`));
  const replacements = new Map<string, string>([[id, pseudonym]]);
  const registry = eventRegistry();
  let changed = 0;
  for (const row of rows) {
    const fields = row.streamId === id ? (registry.events.get(row.type)?.personalData ?? []) : [];
    // Marked fields first, so their replacements also apply wherever the same value recurs; the
    // other way round, a marked `userId` already holding the pseudonym would get a random value.
    for (const field of fields) replaceField(row.payload, field.split('.'), replacements);
    const payload = rewrite(row.payload, (value) => replacements.get(value.toLowerCase()));
    await tx
      .update(eventLog)
      .set({ streamId: row.streamId === id ? pseudonym : row.streamId, payload })
      .where(eq(eventLog.position, row.position));
    changed += 1;
  }
  return changed;
}

function rewrite(value: unknown, replace: (text: string) => string | undefined): unknown {
  if (typeof value === 'string') return replace(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => rewrite(item, replace));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item, replace)]));
  }
  return value;
}

function replaceField(target: unknown, path: readonly string[], replacements: Map<string, string>): void {
  const [head, ...rest] = path;
  if (head === undefined || target === null || typeof target !== 'object') return;
  const record = target as Record<string, unknown>;
  if (rest.length > 0) return replaceField(record[head], rest, replacements);
  const value = record[head];
  if (typeof value !== 'string') return;
  let replacement = replacements.get(value.toLowerCase());
  if (replacement === undefined) {
    replacement = sameShape(value);
    replacements.set(value.toLowerCase(), replacement);
  }
  record[head] = replacement;
}

function sameShape(value: string): string {
  if (UUID.test(value)) return randomUUID();
  const prefix = PREFIXED_ID.exec(value)?.[1];
  const random = randomBytes(8).toString('hex');
  return prefix ? `${prefix}erased${random}` : `erased-${random}`;
}
