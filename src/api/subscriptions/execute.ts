/**
 * graphql-ws's `subscribe`: graphql-js's, except that each change is executed with the reads of
 * the poll that delivered it (fresh DataLoaders shared by every subscriber of that poll) instead
 * of one context for the subscription's whole life, whose loaders would cache stale rows.
 */
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from '../graphql.js';
import type { RequestReads } from '../request-metrics.js';
import type { FeedItem } from './change-feed.js';

export async function subscribeWithPollReads(
  args: ExecutionArgs,
): Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const events = source as AsyncIterableIterator<FeedItem<unknown, RequestReads>>;
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const event = await events.next();
      if (event.done) return { done: true, value: undefined };
      const contextValue = { ...(args.contextValue as object), ...event.value.reads() };
      return { done: false, value: await execute({ ...args, rootValue: event.value, contextValue }) };
    },
    // Straight to the source, which ends at once (see PushIterator).
    return: async () => {
      await events.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
