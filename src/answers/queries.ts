// Pure questions to the record, shared by the answer builders and reminders.
// Nothing here formats text; builders turn these results into Answers.
import type { AgendaItem, Meeting, Request, RequestState, Resolution, WorkProgrammeItem } from '../model.ts';
import { daysBetween, londonDate } from '../london.ts';
import type { Store } from '../store/store.ts';
import { searchIndexFor, type SearchIndex } from '../search/search-index.ts';
import { searchTerms, type SearchDocKind } from '../search/search-options.ts';
import { personKey, samePerson } from './people.ts';
import { compareNumbers, firstAfter, isPlanOnly, startTime, viewOf, type RecordView } from './record-view.ts';

// ---------------------------------------------------------------------------
// Meetings

/** The first meeting that starts after `now`; never a cancelled one. Includes meetings known only from the plan. */
export function nextMeeting(store: Store, now: Date): Meeting | null {
  const view = viewOf(store);
  for (let i = firstAfter(view, now.getTime()); i < view.calendar.length; i++) {
    if (view.calendar[i]!.status !== 'cancelled') return view.calendar[i]!;
  }
  return null;
}

/** Meetings that start after `now`, soonest first; cancelled ones left out. */
export function upcomingMeetings(store: Store, now: Date): Meeting[] {
  const view = viewOf(store);
  return view.calendar.slice(firstAfter(view, now.getTime())).filter((m) => m.status !== 'cancelled');
}

/** The most recent meeting that has started by `now` (not cancelled, not merely planned). */
export function latestMeeting(store: Store, now: Date): Meeting | null {
  const view = viewOf(store);
  let fallback: Meeting | null = null;
  for (let i = firstAfter(view, now.getTime()) - 1; i >= 0; i--) {
    const m = view.calendar[i]!;
    if (m.status === 'cancelled' || isPlanOnly(m)) continue;
    if (m.status === 'minutes') return m;
    fallback ??= m;
  }
  return fallback;
}

/** Meetings on a London calendar date (YYYY-MM-DD). */
export function meetingsOn(store: Store, date: string): Meeting[] {
  return viewOf(store).calendar.filter((m) => m.date === date);
}

/** Meetings on a day and month in any year, nearest to `now` first. */
export function meetingsOnDayMonth(store: Store, day: number, month: number, now: Date): Meeting[] {
  const suffix = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const today = londonDate(now);
  return viewOf(store)
    .calendar.filter((m) => m.date!.endsWith(suffix))
    .sort((a, b) => Math.abs(daysBetween(today, a.date!)) - Math.abs(daysBetween(today, b.date!)));
}

export function meetingById(store: Store, meetingId: string): Meeting | null {
  return viewOf(store).meetings.get(meetingId) ?? null;
}

/** A meeting's agenda items in printed order (none for a meeting known only from the plan). */
export function itemsOf(store: Store, meetingId: string): AgendaItem[] {
  return viewOf(store).itemsByMeeting.get(meetingId) ?? [];
}

/** Work-programme entries planned for a meeting's date. */
export function plannedFor(store: Store, meeting: Meeting): WorkProgrammeItem[] {
  if (!meeting.date) return [];
  return (viewOf(store).workProgrammeByDate.get(meeting.date) ?? []).filter((e) => e.slot === 'dated');
}

export function resolutionsOf(store: Store, itemId: string): Resolution[] {
  return viewOf(store).resolutionsByItem.get(itemId) ?? [];
}

export function requestsOf(store: Store, itemId: string): Request[] {
  return viewOf(store).requestsByItem.get(itemId) ?? [];
}

// ---------------------------------------------------------------------------
// Requests

export interface RequestStatus {
  request: Request;
  item: AgendaItem | null;
  /** The meeting that raised it. */
  meeting: Meeting | null;
  state: RequestState;
  /** Days since the raising meeting, as of now. */
  ageDays: number | null;
  /** The last day it is on time: its own date, or the date of the next meeting after it was raised. */
  dueDate: string | null;
  /** The words that gave the due date ("in March 2018", "next meeting"). */
  dueText: string | null;
  /** For "next meeting" requests: that meeting, when known. */
  dueMeeting: Meeting | null;
  overdue: boolean;
  /** Place in the record: requests of one item keep the order the minutes give them. */
  position: number;
}

