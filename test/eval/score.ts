// Scoring one parse against one fixture's facts. Every metric is a tally (hits
// out of a count, or an F1 triple) so families and totals add up the tallies
// instead of averaging ratios; a metric the fixture has nothing for is null.
import type { ParsedDocument, ParsedItem, ParsedMeeting, ParsedWorkProgrammeItem } from '../../src/model.ts';
import { alignInOrder, clauseKey, nameKey, numberKey, similarity, titleKey, words } from './compare.ts';
import type { ExpectedFacts, ExpectedItem, ExpectedMeeting, ExpectedWorkProgrammeRow } from './expected-facts.ts';

/** Items with the same number still need a word of their titles in common; unnumbered ones most of their words. */
export const NUMBERED_TITLE_FIT = 0.25;
export const TITLE_FIT = 0.6;
export const WORK_PROGRAMME_TITLE_FIT = 0.6;
/** A request longer than this is a passage, not a request: a parse cannot find requests by returning whole minutes. */
export const REQUEST_MAX_WORDS = 80;
/** Two clauses share a long stretch when this many words in a row, and two thirds of the shorter one, are the same. */
export const CLAUSE_STRETCH_WORDS = 8;

export interface Ratio {
  hit: number;
  of: number;
}
export interface Overlap {
  matched: number;
  expected: number;
  parsed: number;
}

/**
 * Why clauses were missed, one expected clause at a time: found with another boundary (its text overlaps
 * a parsed clause of the same item without being equal: a clause run on, a stem quoted with it, a list cut
 * at its stem) or not found at all; and parsed clauses that overlap no expected clause.
 */
export interface ClauseCauses {
  expected: number;
  boundary: number;
  notFound: number;
  extra: number;
}

export interface Tallies {
  items: Overlap;
  meetings: Ratio;
  dates: Ratio;
  times: Ratio;
  titles: Ratio;
  clauses: Ratio;
  clauseCauses: ClauseCauses;
  requests: Ratio;
  present: Overlap;
  apologies: Overlap;
  chair: Ratio;
  private: Ratio;
  workProgramme: Overlap;
}

/** One thing the parse got wrong, in words the parser engineer can act on. */
export interface Miss {
  metric: keyof Tallies | 'kind' | 'committee';
  where: string;
  /** What kind of miss it is, where the metric says (a clause miss: how many clauses had another boundary, how many were not found). */
  note?: string;
  expected: unknown;
  parsed: unknown;
}

export interface FixtureScore {
  tallies: Tallies;
  misses: Miss[];
}

export function emptyTallies(): Tallies {
  const ratio = (): Ratio => ({ hit: 0, of: 0 });
  const overlap = (): Overlap => ({ matched: 0, expected: 0, parsed: 0 });
  return {
    items: overlap(),
    meetings: ratio(),
    dates: ratio(),
    times: ratio(),
    titles: ratio(),
    clauses: ratio(),
    clauseCauses: { expected: 0, boundary: 0, notFound: 0, extra: 0 },
    requests: ratio(),
    present: overlap(),
    apologies: overlap(),
    chair: ratio(),
    private: ratio(),
    workProgramme: overlap(),
  };
}

export function addTallies(into: Tallies, from: Tallies): Tallies {
  for (const key of Object.keys(into) as (keyof Tallies)[]) {
    const a = into[key] as unknown as Record<string, number>;
    const b = from[key] as unknown as Record<string, number>;
    for (const field of Object.keys(a)) a[field]! += b[field]!;
  }
  return into;
}

function count(r: Ratio, hit: boolean): boolean {
  r.of++;
  if (hit) r.hit++;
  return hit;
}

function itemFit(expected: ExpectedItem, parsed: ParsedItem): number | null {
  const a = numberKey(expected.number);
  const b = numberKey(parsed.number);
  // An item whose title the rendering lost is known by its number, or by where it stands.
  if (expected.title === null) return a === null || b === null || a === b ? 0 : null;
  const sim = similarity(expected.title, parsed.title);
  if (a !== null && b !== null) return a === b && sim >= NUMBERED_TITLE_FIT ? sim : null;
  return sim >= TITLE_FIT ? sim : null;
}

function label(item: { number: string | null; title: string | null }): string {
  const title = item.title ?? '(title not printed)';
  return item.number ? `${item.number} ${title}` : title;
}

