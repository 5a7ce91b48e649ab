/**
 * The API key: writes always need it, reads only with API_READS=key. Keys are compared in
 * constant time, through their hashes so that lengths do not leak either.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { apiError } from './errors.js';

/** What the request proved: no key given, the right key, or a wrong one. */
export type Credential = 'none' | 'valid' | 'invalid';

export interface AuthPolicy {
  apiKey: string | undefined;
  readsNeedKey: boolean;
}

export function credentialOf(
  headers: IncomingHttpHeaders | Map<string, string>,
  apiKey: string | undefined,
): Credential {
  const header = headers instanceof Map ? headers.get('authorization') : headers.authorization;
  if (header === undefined || header === '') return 'none';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1] || apiKey === undefined) return 'invalid';
  return sameSecret(match[1], apiKey) ? 'valid' : 'invalid';
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Throws unless the request may read: reads are open unless the policy closes them. */
export function assertMayRead(policy: AuthPolicy, credential: Credential): void {
  if (!policy.readsNeedKey) return;
  if (credential !== 'valid') {
    throw apiError(
      'UNAUTHENTICATED',
      credential === 'none'
        ? 'This API needs a key: send `Authorization: Bearer <API_KEY>`.'
        : 'The API key is not valid.',
      {},
      401,
    );
  }
}

/** Throws unless the request may write: a key must be configured and given. */
export function assertMayWrite(policy: AuthPolicy, credential: Credential): void {
  if (policy.apiKey === undefined) {
    throw apiError('FORBIDDEN', 'Writes are disabled on this server: it runs without API_KEY.');
  }
  if (credential !== 'valid') {
    throw apiError(
      'UNAUTHENTICATED',
      credential === 'none'
        ? 'Writes need the API key: send `Authorization: Bearer <API_KEY>`.'
        : 'The API key is not valid.',
    );
  }
}