export function requestStatus(store: Store, request: Request, now: Date, today = londonDate(now)): RequestStatus {
  const view = viewOf(store);
  const entry = requestCatalogue(view).byId.get(request.id) ?? catalogueEntry(view, request);
  return statusOf(store, entry, today);
}

/** What is known of a request whatever the date: its meeting, item and due date. */
interface CatalogueEntry {
  request: Request;
  item: AgendaItem | null;
  meeting: Meeting | null;
  /** Start of the raising meeting (ms); null when undated. */
  start: number | null;
  dueDate: string | null;
  dueMeeting: Meeting | null;
  position: number;
  /** Place in the catalogue, oldest first. */
  order: number;
}

interface RequestCatalogue {
  /** Visible requests, duplicates dropped, oldest first. */
  entries: CatalogueEntry[];
  byId: Map<string, CatalogueEntry>;
}

function catalogueEntry(view: RecordView, request: Request): CatalogueEntry {
  const meeting = view.meetings.get(request.meetingId) ?? null;
  let dueDate = request.due?.date ?? null;
  let dueMeeting: Meeting | null = null;
  if (!dueDate && request.due?.nextMeeting && meeting?.date) {
    for (let i = firstAfter(view, startTime(view, meeting)!); i < view.calendar.length && !dueMeeting; i++) {
      const m = view.calendar[i]!;
      if (m.status !== 'cancelled' && m.id !== meeting.id) dueMeeting = m;
    }
    dueDate = dueMeeting?.date ?? null;
  }
  return {
    request,
    item: view.store.item(request.itemId) ?? null,
    meeting,
    start: meeting ? startTime(view, meeting) : null,
    dueDate,
    dueMeeting,
    position: view.requestPositions.get(request.id) ?? 0,
    order: Number.MAX_SAFE_INTEGER,
  };
}

function statusOf(store: Store, entry: CatalogueEntry, today: string): RequestStatus {
  const state = store.requestState(entry.request.id);
  return {
    request: entry.request,
    item: entry.item,
    meeting: entry.meeting,
    state,
    ageDays: entry.meeting?.date ? Math.max(0, daysBetween(entry.meeting.date, today)) : null,
    dueDate: entry.dueDate,
    dueText: entry.request.due?.text ?? null,
    dueMeeting: entry.dueMeeting,
    overdue: state.status === 'open' && entry.dueDate !== null && entry.dueDate < today,
    position: entry.position,
  };
}

const catalogues = new WeakMap<RecordView, RequestCatalogue>();

// Sorted and deduplicated once per record version: a question then only checks
// the date and each request's open/done state, which people change between versions.
function requestCatalogue(view: RecordView): RequestCatalogue {
  const known = catalogues.get(view);
  if (known) return known;
  const entries = dedupeRequests(view.record.requests.filter((r) => visible(view, r)).map((r) => catalogueEntry(view, r))).sort(oldestFirst);
  entries.forEach((e, i) => (e.order = i));
  const catalogue: RequestCatalogue = { entries, byId: new Map(entries.map((e) => [e.request.id, e])) };
  catalogues.set(view, catalogue);
  return catalogue;
}

function raisedBy(entry: CatalogueEntry, t: number): boolean {
  return entry.start === null || entry.start <= t;
}

// Each meeting's requests stay together (two committees can meet the same day), so
// an answer built for its first pages groups them exactly as one built in full.
function oldestFirst(a: CatalogueEntry, b: CatalogueEntry): number {
  const da = a.meeting?.date ?? '9999';
  const db = b.meeting?.date ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  const sa = a.start ?? Number.MAX_SAFE_INTEGER;
  const sb = b.start ?? Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb;
  const ma = a.meeting?.id ?? '';
  const mb = b.meeting?.id ?? '';
  if (ma !== mb) return ma < mb ? -1 : 1;
  return compareNumbers(a.item?.number ?? null, b.item?.number ?? null) || a.position - b.position;
}

function visible(view: RecordView, request: Request): boolean {
  return !view.store.item(request.itemId)?.private;
}

