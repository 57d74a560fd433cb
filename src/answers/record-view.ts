// The record as answers read it: maps over one version of the store's record, so
// a question looks things up instead of rescanning the record, and the board's
// calendar (every dated meeting, plus meetings known only from a work programme).
//
// A view belongs to one record version (`version`); it is invalid as soon as the
// store's version() differs, and the keeper (RecordViews) then builds the next one.
// Look-ups derived from a view (people to meetings, the request catalogue, topics)
// live on the view itself (`derived`), so they are dropped with it.
import type { AgendaItem, BoardRecord, Meeting, Request, Resolution, SourceDocument, WorkProgrammeItem } from '../model.ts';
import { formatDate, londonInstant } from '../london.ts';
import type { Store } from '../store/store.ts';
import { SlicedJob, type Steps } from '../search/slices.ts';
import { LookupQueue, type BuildStep } from './lookup-queue.ts';

export interface RecordView {
  version: string;
  record: Readonly<BoardRecord>;
  /** Items, resolutions and requests by id, and request states: the store's own look-ups, not copies. */
  store: Store;
  /** Stored meetings and plan-only ones (see calendar). */
  meetings: Map<string, Meeting>;
  workProgramme: Map<string, WorkProgrammeItem>;
  documents: Map<string, SourceDocument>;
  itemsByMeeting: Map<string, AgendaItem[]>;
  resolutionsByItem: Map<string, Resolution[]>;
  requestsByItem: Map<string, Request[]>;
  workProgrammeByDate: Map<string, WorkProgrammeItem[]>;
  requestPositions: Map<string, number>;
  /** Dated meetings, cancelled ones too, oldest first; includes plan-only meetings. */
  calendar: Meeting[];
  /** Start instants (ms) of `calendar`, same order. */
  calendarStarts: number[];
  starts: Map<string, number>;
  /** Committees of the dated meetings, the one with most meetings first. */
  committees: string[];
  /** Look-ups derived from this version of the record, each built once (see `derived`). */
  derived: DerivedLookups;
}

/** Id prefix of meetings known only from a work-programme date. */
export const PLAN_MEETING_PREFIX = 'plan:';

export function isPlanOnly(meeting: Meeting): boolean {
  return meeting.id.startsWith(PLAN_MEETING_PREFIX);
}

// Committees share dates and times, and a London instant is costly to work out:
// a council's calendar asks for a few thousand distinct ones, many times over.
// Keyed by the date and time themselves, so it is never stale.
const startCache = new Map<string, number>();

