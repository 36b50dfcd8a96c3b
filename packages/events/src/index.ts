export { publish, EVENTS_CHANNEL, type PublishOptions } from './publish.js';
export { createConsumer, type Consumer, type ConsumerOptions } from './consumer.js';
export type { EventHandler, BatchOutcome } from './batch.js';
export { exponentialBackoff, type Backoff, type BackoffOptions } from './backoff.js';
export { wakeLoop, type WakeLoop, type WakeLoopOptions } from './wake-loop.js';
export type { EventEnvelope, EventPayloads, EventType, NewEvent } from './envelope.js';
export {
  eventRegistry,
  loadRegistry,
  parseRegistry,
  validateRegistry,
  EVENT_OWNERS,
  REGISTRY_FILE,
  type EventDefinition,
  type JsonSchema,
  type Registry,
} from './registry.js';
export { validateEvent, type PayloadValidator } from './validate.js';
export { EventsNotFoundError, InvalidEventPayloadError, RegistryError, UnknownEventTypeError } from './errors.js';
export { EVENTS_MIGRATIONS } from './store/migrations.js';
export { eventLog, consumerOffsets, deadLetters, erasureReports, eventsSchema, type ErasureReportRow } from './store/schema.js';
export { listConsumers, type ConsumerStatus } from './commands/consumers.js';
export { replayConsumer, type ReplayFrom } from './commands/replay.js';
export { listDeadLetters, retryDeadLetter, retryAllDeadLetters, dropDeadLetter, type DeadLetter } from './commands/dead-letters.js';
export { runEventsCommand, USAGE, EXIT, type CommandIO } from './commands/cli.js';
export {
  createErasureConsumer,
  erasureComplete,
  erasureReportsOf,
  recordErasureReport,
  ProjectionBehindError,
  ERASURE_PARTICIPANTS,
  type ErasedRows,
  type ErasureConsumerOptions,
  type ErasureParticipant,
  type ErasureRequest,
} from './erasure.js';
export { pseudonymiseUserEvents } from './pseudonymise.js';
