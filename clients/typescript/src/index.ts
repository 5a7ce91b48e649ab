/** @newsgraph/client: the client, and the typed documents of the named operations (operations/). */
export * from './client.js';
export * from './__generated__/operations.js';
