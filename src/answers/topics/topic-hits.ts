// What the index finds on a topic: the items, resolutions, requests and plan
// entries about it. Topic answers sort what they find by date; this only decides
// what is about the topic.
import type { SearchDocKind } from '../../search/search-options.ts';
import { searchTerms } from '../../search/search-options.ts';
import { isGlossaryToken } from '../../search/glossary.ts';
import type { SearchHit, SearchIndex } from '../../search/search-index.ts';
import { TermMatchTable } from '../../search/term-postings.ts';
import type { AnswerContext } from '../context.ts';
import { BoundedMemo } from '../bounded-memo.ts';
import { byDocument, documentLookupKey } from './document-lookups.ts';

/**
 * How much a hit is about the topic: its title (or, for a resolution or request,
 * its own words or its item's title) names it; or its discussion dwells on it
 * (every word more than once); or it only mentions it in passing.
 */
export type Relevance = 'titled' | 'discussed' | 'mentioned';

export interface TopicHit {
  kind: SearchDocKind;
  refId: string;
  /** The index's number for the document, for look-ups by number (see ./document-lookups.ts). */
  doc: number;
  /** The search score where the hits were ranked (a long topic's partial matches); 0 where they were not. */
  score: number;
  /** The topic's words are in the title (or, for resolutions and requests, their own text). */
  titleMatch: boolean;
  relevance: Relevance;
}

/**
 * Matches remembered per record version, in all: a bound on memory, whatever topics are asked. A hit
 * kept costs some 60 bytes, so this is at most about 25 MB; a common word's topic holds tens of thousands.
 */
const MATCHES_KEPT = 400_000;
const TOPICS = documentLookupKey<BoundedMemo>('topics');

/**
 * What a topic finds does not depend on the date asked, only on the record (and so
 * the index) it is asked of. Remembered with the view and the index it was found in
 * (hits carry the index's document numbers) only when the index is the view's own;
 * an answer built while the index loads remembers nothing.
 */
export function topicMemo(ctx: AnswerContext): BoundedMemo {
  return byDocument(ctx, TOPICS, () => new BoundedMemo(MATCHES_KEPT));
}

export function topicKey(topic: string): string {
  return searchTerms(topic).join(' ');
}

/**
 * What the index finds on a topic a member typed: every word must match (with
 * stemming, prefixes and typos); a long topic that matches nothing that way
 * falls back to the best partial matches (three words or more).
 */
export function topicHits(ctx: AnswerContext, topic: string, kinds: SearchDocKind[]): TopicHit[] {
  return topicMemo(ctx).remember(`hits|${kinds.join(',')}|${topicKey(topic)}`, () => findTopicHits(ctx, topic, kinds));
}

/** topicHits, not remembered: for answers that remember what they make of the hits instead. */
export function topicHitsOnce(ctx: AnswerContext, topic: string, kinds: SearchDocKind[]): TopicHit[] {
  return findTopicHits(ctx, topic, kinds);
}

// Words that say what kind of thing was asked for, not what about: dropped when the
// whole topic finds nothing ("those figures on exclusions" -> "exclusions").
const GENERIC =
  /\b(?:figures?|numbers?|data|stats?|statistics|info|information|details?|reports?|updates?|papers?|briefings?|notes?|items?|position|situation|rating|result|results|percentage|percent|proportion|amount|issues?|stuff|things?|matters?|progress|latest|news|documents?|docs?|anything|something|those|these|that|this|the|any|some|more|further|up to date|recent|current|our|their|its)\b/gi;

/** A topic without the words that only say what kind of thing is asked for; empty when nothing else is left. */
export function withoutGenericWords(topic: string): string {
  return topic.replace(GENERIC, ' ').replace(/ +/g, ' ').trim();
}

