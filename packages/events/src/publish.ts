import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Transaction } from '@phoenix/db';
import type { EventEnvelope, EventType, NewEvent } from './envelope.js';
import { eventRegistry, type Registry } from './registry.js';
import { eventLog } from './store/schema.js';
import { validateEvent } from './validate.js';

/** The NOTIFY channel publish signals on; the payload is the new event's position. */
export const EVENTS_CHANNEL = 'phoenix_events';

// Any constant works; it only has to be the same for every publisher of the database.
const APPEND_LOCK = sql`hashtext('phoenix:events:append')`;

export interface PublishOptions {
  /** Defaults to the shipped registry. */
  registry?: Registry;
}

/**
 * Appends an event to `events.log` inside the caller's transaction, so the domain write and
 * its event commit or roll back together (the log is the outbox), and NOTIFYs consumers,
 * which Postgres delivers only on commit. Throws `UnknownEventTypeError` or
 * `InvalidEventPayloadError` before writing anything when the registry rejects the event.
 *
 * Publishing takes a transaction-scoped lock that serialises appends until commit, so the log's
 * positions become visible in order and a consumer can never skip a late-committing event.
 * Publish last in the transaction to hold it briefly.
 */
export async function publish<T extends EventType>(tx: Transaction, event: NewEvent<T>, options: PublishOptions = {}): Promise<EventEnvelope<T>> {
  const registry = options.registry ?? eventRegistry();
  const definition = validateEvent(registry, event.type, event.payload);
  const streamId = (event.payload as Record<string, unknown>)[definition.stream] as string;
  await tx.execute(sql`select pg_advisory_xact_lock(${APPEND_LOCK})`);
  const [row] = await tx
    .insert(eventLog)
    .values({
      eventId: event.eventId ?? randomUUID(),
      type: definition.name,
      version: definition.version,
      streamId,
      source: event.source ?? definition.owner,
      occurredAt: event.occurredAt ?? new Date(),
      correlationId: event.correlationId ?? null,
      causationId: event.causationId ?? null,
      payload: event.payload,
    })
    .returning();
  if (!row) throw new Error('events.log insert returned no row');
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${String(row.position)})`);
  return {
    position: row.position,
    eventId: row.eventId,
    type: event.type,
    version: row.version,
    streamId: row.streamId,
    source: row.source,
    occurredAt: row.occurredAt,
    correlationId: row.correlationId,
    causationId: row.causationId,
    payload: event.payload,
  } as EventEnvelope<T>;
}
