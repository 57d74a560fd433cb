// Text the record repeats, held once. Every item, resolution and request carries its meeting's
// (and item's) id, every meeting and item the ids of its documents, and councils repeat the same
// resolution ("That the report be noted"), request wording, report author and attendee thousands
// of times; parsed from JSON, each occurrence is a string of its own. At council scale that is
// some 40% of the record's text. Reading the record through one pool makes each repeat the same
// string; long text (items' bodies, nearly all distinct) is left as parsed.

/** Longer strings are left as they are: nearly all distinct, and hashing them costs time for nothing. */
const LONGEST_SHARED = 500;

/** The strings one read of the record has met, each kept once. Drop it when the read is done. */
export class StringPool {
  readonly #strings = new Map<string, string>();

  /** The pool's copy of `text`, kept if it is the first. */
  shared(text: string): string {
    if (text.length > LONGEST_SHARED) return text;
    const known = this.#strings.get(text);
    if (known !== undefined) return known;
    this.#strings.set(text, text);
    return text;
  }

  /** Replace, in place, every string inside `value` (objects and arrays, at any depth) by the pool's copy. */
  shareWithin(value: unknown): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const entry: unknown = value[i];
        if (typeof entry === 'string') value[i] = this.shared(entry);
        else if (typeof entry === 'object' && entry !== null) this.shareWithin(entry);
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    for (const key in object) {
      const entry = object[key];
      if (typeof entry === 'string') object[key] = this.shared(entry);
      else if (typeof entry === 'object' && entry !== null) this.shareWithin(entry);
    }
  }
}