/** When a meeting starts; an unknown time counts as the end of its day, so it stays "next" all that day. */
export function meetingStart(meeting: Meeting): Date | null {
  if (!meeting.date) return null;
  const key = `${meeting.date} ${meeting.time ?? '23:59'}`;
  let ms = startCache.get(key);
  if (ms === undefined) {
    ms = londonInstant(meeting.date, meeting.time ?? '23:59').getTime();
    if (startCache.size > 100_000) startCache.clear();
    startCache.set(key, ms);
  }
  return new Date(ms);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Agenda and minute numbers sort as printed: 3 < 3a < 4 < 10. */
export function compareNumbers(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const na = Number.parseInt(a, 10);
  const nb = Number.parseInt(b, 10);
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  return a.localeCompare(b);
}

/** A look-up's name and type, for `DerivedLookups.get`. */
export interface LookupKey<T> {
  readonly name: string;
  /** Never set: carries the type. */
  readonly type?: T;
}

export function lookupKey<T>(name: string): LookupKey<T> {
  return { name };
}

/**
 * Look-ups derived from one record version: built on first use, or ahead of time by
 * `prepare`. A long one may be started in slices (`start`); a question that needs it
 * before the slices end finishes the same work at once, so it is never built twice.
 */
export class DerivedLookups {
  readonly #values = new Map<LookupKey<unknown>, unknown>();
  readonly #jobs = new Map<LookupKey<unknown>, SlicedJob<unknown>>();

  get<T>(key: LookupKey<T>, build: () => T): T {
    if (this.#values.has(key)) return this.#values.get(key) as T;
    const job = this.#jobs.get(key);
    const value = job && !job.stopped ? (job.finishNow() as T) : build();
    this.#jobs.delete(key);
    this.#values.set(key, value);
    return value;
  }

  /** `get` for a look-up whose work is written as steps (so that `start` can run it in slices). */
  getBySteps<T>(key: LookupKey<T>, steps: () => Steps<T>): T {
    return this.get(key, () => new SlicedJob(steps()).finishNow());
  }

  /** The work of a look-up as steps, for `prepare` to run in slices; null when it is built already. */
  start<T>(key: LookupKey<T>, steps: () => Steps<T>): SlicedJob<T> | null {
    if (this.#values.has(key)) return null;
    let job = this.#jobs.get(key) as SlicedJob<T> | undefined;
    if (!job || job.stopped) this.#jobs.set(key, (job = new SlicedJob(steps())));
    return job;
  }

  /** Whether the look-up is built (by a question, or by slices that have ended). */
  has(key: LookupKey<unknown>): boolean {
    return this.#values.has(key) || this.#jobs.get(key)?.done === true;
  }
}

const SHOWN_DATES = lookupKey<Map<string, string>>('dates as shown');

/** A London date as the minutes show it (formatDate), worked out once per record version: long answers repeat the same dates. */
export function shownDate(view: RecordView, date: string): string {
  const shown = view.derived.get(SHOWN_DATES, () => new Map<string, string>());
  let text = shown.get(date);
  if (text === undefined) {
    text = formatDate(date);
    shown.set(date, text);
  }
  return text;
}

/** The board's calendar: dated meetings (cancelled too) and dates known only from a plan, by start. */
function calendarOf(record: Readonly<BoardRecord>, workProgrammeByDate: Map<string, WorkProgrammeItem[]>): { calendar: Meeting[]; starts: Map<string, number> } {
  const calendar = record.meetings.filter((m) => m.date !== null);
  const datesKnown = new Set(calendar.map((m) => m.date));
  for (const [date, entries] of workProgrammeByDate) {
    if (datesKnown.has(date) || entries.every((e) => e.slot !== 'dated')) continue;
    calendar.push({
      id: `${PLAN_MEETING_PREFIX}${date}`,
      committee: null,
      date,
      time: null,
      place: null,
      status: 'planned',
      chair: null,
      present: [],
      apologies: [],
      closingTime: null,
      sources: [...new Set(entries.flatMap((e) => e.sources))],
      externalId: null,
    });
  }
  const starts = new Map(calendar.map((m) => [m.id, meetingStart(m)!.getTime()]));
  calendar.sort((a, b) => starts.get(a.id)! - starts.get(b.id)!);
  return { calendar, starts };
}

function workProgrammeDates(record: Readonly<BoardRecord>): Map<string, WorkProgrammeItem[]> {
  const byDate = new Map<string, WorkProgrammeItem[]>();
  for (const entry of record.workProgramme) if (entry.date) push(byDate, entry.date, entry);
  return byDate;
}

/** The calendar alone, for callers that need no other look-up (reminder planning). */
export function boardCalendar(record: Readonly<BoardRecord>): Meeting[] {
  return calendarOf(record, workProgrammeDates(record)).calendar;
}

export function buildView(store: Store, record: Readonly<BoardRecord> = store.record(), version: string = store.version()): RecordView {
  const itemsByMeeting = new Map<string, AgendaItem[]>();
  for (const item of record.items) push(itemsByMeeting, item.meetingId, item);
  for (const list of itemsByMeeting.values()) list.sort((a, b) => compareNumbers(a.number, b.number));
  const resolutionsByItem = new Map<string, Resolution[]>();
  for (const resolution of record.resolutions) push(resolutionsByItem, resolution.itemId, resolution);
  for (const list of resolutionsByItem.values()) list.sort((a, b) => a.clause - b.clause);
  const requestsByItem = new Map<string, Request[]>();
  for (const request of record.requests) push(requestsByItem, request.itemId, request);
  const workProgrammeByDate = workProgrammeDates(record);
  const { calendar, starts } = calendarOf(record, workProgrammeByDate);

  const committeeCounts = new Map<string, number>();
  for (const m of record.meetings) if (m.committee && m.date) committeeCounts.set(m.committee, (committeeCounts.get(m.committee) ?? 0) + 1);

  return {
    version,
    record,
    store,
    meetings: new Map(calendar.concat(record.meetings.filter((m) => m.date === null)).map((m) => [m.id, m])),
    workProgramme: new Map(record.workProgramme.map((w) => [w.id, w])),
    documents: new Map(record.documents.map((d) => [d.id, d])),
    itemsByMeeting,
    resolutionsByItem,
    requestsByItem,
    workProgrammeByDate,
    requestPositions: new Map(record.requests.map((r, i) => [r.id, i])),
    calendar,
    calendarStarts: calendar.map((m) => starts.get(m.id)!),
    starts,
    committees: [...committeeCounts].sort((a, b) => b[1] - a[1]).map(([name]) => name),
    derived: new DerivedLookups(),
  };
}

/**
 * An item by its id, looked for first among its meeting's items (a few dozen), then in the store's
 * look-up by id: a look-up built from the view at start (the request catalogue) need not wait for
 * the store's, which are built in slices meanwhile.
 */
export function itemOfMeeting(view: RecordView, meetingId: string, itemId: string): AgendaItem | undefined {
  for (const item of view.itemsByMeeting.get(meetingId) ?? []) if (item.id === itemId) return item;
  return view.store.item(itemId);
}

/** When a meeting starts (ms), from the view's table; null for an undated meeting. */
export function startTime(view: RecordView, meeting: Meeting): number | null {
  return view.starts.get(meeting.id) ?? meetingStart(meeting)?.getTime() ?? null;
}

/** Position in `calendar` of the first meeting that starts after `t` (ms). */
export function firstAfter(view: RecordView, t: number): number {
  let lo = 0;
  let hi = view.calendarStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.calendarStarts[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First position in ascending `values` holding `value` or more. */
export function firstAtLeast(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a meeting had taken place by `t` (ms): only then are its minutes (attendance,
 * discussion, resolutions, requests) known. Before, at most its agenda is. An undated
 * meeting (an agenda-item page not yet placed) counts as held.
 */
export function heldBy(view: RecordView, meeting: Meeting | null | undefined, t: number): boolean {
  if (!meeting) return true;
  const start = startTime(view, meeting);
  return start === null || start <= t;
}

/**
 * Working days of notice an agenda gives: five clear working days (the statutory
 * notice), so it is published on the sixth working day before the meeting.
 */
export const AGENDA_NOTICE_WORKING_DAYS = 6;

/** Documents that publish a meeting's agenda. */
const AGENDA_KINDS = new Set(['agenda-pack', 'moderngov']);

/** The London date an agenda is published for a meeting on `date`: weekends skipped, bank holidays not. */
export function agendaPublishedOn(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  for (let n = 0; n < AGENDA_NOTICE_WORKING_DAYS; ) {
    day.setUTCDate(day.getUTCDate() - 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) n++;
  }
  return day.toISOString().slice(0, 10);
}

/**
 * Whether a meeting's agenda was out by `t` (ms). A meeting whose agenda the record
 * holds (an agenda pack, or ModernGov) has published it. One known only from its
 * minutes, written after it, is asked about as of a date before it: its agenda counts
 * as out from the start of the day its statutory notice begins.
 */
export function agendaOutBy(view: RecordView, meeting: Meeting | null | undefined, t: number): boolean {
  if (!meeting || meeting.status !== 'minutes' || !meeting.date) return true;
  // Its own agenda was added to the record before the minutes: that agenda was out. Its items say so, not the
  // meeting's sources: a pack that only lists this date in its work programme is another meeting's agenda.
  const fromAgenda = (id: string) => id !== meeting.minutesSource && AGENDA_KINDS.has(view.documents.get(id)?.kind ?? '');
  if ((view.itemsByMeeting.get(meeting.id) ?? []).some((item) => item.sources.some(fromAgenda))) return true;
  return londonInstant(agendaPublishedOn(meeting.date), '00:00').getTime() <= t;
}

/** Whether a dated meeting's papers (agenda, briefing notes) were published by `t` (ms), whatever the record holds of it. */
export function papersOutBy(meeting: Meeting, t: number): boolean {
  return !meeting.date || londonInstant(agendaPublishedOn(meeting.date), '00:00').getTime() <= t;
}

/**
 * Whether the meeting itself was known by `t`: its agenda out, or a work programme
 * that sets the year's meeting dates (a dated row in the same municipal year, May to
 * April). A meeting known only from its agenda or minutes is not known before the notice.
 */
export function meetingKnownBy(view: RecordView, meeting: Meeting, t: number): boolean {
  if (meeting.status === 'planned' || meeting.status === 'cancelled' || isPlanOnly(meeting) || agendaOutBy(view, meeting, t)) return true;
  if (!meeting.date) return true;
  return plannedYears(view).has(municipalYear(meeting.date));
}

const PLANNED_YEARS = lookupKey<Set<number>>('planned municipal years');

/** The municipal years a work programme sets dates in: one pass over the plan per record version. */
function plannedYears(view: RecordView): Set<number> {
  return view.derived.get(PLANNED_YEARS, () => new Set([...view.workProgrammeByDate.keys()].map(municipalYear)));
}

/** The municipal year (May to April) of a date, by its first calendar year. */
function municipalYear(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 5 ? year : year - 1;
}

/** Whether a meeting is of the committee asked about (any, when none is; a meeting naming none counts). */
export function ofCommittee(ctx: { committee: string | null }, meeting: Meeting | null | undefined): boolean {
  return !ctx.committee || !meeting?.committee || meeting.committee === ctx.committee;
}

/**
 * The view of one store's record, kept in step with it: `current()` checks the
 * store's version and builds a new view when it changed. `prepare` builds the
 * view and the look-ups it is given in the background, and `build` those a
 * question reads first, one slice per turn of the event loop (see ./lookup-queue.ts),
 * so the first question after start or after an ingest finds them ready.
 */
export class RecordViews {
  #view: RecordView | null = null;
  #preparing: Promise<void> = Promise.resolve();
  readonly #queue: LookupQueue<RecordView>;

  constructor(readonly store: Store) {
    this.#queue = new LookupQueue(
      () => this.current(),
      (view) => view.version === this.store.version(),
    );
  }

  current(): RecordView {
    const version = this.store.version();
    if (this.#view && this.#view.version === version) return this.#view;
    this.#view = buildView(this.store, this.store.record(), version);
    return this.#view;
  }

  /** Whether the view of the current version is already built. */
  get ready(): boolean {
    return this.#view !== null && this.#view.version === this.store.version();
  }

  /**
   * Build the current view, then each look-up in `steps`, in the background; a step is skipped once
   * the record has moved on (its look-up would be for an old version). Failures are reported to
   * `onError` and never reach a member's question.
   */
  prepare(steps: Array<BuildStep<RecordView>>, onError: (error: unknown) => void = () => {}): Promise<void> {
    this.#preparing = this.#queue.later(steps, onError);
    return this.#preparing;
  }

  /**
   * Build the look-ups in `steps` for the current version now, before the background's (a look-up both
   * build is one piece of work): for a question that reads them, so the questions that do not go on
   * being answered meanwhile.
   */
  build(steps: Array<BuildStep<RecordView>>): Promise<void> {
    return this.#queue.first(steps);
  }

  /** A question is being answered until the returned function is called: `prepare`'s work waits meanwhile (see LookupQueue.hold). */
  answering(): () => void {
    return this.#queue.hold();
  }

  /** Resolves when the look-ups last asked for are built. */
  prepared(): Promise<void> {
    return this.#preparing;
  }
}
