import { describe, expect, it } from 'vitest';
import { FeedWindow } from '../../src/api/subscriptions/feed-window.js';

const change = (id: string, atMs: number) => ({ id, atMs });

describe('FeedWindow', () => {
  it('primes on the first read: what existed before the feed started is not delivered', () => {
    const window = new FeedWindow(1_000);
    expect(window.sinceMs()).toBeNull();
    expect(window.accept(10_000, [change('a', 9_500)])).toEqual([]);
    expect(window.sinceMs()).toBe(9_000);
  });

  it('delivers a change committed late with a stamp from before the last read, once', () => {
    const window = new FeedWindow(1_000);
    window.accept(10_000, []);
    expect(window.accept(10_500, [change('b', 10_400)])).toEqual([change('b', 10_400)]);
    // 'late' was stamped at 10_200 but committed after the read at 10_500: the overlap finds it.
    expect(window.accept(11_000, [change('b', 10_400), change('late', 10_200)])).toEqual([change('late', 10_200)]);
    expect(window.accept(11_500, [change('b', 10_400), change('late', 10_200)])).toEqual([]);
  });

  it('hands fresh changes over oldest first and forgets those behind the overlap', () => {
    const window = new FeedWindow(1_000);
    window.accept(10_000, []);
    expect(window.accept(10_500, [change('y', 10_300), change('x', 10_100)]).map((c) => c.id)).toEqual(['x', 'y']);
    window.accept(20_000, []);
    // Far behind the window: a read can no longer return it, so a stamp reused by a new change is new.
    expect(window.accept(20_500, [change('x', 19_600)])).toEqual([change('x', 19_600)]);
  });

  it('never moves its cursor back when the server clock does', () => {
    const window = new FeedWindow(1_000);
    window.accept(10_000, []);
    window.accept(9_000, []);
    expect(window.sinceMs()).toBe(9_000);
  });

  it('primes again after a reset', () => {
    const window = new FeedWindow(1_000);
    window.accept(10_000, []);
    window.reset();
    expect(window.sinceMs()).toBeNull();
    expect(window.accept(12_000, [change('z', 11_900)])).toEqual([]);
  });
});
