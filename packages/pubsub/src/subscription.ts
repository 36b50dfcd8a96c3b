/** Thrown by `next()` when a subscriber fell too far behind; its subscription is over. */
export class SubscriberOverflowError extends Error {
  constructor(
    readonly topic: string,
    readonly maxQueue: number,
  ) {
    super(`Subscriber of "${topic}" fell more than ${maxQueue} messages behind and was dropped.`);
    this.name = 'SubscriberOverflowError';
  }
}

type Waiter<T> = { resolve: (result: IteratorResult<T, undefined>) => void; reject: (error: unknown) => void };

const DONE = Object.freeze({ value: undefined, done: true }) as IteratorReturnResult<undefined>;

/**
 * One subscriber's view of a topic: a bounded queue drained by `next()`. A pending `next()`
 * resolves as soon as `return()` is called, so a consumer blocked on a quiet topic can always
 * be stopped (graphql-ws relies on this to complete a subscription).
 */
export class TopicSubscription<T> implements AsyncIterableIterator<T, undefined> {
  readonly #queue: T[] = [];
  #waiter: Waiter<T> | undefined;
  #failure: Error | undefined;
  #ended = false;

  constructor(
    readonly topic: string,
    private readonly maxQueue: number,
    private readonly onEnd: (subscription: TopicSubscription<T>) => void,
  ) {}

  /** Hands `payload` to the subscriber, or drops the subscriber when its queue is full. */
  push(payload: T): void {
    if (this.#ended) return;
    if (this.#waiter) {
      const waiter = this.#waiter;
      this.#waiter = undefined;
      waiter.resolve({ value: payload, done: false });
      return;
    }
    if (this.#queue.length >= this.maxQueue) {
      this.#fail(new SubscriberOverflowError(this.topic, this.maxQueue));
      return;
    }
    this.#queue.push(payload);
  }

  /** Ends the subscription from the publishing side (the pub/sub closes). */
  end(): void {
    this.#finish();
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.#queue.length > 0) return Promise.resolve({ value: this.#queue.shift() as T, done: false });
    if (this.#failure) {
      const failure = this.#failure;
      this.#failure = undefined;
      return Promise.reject(failure);
    }
    if (this.#ended) return Promise.resolve(DONE);
    if (this.#waiter) return Promise.reject(new Error('next() called again before the previous call settled'));
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.#queue.length = 0;
    this.#failure = undefined;
    this.#finish();
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #fail(error: Error): void {
    // Queued messages are dropped with the subscriber: it is already behind and the error says so.
    this.#queue.length = 0;
    this.#failure = error;
    this.#finish();
  }

  #finish(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.onEnd(this);
    const waiter = this.#waiter;
    this.#waiter = undefined;
    if (!waiter) return;
    if (this.#failure) {
      const failure = this.#failure;
      this.#failure = undefined;
      waiter.reject(failure);
    } else waiter.resolve(DONE);
  }
}
