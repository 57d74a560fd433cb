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
  const meeting = view.meetings.get(request.meetingId) ?? null;
  const item = view.items.get(request.itemId) ?? null;
  const state = store.requestState(request.id);
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
    item,
    meeting,
    state,
    ageDays: meeting?.date ? Math.max(0, daysBetween(meeting.date, today)) : null,
    dueDate,
    dueText: request.due?.text ?? null,
    dueMeeting,
    overdue: state.status === 'open' && dueDate !== null && dueDate < today,
    position: view.requestPositions.get(request.id) ?? 0,
  };
}

function raisedBy(view: RecordView, now: Date) {
  const t = now.getTime();
  return (status: RequestStatus) => {
    const start = status.meeting ? startTime(view, status.meeting) : null;
    return start === null || start <= t;
  };
}

function oldestFirst(a: RequestStatus, b: RequestStatus): number {
  const da = a.meeting?.date ?? '9999';
  const db = b.meeting?.date ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  return compareNumbers(a.item?.number ?? null, b.item?.number ?? null) || a.position - b.position;
}

function visible(view: RecordView, request: Request): boolean {
  return !view.items.get(request.itemId)?.private;
}

/** Every request raised by `now`, oldest first, open or done. */
export function allRequests(store: Store, now: Date): RequestStatus[] {
  const view = viewOf(store);
  const today = londonDate(now);
  return dedupeRequests(
    view.record.requests.filter((r) => visible(view, r)).map((r) => requestStatus(store, r, now, today)),
  )
    .filter(raisedBy(view, now))
    .sort(oldestFirst);
}

/** Requests still open as of `now`, oldest first, with age, due date and overdue computed. */
export function openRequests(store: Store, now: Date): RequestStatus[] {
  return allRequests(store, now).filter((s) => s.state.status === 'open');
}

/** Requests on a topic (open and done), oldest first. */
export function requestsAbout(store: Store, topic: string, now: Date, index: SearchIndex = searchIndexFor(store)): RequestStatus[] {
  return requestsFromHits(store, topicHits(index, topic, ['request', 'item']), now);
}

/** Requests among topic hits: those whose words match, and those of items whose title does. */
export function requestsFromHits(store: Store, hits: TopicHit[], now: Date): RequestStatus[] {
  const view = viewOf(store);
  const ids = new Set<string>();
  for (const hit of hits) {
    if (hit.kind === 'request') ids.add(hit.refId);
    // A request about an item's subject need not repeat its words ("a report back following implementation").
    else if (hit.kind === 'item' && hit.titleMatch) for (const r of view.requestsByItem.get(hit.refId) ?? []) ids.add(r.id);
  }
  const today = londonDate(now);
  const statuses = [...ids]
    .map((id) => view.requests.get(id))
    .filter((r): r is Request => r !== undefined && visible(view, r))
    .map((r) => requestStatus(store, r, now, today));
  return dedupeRequests(statuses).filter(raisedBy(view, now)).sort(oldestFirst);
}

// An item page that could not be matched to its dated minutes would repeat them;
// the dated copy is the one members can cite.
function dedupeRequests(list: RequestStatus[]): RequestStatus[] {
  const dated = new Set(list.filter((s) => s.meeting?.date).map((s) => normalise(s.request.text)));
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = normalise(s.request.text);
    if (!s.meeting?.date && dated.has(key)) return false;
    const full = `${s.meeting?.date ?? ''}|${key}`;
    if (seen.has(full)) return false;
    seen.add(full);
    return true;
  });
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
  score: number;
  /** The topic's words are in the title (or, for resolutions and requests, their own text). */
  titleMatch: boolean;
}

/**
 * What the index finds on a topic a member typed: every word must match (with
 * stemming, prefixes and typos); a long topic that matches nothing that way
 * falls back to the best partial matches (three words or more).
 */
