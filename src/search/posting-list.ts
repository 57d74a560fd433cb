// One term's documents in one field (short document id -> how often the term
// occurs), as MiniSearch keeps them, in two typed arrays instead of a Map: at a
// council's scale the index holds millions of these, and a Map costs some 60
// bytes a posting where the arrays cost 8. It answers the Map methods MiniSearch
// and TermPostings use (get, set, delete, has, size, forEach, iteration), so it
// stands in the index where a Map stood. Documents added after it was packed go
// to a small Map beside the arrays until the next `packed` (ids only grow, so
// the order stays ascending); a removed document's frequency becomes 0 until then.

export class PostingList implements Map<number, number> {
  #docs: Int32Array;
  #counts: Int32Array;
  /** Documents removed from the arrays (count 0) since they were packed. */
  #removed = 0;
  #extra: Map<number, number> | null = null;

  private constructor(docs: Int32Array, counts: Int32Array) {
    this.#docs = docs;
    this.#counts = counts;
  }

  /** The postings of a Map (or another list), packed, in ascending document order. */
  static packed(postings: ReadonlyMap<number, number>): PostingList {
    const entries: [number, number][] = [];
    postings.forEach((count, doc) => {
      if (count > 0) entries.push([doc, count]);
    });
    entries.sort((a, b) => a[0] - b[0]);
    const docs = new Int32Array(entries.length);
    const counts = new Int32Array(entries.length);
    entries.forEach(([doc, count], i) => {
      docs[i] = doc;
      counts[i] = count;
    });
    return new PostingList(docs, counts);
  }

  /** The postings of a snapshot's object ({"12": 3, ...}), whose integer keys come in ascending order. */
  static fromObject(object: Record<string, number>): PostingList {
    const keys = Object.keys(object);
    const docs = new Int32Array(keys.length);
    const counts = new Int32Array(keys.length);
    let sorted = true;
    for (let i = 0; i < keys.length; i++) {
      docs[i] = Number(keys[i]);
      counts[i] = object[keys[i]!]!;
      if (i > 0 && docs[i]! <= docs[i - 1]!) sorted = false;
    }
    const list = new PostingList(docs, counts);
    return sorted ? list : PostingList.packed(list);
  }

  /** Postings read back from their packed arrays (see ./packed-numbers.ts), which the caller has checked are ascending. */
  static fromPacked(docs: Int32Array, counts: Int32Array): PostingList {
    return new PostingList(docs, counts);
  }

  /** Whether it has changed since it was packed (and packing again would shrink it). */
  get loose(): boolean {
    return this.#removed > 0 || this.#extra !== null;
  }

  #find(doc: number): number {
    const docs = this.#docs;
    let lo = 0;
    let hi = docs.length - 1;
    if (hi < 0 || doc > docs[hi]! || doc < docs[0]!) return -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = docs[mid]!;
      if (at === doc) return mid;
      if (at < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get size(): number {
    return this.#docs.length - this.#removed + (this.#extra?.size ?? 0);
  }

  get(doc: number): number | undefined {
    const i = this.#find(doc);
    if (i >= 0) return this.#counts[i] || undefined;
    return this.#extra?.get(doc);
  }

  has(doc: number): boolean {
    return this.get(doc) !== undefined;
  }

  set(doc: number, count: number): this {
    const i = this.#find(doc);
    if (i >= 0) {
      if (this.#counts[i] === 0) this.#removed--;
      this.#counts[i] = count;
    } else {
      (this.#extra ??= new Map()).set(doc, count);
    }
    return this;
  }

  delete(doc: number): boolean {
    const i = this.#find(doc);
    if (i >= 0) {
      if (this.#counts[i] === 0) return false;
      this.#counts[i] = 0;
      this.#removed++;
      return true;
    }
    return this.#extra?.delete(doc) ?? false;
  }

  clear(): void {
    this.#docs = new Int32Array(0);
    this.#counts = new Int32Array(0);
    this.#removed = 0;
    this.#extra = null;
  }

  forEach(callback: (count: number, doc: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    const docs = this.#docs;
    const counts = this.#counts;
    for (let i = 0; i < docs.length; i++) {
      const count = counts[i]!;
      if (count !== 0) callback.call(thisArg, count, docs[i]!, this);
    }
    this.#extra?.forEach((count, doc) => callback.call(thisArg, count, doc, this));
  }

  *entries(): MapIterator<[number, number]> {
    const docs = this.#docs;
    const counts = this.#counts;
    for (let i = 0; i < docs.length; i++) if (counts[i] !== 0) yield [docs[i]!, counts[i]!];
    if (this.#extra) yield* this.#extra.entries();
  }

  *keys(): MapIterator<number> {
    for (const [doc] of this.entries()) yield doc;
  }

  *values(): MapIterator<number> {
    for (const [, count] of this.entries()) yield count;
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'PostingList';
  }

  /** The postings as two arrays, documents ascending (packed again first if it changed since). */
  packedArrays(): { docs: Int32Array; counts: Int32Array } {
    const list = this.loose ? PostingList.packed(this) : this;
    return { docs: list.#docs, counts: list.#counts };
  }
}
