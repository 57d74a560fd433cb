// Each document's length in each field (short document id -> [length by field id]), as MiniSearch
// keeps them for its averages and scores, in one typed array instead of an array per document in a
// Map: at a council's scale that Map held 150,000 arrays, some 18 MB, where the packed table takes
// 2 MB. It answers the Map methods MiniSearch, TermPostings and the snapshot use (get, set, delete,
// has, size, forEach, iteration); `get` gives a document's lengths as MiniSearch wrote them: a field
// it never set is a hole, and one a snapshot gave as null stays null (MiniSearch's discard reads the
// two differently). A document MiniSearch adds goes to a small Map beside the table, where it fills
// in the array it was given, until the next `pack`.

/** In the table: 0 a hole (no length set), 1 null, n + 2 the length n. */
const HOLE = 0;
const NULL = 1;
const OFFSET = 2;
/** Documents moved into the table per step of packSteps: well under a millisecond. */
const PACKED_PER_STEP = 1000;

type Lengths = Array<number | null>;

export class FieldLengths implements Map<number, number[]> {
  readonly #fields: number;
  #table = new Uint32Array(0);
  /** 1 where a document's lengths are in the table. */
  #present = new Uint8Array(0);
  #packed = 0;
  #loose = new Map<number, number[]>();

  constructor(fields: number) {
    this.#fields = fields;
  }

  /** How many fields each document has a length for. */
  get fields(): number {
    return this.#fields;
  }

  /** The lengths of a Map (or another table), packed, for `fields` fields. */
  static packed(lengths: ReadonlyMap<number, Lengths>, fields: number): FieldLengths {
    const table = new FieldLengths(fields);
    lengths.forEach((values, short) => table.put(short, values));
    return table;
  }

  /** Whether documents were added since it was packed. */
  get loose(): boolean {
    return this.#loose.size > 0;
  }

  /** Move the documents added since into the table, a step per thousand (see ../search/slices.ts). */
  *packSteps(): Generator<void, void, void> {
    let moved = 0;
    // A document added between steps is met by this same walk (a Map's iteration sees later entries).
    for (const [short, values] of this.#loose) {
      this.put(short, values);
      if (++moved % PACKED_PER_STEP === 0) yield;
    }
  }

  /** A document's lengths, final (a snapshot's, or a packed document's), straight into the table. */
  put(short: number, values: Lengths): void {
    this.#loose.delete(short);
    this.#ensure(short);
    const at = short * this.#fields;
    for (let field = 0; field < this.#fields; field++) {
      const value = values[field];
      this.#table[at + field] = field in values ? (value === null ? NULL : value! + OFFSET) : HOLE;
    }
    if (this.#present[short] === 0) {
      this.#present[short] = 1;
      this.#packed++;
    }
  }

  /**
   * A document's lengths as the table codes them (0 none set, 1 null, n + 2 the length n), one per
   * field from codes[from]: a snapshot's packed lengths, straight into the table.
   */
  putCodes(short: number, codes: ArrayLike<number>, from: number): void {
    this.#loose.delete(short);
    this.#ensure(short);
    const at = short * this.#fields;
    for (let field = 0; field < this.#fields; field++) this.#table[at + field] = codes[from + field]!;
    if (this.#present[short] === 0) {
      this.#present[short] = 1;
      this.#packed++;
    }
  }

  #ensure(short: number): void {
    if (short < this.#present.length) return;
    const capacity = Math.max(short + 1, this.#present.length * 2, 1024);
    const present = new Uint8Array(capacity);
    present.set(this.#present);
    const table = new Uint32Array(capacity * this.#fields);
    table.set(this.#table);
    this.#present = present;
    this.#table = table;
  }

  #unpacked(short: number): number[] {
    const values: Lengths = [];
    const at = short * this.#fields;
    for (let field = 0; field < this.#fields; field++) {
      const cell = this.#table[at + field]!;
      if (cell !== HOLE) values[field] = cell === NULL ? null : cell - OFFSET;
    }
    return values as number[];
  }

  get size(): number {
    return this.#packed + this.#loose.size;
  }

  get(short: number): number[] | undefined {
    const loose = this.#loose.get(short);
    if (loose) return loose;
    return this.#present[short] === 1 ? this.#unpacked(short) : undefined;
  }

  has(short: number): boolean {
    return this.#loose.has(short) || this.#present[short] === 1;
  }

  set(short: number, values: number[]): this {
    this.#drop(short);
    this.#loose.set(short, values);
    return this;
  }

  #drop(short: number): boolean {
    if (this.#present[short] !== 1) return false;
    this.#present[short] = 0;
    this.#packed--;
    this.#table.fill(HOLE, short * this.#fields, (short + 1) * this.#fields);
    return true;
  }

  delete(short: number): boolean {
    const packed = this.#drop(short);
    return this.#loose.delete(short) || packed;
  }

  clear(): void {
    this.#table = new Uint32Array(0);
    this.#present = new Uint8Array(0);
    this.#packed = 0;
    this.#loose = new Map();
  }

  forEach(callback: (values: number[], short: number, map: Map<number, number[]>) => void, thisArg?: unknown): void {
    for (const [short, values] of this.entries()) callback.call(thisArg, values, short, this);
  }

  /** Packed documents by short id (the order they were added in: ids only grow), then those added since. */
  *entries(): MapIterator<[number, number[]]> {
    const present = this.#present;
    for (let short = 0; short < present.length; short++) if (present[short] === 1) yield [short, this.#unpacked(short)];
    yield* this.#loose.entries();
  }

  *keys(): MapIterator<number> {
    for (const [short] of this.entries()) yield short;
  }

  *values(): MapIterator<number[]> {
    for (const [, values] of this.entries()) yield values;
  }

  [Symbol.iterator](): MapIterator<[number, number[]]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'FieldLengths';
  }
}
