/** Fields added to every log line from the current async context, e.g. `trace_id`, `span_id`. */
export type LogContextProvider = () => Record<string, string> | undefined;

let provider: LogContextProvider | undefined;

/**
 * Sets what every logger adds to each line from the context it is written in. Telemetry
 * registers the active trace here when tracing is on, so the logger needs no tracing library.
 */
export function setLogContext(next: LogContextProvider | undefined): void {
  provider = next;
}

/** The pino mixin: the current context's fields, or none. */
export function logContextFields(): Record<string, string> {
  return provider?.() ?? {};
}
