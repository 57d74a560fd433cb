// Anything that is not a known kind of question: ranked search results across
// items, resolutions, requests, work-programme entries and meetings, with snippets.
// As of a moment: what a meeting still to come will say is not known yet.
import type { SearchHit } from '../../search/search-index.ts';
import { glossaryHits, isGlossaryToken, tokensOf } from '../../search/glossary.ts';
import { processTerm, searchTerms } from '../../search/search-options.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, clip, citeLabel, cite, documentNames, meetingWhen, planEntry, requestEntry, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import type { Period } from '../question/question-periods.ts';
import { heldBy } from '../record-view.ts';
import { requestStatus } from '../requests/request-catalogue.ts';
import { entryKnown } from '../work-programme/work-programme-queries.ts';

const MAX_RESULTS = 10;
const SNIPPET = 220;

/** The part of `text` around the first word (or glossary term) that matched, about SNIPPET characters. */
export function snippet(text: string, terms: string[]): string {
  const at = firstMatch(text, terms);
  if (at === null) return clip(text, SNIPPET);
  const start = Math.max(0, at - SNIPPET / 3);
  const piece = clip(text.slice(start), SNIPPET);
  return `${start > 0 ? '…' : ''}${piece.replace(/^\S*\s/, start > 0 ? '' : '$&')}`;
}

