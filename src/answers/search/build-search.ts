// Anything that is not a known kind of question: ranked search results across
// items, resolutions, requests, work-programme entries and meetings, with snippets.
// As of a moment: what a meeting still to come will say is not known yet.
import type { SearchHit } from '../../search/search-index.ts';
import { glossaryHits, isGlossaryToken, tokensOf } from '../../search/glossary.ts';
import { processTerm, searchTerms } from '../../search/search-options.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, clip, citeLabel, cite, documentNames, meetingWhen, planEntry, requestEntry, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { dateIn, type Period } from '../question/question-periods.ts';
import { agendaOutBy, heldBy } from '../record-view.ts';
import { withoutGenericWords, withoutUnknownWords } from '../topics/topic-hits.ts';
import { FACT_QUESTION, FIGURE_QUESTION, findPassages, passageEntry } from '../passages/passages.ts';
import { asksVerdict } from '../question/asks-verdict.ts';
import { plainQuestion } from '../question/read-question.ts';
import { requestStatus } from '../requests/request-catalogue.ts';
import { entryKnown } from '../work-programme/work-programme-queries.ts';

const MAX_RESULTS = 10;
/** Other results shown under passages from the papers. */
const MORE_AFTER_PASSAGES = 3;
const SNIPPET = 220;