/** Every request raised by `now`, oldest first, open or done. */
export function allRequests(store: Store, now: Date): RequestStatus[] {
  const today = londonDate(now);
  const t = now.getTime();
  return requestCatalogue(viewOf(store))
    .entries.filter((e) => raisedBy(e, t))
    .map((e) => statusOf(store, e, today));
}

/** Requests still open as of `now`, oldest first, with age, due date and overdue computed. */
export function openRequests(store: Store, now: Date): RequestStatus[] {
  return allRequests(store, now).filter((s) => s.state.status === 'open');
}

export interface RequestCounts {
  /** Requests raised by now. */
  all: number;
  open: number;
  overdue: number;
  /** By raising meeting id ('' for none): how many are listed, and how many of those are overdue. */
  byMeeting: Map<string, { count: number; overdue: number }>;
  /** The first `limit` of the requests listed, oldest first, with their status. */
  first: RequestStatus[];
}

// People close a few requests; looking each of tens of thousands up in the state
// costs more than listing the few that are not open.
function closedRequestIds(store: Store): Set<string> {
  const closed = new Set<string>();
  for (const [id, state] of Object.entries(store.state().requests)) if (state.status !== 'open') closed.add(id);
  return closed;
}

/**
 * Counts of the requests raised by `now` (open only, or all), and the status of
 * the first `limit` of them: an answer lists a page or two but states the totals.
 */
export function requestCounts(store: Store, now: Date, options: { openOnly: boolean; limit: number }): RequestCounts {
  const today = londonDate(now);
  const t = now.getTime();
  const counts: RequestCounts = { all: 0, open: 0, overdue: 0, byMeeting: new Map(), first: [] };
  const closed = closedRequestIds(store);
  for (const entry of requestCatalogue(viewOf(store)).entries) {
    if (!raisedBy(entry, t)) continue;
    counts.all++;
    const open = !closed.has(entry.request.id);
    if (open) counts.open++;
    if (options.openOnly && !open) continue;
    const overdue = open && entry.dueDate !== null && entry.dueDate < today;
    if (overdue) counts.overdue++;
    const key = entry.meeting?.id ?? '';
    const group = counts.byMeeting.get(key);
    if (group) {
      group.count++;
      if (overdue) group.overdue++;
    } else counts.byMeeting.set(key, { count: 1, overdue: overdue ? 1 : 0 });
    if (counts.first.length < options.limit) counts.first.push(statusOf(store, entry, today));
  }
  return counts;
}

/** Requests on a topic (open and done), oldest first. */
export function requestsAbout(store: Store, topic: string, now: Date, index: SearchIndex = searchIndexFor(store)): RequestStatus[] {
  return requestsFromHits(store, topicHits(index, topic, ['request', 'item']), now);
}

/** Ids of the requests among topic hits: those whose words match, and those of items whose title does. */
function requestIdsOf(view: RecordView, hits: TopicHit[]): Set<string> {
  const ids = new Set<string>();
  for (const hit of hits) {
    if (hit.kind === 'request') ids.add(hit.refId);
    // A request about an item's subject need not repeat its words ("a report back following implementation").
    else if (hit.kind === 'item' && hit.titleMatch) for (const r of view.requestsByItem.get(hit.refId) ?? []) ids.add(r.id);
  }
  return ids;
}

/** Requests among topic hits, raised by `now`, oldest first. */
export function requestsFromHits(store: Store, hits: TopicHit[], now: Date): RequestStatus[] {
  const view = viewOf(store);
  const catalogue = requestCatalogue(view);
  const t = now.getTime();
  const today = londonDate(now);
  return [...requestIdsOf(view, hits)]
    .map((id) => catalogue.byId.get(id))
    .filter((e): e is CatalogueEntry => e !== undefined && raisedBy(e, t))
    .sort((a, b) => a.order - b.order)
    .map((e) => statusOf(store, e, today));
}

// An item page that could not be matched to its dated minutes would repeat them;
// the dated copy is the one members can cite.
function dedupeRequests(list: CatalogueEntry[]): CatalogueEntry[] {
  const dated = new Set(list.filter((s) => s.meeting?.date).map((s) => normalisedText(s.request)));
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = normalisedText(s.request);
    if (!s.meeting?.date && dated.has(key)) return false;
    const full = `${s.meeting?.date ?? ''}|${key}`;
    if (seen.has(full)) return false;
    seen.add(full);
    return true;
  });
}

