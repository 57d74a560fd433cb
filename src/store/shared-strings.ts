// Text the record repeats, held once. Every item, resolution and request carries its meeting's
// (and item's) id, every meeting and item the ids of its documents, and councils repeat the same
// resolution ("That the report be noted"), request wording, report author and attendee thousands
// of times; parsed from JSON, each occurrence is a string of its own. At council scale that is
// some 40% of the record's text. Reading the record through one pool makes each repeat the same
// string; long text (items' bodies, nearly all distinct) is left as parsed.
//
// Looking a string up costs time whether or not it repeats, so two kinds are left out: strings of up
// to 10 characters, which V8's JSON.parse already gives as one copy each (it internalizes them), and
// the ids of resolutions, requests and work-programme rows, which nothing else in the record names.
//
// A reader beside the owner (the answer thread) never changes its record, so its pool also holds
// the entries' lists once: every empty list (an item's sub-items and papers, most often) is one
// frozen empty list, and every list of one string (an item's one source document) one frozen list
// per string. At council scale that is some 150,000 objects fewer for each full collection to mark.
// Its meetings' attendance lists also hold each attendee once: a council's members attend meeting
// after meeting in the same role, so the 60,000 entries of tier L's present lists are some 2,000
// distinct ones, each kept as one frozen entry.
import type { BoardRecord } from '../model.ts';

/** Longer strings are left as they are: nearly all distinct, and hashing them costs time for nothing. */
const LONGEST_SHARED = 500;
/** Shorter strings are one copy each as JSON.parse gives them. */
const SHORTEST_SHARED = 11;

/** A meeting's lists of people, whose entries (Attendee, Apology) a reader holds once each. */
const ATTENDANCE_LISTS = ['present', 'apologies', 'absent'] as const;
/** The fields of an attendance entry: one with any other is left as it is. */
const ATTENDEE_FIELDS: ReadonlySet<string> = new Set(['name', 'role', 'chair', 'note']);

/**
 * What an attendance entry says, as one string (each field's name, the type of its value, a
 * string's length and the value): equal for entries equal field by field in the same order; null for an entry with
 * a field that is not an attendee's, or not a string, boolean or null.
 */
function attendeeKey(entry: Record<string, unknown>): string | null {
  let key = '';
  for (const field in entry) {
    if (!ATTENDEE_FIELDS.has(field)) return null;
    const value = entry[field];
    if (typeof value === 'string') key += `${field}:s${value.length}:${value}`;
    else if (typeof value === 'boolean') key += `${field}:${value ? 't' : 'f'}`;
    else if (value === null) key += `${field}:n`;
    else return null;
  }
  return key;
}

/** The one empty list of a reader's record. */
const NO_ENTRIES: readonly never[] = Object.freeze([]);

/** The strings one read of the record has met, each kept once. Drop it when the read is done. */
export class StringPool {
  readonly #strings = new Map<string, string>();
  /** The lists of one string met so far (with `lists`), by their string. */
  readonly #lists = new Map<string, readonly string[]>();
  /** The attendance entries met so far (with `lists`), by what they say (see #attendeeKey). */
  readonly #attendees = new Map<string, Readonly<Record<string, unknown>>>();

  /** `lists`: the entries' lists are shared and frozen too, for a reader that never changes its record. */
  constructor(readonly options: { lists: boolean } = { lists: false }) {}

  /** How many distinct strings the pool keeps. */
  get size(): number {
    return this.#strings.size;
  }

  /** The pool's copy of `text`, kept if it is the first. */
  shared(text: string): string {
    if (text.length > LONGEST_SHARED || text.length < SHORTEST_SHARED) return text;
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
    } else if (typeof value === 'object' && value !== null) this.#shareFields(value as Record<string, unknown>, null);
  }

  /** shareWithin for a part of the record, but for the ids that no other entry names (the part's own lists are left as they are). */
  sharePart(part: BoardRecord): void {
    for (const list of [part.documents, part.meetings, part.items]) {
      for (const entry of list) this.#shareFields(entry as unknown as Record<string, unknown>, null);
    }
    if (this.options.lists) {
      for (const meeting of part.meetings) {
        const lists = meeting as unknown as Record<string, unknown>;
        for (const key of ATTENDANCE_LISTS) {
          const list = lists[key];
          if (Array.isArray(list) && !Object.isFrozen(list)) for (let i = 0; i < list.length; i++) list[i] = this.#sharedAttendee(list[i]);
        }
      }
    }
    for (const list of [part.resolutions, part.requests, part.workProgramme]) {
      for (const entry of list) this.#shareFields(entry as unknown as Record<string, unknown>, 'id');
    }
  }

  #shareFields(object: Record<string, unknown>, leave: string | null): void {
    for (const key in object) {
      const entry = object[key];
      if (typeof entry === 'string') {
        if (key !== leave) object[key] = this.shared(entry);
      } else if (typeof entry === 'object' && entry !== null) {
        if (this.options.lists && Array.isArray(entry) && entry.length <= 1) object[key] = this.#sharedList(entry);
        else this.shareWithin(entry);
      }
    }
  }

  /** The pool's frozen copy of an attendance entry (its strings shared first); anything else, as it was. */
  #sharedAttendee(entry: unknown): unknown {
    if (typeof entry !== 'object' || entry === null) return entry;
    const key = attendeeKey(entry as Record<string, unknown>);
    if (key === null) return entry;
    const known = this.#attendees.get(key);
    if (known !== undefined) return known;
    const kept = Object.freeze(entry as Record<string, unknown>);
    this.#attendees.set(key, kept);
    return kept;
  }

  /** The pool's frozen copy of an empty list or a list of one string; any other list of one, as it was (its strings shared). */
  #sharedList(list: unknown[]): unknown {
    if (list.length === 0) return NO_ENTRIES;
    const only: unknown = list[0];
    if (typeof only !== 'string') {
      this.shareWithin(list);
      return list;
    }
    const text = this.shared(only);
    let kept = this.#lists.get(text);
    if (kept === undefined) this.#lists.set(text, (kept = Object.freeze([text])));
    return kept;
  }
}
