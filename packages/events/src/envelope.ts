import type { EventPayloads } from './__generated__/event-payloads.js';
import type { EventLogRow } from './store/schema.js';

export type { EventPayloads };

/** The name of a declared event type. */
export type EventType = keyof EventPayloads;

interface EnvelopeOf<T extends EventType> {
  /** Global order in the log. */
  readonly position: number;
  readonly eventId: string;
  readonly type: T;
  /** The registry version the payload was written with. */
  readonly version: number;
  readonly streamId: string;
  readonly source: string;
  readonly occurredAt: Date;
  readonly correlationId: string | null;
  readonly causationId: string | null;
  readonly payload: EventPayloads[T];
}

/**
 * A stored event. With the default type argument it is a union discriminated by `type`, so
 * `if (event.type === 'user.tier_changed')` narrows the payload.
 */
export type EventEnvelope<T extends EventType = EventType> = { [K in T]: EnvelopeOf<K> }[T];

/** What a producer passes to `publish`; the registry supplies version and stream id. */
export interface NewEvent<T extends EventType = EventType> {
  readonly type: T;
  readonly payload: EventPayloads[T];
  /** Defaults to a random UUID; pass one to make a retried request publish the same event. */
  readonly eventId?: string;
  /** Defaults to now. */
  readonly occurredAt?: Date;
  /** The subgraph publishing it; defaults to the type's owner. */
  readonly source?: string;
  /** Ties together every event of one user action (e.g. the request's trace id). */
  readonly correlationId?: string;
  /** The event or request that caused this one. */
  readonly causationId?: string;
}

/** The typed view of a stored row; payloads were validated when they were published. */
export function toEnvelope(row: EventLogRow): EventEnvelope {
  return {
    position: row.position,
    eventId: row.eventId,
    type: row.type as EventType,
    version: row.version,
    streamId: row.streamId,
    source: row.source,
    occurredAt: row.occurredAt,
    correlationId: row.correlationId,
    causationId: row.causationId,
    payload: row.payload,
  } as EventEnvelope;
}
