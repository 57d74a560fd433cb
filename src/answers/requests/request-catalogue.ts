// What the board asked for and whether it is still open, as of a moment. The
// catalogue (every visible request with its meeting, item and due date, oldest
// first) is built once per record version; a question then only checks the date
// and each request's open/done state, which people change between versions.
import type { AgendaItem, Meeting, Request, RequestState } from '../../model.ts';
import { daysBetween } from '../../london.ts';
import type { Store } from '../../store/store.ts';
import type { SlicedJob, Steps } from '../../search/slices.ts';
import type { AnswerContext } from '../context.ts';
import { compareNumbers, firstAfter, firstAtLeast, itemOfMeeting, lookupKey, ofCommittee, startTime, type RecordView } from '../record-view.ts';

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
  /** The London date this status is as of. */
  asOf: string;
}

/** What is known of a request whatever the date: its meeting, item and due date. */
export interface CatalogueEntry {
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

export interface RequestCatalogue {
  /** Visible requests (not of exempt items), oldest first. */
  entries: CatalogueEntry[];
  byId: Map<string, CatalogueEntry>;
  /** How many entries, at the front, have a dated meeting (and so a start); the undated follow. */
  dated: number;
}

function catalogueEntry(view: RecordView, request: Request, item: AgendaItem | undefined): CatalogueEntry {
  const meeting = view.meetings.get(request.meetingId) ?? null;
  let dueDate = request.due?.date ?? null;
  let dueMeeting: Meeting | null = null;
  if (!dueDate && request.due?.nextMeeting && meeting?.date) {
    for (let i = firstAfter(view, startTime(view, meeting)!); i < view.calendar.length && !dueMeeting; i++) {
      const m = view.calendar[i]!;
      if (m.status !== 'cancelled' && m.id !== meeting.id && (!meeting.committee || !m.committee || m.committee === meeting.committee)) dueMeeting = m;
    }
    dueDate = dueMeeting?.date ?? null;
  }
  return {
    request,
    item: item ?? null,
    meeting,
    start: meeting ? startTime(view, meeting) : null,
    dueDate,
    dueMeeting,
    position: view.requestPositions.get(request.id) ?? 0,
    // Placed once the catalogue is sorted; a small integer from the start, so that V8 keeps the field as one
    // (a field first given a double holds each entry's number in an object of its own: 31,000 more at council scale).
    order: -1,
  };
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

export const REQUEST_CATALOGUE = lookupKey<RequestCatalogue>('requests');

/** The record's requests, sorted once per record version. */
export function requestCatalogue(view: RecordView): RequestCatalogue {
  return view.derived.getBySteps(REQUEST_CATALOGUE, () => catalogueSteps(view));
}

/** requestCatalogue in slices, for the background after start or a change. */
export function startRequestCatalogue(view: RecordView): SlicedJob<RequestCatalogue> | null {
  return view.derived.start(REQUEST_CATALOGUE, () => catalogueSteps(view));
}

const REQUESTS_PER_STEP = 200;

function* catalogueSteps(view: RecordView): Steps<RequestCatalogue> {
  const entries: CatalogueEntry[] = [];
  const requests = view.record.requests;
  for (let i = 0; i < requests.length; i++) {
    if (i % REQUESTS_PER_STEP === REQUESTS_PER_STEP - 1) yield;
    const r = requests[i]!;
    const item = itemOfMeeting(view, r.meetingId, r.itemId);
    if (!item?.private) entries.push(catalogueEntry(view, r, item));
  }
  yield;
  entries.sort(oldestFirst);
  entries.forEach((e, i) => (e.order = i));
  yield;
  return { entries, byId: new Map(entries.map((e) => [e.request.id, e])), dated: entries.filter((e) => e.start !== null).length };
}

/** Whether the request had been made by `t`: its meeting had started (an undated one counts). */
export function raisedBy(entry: CatalogueEntry, t: number): boolean {
  return entry.start === null || entry.start <= t;
}

export function statusOf(store: Store, entry: CatalogueEntry, today: string): RequestStatus {
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
    asOf: today,
  };
}

/** A request's status as of now; null for one not made yet (its meeting is still to come) or not visible. */
export function requestStatus(ctx: AnswerContext, request: Request): RequestStatus | null {
  const entry = requestCatalogue(ctx.view).byId.get(request.id);
  if (!entry || !raisedBy(entry, ctx.t)) return null;
  return statusOf(ctx.view.store, entry, ctx.today);
}

/** Every request raised by now, oldest first, open or done. */
export function allRequests(ctx: AnswerContext): RequestStatus[] {
  return requestCatalogue(ctx.view)
    .entries.filter((e) => raisedBy(e, ctx.t))
    .map((e) => statusOf(ctx.view.store, e, ctx.today));
}

/** Requests still open as of now, oldest first, with age, due date and overdue computed. */
export function openRequests(ctx: AnswerContext): RequestStatus[] {
  return allRequests(ctx).filter((s) => s.state.status === 'open');
}

/** Whether a request is still open: one look-up in the store's statuses (tens of thousands may be closed). */
export function isOpen(store: Store, requestId: string): boolean {
  return store.requestState(requestId).status === 'open';
}

/** Which catalogue entries are open, as of one count of the store's request statuses. */
export interface OpenRequests {
  /** The store's requestStatesVersion this is as of. */
  statesVersion: number;
  /** By catalogue order: 1 when open. */
  open: Uint8Array;
  /** Catalogue orders of the open entries, ascending (oldest first). */
  orders: number[];
}

const OPEN_REQUESTS = lookupKey<{ current: OpenRequests }>('open requests');

/**
 * The open entries of the catalogue: every status read once per record version, then kept in
 * step with the changes since (a "Mark done" changes one entry instead of reading tens of thousands again).
 */
export function openRequestSet(view: RecordView): OpenRequests {
  const catalogue = requestCatalogue(view);
  const store = view.store;
  const version = store.requestStatesVersion();
  const kept = view.derived.get(OPEN_REQUESTS, () => ({ current: readOpen(catalogue, store, version) }));
  if (kept.current.statesVersion !== version) {
    const changed = store.requestStatesChangedSince(kept.current.statesVersion);
    kept.current = changed ? withChanges(catalogue, store, kept.current, changed, version) : readOpen(catalogue, store, version);
  }
  return kept.current;
}

function readOpen(catalogue: RequestCatalogue, store: Store, statesVersion: number): OpenRequests {
  const open = new Uint8Array(catalogue.entries.length);
  const orders: number[] = [];
  for (const entry of catalogue.entries) {
    if (!isOpen(store, entry.request.id)) continue;
    open[entry.order] = 1;
    orders.push(entry.order);
  }
  return { statesVersion, open, orders };
}

function withChanges(catalogue: RequestCatalogue, store: Store, was: OpenRequests, changed: readonly string[], statesVersion: number): OpenRequests {
  const open = was.open.slice();
  const orders = was.orders.slice();
  for (const id of new Set(changed)) {
    const entry = catalogue.byId.get(id);
    if (!entry) continue;
    const now = isOpen(store, id) ? 1 : 0;
    if (open[entry.order] === now) continue;
    open[entry.order] = now;
    const at = firstAtLeast(orders, entry.order);
    if (now) orders.splice(at, 0, entry.order);
    else orders.splice(at, 1);
  }
  return { statesVersion, open, orders };
}


/** First position among the dated entries for which `before` is false (they are in date and start order). */
function firstDated(catalogue: RequestCatalogue, before: (entry: CatalogueEntry) => boolean): number {
  let lo = 0;
  let hi = catalogue.dated;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(catalogue.entries[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The entries that can have been raised by `t` from `from` to `to` (London dates; null: open-ended),
 * oldest first: the dated ones in range, found by halving, then the undated ones unless a date is asked.
 */
function* raisedIn(catalogue: RequestCatalogue, t: number, from: string | null, to: string | null): Generator<CatalogueEntry> {
  const { start, end } = raisedRange(catalogue, t, from, to);
  for (let i = start; i < end; i++) yield catalogue.entries[i]!;
  if (!from && !to) for (let i = catalogue.dated; i < catalogue.entries.length; i++) yield catalogue.entries[i]!;
}

/** raisedIn, of the open entries only: a few thousand to read where the catalogue holds tens of thousands. */
function* openRaisedIn(catalogue: RequestCatalogue, open: OpenRequests, t: number, from: string | null, to: string | null): Generator<CatalogueEntry> {
  const { start, end } = raisedRange(catalogue, t, from, to);
  const orders = open.orders;
  for (let i = firstAtLeast(orders, start); i < orders.length && orders[i]! < end; i++) yield catalogue.entries[orders[i]!]!;
  if (!from && !to) for (let i = firstAtLeast(orders, catalogue.dated); i < orders.length; i++) yield catalogue.entries[orders[i]!]!;
}

/** The dated entries raisedIn reads: positions `start` to `end` (not included) in the catalogue. */
function raisedRange(catalogue: RequestCatalogue, t: number, from: string | null, to: string | null): { start: number; end: number } {
  const start = from ? firstDated(catalogue, (e) => e.meeting!.date! < from) : 0;
  const end = Math.min(firstDated(catalogue, (e) => e.start! <= t), to ? firstDated(catalogue, (e) => e.meeting!.date! <= to) : catalogue.dated);
  return { start, end };
}

export interface RequestCounts {
  /** Requests raised by now (open ones only, when only those are asked for). */
  all: number;
  open: number;
  overdue: number;
  /** By raising meeting id ('' for none): how many are listed, and how many of those are overdue. */
  byMeeting: Map<string, { count: number; overdue: number }>;
  /** The first `limit` of the requests listed, oldest first, with their status. */
  first: RequestStatus[];
}

export interface RequestFilter {
  /** Only open ones (else all). */
  openOnly: boolean;
  /** Only overdue ones. */
  overdueOnly?: boolean;
  /** Only those marked done. */
  doneOnly?: boolean;
  /** Only those raised from/to these London dates. */
  from?: string | null;
  to?: string | null;
  /** Only this committee's (meetings naming none count); default the context's (the board's), null: every committee's. */
  committee?: string | null;
}

/**
 * Counts of the requests raised by now (open only, or all), and the status of the
 * first `ctx.limit` of them: an answer lists a page or two but states the totals.
 */
export function requestCounts(ctx: AnswerContext, filter: RequestFilter): RequestCounts {
  const store = ctx.view.store;
  const counts: RequestCounts = { all: 0, open: 0, overdue: 0, byMeeting: new Map(), first: [] };
  const committee = filter.committee !== undefined ? filter.committee : ctx.committee;
  const catalogue = requestCatalogue(ctx.view);
  const openSet = openRequestSet(ctx.view);
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  for (const entry of filter.openOnly ? openRaisedIn(catalogue, openSet, ctx.t, from, to) : raisedIn(catalogue, ctx.t, from, to)) {
    if (!raisedBy(entry, ctx.t)) continue;
    const date = entry.meeting?.date ?? null;
    if (filter.from && (!date || date < filter.from)) continue;
    if (filter.to && (!date || date > filter.to)) continue;
    if (committee && entry.meeting?.committee && entry.meeting.committee !== committee) continue;
    counts.all++;
    const open = openSet.open[entry.order] === 1;
    if (open) counts.open++;
    if (filter.openOnly && !open) continue;
    if (filter.doneOnly && open) continue;
    const overdue = open && entry.dueDate !== null && entry.dueDate < ctx.today;
    if (overdue) counts.overdue++;
    if (filter.overdueOnly && !overdue) continue;
    const key = entry.meeting?.id ?? '';
    const group = counts.byMeeting.get(key);
    if (group) {
      group.count++;
      if (overdue) group.overdue++;
    } else counts.byMeeting.set(key, { count: 1, overdue: overdue ? 1 : 0 });
    if (counts.first.length < ctx.limit) counts.first.push(statusOf(store, entry, ctx.today));
  }
  return counts;
}
