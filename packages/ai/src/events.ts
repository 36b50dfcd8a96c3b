import type { DatabaseHandle, Transaction } from '@phoenix/db';
import { publish, type EventEnvelope, type NewEvent } from '@phoenix/events';
import type { CompletionRecord } from './router/record.js';

/** Where an `ai.completion_recorded` event comes from and what it belongs to. */
export interface CompletionEventMeta {
  /** The subgraph that ran the completion (letters, iris…). */
  source: string;
  correlationId?: string;
  causationId?: string;
}

/** The `ai.completion_recorded` event of a completion record. */
export function completionRecordedEvent(record: CompletionRecord, meta: CompletionEventMeta): NewEvent<'ai.completion_recorded'> {
  return {
    type: 'ai.completion_recorded',
    source: meta.source,
    ...(meta.correlationId ? { correlationId: meta.correlationId } : {}),
    ...(meta.causationId ? { causationId: meta.causationId } : {}),
    payload: { ...record },
  };
}

/**
 * Publishes a completion inside the caller's transaction, next to the rows it produced (a
 * letter, an Iris message): both commit or neither does.
 */
export function publishCompletion(tx: Transaction, record: CompletionRecord, meta: CompletionEventMeta): Promise<EventEnvelope<'ai.completion_recorded'>> {
  return publish(tx, completionRecordedEvent(record, meta));
}

/**
 * A `record` callback for the router that publishes each completion in a transaction of its
 * own, for callers whose AI output is not stored (the event log is the outbox).
 */
export function publishingRecorder(database: DatabaseHandle, meta: CompletionEventMeta): (record: CompletionRecord) => Promise<void> {
  return async (record) => {
    await database.db.transaction((tx) => publishCompletion(tx, record, meta));
  };
}