export function topicHits(index: SearchIndex, topic: string, kinds: SearchDocKind[]): TopicHit[] {
  const words = new Set(searchTerms(topic)).size;
  if (words === 0) return [];
  const all = index.search(topic, { kinds });
  let hits = all.filter((h) => h.queryTermsMatched >= words);
  if (hits.length === 0 && words >= 3) {
    const best = all[0]?.score ?? 0;
    hits = all.filter((h) => h.score >= best * 0.6);
  }
  // A title match: the words are in titles or resolution and request text, not only in the discussion.
  const titled = new Set(
    index
      .search(topic, { kinds, fields: ['title', 'text'] })
      .filter((h) => h.queryTermsMatched >= words)
      .map((h) => `${h.kind}:${h.refId}`),
  );
  return hits.map((h) => ({ ...h, titleMatch: titled.has(`${h.kind}:${h.refId}`) }));
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
  const byTitle = index
    .search(title, { kinds: ['item', 'resolution', 'request'], fields: ['title'], exact: true })
    .filter((h) => h.queryTermsMatched >= needed);
  const byText = index.search(title, { kinds: ['resolution', 'request'], fields: ['text'], exact: true, combineWith: 'AND' });
  const seen = new Set<string>();
  return [...byTitle, ...byText]
    .filter((h) => {
      const key = `${h.kind}:${h.refId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((h) => ({ ...h, titleMatch: true }));
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
  return resolutionsFromHits(store, topicHits(index, topic, ['resolution', 'item']), options);
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
  const ids = new Set<string>();
  const itemsWithDirectHits = new Set<string>();
  for (const hit of hits) {
    if (hit.kind !== 'resolution' || (options.direct && !hit.titleMatch)) continue;
    ids.add(hit.refId);
    const itemId = view.resolutions.get(hit.refId)?.itemId;
    if (itemId) itemsWithDirectHits.add(itemId);
  }
  for (const hit of hits) {
    if (hit.kind !== 'item' || (options.direct && !hit.titleMatch)) continue;
    if (!hit.titleMatch && itemsWithDirectHits.has(hit.refId)) continue;
    for (const r of view.resolutionsByItem.get(hit.refId) ?? []) ids.add(r.id);
  }
  return refsOf(view, [...ids]);
}

/** All resolutions of one meeting, in minute order. */
export function resolutionsAt(store: Store, meetingId: string): ResolutionRef[] {
  const view = viewOf(store);
  const ids = (view.itemsByMeeting.get(meetingId) ?? []).flatMap((i) => (view.resolutionsByItem.get(i.id) ?? []).map((r) => r.id));
  return refsOf(view, ids);
}

function refsOf(view: RecordView, ids: string[]): ResolutionRef[] {
  const refs = ids
    .map((id) => view.resolutions.get(id))
    .filter((r): r is Resolution => r !== undefined)
    .map((resolution) => ({
      resolution,
      item: view.items.get(resolution.itemId) ?? null,
      meeting: view.meetings.get(resolution.meetingId) ?? null,
    }))
    .filter((ref) => !ref.item?.private);
  const dated = new Set(refs.filter((r) => r.meeting?.date).map((r) => normalise(r.resolution.text)));
  const seen = new Set<string>();
  return refs
    .filter((ref) => {
      const key = normalise(ref.resolution.text);
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
    const item = entry.addedByItemId ? view.items.get(entry.addedByItemId) : undefined;
    const meeting = item ? view.meetings.get(item.meetingId) : undefined;
    return meeting?.date ? municipalYear(meeting.date) : null;
  };
  const known = view.record.workProgramme.filter((entry) => {
    if (entry.origin !== 'resolution') return true;
    const item = entry.addedByItemId ? view.items.get(entry.addedByItemId) : undefined;
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
  const seenItems = new Set<string>();
  for (const id of itemIds) {
    const item = view.items.get(id);
    if (!item) continue;
    const meeting = view.meetings.get(item.meetingId) ?? null;
    const key = `${meeting?.date ?? ''}|${normalise(item.title)}`;
    if (seenItems.has(key)) continue;
    seenItems.add(key);
    if (!meeting?.date && [...itemIds].some((other) => other !== id && normalise(view.items.get(other)?.title ?? '') === normalise(item.title) && view.meetings.get(view.items.get(other)!.meetingId)?.date)) continue;
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
