// Many short lists of whole numbers (positions in a look-up's tables) held as one typed array and
// the start of each list in another: two objects where a list each would be tens of thousands.
// Every object a look-up keeps alive is one more for each full collection to mark, and the answer
// thread keeps the record's look-ups for as long as the record does not change.

export class PackedLists {
  private constructor(
    /** Every list's numbers, list after list. */
    private readonly values: Int32Array,
    /** Where each list starts in `values`; one more than there are lists, the last the end. */
    private readonly starts: Int32Array,
  ) {}

  /** The lists as given, in their order. */
  static from(lists: ReadonlyArray<ArrayLike<number>>): PackedLists {
    const starts = new Int32Array(lists.length + 1);
    for (let i = 0; i < lists.length; i++) starts[i + 1] = starts[i]! + lists[i]!.length;
    const values = new Int32Array(starts[lists.length]!);
    for (let i = 0; i < lists.length; i++) values.set(lists[i]!, starts[i]!);
    return new PackedLists(values, starts);
  }

  /** How many lists there are. */
  get count(): number {
    return this.starts.length - 1;
  }

  /** List `i`: a view of the shared numbers, not a copy (read it, never write to it). */
  list(i: number): Int32Array {
    return this.values.subarray(this.starts[i]!, this.starts[i + 1]!);
  }

  /**
   * Where list `i` starts among every list's numbers (see `value`), and `endOf` where it ends: a loop
   * over a list read this way makes no view and no iterator, where topic answers read thousands of lists.
   */
  startOf(i: number): number {
    return this.starts[i]!;
  }

  endOf(i: number): number {
    return this.starts[i + 1]!;
  }

  /** The number at place `k` among every list's numbers (from `startOf(i)` to `endOf(i)`: list `i`'s). */
  value(k: number): number {
    return this.values[k]!;
  }
}
