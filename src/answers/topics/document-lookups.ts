// Look-ups by the search index's document number, for what a topic's matches are about: a common
// word's topic matches tens of thousands of items, resolutions and requests, and reading each one's
// record by its string id (a hash look-up in maps of the whole record) was most of such an answer's
// time. A number's entry is worked out the first time a topic reaches it, then read by position.
//
// A number stands for one document of one index only until the index takes in a change, so the
// look-ups are kept with the record version's view and the index they were made for: a context
// with another index (or one still loading or catching up) gets fresh ones, and keeps none.
import type { SearchIndex } from '../../search/search-index.ts';
import type { AnswerContext } from '../context.ts';
import { lookupKey, type LookupKey } from '../record-view.ts';

interface Kept<T> {
  index: SearchIndex;
  slots: number;
  value: T;
}

export type DocumentLookupKey<T> = LookupKey<Kept<T>>;

export function documentLookupKey<T>(name: string): DocumentLookupKey<T> {
  return lookupKey<Kept<T>>(name);
}

/**
 * The look-up `key` of this context's record version and index, made by `make` (given how many
 * document numbers there are) when there is none for them yet.
 */
export function byDocument<T>(ctx: AnswerContext, key: DocumentLookupKey<T>, make: (slots: number) => T): T {
  const index = ctx.index;
  // Not a look-up to keep; and an index still loading is left to load where a search needs it (the
  // look-ups by number are made after a search has numbered what it found).
  if (!ctx.indexComplete) return make(index.ready ? index.slots() : 0);
  const slots = index.slots();
  const kept = ctx.view.derived.get(key, () => ({ index, slots, value: make(slots) }));
  if (kept.index !== index || kept.slots !== slots) {
    kept.index = index;
    kept.slots = slots;
    kept.value = make(slots);
  }
  return kept.value;
}

/** Not yet worked out, in a look-up of numbers (where -1 says there is nothing). */
export const UNKNOWN = -2;