/** Where the matched terms stand in `text`: words with one of the stems, and glossary terms written either way. */
function matchPositions(text: string, terms: string[]): { at: number; term: string }[] {
  const wanted = new Set(terms);
  const found: { at: number; term: string }[] = [];
  if (terms.some(isGlossaryToken)) {
    for (const hit of glossaryHits(text)) for (const t of tokensOf(hit.term)) if (wanted.has(t)) found.push({ at: hit.index, term: t });
  }
  // Stems are (nearly) prefixes of their words: only words sharing a stem's start are worth stemming.
  const starts = [...new Set(terms.filter((t) => !isGlossaryToken(t)).map((t) => t.slice(0, Math.max(2, t.length - 1))))];
  if (starts.length) {
    const word = /[\p{L}\p{N}'’]+/gu;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      const lower = m[0].toLowerCase();
      if (!starts.some((s) => lower.startsWith(s))) continue;
      const term = processTerm(lower.replace(/['’]/g, ''));
      if (term && wanted.has(term)) found.push({ at: m.index, term });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The start of the passage of about SNIPPET characters that holds most of the matched terms; null when none is in the text. */
function firstMatch(text: string, terms: string[]): number | null {
  const found = matchPositions(text, terms);
  if (found.length === 0) return null;
  let best = found[0]!.at;
  let bestCount = 0;
  for (let i = 0; i < found.length; i++) {
    const seen = new Set<string>();
    for (let j = i; j < found.length && found[j]!.at - found[i]!.at < SNIPPET * 0.6; j++) seen.add(found[j]!.term);
    if (seen.size > bestCount) {
      bestCount = seen.size;
      best = found[i]!.at;
    }
  }
  return best;
}

/** One result as an entry; null when it is not known as of now (or gone from the record). */
export function searchEntry(ctx: AnswerContext, hit: SearchHit): AnswerEntry | null {
  const view = ctx.view;
  switch (hit.kind) {
    case 'item': {
      const item = view.store.item(hit.refId);
      if (!item) return null;
      const meeting = view.meetings.get(item.meetingId) ?? null;
      if (item.private) {
        return { text: item.title, label: citeLabel(meeting, null), detail: ['Exempt'], exempt: true, cite: cite(view, meeting, item) };
      }
      const held = heldBy(view, meeting, ctx.t);
      // Before its meeting an item is an agenda title: what the minutes say of it is not known yet.
      if (!held && hit.terms.length > 0 && !titleHas(item.title, hit.terms)) return null;
      return {
        text: item.title,
        label: held ? citeLabel(meeting, { ...item, title: '' }) : `Agenda · ${citeLabel(meeting, { ...item, title: '' })}`,
        ...(held && item.body ? { detail: [snippet(item.body, hit.terms)] } : {}),
        cite: cite(view, meeting, item),
      };
    }
    case 'resolution': {
      const resolution = view.store.resolution(hit.refId);
      if (!resolution) return null;
      const item = view.store.item(resolution.itemId) ?? null;
      const meeting = view.meetings.get(resolution.meetingId) ?? null;
      if (!heldBy(view, meeting, ctx.t)) return null;
      return { ...resolutionEntry(view, { resolution, item, meeting }), label: `Resolution · ${citeLabel(meeting, item)}` };
    }
    case 'request': {
      const request = view.store.request(hit.refId);
      const status = request ? requestStatus(ctx, request) : null;
      if (!status) return null;
      const entry = requestEntry(view, status);
      return { ...entry, label: `Request · ${entry.label ?? ''}` };
    }
    case 'work-programme': {
      const wp = view.workProgramme.get(hit.refId);
      if (!wp || !entryKnown(ctx, wp)) return null;
      return { ...planEntry(view, wp), label: `Work programme${wp.year ? ` ${wp.year}` : ''}` };
    }
    case 'meeting': {
      const meeting = view.meetings.get(hit.refId);
      if (!meeting?.date) return null;
      return {
        text: meetingWhen(meeting),
        label: 'Meeting',
        ...(meeting.place ? { detail: [meeting.place] } : {}),
        cite: { meetingId: meeting.id, date: meeting.date, documents: documentNames(view, meeting.sources) },
      };
    }
  }
}

/** Whether a title holds one of the matched terms. */
function titleHas(title: string, terms: string[]): boolean {
  return firstMatch(title, terms) !== null;
}

/** The period an entry is dated in, or true when it has no date. */
function within(entry: AnswerEntry, period: Period | null): boolean {
  if (!period) return true;
  const date = entry.cite?.date;
  if (!date) return false;
  return (!period.from || date >= period.from) && (!period.to || date <= period.to);
}

/**
 * Results for free text, best first, cut off far below the best: every word must
 * match where anything does; else the results with most of the words. Nothing
 * that matches only a word or two of a long question.
 */
export function searchEntries(ctx: AnswerContext, query: string, period: Period | null = null, options: { strict?: boolean } = {}): AnswerEntry[] {
  const words = new Set(searchTerms(query)).size;
  if (words === 0) return [];
  // Strict: every word in a title, or in a resolution's or request's own words.
  let hits = ctx.index.search(query, { combineWith: 'AND', limit: MAX_RESULTS * 6, ...(options.strict ? { fields: ['title', 'text'] as ('title' | 'text')[] } : {}) });
  let floor = 0;
  if (hits.length === 0 && !options.strict && words >= 2) {
    const needed = Math.max(2, Math.ceil(words * 0.6));
    hits = ctx.index.search(query, { limit: MAX_RESULTS * 6 }).filter((h) => h.queryTermsMatched >= needed);
    floor = (hits[0]?.score ?? 0) * RELEVANCE_FLOOR;
  }
  const entries: AnswerEntry[] = [];
  for (const hit of hits) {
    if (hit.score < floor) break;
    const entry = searchEntry(ctx, hit);
    if (entry && within(entry, period)) entries.push(entry);
    if (entries.length === MAX_RESULTS) break;
  }
  return entries;
}

/** Partial matches scoring below this share of the best are about something else. */
const RELEVANCE_FLOOR = 0.2;

const NOT_READ = 'I couldn’t read that as a question about meetings, decisions, requests, the work programme or attendance';

/**
 * A topic on its own ("anything on SEND transport?", "LAC"): what the record holds
 * on it. `understood`: false when the question was not read as any kind of question;
 * the answer then says so, and shows only results that match all its words.
 */
export function buildSearch(ctx: AnswerContext, query: string, question: string, options: { understood?: boolean; period?: Period | null } = {}): Answer {
  const understood = options.understood ?? true;
  const period = options.period ?? null;
  const entries = searchEntries(ctx, query, period, { strict: !understood });
  const label = clip(query, 80);
  if (entries.length === 0) {
    return answerFor(ctx, 'help', question, {
      title: understood ? `Nothing in the record matches "${label}"${period ? ` (${period.label})` : ''}.` : `${NOT_READ}, and nothing in the record matches it.`,
      summary: 'Try other words, or one of these:',
      sections: [section('You can ask', EXAMPLES.map((text) => ({ text })))],
    });
  }
  return answerFor(ctx, 'search', question, {
    title: understood ? `${entries.length} result${entries.length === 1 ? '' : 's'} on "${label}"${period ? ` (${period.label})` : ''}` : `${NOT_READ}; here are the closest matches.`,
    sections: [section('Best matches first', entries)],
    notes: ['For more, ask "history of <topic>", "what was resolved on <topic>" or "help".'],
  });
}

const EXAMPLES = [
  'next meeting',
  'what’s on the agenda next week',
  'what was resolved on <topic>?',
  'what are we still waiting for?',
  'when is <topic> coming to the board?',
  'who chairs the board?',
];
