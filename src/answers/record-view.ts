// Maps over the record, built once per store version, so a question looks things
// up instead of rescanning the whole record. Also the board's calendar: every
// dated meeting, plus meetings known only from a work-programme plan.
import type { AgendaItem, BoardRecord, Meeting, Request, Resolution, SourceDocument, WorkProgrammeItem } from '../model.ts';
import { londonInstant } from '../london.ts';
import type { Store } from '../store/store.ts';

export interface RecordView {
  version: string;
  record: Readonly<BoardRecord>;
  /** Items, resolutions and requests by id: the store's own look-ups, not copies. */
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
}

/** Id prefix of meetings known only from a work-programme date. */
export const PLAN_MEETING_PREFIX = 'plan:';

export function isPlanOnly(meeting: Meeting): boolean {
  return meeting.id.startsWith(PLAN_MEETING_PREFIX);
}

// Committees share dates and times, and a London instant is costly to work out:
// a council's calendar asks for a few thousand distinct ones, many times over.
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

export function buildView(store: Store, record: Readonly<BoardRecord>, version: string): RecordView {
  const itemsByMeeting = new Map<string, AgendaItem[]>();
  for (const item of record.items) push(itemsByMeeting, item.meetingId, item);
  for (const list of itemsByMeeting.values()) list.sort((a, b) => compareNumbers(a.number, b.number));
  const resolutionsByItem = new Map<string, Resolution[]>();
  for (const resolution of record.resolutions) push(resolutionsByItem, resolution.itemId, resolution);
  for (const list of resolutionsByItem.values()) list.sort((a, b) => a.clause - b.clause);
  const requestsByItem = new Map<string, Request[]>();
  for (const request of record.requests) push(requestsByItem, request.itemId, request);
  const workProgrammeByDate = new Map<string, WorkProgrammeItem[]>();
  for (const entry of record.workProgramme) if (entry.date) push(workProgrammeByDate, entry.date, entry);

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
  };
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

const views = new WeakMap<Store, RecordView>();

/** The view of the store's record as it is now (rebuilt only when the version changed). */
export function viewOf(store: Store): RecordView {
  const version = store.version();
  const known = views.get(store);
  if (known && known.version === version) return known;
  const view = buildView(store, store.record(), version);
  views.set(store, view);
  return view;
}
