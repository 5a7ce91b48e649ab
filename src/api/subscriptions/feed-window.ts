/**
 * Which changes of a read are new: the cursor and the overlap of the change feed.
 *
 * Writers stamp a change with the server's clock while their transaction runs, and it becomes
 * visible only at commit; a transaction that commits after a read can carry a stamp from
 * before it. So every read starts `overlapMs` before the previous read's clock, and the
 * changes seen in that overlap are remembered, to be dropped when read again. A change whose
 * transaction took longer than the overlap from stamp to commit would be missed: the overlap
 * is that bound (FEED_OVERLAP_MS).
 */
export interface Stamped {
  /** Identity of the change, the same in every read that returns it. */
  id: string;
  /** Its stamp, epoch milliseconds by the server's clock. */
  atMs: number;
}

export class FeedWindow {
  readonly #overlapMs: number;
  /** Changes read whose stamps are still inside the overlap, by id. */
  readonly #seen = new Map<string, number>();
  /** The server's clock at the last read; undefined until the first. */
  #cursorMs: number | undefined;

  constructor(overlapMs: number) {
    this.#overlapMs = overlapMs;
  }

  /** Where the next read starts; null before the first read (it reads the overlap before now). */
  sinceMs(): number | null {
    return this.#cursorMs === undefined ? null : this.#cursorMs - this.#overlapMs;
  }

  /**
   * Takes one read (the server's clock then, and what it returned) and gives back the changes
   * not seen before, oldest first. The first read only marks what exists as seen: a feed
   * delivers what is written after it starts.
   */
  accept<T extends Stamped>(nowMs: number, changes: readonly T[]): T[] {
    const priming = this.#cursorMs === undefined;
    const fresh = changes.filter((change) => !this.#seen.has(change.id));
    for (const change of fresh) this.#seen.set(change.id, change.atMs);
    this.#cursorMs = Math.max(nowMs, this.#cursorMs ?? nowMs);
    const since = this.#cursorMs - this.#overlapMs;
    for (const [id, atMs] of this.#seen) if (atMs < since) this.#seen.delete(id);
    return priming ? [] : fresh.sort((a, b) => a.atMs - b.atMs);
  }

  /** Forgets everything: the next read primes again (a feed that stopped and starts anew). */
  reset(): void {
    this.#seen.clear();
    this.#cursorMs = undefined;
  }
}