const normalisedTexts = new WeakMap<object, { text: string; key: string }>();

/** `normalise(text)`, worked out once per record object (a resolution's or request's text, an item's title). */
function normalisedOf(owner: object, text: string): string {
  const known = normalisedTexts.get(owner);
  if (known && known.text === text) return known.key;
  const key = normalise(text);
  normalisedTexts.set(owner, { text, key });
  return key;
}

function normalisedText(owner: { text: string }): string {
  return normalisedOf(owner, owner.text);
}

export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------
// Topics

export interface TopicHit {
  kind: SearchDocKind;
  refId: string;
  /** The search score where the hits were ranked (a long topic's partial matches); 0 where they were not. */
  score: number;
  /** The topic's words are in the title (or, for resolutions and requests, their own text). */
  titleMatch: boolean;
}

// What a topic finds does not depend on the date asked, only on the record (and so
// the index) it is asked of: "Show more" and the same topic asked again reuse it.
const rememberedTopics = new WeakMap<SearchIndex, { values: Map<string, unknown[]>; size: number }>();
/** Matches remembered per index, in all: a bound on memory, whatever topics are asked. */
const MATCHES_KEPT = 200_000;

function remembered<T extends unknown[]>(index: SearchIndex, key: string, work: () => T): T {
  let known = rememberedTopics.get(index);
  if (!known) rememberedTopics.set(index, (known = { values: new Map(), size: 0 }));
  const value = known.values.get(key);
  if (value) return value as T;
  const found = work();
  if (known.size + found.length > MATCHES_KEPT) {
    known.values.clear();
    known.size = 0;
  }
  known.values.set(key, found);
  known.size += found.length;
  return found;
}

function topicKey(topic: string): string {
  return searchTerms(topic).join(' ');
}

/**
 * What the index finds on a topic a member typed: every word must match (with
 * stemming, prefixes and typos); a long topic that matches nothing that way
 * falls back to the best partial matches (three words or more).
 */
export function topicHits(index: SearchIndex, topic: string, kinds: SearchDocKind[]): TopicHit[] {
  return remembered(index, `hits|${kinds.join(',')}|${topicKey(topic)}`, () => findTopicHits(index, topic, kinds));
}

function findTopicHits(index: SearchIndex, topic: string, kinds: SearchDocKind[]): TopicHit[] {
  const words = new Set(searchTerms(topic)).size;
  if (words === 0) return [];
  const found = index.matches(topic, { kinds });
  const hits = found
    .filter((m) => m.matched >= words)
    // A title match: the words are in titles or resolution and request text, not only in the discussion.
    .map((m) => ({ kind: m.kind, refId: m.refId, score: 0, titleMatch: m.matchedInTitle >= words }));
  if (hits.length > 0 || words < 3) return hits;
  const titled = new Set(found.filter((m) => m.matchedInTitle >= words).map((m) => `${m.kind}:${m.refId}`));
  const all = index.search(topic, { kinds });
  const best = all[0]?.score ?? 0;
  return all.filter((h) => h.score >= best * 0.6).map((h) => ({ ...h, titleMatch: titled.has(`${h.kind}:${h.refId}`) }));
}

/**
 * What the record holds on an agenda item's subject: items, resolutions and requests
 * whose item title shares most of the title's words (two in three), or whose own
 * text has all of them. Stricter than a member's topic: a board's titles share
 * common words ("Board", "Report") that do not make two items one subject.
 */