/**
 * The topic without the short words (three letters or fewer) the record never uses in any form:
 * "GLD coventry vs national" asks about GLD in Coventry and nationally, whatever "vs" is, and a
 * connective or a shorthand no paper writes must not hide the words that name the subject. A
 * longer word, or a glossary term, the record lacks is the subject itself ("zeppelin", "NEET"),
 * and stays, so that the answer can say nothing matches.
 */
export function withoutUnknownWords(index: SearchIndex, topic: string): string {
  const parts = topic.split(' ').filter(Boolean);
  const unknown = (part: string) => {
    if (part.length > SHORT_WORD) return false;
    const terms = searchTerms(part);
    return terms.length > 0 && terms.every((t) => !isGlossaryToken(t) && !index.knows(t));
  };
  const kept = parts.filter((part) => !unknown(part));
  return kept.length === parts.length || kept.every((part) => searchTerms(part).length === 0) ? topic : kept.join(' ');
}
const SHORT_WORD = 3;
/** The share of a long topic's words a title must name when no title names them all. */
const MOST_WORDS = 0.6;

function relevanceOf(matchedInTitle: number, mentions: number, words: number): Relevance {
  if (matchedInTitle >= words) return 'titled';
  return mentions >= 2 ? 'discussed' : 'mentioned';
}

/**
 * The index's matches for a query, of every kind: matched once and remembered, since a
 * topic's history, resolutions and requests each ask for the same words (each reads its
 * kinds from the table with TermMatchTable.kindMask).
 */
function termMatches(ctx: AnswerContext, query: string): TermMatchTable {
  const memo = ctx.indexComplete ? byDocument(ctx, MATCHES, () => new BoundedMemo(MATCHES_OF_LAST_TOPICS)) : new BoundedMemo(0);
  return memo.remember(query, () => ctx.index.matchTable(query), (table) => table.size);
}

/**
 * Matches kept for the topics asked last, in all: the parts of one answer share them, and what
 * an answer makes of them is kept with the topic results; a common word has tens of thousands.
 */
const MATCHES_OF_LAST_TOPICS = 100_000;
const MATCHES = documentLookupKey<BoundedMemo>('term matches');

function findTopicHits(ctx: AnswerContext, asked: string, kinds: SearchDocKind[]): TopicHit[] {
  const index = ctx.index;
  const topic = withoutUnknownWords(index, asked);
  const all = allWordHits(ctx, topic, kinds);
  if (all.some((h) => h.titleMatch)) return all;
  // Nothing names the whole topic: what names its subject ("census data" -> "census") counts too.
  const core = withoutGenericWords(topic);
  const relaxed = core && core !== topic.trim() ? allWordHits(ctx, core, kinds) : [];
  const found = relaxed.length > 0 ? withoutRepeats([...all, ...relaxed]) : all;
  const words = new Set(searchTerms(topic)).size;
  if (words < 3 || !everyWordInRecord(ctx, topic)) return found;
  const titled = mostWordsTitled(ctx, topic, kinds, words);
  // Every word only in passing, or no document with them all: what names most of them in its title
  // or own words comes too, however it scores beside a long paper that mentions them.
  const hits: TopicHit[] = found.length > 0
    ? found
    : bestRanked(index, topic, kinds, 0.6).map((h) => {
        const titleMatch = titled.has(`${h.kind}:${h.refId}`);
        return { ...h, titleMatch, relevance: titleMatch ? ('titled' as const) : ('mentioned' as const) };
      });
  return titled.size > 0 ? withoutRepeats([...hits, ...titled.values()]) : hits;
}

/**
 * Whether the record uses every word of the topic in some form (stem, prefix, typo): a word it never
 * uses names the subject itself ("did the board approve new school buses"), so what names only the
 * other words ("new opportunities ... school readiness") is not about it. A glossary term counts as
 * used: the papers may write it out ("NEET" as "not in education, employment or training"), which
 * only the whole topic's matching reads.
 */
