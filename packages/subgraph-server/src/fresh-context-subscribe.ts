import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/** Told when a subscription delivers an event and when it ends (with the error that ended it, if any). */
export interface SubscriptionLifecycle {
  delivered(): void;
  ended(error?: unknown): void;
}

/**
 * graphql-js's `subscribe`, except that each event is executed with a context of its own from
 * `contextForEvent`: a subscription lives for minutes, and DataLoaders kept that long would
 * serve stale rows. The source stream's `return()` is forwarded at once, so completing a
 * subscription never waits for its next event.
 */
export async function subscribeWithFreshContexts(
  args: ExecutionArgs,
  contextForEvent: () => unknown,
  lifecycle?: SubscriptionLifecycle,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  const toResult = async (event: unknown) => execute({ ...args, rootValue: event, contextValue: await contextForEvent() });
  return new EventResults(source[Symbol.asyncIterator](), toResult, lifecycle);
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

class EventResults implements AsyncIterableIterator<ExecutionResult> {
  #ended = false;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly toResult: (event: unknown) => Promise<ExecutionResult>,
    private readonly lifecycle: SubscriptionLifecycle | undefined,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult>> {
    let event: IteratorResult<unknown>;
    try {
      event = await this.source.next();
    } catch (error) {
      this.#end(error);
      throw error;
    }
    if (event.done) {
      this.#end();
      return { value: undefined, done: true };
    }
    try {
      const value = await this.toResult(event.value);
      this.lifecycle?.delivered();
      return { value, done: false };
    } catch (error) {
      await this.source.return?.();
      this.#end(error);
      throw error;
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    this.#end();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    this.#end(error);
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #end(error?: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.lifecycle?.ended(error);
  }
}
