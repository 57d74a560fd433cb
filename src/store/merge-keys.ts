// How the merge decides that two mentions are the same thing: short stable ids,
// content words and a word-overlap score, over the normalised keys of
// ../record-keys.ts.
import { createHash } from 'node:crypto';
import { normaliseText, titleKey } from '../record-keys.ts';

export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 16);
}

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'had', 'has', 'have', 'in', 'is', 'it', 'its',
  'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'which', 'with',
]);

/** Content words, crudely singular ("Declarations of Interests" ~ "Declaration of Interest"). */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of normaliseText(text).split(' ')) {
    if (!word || STOP_WORDS.has(word)) continue;
    words.add(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return words;
}

/** Dice overlap of two word sets, 0..1. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two item titles are: 1 when equal, high when one only adds a word or two to the other. */
export function titleSimilarity(a: string, b: string): number {
  if (titleKey(a) === titleKey(b)) return 1;
  const wa = contentWords(a);
  const wb = contentWords(b);
  const score = overlap(wa, wb);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  const contained = small.size > 0 && [...small].every((w) => large.has(w));
  // "Minutes" and "Minutes of the previous meeting"; not "Outcome" and a long unrelated title.
  return contained && large.size - small.size <= 2 ? Math.max(score, 0.8) : score;
}

/** The municipal year of a date: it starts with the annual meeting in May ("2017/18"). */
export function municipalYearOfDate(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const start = m >= 5 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

// A merge asks for the same item's title key and body words many times (every
// agenda-item page with that title, every waiting item looked at again), so they
// are remembered per object, and recomputed if the text was changed since.
const titleKeys = new WeakMap<object, { title: string; key: string }>();
const bodyWordSets = new WeakMap<object, { body: string; words: BodyWords }>();

/** titleKey(thing.title), remembered per object. */
export function titleKeyOf(thing: { title: string }): string {
  const known = titleKeys.get(thing);
  if (known && known.title === thing.title) return known.key;
  const key = titleKey(thing.title);
  titleKeys.set(thing, { title: thing.title, key });
  return key;
}

/**
 * A body's content words as a sorted list of 32-bit hashes: a tenth of the memory of a
 * Set of strings, which matters when tens of thousands of bodies are remembered.
 */
export type BodyWords = Uint32Array;

/** contentWords(thing.body) as BodyWords, remembered per object. */
export function bodyWordsOf(thing: { body: string }): BodyWords {
  const known = bodyWordSets.get(thing);
  if (known && known.body === thing.body) return known.words;
  const words = hashedWords(contentWords(thing.body));
  bodyWordSets.set(thing, { body: thing.body, words });
  return words;
}

function hashedWords(words: Set<string>): BodyWords {
  const hashes = new Uint32Array(words.size);
  let i = 0;
  for (const word of words) hashes[i++] = fnv1a(word);
  hashes.sort();
  let unique = 0;
  for (let j = 0; j < hashes.length; j++) if (j === 0 || hashes[j] !== hashes[j - 1]) hashes[unique++] = hashes[j]!;
  return unique === hashes.length ? hashes : hashes.slice(0, unique);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** overlap() of two BodyWords, 0..1. */
export function bodyOverlap(a: BodyWords, b: BodyWords): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
