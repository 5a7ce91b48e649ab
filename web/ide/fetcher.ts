import type { GraphiQLProps } from 'graphiql';
import { GraphQLError, type ExecutionResult } from 'graphql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * POSTs each operation as JSON to the URL the page itself was served from (GET /graphql serves
 * the IDE, POST /graphql executes), so the IDE needs no configuration and works behind a proxy
 * prefix. Headers typed into the headers editor (e.g. the API key of mutations) are sent as-is.
 * Our own few lines instead of @graphiql/toolkit's fetcher: no subscriptions to support, and one
 * transitive dependency fewer to import.
 */
export function createSameOriginFetcher(endpoint: string): Fetcher {
  return async (params, opts) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    // Lower-cased so a typed `Content-Type` replaces ours instead of being sent twice.
    for (const [name, value] of Object.entries(opts?.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(params),
      credentials: 'same-origin',
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as ExecutionResult;
    } catch {
      // A proxy's error page or a crash: show it in the result pane rather than a parse error.
      return { errors: [new GraphQLError(`HTTP ${response.status} ${response.statusText}: ${text.slice(0, 2000)}`)] };
    }
  };
}
