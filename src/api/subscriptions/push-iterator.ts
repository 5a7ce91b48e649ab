/**
 * One subscriber's queue: the feed pushes, graphql-ws pulls with `for await`. `return()` (the
 * client completed, or its socket closed) ends it at once, even while a `next()` waits, so a
 * closed socket frees its subscription without waiting for another change.
 */
export class PushIterator<T> implements AsyncIterableIterator<T> {
  readonly #ready: T[] = [];
  readonly #waiting: Array<{ resolve: (result: IteratorResult<T>) => void; reject: (error: Error) => void }> = [];
  readonly #onEnd: () => void;
  readonly #maxBuffered: number;
  readonly #overflow: () => Error;
  #ended = false;
  #failure: Error | undefined;

  /**
   * @param onEnd called once when the iterator ends, however it ends
   * @param maxBuffered values a slow consumer may leave unread before it is ended with `overflow()`
   */
  constructor(onEnd: () => void, maxBuffered: number, overflow: () => Error) {
    this.#onEnd = onEnd;
    this.#maxBuffered = maxBuffered;
    this.#overflow = overflow;
  }

  get ended(): boolean {
    return this.#ended;
  }

  push(value: T): void {
    if (this.#ended) return;
    const waiter = this.#waiting.shift();
    if (waiter) {
      waiter.resolve({ done: false, value });
      return;
    }
    if (this.#ready.length >= this.#maxBuffered) {
      this.#end(this.#overflow());
      return;
    }
    this.#ready.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#ready.length > 0) return Promise.resolve({ done: false, value: this.#ready.shift() as T });
    if (this.#ended) {
      return this.#failure ? Promise.reject(this.#failure) : Promise.resolve({ done: true, value: undefined });
    }
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.#ready.length = 0;
    this.#end();
    this.#failure = undefined;
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.#ready.length = 0;
    this.#end();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #end(failure?: Error): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#failure = failure;
    for (const waiter of this.#waiting.splice(0)) {
      if (failure) waiter.reject(failure);
      else waiter.resolve({ done: true, value: undefined });
    }
    this.#onEnd();
  }
}
