/**
 * The newsgraph client: queries and mutations as HTTP POSTs (fetch), subscriptions over the
 * graphql-transport-ws protocol on the same URL. Every operation is a typed document from
 * ./__generated__/operations.ts, so results and variables are checked by the compiler.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient, type Client as WsClient } from 'graphql-ws/client';

/** A GraphQL error as the API sends it; `extensions.code` says what went wrong (README, API). */
export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [name: string]: unknown };
}

/** A request the API refused or answered with errors; `data` holds what resolved nonetheless. */
export class NewsgraphRequestError extends Error {
  override readonly name = 'NewsgraphRequestError';
  constructor(
    message: string,
    /** HTTP status, or undefined for errors received over the WebSocket. */
    readonly status: number | undefined,
    readonly errors: readonly GraphQLErrorShape[],
    readonly data: unknown = null,
  ) {
    super(message);
  }

  /** The `extensions.code` of every error, e.g. `['NOT_FOUND']`. */
  get codes(): string[] {
    return this.errors.map((error) => error.extensions?.code ?? 'UNKNOWN');
  }
}

export interface NewsgraphClientOptions {
  /** The API's GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`; subscriptions use it as ws(s)://. */
  url: string;
  /** Sent as `Authorization: Bearer <key>` over HTTP and in the WebSocket's connection_init. */
  apiKey?: string;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
  /**
   * A WebSocket class for subscriptions: the global one by default (browsers, Node 22+); on
   * Node 20 pass `WebSocket` from the `ws` package.
   */
  webSocketImpl?: unknown;
  /** Reconnection attempts after the socket drops (graphql-ws; events in the gap are not replayed). */
  retryAttempts?: number;
}

/** The variables argument: optional when every variable of the operation is. */
type VariablesArg<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface NewsgraphClient {
  /** Runs a query or mutation; resolves to its data, or rejects with NewsgraphRequestError. */
  request<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<TResult>;
  /**
   * Starts a subscription: one item per event the server sends. `break` out of the loop (or
   * call `return()`) to stop it; an error from the server ends the loop by throwing.
   */
  subscribe<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): AsyncIterableIterator<TResult>;
  /** Closes the WebSocket, if one was opened. */
  close(): Promise<void>;
}

export function createNewsgraphClient(options: NewsgraphClientOptions): NewsgraphClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const authorization = options.apiKey === undefined ? undefined : `Bearer ${options.apiKey}`;
  let ws: WsClient | undefined;
  const socket = (): WsClient =>
    (ws ??= createClient({
      url: options.url.replace(/^http/i, 'ws'),
      lazy: true,
      ...(authorization === undefined ? {} : { connectionParams: { authorization } }),
      ...(options.webSocketImpl === undefined ? {} : { webSocketImpl: options.webSocketImpl }),
      ...(options.retryAttempts === undefined ? {} : { retryAttempts: options.retryAttempts }),
    }));

  return {
    async request(document, ...[variables]) {
      const response = await fetchImpl(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(authorization === undefined ? {} : { authorization }),
        },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      });
      const body = (await response.json().catch(() => undefined)) as
        { data?: unknown; errors?: GraphQLErrorShape[] } | undefined;
      if (body === undefined) {
        throw new NewsgraphRequestError(`HTTP ${response.status}: the answer is not JSON`, response.status, []);
      }
      if (body.errors !== undefined && body.errors.length > 0) {
        throw new NewsgraphRequestError(describe(body.errors), response.status, body.errors, body.data ?? null);
      }
      if (!response.ok || body.data === undefined || body.data === null) {
        throw new NewsgraphRequestError(`HTTP ${response.status} without data`, response.status, []);
      }
      return body.data as never;
    },

    subscribe(document, ...[variables]) {
      return subscription(socket(), document.toString(), variables ?? {});
    },

    async close() {
      await ws?.dispose();
      ws = undefined;
    },
  };
}

function describe(errors: readonly GraphQLErrorShape[]): string {
  return errors.map((error) => `${error.message} (${error.extensions?.code ?? 'UNKNOWN'})`).join('; ');
}

/**
 * graphql-ws's sink as an async iterator whose `return()` unsubscribes at once, even while a
 * `next()` is waiting for the next event.
 */
function subscription<TResult>(
  client: WsClient,
  query: string,
  variables: Record<string, unknown>,
): AsyncIterableIterator<TResult> {
  const ready: TResult[] = [];
  const waiting: Array<{ resolve: (r: IteratorResult<TResult>) => void; reject: (e: Error) => void }> = [];
  let ended = false;
  let failure: Error | undefined;
  const finish = (error?: Error): void => {
    if (ended) return;
    ended = true;
    failure = error;
    for (const waiter of waiting.splice(0)) {
      if (error === undefined) waiter.resolve({ done: true, value: undefined });
      else waiter.reject(error);
    }
  };
  const unsubscribe = client.subscribe<TResult>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors !== undefined && result.errors.length > 0) {
          const errors = result.errors as GraphQLErrorShape[];
          finish(new NewsgraphRequestError(describe(errors), undefined, errors, result.data ?? null));
          unsubscribe();
          return;
        }
        const value = result.data as TResult;
        const waiter = waiting.shift();
        if (waiter) waiter.resolve({ done: false, value });
        else ready.push(value);
      },
      error: (error) => finish(toError(error)),
      complete: () => finish(),
    },
  );
  const iterator: AsyncIterableIterator<TResult> = {
    next() {
      const value = ready.shift();
      if (value !== undefined) return Promise.resolve({ done: false, value });
      if (ended) {
        return failure === undefined ? Promise.resolve({ done: true, value: undefined }) : Promise.reject(failure);
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      unsubscribe();
      ready.length = 0;
      finish();
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** graphql-ws reports errors as GraphQL error lists, close events or Errors. */
function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (Array.isArray(error)) {
    const errors = error as GraphQLErrorShape[];
    return new NewsgraphRequestError(describe(errors), undefined, errors);
  }
  const close = error as { code?: number; reason?: string };
  if (typeof close?.code === 'number') {
    return new NewsgraphRequestError(`WebSocket closed: ${close.code} ${close.reason ?? ''}`.trim(), undefined, []);
  }
  return new Error(String(error));
}