/** Meetings pair up best by date, then by how many items they share; with nothing in common, by order. */
function pairMeetings(expected: ExpectedMeeting[], parsed: ParsedMeeting[]): Map<number, number> {
  const candidates: { e: number; p: number; weight: number }[] = [];
  expected.forEach((em, e) =>
    parsed.forEach((pm, p) => {
      const shared = alignInOrder(em.items, pm.items, itemFit).length;
      const overlap = shared / Math.max(em.items.length, pm.items.length, 1);
      const dated = em.date !== null && em.date === pm.date ? 2 : 0;
      const order = e === p ? 0.01 : 0;
      candidates.push({ e, p, weight: dated + overlap + order });
    }),
  );
  candidates.sort((a, b) => b.weight - a.weight || a.e - b.e || a.p - b.p);
  const pairs = new Map<number, number>();
  const usedParsed = new Set<number>();
  for (const c of candidates) {
    if (pairs.has(c.e) || usedParsed.has(c.p)) continue;
    pairs.set(c.e, c.p);
    usedParsed.add(c.p);
  }
  return pairs;
}

function scoreNames(t: Overlap, expected: string[], parsed: string[], metric: 'present' | 'apologies', where: string, misses: Miss[]): void {
  t.expected += expected.length;
  t.parsed += parsed.length;
  const left = parsed.map((name) => ({ name, key: nameKey(name) }));
  const missing: string[] = [];
  for (const name of expected) {
    const at = left.findIndex((p) => p.key === nameKey(name));
    if (at >= 0) {
      t.matched++;
      left.splice(at, 1);
    } else missing.push(name);
  }
  if (missing.length || left.length) misses.push({ metric, where, expected: missing, parsed: left.map((p) => p.name) });
}

function requestKeys(requests: ParsedItem['requests']): string[] {
  return requests.map((r) => words(r.text)).filter((key) => key.split(' ').length <= REQUEST_MAX_WORDS);
}

/** The longest run of the same words, in order, that two word lists share. */
function longestSharedRun(a: string[], b: string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) best = Math.max(best, (current[j] = previous[j - 1]! + 1));
    }
    previous = current;
  }
  return best;
}

/** Two clause keys, not equal, are one clause with another boundary when one holds the other or they share a long stretch. */
export function sameClauseOtherBoundary(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return false;
  if (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)) return true;
  const left = a.split(' ');
  const right = b.split(' ');
  const run = longestSharedRun(left, right);
  return run >= CLAUSE_STRETCH_WORDS && run * 3 >= 2 * Math.min(left.length, right.length);
}

/** Each expected clause found exactly, with another boundary, or not at all, among the parsed clauses of its item. */
function clauseCauses(t: ClauseCauses, expected: string[], parsed: string[]): { boundary: number; notFound: number; extra: number } {
  const want = expected.map(clauseKey);
  const have = parsed.map(clauseKey);
  const counts = { boundary: 0, notFound: 0, extra: 0 };
  for (const e of want) {
    if (have.includes(e)) continue;
    if (have.some((p) => sameClauseOtherBoundary(e, p))) counts.boundary++;
    else counts.notFound++;
  }
  counts.extra = have.filter((p) => !want.some((e) => e === p || sameClauseOtherBoundary(e, p))).length;
  t.expected += want.length;
  t.boundary += counts.boundary;
  t.notFound += counts.notFound;
  t.extra += counts.extra;
  return counts;
}

