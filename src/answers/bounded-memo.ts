// A bounded memo: topic results per record version, answers asked again (see answer-memo.ts).
/**
 * Values worked out once and kept, bounded: when full, those used least recently
 * make room. What a value depends on is in its key, or in where the memo is kept.
 */
export class BoundedMemo {
  readonly #values = new Map<string, { value: unknown; size: number }>();
  #size = 0;
  constructor(private readonly capacity: number) {}

  /** The value for `key`, worked out once; `sizeOf` counts its entries against the capacity. */
  remember<T>(key: string, work: () => T, sizeOf: (value: T) => number = (v) => (Array.isArray(v) ? v.length : 1)): T {
    const known = this.known<T>(key);
    if (known !== undefined) return known;
    const found = work();
    this.keep(key, found, sizeOf(found));
    return found;
  }

  /** The value kept for `key`, if any (it becomes the most recently used). */
  known<T>(key: string): T | undefined {
    const known = this.#values.get(key);
    if (!known) return undefined;
    // Most recently used last.
    this.#values.delete(key);
    this.#values.set(key, known);
    return known.value as T;
  }

  /** Keep `value` for `key`, making room by dropping the least recently used. */
  keep(key: string, value: unknown, size: number): void {
    for (const [oldest, entry] of this.#values) {
      if (this.#size + size <= this.capacity) break;
      this.#values.delete(oldest);
      this.#size -= entry.size;
    }
    this.#values.set(key, { value, size });
    this.#size += size;
  }
}
