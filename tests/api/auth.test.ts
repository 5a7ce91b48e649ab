import { describe, expect, it } from 'vitest';
import { assertMayRead, assertMayWrite, credentialOf } from '../../src/api/auth.js';

const key = 'a-key-of-sixteen-chars';
const codeOf = (fn: () => void): unknown => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return undefined;
};

describe('API key', () => {
  it('reads the bearer key from the Authorization header', () => {
    expect(credentialOf({}, key)).toBe('none');
    expect(credentialOf({ authorization: `Bearer ${key}` }, key)).toBe('valid');
    expect(credentialOf({ authorization: `bearer ${key}` }, key)).toBe('valid');
    expect(credentialOf({ authorization: `Bearer ${key}x` }, key)).toBe('invalid');
    expect(credentialOf({ authorization: `Basic ${key}` }, key)).toBe('invalid');
    expect(credentialOf({ authorization: `Bearer ${key}` }, undefined)).toBe('invalid');
  });

  it('opens reads by default and closes them with API_READS=key', () => {
    expect(codeOf(() => assertMayRead({ apiKey: key, readsNeedKey: false }, 'none'))).toBeUndefined();
    expect(codeOf(() => assertMayRead({ apiKey: key, readsNeedKey: true }, 'none'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertMayRead({ apiKey: key, readsNeedKey: true }, 'valid'))).toBeUndefined();
  });

  it('always needs the key for writes, and disables them without one', () => {
    expect(codeOf(() => assertMayWrite({ apiKey: key, readsNeedKey: false }, 'none'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertMayWrite({ apiKey: key, readsNeedKey: false }, 'invalid'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertMayWrite({ apiKey: key, readsNeedKey: false }, 'valid'))).toBeUndefined();
    expect(codeOf(() => assertMayWrite({ apiKey: undefined, readsNeedKey: false }, 'valid'))).toBe('FORBIDDEN');
  });
});