export function agendaTopicHits(index: SearchIndex, title: string): TopicHit[] {
  const words = new Set(searchTerms(title)).size;
  if (words === 0) return [];
  const needed = Math.max(1, Math.ceil((words * 2) / 3));
  // Resolutions and requests are indexed under their item's title: the items' matches bring them.
  const byTitle = index.matches(title, { kinds: ['item'], fields: ['title'], exact: true }).filter((m) => m.matched >= needed);
  const byText = index.matches(title, { kinds: ['resolution', 'request'], fields: ['text'], exact: true }).filter((m) => m.matched >= words);
  const seen = new Set<string>();
  return [...byTitle, ...byText]
    .filter((h) => {
      const key = `${h.kind}:${h.refId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((h) => ({ kind: h.kind, refId: h.refId, score: 0, titleMatch: true }));
}

export interface ResolutionRef {
  resolution: Resolution;
  item: AgendaItem | null;
  meeting: Meeting | null;
}

function newestFirst(a: { meeting: Meeting | null; item: AgendaItem | null }, b: { meeting: Meeting | null; item: AgendaItem | null }): number {
  const da = a.meeting?.date ?? '';
  const db = b.meeting?.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return compareNumbers(a.item?.number ?? null, b.item?.number ?? null);
}

/**
 * Resolutions on a topic, newest first: those whose words or item title match,
 * and those of items whose discussion was on the topic. Exempt items' resolutions never appear.
 */
export function resolutionsAbout(
  store: Store,
  topic: string,
  index: SearchIndex = searchIndexFor(store),
  options: { direct?: boolean } = {},
): ResolutionRef[] {
  return remembered(index, `resolutions|${options.direct ? 'direct' : 'all'}|${topicKey(topic)}`, () =>
    resolutionsFromHits(store, topicHits(index, topic, ['resolution', 'item']), options),
  );
}

/**
 * Resolutions among topic hits. `direct`: only where the topic is in the resolution
 * or its item's title, not merely in the discussion.
 *
 * An item whose title names the topic brings all its resolutions. An item that
 * only discussed it brings its resolutions only when none of them names the
 * topic itself; when some do, those are the ones (a work-programme item adding
 * "Private Fostering report back" beside "Audit report back" brings the first).
 */
export function resolutionsFromHits(store: Store, hits: TopicHit[], options: { direct?: boolean } = {}): ResolutionRef[] {
  const view = viewOf(store);
  return refsOf(view, resolutionIdsOf(view, hits, options));
}

function resolutionIdsOf(view: RecordView, hits: TopicHit[], options: { direct?: boolean }): string[] {
  const ids = new Set<string>();
  const itemsWithDirectHits = new Set<string>();
  for (const hit of hits) {
    if (hit.kind !== 'resolution' || (options.direct && !hit.titleMatch)) continue;
    ids.add(hit.refId);
    const itemId = view.store.resolution(hit.refId)?.itemId;
    if (itemId) itemsWithDirectHits.add(itemId);
  }
  for (const hit of hits) {
    if (hit.kind !== 'item' || (options.direct && !hit.titleMatch)) continue;
    if (!hit.titleMatch && itemsWithDirectHits.has(hit.refId)) continue;
    for (const r of view.resolutionsByItem.get(hit.refId) ?? []) ids.add(r.id);
  }
  return [...ids];
}

/** One dated candidate for an agenda's look-back: an item hit (all its resolutions) or a resolution hit. */
interface DatedResolutions {
  start: number;
  committee: string | null;
  ids: string[];
}

/** What the record holds on one agenda subject, ordered once per record version. */
export interface AgendaTopic {
  /** Newest first. */
  resolutions: DatedResolutions[];
  resolutionsByCommittee: Map<string, DatedResolutions[]>;
  /** Oldest first, as "outstanding requests" lists them. */
  requests: CatalogueEntry[];
  requestsByCommittee: Map<string, CatalogueEntry[]>;
}

const agendaTopicCache = new WeakMap<RecordView, { topics: Map<string, AgendaTopic>; size: number }>();
/** Entries kept over all agenda subjects of a record version: a bound on memory. */
const AGENDA_ENTRIES_KEPT = 300_000;

function groupBy<T>(list: T[], key: (t: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}

/**
 * An agenda subject's resolutions and requests, found and ordered once per record
 * version: the same titles ("Budget Monitoring") come back at every meeting of
 * every committee, and each has thousands of matches in a council's record.
 */
export function agendaTopic(store: Store, index: SearchIndex, title: string): AgendaTopic {
  const view = viewOf(store);
  let cache = agendaTopicCache.get(view);
  if (!cache) agendaTopicCache.set(view, (cache = { topics: new Map(), size: 0 }));
  const known = cache.topics.get(title);
  if (known) return known;
  const hits = agendaTopicHits(index, title);
  const resolutions: DatedResolutions[] = [];
  const add = (meetingId: string, ids: string[]) => {
    const meeting = view.meetings.get(meetingId);
    const start = meeting ? startTime(view, meeting) : null;
    if (start !== null && ids.length > 0) resolutions.push({ start, committee: meeting!.committee, ids });
  };
  for (const hit of hits) {
    if (hit.kind === 'item') {
      const item = view.store.item(hit.refId);
      if (item) add(item.meetingId, (view.resolutionsByItem.get(item.id) ?? []).map((r) => r.id));
    } else if (hit.kind === 'resolution') {
      const resolution = view.store.resolution(hit.refId);
      if (resolution) add(resolution.meetingId, [resolution.id]);
    }
  }
  resolutions.sort((a, b) => b.start - a.start);
  const catalogue = requestCatalogue(view);
  const requests = [...requestIdsOf(view, hits)]
    .map((id) => catalogue.byId.get(id))
    .filter((e): e is CatalogueEntry => e !== undefined)
    .sort((a, b) => a.order - b.order);
  const topic: AgendaTopic = {
    resolutions,
    resolutionsByCommittee: groupBy(resolutions, (r) => r.committee),
    requests,
    requestsByCommittee: groupBy(requests, (e) => e.meeting?.committee ?? null),
  };
  const size = resolutions.length + requests.length;
  if (cache.size + size > AGENDA_ENTRIES_KEPT) {
    cache.topics.clear();
    cache.size = 0;
  }
  cache.topics.set(title, topic);
  cache.size += size;
  return topic;
}

/** The newest few resolutions on an agenda subject from meetings before `before` (ms), the committee's own first. */
export function earlierResolutionsOn(store: Store, topic: AgendaTopic, before: number, options: { limit: number; committee?: string | null }): ResolutionRef[] {
  const view = viewOf(store);
  // Room for the duplicates refsOf drops.
  const room = options.limit * 4;
  const take = (list: DatedResolutions[], skip: (d: DatedResolutions) => boolean): string[] => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start >= before) lo = mid + 1;
      else hi = mid;
    }
    const ids: string[] = [];
    for (let i = lo; i < list.length && ids.length < room; i++) if (!skip(list[i]!)) ids.push(...list[i]!.ids);
    return ids;
  };
  const committee = options.committee ?? null;
  const own = committee ? take(topic.resolutionsByCommittee.get(committee) ?? [], () => false) : [];
  const others = own.length >= room ? [] : take(topic.resolutions, (d) => committee !== null && d.committee === committee);
  return [...refsOf(view, own), ...refsOf(view, others)].slice(0, options.limit);
}

/** The oldest few requests on an agenda subject still open as of `now`, the committee's own first; `skip`: already listed. */
export function openRequestsOn(store: Store, topic: AgendaTopic, now: Date, options: { limit: number; committee?: string | null; skip?: Set<string> }): RequestStatus[] {
  const t = now.getTime();
  const today = londonDate(now);
  const closed = closedRequestIds(store);
  const found: CatalogueEntry[] = [];
  const take = (list: CatalogueEntry[]) => {
    for (const entry of list) {
      if (found.length >= options.limit) return;
      if (!raisedBy(entry, t) || closed.has(entry.request.id) || options.skip?.has(entry.request.id) || found.includes(entry)) continue;
      found.push(entry);
    }
  };
  if (options.committee) take(topic.requestsByCommittee.get(options.committee) ?? []);
  take(topic.requests);
  return found.map((e) => statusOf(store, e, today));
}

/** All resolutions of one meeting, in minute order. */
export function resolutionsAt(store: Store, meetingId: string): ResolutionRef[] {
  const view = viewOf(store);
  const ids = (view.itemsByMeeting.get(meetingId) ?? []).flatMap((i) => (view.resolutionsByItem.get(i.id) ?? []).map((r) => r.id));
  return refsOf(view, ids);
}

function refsOf(view: RecordView, ids: string[]): ResolutionRef[] {
  const refs = ids
    .map((id) => view.store.resolution(id))
    .filter((r): r is Resolution => r !== undefined)
    .map((resolution) => ({
      resolution,
      item: view.store.item(resolution.itemId) ?? null,
      meeting: view.meetings.get(resolution.meetingId) ?? null,
    }))
    .filter((ref) => !ref.item?.private);
  const dated = new Set(refs.filter((r) => r.meeting?.date).map((r) => normalisedText(r.resolution)));
  const seen = new Set<string>();
  return refs
    .filter((ref) => {
      const key = normalisedText(ref.resolution);
      if (!ref.meeting?.date && dated.has(key)) return false;
      const full = `${ref.meeting?.date ?? ''}|${ref.item?.number ?? ''}|${key}`;
      if (seen.has(full)) return false;
      seen.add(full);
      return true;
    })
    .sort((a, b) => newestFirst(a, b) || a.resolution.clause - b.resolution.clause);
}

// ---------------------------------------------------------------------------
// Work programme

export interface WorkProgrammeView {
  /** Planned meetings from now on, soonest first, with their entries. */
  dated: { date: string; meeting: Meeting | null; entries: WorkProgrammeItem[] }[];
  toBeDetermined: WorkProgrammeItem[];
  pending: WorkProgrammeItem[];
  /** The municipal years the undated entries come from. */
  years: string[];
}

/** The municipal year ("2017/18") of a London date: May to April. */
export function municipalYear(date: string): string {
  const y = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 5 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function yearStart(year: string): number {
  return Number(year.slice(0, 4));
}

/**
 * The work programme as of `now`: entries for meetings from today on, then those
 * with no date yet and the pending ones, of the current municipal year (or the
 * latest year known up to now). Entries added by resolution count once they were resolved.
 */
export function workProgrammeFrom(store: Store, now: Date): WorkProgrammeView {
  const view = viewOf(store);
  const today = londonDate(now);
  const current = municipalYear(today);
  const entryYear = (entry: WorkProgrammeItem): string | null => {
    if (entry.year) return entry.year;
    if (entry.date) return municipalYear(entry.date);
    const item = entry.addedByItemId ? view.store.item(entry.addedByItemId) : undefined;
    const meeting = item ? view.meetings.get(item.meetingId) : undefined;
    return meeting?.date ? municipalYear(meeting.date) : null;
  };
  const known = view.record.workProgramme.filter((entry) => {
    if (entry.origin !== 'resolution') return true;
    const item = entry.addedByItemId ? view.store.item(entry.addedByItemId) : undefined;
    const meeting = item ? view.meetings.get(item.meetingId) : undefined;
    return !meeting?.date || meeting.date <= today;
  });

  const byDate = new Map<string, WorkProgrammeItem[]>();
  for (const entry of known) {
    if (!entry.date || entry.date < today) continue;
    const list = byDate.get(entry.date) ?? [];
    list.push(entry);
    byDate.set(entry.date, list);
  }
  const dated = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, entries]) => ({
      date,
      meeting: view.calendar.find((m) => m.date === date && m.status !== 'cancelled') ?? null,
      entries: dedupeEntries(entries),
    }));

  const undated = known.filter((e) => !e.date);
  const years = [...new Set(undated.map(entryYear).filter((y): y is string => y !== null))];
  const upToNow = years.filter((y) => yearStart(y) <= yearStart(current));
  const latest = upToNow.sort((a, b) => yearStart(a) - yearStart(b)).at(-1) ?? null;
  const shown = new Set(years.filter((y) => yearStart(y) > yearStart(current)));
  if (latest) shown.add(latest);
  const inScope = undated.filter((e) => {
    const y = entryYear(e);
    return y === null || shown.has(y);
  });
  return {
    dated,
    toBeDetermined: dedupeEntries(inScope.filter((e) => e.slot !== 'pending')),
    pending: dedupeEntries(inScope.filter((e) => e.slot === 'pending')),
    years: [...shown].sort(),
  };
}

function dedupeEntries(entries: WorkProgrammeItem[]): WorkProgrammeItem[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.date ?? e.slot}|${normalise(e.title)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------
// Topic history

export type HistoryEvent =
  | { kind: 'item'; date: string | null; meeting: Meeting | null; item: AgendaItem }
  | { kind: 'resolution'; date: string | null; meeting: Meeting | null; item: AgendaItem | null; resolution: Resolution }
  | { kind: 'request'; date: string | null; status: RequestStatus }
  | { kind: 'work-programme'; date: string | null; entry: WorkProgrammeItem };

/** Everything on a topic, oldest first: items discussed, resolutions, requests and plan entries; undated plan entries last. */
export function topicHistory(store: Store, topic: string, now: Date, index: SearchIndex = searchIndexFor(store)): HistoryEvent[] {
  const view = viewOf(store);
  const events: HistoryEvent[] = [];
  const itemIds = new Set<string>();
  const wpIds = new Set<string>();
  for (const hit of topicHits(index, topic, ['item', 'work-programme'])) {
    if (hit.kind === 'item') itemIds.add(hit.refId);
    else wpIds.add(hit.refId);
  }
  const items = [...itemIds].map((id) => view.store.item(id)).filter((i): i is AgendaItem => i !== undefined);
  const titles = new Map(items.map((i) => [i.id, normalisedOf(i, i.title)]));
  // An undated copy of an item that is also known dated is the same discussion.
  const datedTitles = new Set(items.filter((i) => view.meetings.get(i.meetingId)?.date).map((i) => titles.get(i.id)!));
  const seenItems = new Set<string>();
  for (const item of items) {
    const meeting = view.meetings.get(item.meetingId) ?? null;
    const title = titles.get(item.id)!;
    const key = `${meeting?.date ?? ''}|${title}`;
    if (seenItems.has(key)) continue;
    seenItems.add(key);
    if (!meeting?.date && datedTitles.has(title)) continue;
    events.push({ kind: 'item', date: meeting?.date ?? null, meeting, item });
  }
  for (const ref of resolutionsAbout(store, topic, index)) {
    events.push({ kind: 'resolution', date: ref.meeting?.date ?? null, meeting: ref.meeting, item: ref.item, resolution: ref.resolution });
  }
  for (const status of requestsAbout(store, topic, now, index)) {
    events.push({ kind: 'request', date: status.meeting?.date ?? null, status });
  }
  for (const entry of dedupeEntries([...wpIds].map((id) => view.workProgramme.get(id)).filter((e): e is WorkProgrammeItem => !!e))) {
    events.push({ kind: 'work-programme', date: entry.date, entry });
  }
  const order = { item: 0, resolution: 1, request: 2, 'work-programme': 3 } as const;
  const today = londonDate(now);
  return events
    .filter((e) => e.date === null || e.date <= today || e.kind === 'work-programme')
    .sort((a, b) => {
      const da = a.date ?? '9999-99-99';
      const db = b.date ?? '9999-99-99';
      if (da !== db) return da < db ? -1 : 1;
      return order[a.kind] - order[b.kind];
    });
}

// ---------------------------------------------------------------------------
// Attendance

export interface Attendance {
  /** The names as the minutes printed them, for the heading. */
  names: string[];
  attended: { meeting: Meeting; as: string }[];
  apologies: Meeting[];
}

/** Meetings a person attended and sent apologies to, newest first ("Councillor Masih", "Cllr A Masih", "Masih"). */
export function attendanceOf(store: Store, name: string, now?: Date): Attendance {
  const key = personKey(name);
  const result: Attendance = { names: [], attended: [], apologies: [] };
  if (!key) return result;
  const names = new Set<string>();
  const view = viewOf(store);
  const meetings = now ? view.calendar.slice(0, firstAfter(view, now.getTime())) : view.calendar;
  for (const meeting of [...meetings].reverse()) {
    const present = meeting.present.find((p) => samePerson(key, p.name));
    if (present) {
      names.add(present.name);
      result.attended.push({ meeting, as: present.chair ? 'chair' : present.role });
      continue;
    }
    const apology = meeting.apologies.find((a) => samePerson(key, a.name));
    if (apology) {
      names.add(apology.name);
      result.apologies.push(meeting);
    }
  }
  result.names = [...names];
  return result;
}