function scoreItem(t: Tallies, e: ExpectedItem, p: ParsedItem | undefined, requestTexts: string[], where: string, misses: Miss[]): void {
  const at = `${where} item ${label(e)}`;
  if (p && e.title !== null && !count(t.titles, titleKey(e.title) === titleKey(p.title))) {
    misses.push({ metric: 'titles', where: at, expected: e.title, parsed: p.title });
  }
  const parsedClauses = p?.resolutions.map((r) => r.text) ?? [];
  // An item not found is one miss in the list; its clauses and flag are counted but not listed again.
  if (e.resolutions.length > 0 || parsedClauses.length > 0) {
    const same = e.resolutions.length === parsedClauses.length && e.resolutions.every((c, i) => clauseKey(c) === clauseKey(parsedClauses[i]!));
    const causes = clauseCauses(t.clauseCauses, e.resolutions, parsedClauses);
    const note = `${causes.boundary} with another boundary, ${causes.notFound} not found, ${causes.extra} extra`;
    if (!count(t.clauses, same) && p) misses.push({ metric: 'clauses', where: at, note, expected: e.resolutions, parsed: parsedClauses });
  }
  const itemRequests = requestKeys(p?.requests ?? []);
  for (const phrase of e.requests) {
    const key = words(phrase);
    const found = itemRequests.some((r) => r.includes(key)) || requestTexts.some((r) => r.includes(key));
    if (!count(t.requests, found)) misses.push({ metric: 'requests', where: at, expected: phrase, parsed: p?.requests.map((r) => r.text) ?? null });
  }
  if (e.private || p?.private) {
    // An exempt item is right only when marked private with nothing of it read out.
    const right = p !== undefined && p.private === e.private && (!e.private || (p.resolutions.length === 0 && p.requests.length === 0));
    if (!count(t.private, right) && p) {
      misses.push({
        metric: 'private',
        where: at,
        expected: e.private ? 'private, nothing read' : 'public',
        parsed: p.private ? `private${p.resolutions.length + p.requests.length ? ' but with resolutions/requests read' : ''}` : 'public',
      });
    }
  }
}

function scoreMeeting(t: Tallies, e: ExpectedMeeting, p: ParsedMeeting | undefined, where: string, misses: Miss[]): void {
  if (!count(t.meetings, p !== undefined)) misses.push({ metric: 'meetings', where, expected: `${e.kind} of ${e.committee ?? '?'} on ${e.date ?? '?'}`, parsed: 'no meeting' });
  if (p && p.kind !== e.kind) misses.push({ metric: 'kind', where, expected: e.kind, parsed: p.kind });
  if (p && e.committee !== null && titleKey(e.committee) !== titleKey(p.committee ?? '')) {
    misses.push({ metric: 'committee', where, expected: e.committee, parsed: p.committee });
  }
  for (const [field, metric] of [
    ['date', 'dates'],
    ['time', 'times'],
  ] as const) {
    const parsedValue = p?.[field] ?? null;
    if (e[field] !== null || parsedValue !== null) {
      if (!count(t[metric], p !== undefined && e[field] === parsedValue)) misses.push({ metric, where, expected: e[field], parsed: p ? parsedValue : 'no meeting' });
    }
  }
  const parsedChair = p?.chair ?? null;
  if (e.chair !== null || parsedChair !== null) {
    const right = e.chair !== null && parsedChair !== null && nameKey(e.chair) === nameKey(parsedChair);
    if (!count(t.chair, right)) misses.push({ metric: 'chair', where, expected: e.chair, parsed: parsedChair });
  }
  scoreNames(t.present, e.present, p?.present.map((a) => a.name) ?? [], 'present', where, misses);
  scoreNames(t.apologies, e.apologies, p?.apologies.map((a) => a.name) ?? [], 'apologies', where, misses);

  const parsedItems = p?.items ?? [];
  const pairs = alignInOrder(e.items, parsedItems, itemFit);
  const byExpected = new Map(pairs);
  const pairedParsed = new Set(pairs.map(([, j]) => j));
  t.items.expected += e.items.length;
  t.items.matched += pairs.length;
  const requestTexts = parsedItems.flatMap((i) => requestKeys(i.requests));
  e.items.forEach((item, i) => {
    const j = byExpected.get(i);
    if (j === undefined) misses.push({ metric: 'items', where, expected: label(item), parsed: 'not found' });
    scoreItem(t, item, j === undefined ? undefined : parsedItems[j], requestTexts, where, misses);
  });
  parsedItems.forEach((item, j) => {
    if (!pairedParsed.has(j)) misses.push({ metric: 'items', where, expected: 'no such item', parsed: label(item) });
  });
}

function rowFits(e: ExpectedWorkProgrammeRow, p: ParsedWorkProgrammeItem): number | null {
  const sim = similarity(e.title, p.title);
  return sim >= WORK_PROGRAMME_TITLE_FIT && e.date === p.date && e.slot === p.slot ? sim : null;
}

function rowLabel(row: { title: string; date: string | null; slot: string }): string {
  return `${row.title} [${row.slot === 'dated' ? row.date : row.slot}]`;
}

