// The baseline: each question answered by a plain linear scan of the stored
// record, matching words exactly as the index does (the search module's
// tokeniser, stop words and stemmer; prefix and fuzzy rules of its options),
// so the ratio scan / index shows what the index buys at each size.
import { londonDate } from '../../src/london.ts';
import type { BoardRecord } from '../../src/model.ts';
import { BOOST, DEFAULT_SEARCH, fuzzyFor, searchTerms } from '../../src/search/search-options.ts';
import type { Store } from '../../src/store/store.ts';
import type { Question, QuestionKind } from './questions.ts';

/** Edit distance of a and b, or max + 1 once it is sure to exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const MAX_FUZZY = typeof DEFAULT_SEARCH.maxFuzzy === 'number' ? DEFAULT_SEARCH.maxFuzzy : 2;

/** How well one query stem matches one text stem: 1 exact, less for prefix or fuzzy, 0 none. */
export function termMatch(query: string, word: string): number {
  if (word === query) return 1;
  if (query.length >= 3 && word.startsWith(query)) return 0.5;
  const fuzzy = fuzzyFor(query);
  if (fuzzy === false) return 0;
  const max = Math.min(MAX_FUZZY, Math.round(fuzzy * query.length));
  return max > 0 && boundedDistance(query, word, max) <= max ? 0.4 : 0;
}

/** Score of a text for the query stems; `all` requires every stem to match. */
function scoreText(queryTerms: string[], text: string, all: boolean): number {
  if (queryTerms.length === 0 || text.length === 0) return 0;
  const words = new Set(searchTerms(text));
  let score = 0;
  for (const q of queryTerms) {
    let best = 0;
    for (const w of words) {
      const m = termMatch(q, w);
      if (m > best) best = m;
      if (best === 1) break;
    }
    if (best === 0 && all) return 0;
    score += best;
  }
  return score;
}

export interface ScanResult {
  /** How many facts the answer would list. */
  count: number;
}

/** Answers a question of a kind by looking at every record entry it might concern. */
export function scanAnswer(store: Store, kind: QuestionKind, question: Question): ScanResult {
  const record: Readonly<BoardRecord> = store.record();
  const today = londonDate(new Date(question.now));
  const meetingDate = () => new Map(record.meetings.map((m) => [m.id, m.date ?? '']));
  const terms = question.subject ? searchTerms(question.subject) : [];
  switch (kind) {
    case 'next-meeting': {
      let next: BoardRecord['meetings'][number] | null = null;
      for (const m of record.meetings) {
        if (!m.date || m.date <= today || m.status === 'cancelled') continue;
        if (!next || m.date < next.date! || (m.date === next.date && (m.time ?? '') < (next.time ?? ''))) next = m;
      }
      const items = next ? record.items.filter((i) => i.meetingId === next!.id) : [];
      return { count: items.length + (next ? 1 : 0) };
    }
    case 'outstanding-requests': {
      const dates = meetingDate();
      const open = record.requests.filter((r) => store.requestState(r.id).status === 'open');
      open.sort((a, b) => (dates.get(a.meetingId) ?? '').localeCompare(dates.get(b.meetingId) ?? ''));
      return { count: open.length };
    }
    case 'work-programme': {
      const planned = record.workProgramme.filter((w) => w.slot !== 'dated' || (w.date ?? '') >= today);
      planned.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
      return { count: planned.length };
    }
    case 'resolutions-common':
    case 'resolutions-rare': {
      const titles = new Map(record.items.map((i) => [i.id, i.title]));
      const dates = meetingDate();
      const hits = record.resolutions.filter((r) => scoreText(terms, `${titles.get(r.itemId) ?? ''} ${r.text}`, true) > 0);
      hits.sort((a, b) => (dates.get(b.meetingId) ?? '').localeCompare(dates.get(a.meetingId) ?? ''));
      return { count: hits.length };
    }
    case 'topic-history': {
      let count = 0;
      for (const i of record.items) if (scoreText(terms, `${i.title} ${i.private ? '' : i.body}`, true) > 0) count++;
      for (const r of record.resolutions) if (scoreText(terms, r.text, true) > 0) count++;
      for (const r of record.requests) if (scoreText(terms, r.text, true) > 0) count++;
      for (const w of record.workProgramme) if (scoreText(terms, `${w.title} ${w.detail ?? ''}`, true) > 0) count++;
      return { count };
    }
    case 'search-common':
    case 'search-rare':
    case 'search-misspelt': {
      const scored: { id: string; score: number }[] = [];
      for (const i of record.items) {
        const s = BOOST.title * scoreText(terms, i.title, false) + BOOST.body * scoreText(terms, i.private ? '' : i.body, false);
        if (s > 0) scored.push({ id: i.id, score: s });
      }
      for (const r of record.resolutions) {
        const s = BOOST.text * scoreText(terms, r.text, false);
        if (s > 0) scored.push({ id: r.id, score: s });
      }
      for (const r of record.requests) {
        const s = BOOST.text * scoreText(terms, r.text, false);
        if (s > 0) scored.push({ id: r.id, score: s });
      }
      for (const w of record.workProgramme) {
        const s = BOOST.title * scoreText(terms, w.title, false) + BOOST.body * scoreText(terms, w.detail ?? '', false);
        if (s > 0) scored.push({ id: w.id, score: s });
      }
      scored.sort((a, b) => b.score - a.score);
      return { count: Math.min(scored.length, 10) };
    }
  }
}
