import type { ExecutionResult, GraphQLError } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';

type Item = { kind: 'event'; event: FormattedExecutionResult } | { kind: 'failed'; errors: readonly GraphQLError[] } | { kind: 'end' };

export interface EventStreamOptions {
  /** Turns one event of the subgraph into the client's result (the rest of the plan). */
  execute(event: FormattedExecutionResult): Promise<ExecutionResult>;
  /** Counts an event received and not yet delivered (the socket's limits apply). */
  addPending(): void;
  removePending(count: number): void;
  /** Runs once when the stream ends, whichever side ends it. */
  onEnd(): Promise<void>;
}

/** Where the events come from; disposed when the stream ends. */
export interface EventSource {
  dispose(): void;
}

/**
 * The events of one subscription, from the subgraph to graphql-ws, which pulls the next one
 * only once the previous one is written to the socket. Events wait here in order; `return()`
 * (the client's `complete`, a closed socket) ends the stream at once, even while waiting.
 * A failure is delivered as one last result with `errors`, then the stream completes.
 */
export class EventStream implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: Item[] = [];
  private wake: (() => void) | undefined;
  private done = false;
  private ended: Promise<void> | undefined;
  private source: EventSource | undefined;

  constructor(private readonly options: EventStreamOptions) {}

  /** Binds the source of the events, disposed when the stream ends (at once if it already has). */
  attach(source: EventSource): void {
    this.source = source;
    if (this.done) source.dispose();
  }

  push(event: FormattedExecutionResult): void {
    if (this.done) return;
    this.queue.push({ kind: 'event', event });
    this.options.addPending();
    this.signal();
  }

  fail(errors: readonly GraphQLError[]): void {
    if (this.done) return;
    this.queue.push({ kind: 'failed', errors });
    this.signal();
  }

  end(): void {
    if (this.done) return;
    this.queue.push({ kind: 'end' });
    this.signal();
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      if (this.done) return { done: true, value: undefined };
      const item = this.queue.shift();
      if (!item) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      switch (item.kind) {
        case 'event': {
          this.options.removePending(1);
          const value = await this.options.execute(item.event);
          if (this.done) return { done: true, value: undefined };
          return { done: false, value };
        }
        case 'failed':
          await this.finish();
          return { done: false, value: { data: null, errors: item.errors } };
        case 'end':
          await this.finish();
          return { done: true, value: undefined };
      }
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.finish();
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.finish();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): Promise<void> {
    if (!this.ended) {
      this.done = true;
      const undelivered = this.queue.filter((item) => item.kind === 'event').length;
      this.queue.length = 0;
      this.options.removePending(undelivered);
      this.signal();
      this.source?.dispose();
      this.ended = this.options.onEnd();
    }
    return this.ended;
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
