// MiniSearch options in one place: the index is built and loaded (loadJSON/loadJS)
// with exactly these, and the plain record scans in src/answers match words the
// same way through `searchTerms`.
import type { Options, SearchOptions } from 'minisearch';
import { glossaryHits, glossaryTokens, isGlossaryToken, tokensOf } from './glossary.ts';
import { stem } from './stem.ts';

/** Bump when tokenising, stemming, fields or the glossary's document forms change: older snapshots are then rebuilt. */
export const SEARCH_OPTIONS_VERSION = 5;

export type SearchDocKind = 'item' | 'resolution' | 'request' | 'work-programme' | 'meeting';

export interface SearchDoc {
  /** `<kind>:<record id>` */
  id: string;
  /** Agenda-item or work-programme title; for resolutions and requests, their item's title. */
  title: string;
  /** Resolution or request text, verbatim. */
  text: string;
  /** Body text, detail, leads, place: weighed least. */
  body: string;
}

// Words that carry no topic: common English plus the question words members use.
export const STOP_WORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being below between both but by
can could did do does doing done down during each ever few for from further get got had has have having he her here
hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our
ours out over own same she should so some such than that the their theirs them then there these they this those
through to too under until up upon us very was we were what when where which while who whom why will with would you
your yours re regarding concerning anything something please tell show give find let know`.split(/\s+/),
);

const DIGITS = /^(\d+)$/;

const WEB_ADDRESS = /^[^\p{L}\p{N}]*(?:https?:\/\/|www\.)/iu;

/** A web address, or a mail address (something@host.tld), as one whitespace-free word. Linear. */
function isAddress(word: string): boolean {
  const at = word.indexOf('@');
  if (at > 0) {
    const dot = word.indexOf('.', at + 2);
    if (dot > 0 && dot < word.length - 1) return true;
  }
  return WEB_ADDRESS.test(word);
}

/** Web and mail addresses are not words a member searches for ("org", "uk", "www"). */
function withoutAddresses(text: string): string {
  if (!text.includes('@') && !MAY_HOLD_WEB_ADDRESS.test(text)) return text;
  return text.replace(/\S+/g, (word) => (isAddress(word) ? ' ' : word));
}

const MAY_HOLD_WEB_ADDRESS = /https?:\/\/|www\./i;

/** Split text into lower-case words; apostrophes join ("children's" -> "childrens"). */
export function words(text: string): string[] {
  return withoutAddresses(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A document's words as indexed: its own words, and the glossary terms it names
 * (written out or abbreviated), so that either form finds it.
 */
export function tokenize(text: string): string[] {
  const own = words(text);
  const terms = glossaryTokens(withoutAddresses(text));
  return terms.length ? own.concat(terms) : own;
}

/**
 * A question's words as searched: a glossary term it names (in full, abbreviated
 * or misspelt) stands as the term's token in place of its words.
 */
export function queryTokens(text: string): string[] {
  const hits = glossaryHits(text, { question: true });
  if (hits.length === 0) return words(text);
  const out: string[] = [];
  let at = 0;
  for (const hit of hits) {
    out.push(...words(text.slice(at, hit.index)), ...tokensOf(hit.term));
    at = hit.index + hit.length;
  }
  out.push(...words(text.slice(at)));
  return out;
}

/** One word as indexed and searched: stop words dropped, the rest stemmed. */
export function processTerm(term: string): string | null {
  const word = term.toLowerCase();
  if (word.length < 2 && !DIGITS.test(word)) return null;
  if (STOP_WORDS.has(word)) return null;
  return stem(word);
}

/**
 * The stems of a question's text, matching what the index holds. `literal`: the
 * words only, for text taken from the record itself (an agenda title), which is
 * spelt as the record spells it.
 */
export function searchTerms(text: string, options: { literal?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const token of options.literal ? words(text) : queryTokens(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/** searchTerms, each with the length of the longest word typed for it (a stem is shorter than its word). */
export function typedTerms(text: string, options: { literal?: boolean } = {}): Map<string, number> {
  const out = new Map<string, number>();
  for (const token of options.literal ? words(text) : queryTokens(text)) {
    const term = processTerm(token);
    if (term) out.set(term, Math.max(out.get(term) ?? 0, token.length));
  }
  return out;
}

export const BOOST = { title: 3, text: 3, body: 1 } as const;

/**
 * Typos: one edit in words of 6+ letters, two in long ones; prefixes for 3+ letters.
 * Shorter words are too often another real word one letter away ("lunch" and "launch").
 */
export function fuzzyFor(term: string): number | false {
  // A glossary term is matched as itself: its spellings are in the glossary.
  if (isGlossaryToken(term)) return false;
  return term.length >= 6 ? 0.2 : false;
}

export const DEFAULT_SEARCH: SearchOptions = {
  tokenize: queryTokens,
  boost: { ...BOOST },
  prefix: (term) => term.length >= 3 && !isGlossaryToken(term),
  fuzzy: (term) => fuzzyFor(term),
  maxFuzzy: 2,
  combineWith: 'OR',
};

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: ['title', 'text', 'body'],
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions: DEFAULT_SEARCH,
};
