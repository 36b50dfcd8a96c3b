/** The registry file is malformed; `problems` lists every problem found, not only the first. */
export class RegistryError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid event registry:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RegistryError';
  }
}

/** Publishing a type the registry does not declare. */
export class UnknownEventTypeError extends Error {
  constructor(readonly type: string) {
    super(`Event type "${type}" is not declared in the event registry.`);
    this.name = 'UnknownEventTypeError';
  }
}

/**
 * A payload that does not match its schema. The problems name paths and rules, never values,
 * so the message is safe to log.
 */
export class InvalidEventPayloadError extends Error {
  constructor(
    readonly type: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid payload for event "${type}": ${problems.join('; ')}`);
    this.name = 'InvalidEventPayloadError';
  }
}

/** A command named a consumer or dead letter that does not exist. */
export class EventsNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventsNotFoundError';
  }
}