function everyWordInRecord(ctx: AnswerContext, topic: string): boolean {
  return topic
    .split(' ')
    .filter((part) => searchTerms(part).length > 0 && !searchTerms(part).some(isGlossaryToken))
    .every((part) => termMatches(ctx, part).size > 0);
}

/** Hits in order, each document once (its first). */
function withoutRepeats(hits: TopicHit[]): TopicHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.kind}:${h.refId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A long topic nobody wrote whole ("write to children's services to say well done on Ofsted"):
 * what names most of its words in a title or its own words, as many as anything does, names it
 * ("to write to the Children's Services team to congratulate them on the recent Ofsted result").
 */
function mostWordsTitled(ctx: AnswerContext, topic: string, kinds: SearchDocKind[], words: number): Map<string, TopicHit> {
  const found = termMatches(ctx, topic);
  const wanted = TermMatchTable.kindMask(kinds);
  let most = 0;
  for (let i = 0; i < found.size; i++) if (wanted[found.kindCodes[i]!] === 1) most = Math.max(most, found.matchedInTitle[i]!);
  const naming = Math.max(most, Math.ceil(words * MOST_WORDS));
  const titled = new Map<string, TopicHit>();
  for (let i = 0; i < found.size; i++) {
    if (wanted[found.kindCodes[i]!] !== 1 || found.matchedInTitle[i]! < naming) continue;
    const kind = found.kindOf(i);
    const refId = found.refIds[i]!;
    titled.set(`${kind}:${refId}`, { kind, refId, doc: found.docs[i]!, score: 0, titleMatch: true, relevance: 'titled' });
  }
  return titled;
}

/**
 * The ranked results scoring at least `share` of the best, best first: a common word's partial
 * matches run to tens of thousands, of which a few score near the best; the index scores them
 * all once and sorts only those.
 */
function bestRanked(index: SearchIndex, topic: string, kinds: SearchDocKind[], share: number): SearchHit[] {
  return index.search(topic, { kinds, share });
}

/** Documents with every word of the topic (with stemming, prefixes, typos and the glossary). */
function allWordHits(ctx: AnswerContext, topic: string, kinds: SearchDocKind[]): TopicHit[] {
  const words = new Set(searchTerms(topic)).size;
  if (words === 0) return [];
  const found = termMatches(ctx, topic);
  const wanted = TermMatchTable.kindMask(kinds);
  const hits: TopicHit[] = [];
  for (let i = 0; i < found.size; i++) {
    if (wanted[found.kindCodes[i]!] !== 1 || found.matched[i]! < words) continue;
    const matchedInTitle = found.matchedInTitle[i]!;
    hits.push({ kind: found.kindOf(i), refId: found.refIds[i]!, doc: found.docs[i]!, score: 0, titleMatch: matchedInTitle >= words, relevance: relevanceOf(matchedInTitle, found.mentions[i]!, words) });
  }
  return hits;
}

/**
 * What the record holds on an agenda item's subject: items, resolutions and requests
 * whose item title shares most of the title's words (two in three), or whose own
 * text has all of them. Stricter than a member's topic: a board's titles share
 * common words ("Board", "Report") that do not make two items one subject.
 */
export function agendaTopicHits(index: SearchIndex, title: string): TopicHit[] {
  const words = new Set(searchTerms(title, { literal: true })).size;
  if (words === 0) return [];
  const needed = Math.max(1, Math.ceil((words * 2) / 3));
  // Resolutions and requests are indexed under their item's title: the items' matches bring them.
  const byTitle = index.matches(title, { kinds: ['item'], fields: ['title'], exact: true }).filter((m) => m.matched >= needed);
  const byText = index.matches(title, { kinds: ['resolution', 'request'], fields: ['text'], exact: true }).filter((m) => m.matched >= words);
  return withoutRepeats([...byTitle, ...byText].map((h) => ({ kind: h.kind, refId: h.refId, doc: h.doc, score: 0, titleMatch: true, relevance: 'titled' as const })));
}