function scoreWorkProgramme(t: Overlap, expected: ExpectedWorkProgrammeRow[], parsed: ParsedWorkProgrammeItem[], misses: Miss[]): void {
  t.expected += expected.length;
  t.parsed += parsed.length;
  // Rows are matched whatever their order (a plan may be read by date or by topic), each at most once.
  const used = new Set<number>();
  for (const row of expected) {
    let best = -1;
    let bestFit = -1;
    parsed.forEach((p, j) => {
      const fit = used.has(j) ? null : rowFits(row, p);
      if (fit !== null && fit > bestFit) {
        best = j;
        bestFit = fit;
      }
    });
    if (best >= 0) {
      used.add(best);
      t.matched++;
      continue;
    }
    const near = parsed.filter((p, j) => !used.has(j) && similarity(row.title, p.title) >= WORK_PROGRAMME_TITLE_FIT).map(rowLabel);
    misses.push({ metric: 'workProgramme', where: 'work programme', expected: rowLabel(row), parsed: near.length ? near : 'not found' });
  }
  parsed.forEach((p, j) => {
    if (!used.has(j) && !expected.some((row) => similarity(row.title, p.title) >= WORK_PROGRAMME_TITLE_FIT)) {
      misses.push({ metric: 'workProgramme', where: 'work programme', expected: 'no such row', parsed: rowLabel(p) });
    }
  });
}

/** How far a parse of a fixture's document agrees with its facts. */
export function scoreParse(facts: ExpectedFacts, doc: Pick<ParsedDocument, 'meetings' | 'workProgramme'>): FixtureScore {
  const tallies = emptyTallies();
  const misses: Miss[] = [];
  const pairs = pairMeetings(facts.meetings, doc.meetings);
  facts.meetings.forEach((meeting, e) => {
    const p = pairs.get(e);
    const where = facts.meetings.length > 1 ? `meeting ${e + 1} (${meeting.date ?? meeting.kind})` : 'meeting';
    scoreMeeting(tallies, meeting, p === undefined ? undefined : doc.meetings[p], where, misses);
  });
  const pairedParsed = new Set(pairs.values());
  doc.meetings.forEach((m, p) => {
    if (pairedParsed.has(p)) return;
    misses.push({ metric: 'meetings', where: 'document', expected: 'no such meeting', parsed: `${m.kind} of ${m.committee ?? '?'} on ${m.date ?? '?'} (${m.items.length} items)` });
  });
  // Every item parsed counts against precision, in a meeting the facts know or not.
  tallies.items.parsed += doc.meetings.reduce((n, m) => n + m.items.length, 0);
  scoreWorkProgramme(tallies.workProgramme, facts.workProgramme, doc.workProgramme, misses);
  return { tallies, misses };
}

export type MetricName = 'items' | 'meetings' | 'dates' | 'times' | 'titles' | 'clauses' | 'requests' | 'attendance' | 'present' | 'apologies' | 'chair' | 'private' | 'workProgramme';
export type Metrics = Record<MetricName, number | null> & { itemsPrecision: number | null; itemsRecall: number | null };

function ratio(r: Ratio): number | null {
  return r.of === 0 ? null : r.hit / r.of;
}

function f1(o: Overlap): number | null {
  if (o.expected === 0 && o.parsed === 0) return null;
  return (2 * o.matched) / (o.expected + o.parsed);
}

/** The tallies as ratios in [0, 1] (null where there is nothing to score). Items precision with nothing expected is null. */
export function metrics(t: Tallies): Metrics {
  const attendance: Overlap = {
    matched: t.present.matched + t.apologies.matched,
    expected: t.present.expected + t.apologies.expected,
    parsed: t.present.parsed + t.apologies.parsed,
  };
  return {
    items: f1(t.items),
    itemsPrecision: t.items.parsed === 0 ? (t.items.expected === 0 ? null : 0) : t.items.matched / t.items.parsed,
    itemsRecall: t.items.expected === 0 ? null : t.items.matched / t.items.expected,
    meetings: ratio(t.meetings),
    dates: ratio(t.dates),
    times: ratio(t.times),
    titles: ratio(t.titles),
    clauses: ratio(t.clauses),
    requests: ratio(t.requests),
    attendance: f1(attendance),
    present: f1(t.present),
    apologies: f1(t.apologies),
    chair: ratio(t.chair),
    private: ratio(t.private),
    workProgramme: f1(t.workProgramme),
  };
}