/** The part of `text` around the first word (or glossary term) that matched, about SNIPPET characters. `figures`: a passage with numbers is worth more. */
export function snippet(text: string, terms: string[], options: { figures?: boolean } = {}): string {
  const at = firstMatch(text, terms, options.figures === true);
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
function firstMatch(text: string, terms: string[], figures = false): number | null {
  const found = matchPositions(text, terms);
  if (found.length === 0) return null;
  // A glossary term (a named subject) counts for more than a common word beside it.
  const weight = (term: string) => (isGlossaryToken(term) ? 3 : 1);
  let best = found[0]!.at;
  let bestScore = 0;
  for (let i = 0; i < found.length; i++) {
    const seen = new Set<string>();
    for (let j = i; j < found.length && found[j]!.at - found[i]!.at < SNIPPET * 0.6; j++) seen.add(found[j]!.term);
    let score = [...seen].reduce((sum, t) => sum + weight(t), 0);
    // Asked for a figure: the passage that gives one.
    if (figures && /\d%|\d\.\d|\d,\d\d\d|£\d/.test(text.slice(found[i]!.at, found[i]!.at + SNIPPET * 0.8))) score += 2;
    if (score > bestScore) {
      bestScore = score;
      best = found[i]!.at;
    }
  }
  return best;
}

/** One result as an entry; null when it is not known as of now (or gone from the record). */
export function searchEntry(ctx: AnswerContext, hit: SearchHit, options: { figures?: boolean } = {}): AnswerEntry | null {
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
      if (!held && ((hit.terms.length > 0 && !titleHas(item.title, hit.terms)) || !agendaOutBy(view, meeting, ctx.t))) return null;
      const detail = [...(item.reportAuthor ? [item.reportAuthor] : []), ...(held && item.body ? [snippet(item.body, hit.terms, options)] : [])];
      return {
        text: item.title,
        label: held ? citeLabel(meeting, { ...item, title: '' }) : `Agenda · ${citeLabel(meeting, { ...item, title: '' })}`,
        ...(detail.length ? { detail } : {}),
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
  return dateIn(period, entry.cite?.date);
}

/**
 * Results for free text, best first, cut off far below the best: every word must
 * match where anything does; else the results with most of the words. Nothing
 * that matches only a word or two of a long question.
 */
export function searchEntries(ctx: AnswerContext, asked: string, period: Period | null = null, options: { strict?: boolean } = {}): AnswerEntry[] {
  const query = withoutUnknownWords(ctx.index, asked);
  const words = new Set(searchTerms(query)).size;
  if (words === 0) return [];
  // Strict: every word in a title, or in a resolution's or request's own words.
  const fields = options.strict ? { fields: ['title', 'text'] as ('title' | 'text')[] } : {};
  let hits = ctx.index.search(query, { combineWith: 'AND', limit: MAX_RESULTS * 6, ...fields });
  // "the good level of development figure": without the words that only say what kind of thing.
  // With them ("ofsted rating 2017"), the results that have only the other words follow those that have all.
  const core = withoutGenericWords(query);
  if (core && core !== query) {
    const seen = new Set(hits.map((h) => `${h.kind}:${h.refId}`));
    hits = [...hits, ...ctx.index.search(core, { combineWith: 'AND', limit: MAX_RESULTS * 6, ...fields }).filter((h) => !seen.has(`${h.kind}:${h.refId}`))];
  }
  let floor = 0;
  if (hits.length === 0 && !options.strict && words >= 2) {
    // Most of the words, and always the most specific one: "parking at the council house" is about
    // parking, and a meeting held at the Council House does not answer it.
    // A result may leave out only words more common than every word it has: "parking at the council
    // house" is about parking, and a meeting held at the Council House does not answer it.
    const terms = [...new Set(searchTerms(query))].map((t) => ({ t, docs: new Set(ctx.index.matches(t).map((m) => `${m.kind}:${m.refId}`)) }));
    const needed = Math.max(2, Math.ceil(words * 0.6));
    const hasRarestWords = (h: SearchHit) => {
      const key = `${h.kind}:${h.refId}`;
      const matched = terms.filter((x) => x.docs.has(key)).map((x) => x.docs.size);
      const missing = terms.filter((x) => !x.docs.has(key)).map((x) => x.docs.size);
      // A subject the glossary names (NEET, CAMHS) is never left out.
      if (terms.some((x) => isGlossaryToken(x.t) && !x.docs.has(key))) return false;
      return missing.length === 0 || Math.min(...missing) >= Math.max(...matched);
    };
    hits = ctx.index
      .search(query, { limit: MAX_RESULTS * 6 })
      .filter((h) => h.queryTermsMatched >= needed && hasRarestWords(h));
    // Subjects only ("SEND CAMHS", "LAC NEET"), none of the record naming them all: what names either, best first.
    if (hits.length === 0 && terms.length >= 2 && terms.every((x) => isGlossaryToken(x.t))) hits = ctx.index.search(query, { limit: MAX_RESULTS * 6 });
    floor = (hits[0]?.score ?? 0) * RELEVANCE_FLOOR;
  }
  const entries: AnswerEntry[] = [];
  const figures = FIGURES.test(query);
  for (const hit of hits) {
    if (hit.score < floor) break;
    const entry = searchEntry(ctx, hit, { figures });
    if (entry && within(entry, period)) entries.push(entry);
    if (entries.length === MAX_RESULTS) break;
  }
  return entries;
}

/** Words asking for a figure: the snippet then favours a passage with numbers. */
const FIGURES = /\b(?:how many|how much|figures?|numbers?|rates?|percentage|percent|per cent|stats?|statistics|totals?|count|level)\b|%/i;

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
  const label = clip(query, 80);
  // A fact asked for ("how many open cases", "what's the X programme"): the sentences of the papers that give it.
  const verdict = asksVerdict(plainQuestion(question));
  // "What did Ofsted rate us" asks a verdict, not a rate.
  const figures = FIGURE_QUESTION.test(question) && !verdict;
  const asked = figures || verdict || FACT_QUESTION.test(plainQuestion(question)) ? findPassages(ctx, query, { figures, verdict, period, question }) : [];
  const entries = asked.length > 0 ? [] : searchEntries(ctx, query, period, { strict: !understood });
  // Words the search cannot match all together may still be a table's row and its header ("care leavers in
  // employment education or training"): a row that holds them answers before "nothing".
  const passages = asked.length > 0 || entries.length > 0 ? asked : findPassages(ctx, query, { figures: true, rows: true, period, question });
  if (passages.length > 0) {
    const more = searchEntries(ctx, query, period).slice(0, MORE_AFTER_PASSAGES);
    return answerFor(ctx, 'search', question, {
      // A figure asked of a month the papers count ("missing in May") may come from a paper of another date.
      title: `What the papers say on "${label}"${period && passages.every((p) => dateIn(period, p.meeting.date)) ? ` (${period.label})` : ''}`,
      sections: [section('From the papers', passages.map((p) => passageEntry(ctx, p))), ...(more.length ? [section('Also in the record', more)] : [])],
      notes: ['Quoted from the papers as written; ask "history of <topic>" for everything on it.'],
    });
  }
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
