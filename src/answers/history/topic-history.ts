// Everything on a topic, oldest first: items discussed, resolutions, requests
// and plan entries; undated plan entries last. Only what was known by now.
//
// What a topic finds is the same whenever asked, so its timeline is put in order
// once and remembered with the topic (a common topic has tens of thousands of
// entries); each question then reads it in one pass, keeping what was known by
// the moment asked, of the board's committee and in the period, and builds
// entries only for the page or few it shows.
import type { AgendaItem, Meeting, Resolution, WorkProgrammeItem } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import { startTime, type RecordView } from '../record-view.ts';
import { statusOf, type CatalogueEntry, type RequestStatus } from '../requests/request-catalogue.ts';
import { requestsEverAbout } from '../requests/request-topics.ts';
import { resolutionsEverAbout, type ResolutionColumns, type ResolutionRef } from '../resolutions/resolution-queries.ts';
import { dateIn, type Period } from '../question/question-periods.ts';
import { byDocument, documentLookupKey } from '../topics/document-lookups.ts';
import { topicHitsOnce, topicKey, topicMemo } from '../topics/topic-hits.ts';
import { dedupeEntries, entryKnown } from '../work-programme/work-programme-queries.ts';

type ItemEvent = { kind: 'item'; date: string | null; meeting: Meeting | null; item: AgendaItem };

export type HistoryEvent =
  | ItemEvent
  | { kind: 'resolution'; date: string | null; meeting: Meeting | null; item: AgendaItem | null; resolution: Resolution }
  | { kind: 'request'; date: string | null; status: RequestStatus }
  | { kind: 'work-programme'; date: string | null; entry: WorkProgrammeItem };

const KIND_ORDER = { item: 0, resolution: 1, request: 2, 'work-programme': 3 } as const;

/** Where an undated entry sorts: after every date. */
const UNDATED = '9999-99-99';

/** Timeline order: oldest first, undated last; on one date, items, then resolutions, requests and plan entries. */
export function historyOrder(a: HistoryEvent, b: HistoryEvent): number {
  const da = a.date ?? UNDATED;
  const db = b.date ?? UNDATED;
  if (da !== db) return da < db ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** An item discussed on the topic, with when its meeting starts. */
interface TimedItem {
  item: AgendaItem;
  meeting: Meeting | null;
  /** When the meeting starts (ms): discussed from then on (-Infinity: no meeting or no known start). */
  madeFrom: number;
}

/**
 * A topic's items, resolutions and requests whenever made, in timeline order (as a stable
 * sort by historyOrder leaves them: items in the order found, resolutions newest first and
 * requests oldest first within one date), column by column; and its plan entries' ids.
 *
 * Kept with the topic, so its columns are numbers (typed arrays, held outside the heap the
 * collector marks) and its strings are lists of the distinct values they take: an entry
 * costs some 22 bytes there, where a column of references costs 8 bytes an entry inside that
 * heap, and the collector copies and marks each of them again while the bot serves.
 */
interface Timeline {
  /** KIND_ORDER of each entry: 0 item, 1 resolution, 2 request. */
  kinds: Uint8Array;
  /** Where each entry is in the lists it was put in order from (see sourceAt). */
  from: Uint32Array;
  /** Each entry's date, as its place in `dateList`. */
  dateOf: Uint32Array;
  /** The distinct dates, oldest first; null (undated) last. */
  dateList: (string | null)[];
  /** When each was made (ms); -Infinity when always known. */
  madeFrom: Float64Array;
  /** The committee of each one's meeting, as its place in `committeeList`. */
  committeeOf: Uint32Array;
  /** The distinct committees; null: none known (of every board). */
  committeeList: (string | null)[];
  /** 1 where an item's meeting has its minutes in the record. */
  minuted: Uint8Array;
  /** The lists, in list order: items (by document number, in `timed`), resolutions, requests. */
  itemDocs: Uint32Array;
  timed: TimedItems;
  resolutions: ResolutionColumns;
  requests: readonly CatalogueEntry[];
  planned: ReadonlySet<string>;
}

function topicTimeline(ctx: AnswerContext, topic: string): Timeline {
  return topicMemo(ctx).remember(`history|${topicKey(topic)}`, () => buildTimeline(ctx, topic), (t) => t.kinds.length + t.planned.size);
}

/**
 * Items by the index's document number, with their meeting and its start, looked up as topics reach
 * them: columns of the record's own entries, and a TimedItem made for each one an answer reads. Kept
 * as objects, those reached (30,000 and more at council scale) lived as long as the record version,
 * for every full collection of the answer thread to mark.
 */
class TimedItems {
  /** undefined: not looked up yet; null: no such item. */
  readonly items: (AgendaItem | null | undefined)[];
  readonly meetings: (Meeting | null)[];
  /** When the meeting starts (ms; -Infinity: no meeting or no known start). */
  readonly madeFrom: Float64Array;

  constructor(slots: number) {
    this.items = new Array<AgendaItem | null | undefined>(slots);
    this.meetings = new Array<Meeting | null>(slots);
    this.madeFrom = new Float64Array(slots);
  }

  /** Whether the document is an item of the record (looked up the first time). */
  found(view: RecordView, doc: number, id: string): boolean {
    let item = this.items[doc];
    if (item === undefined) {
      item = this.items[doc] = view.store.item(id) ?? null;
      if (item) {
        const meeting = view.meetings.get(item.meetingId) ?? null;
        this.meetings[doc] = meeting;
        this.madeFrom[doc] = (meeting ? startTime(view, meeting) : null) ?? Number.NEGATIVE_INFINITY;
      }
    }
    return item !== null;
  }

  /** The item found at `doc`, with its meeting and start. */
  at(doc: number): TimedItem {
    return { item: this.items[doc]!, meeting: this.meetings[doc]!, madeFrom: this.madeFrom[doc]! };
  }
}

const TIMED_ITEMS = documentLookupKey<TimedItems>('items with their meetings, by document');

function buildTimeline(ctx: AnswerContext, topic: string): Timeline {
  const view = ctx.view;
  const hits = topicHitsOnce(ctx, topic, ['item', 'work-programme']);
  const timed = byDocument(ctx, TIMED_ITEMS, (slots) => new TimedItems(slots));
  // Each document is one hit, so each item comes once, in the order found.
  const docs: number[] = [];
  const planned = new Set<string>();
  for (const hit of hits) {
    if (hit.kind !== 'item') {
      planned.add(hit.refId);
      continue;
    }
    if (timed.found(view, hit.doc, hit.refId)) docs.push(hit.doc);
  }
  const itemDocs = Uint32Array.from(docs);
  const resolutions = resolutionsEverAbout(ctx, topic);
  const requests = requestsEverAbout(ctx, topic);
  // List order: items, resolutions, requests. Their places in timeline order come from each one's kind
  // and date alone, so each entry is then written once, straight into its place.
  const n = itemDocs.length + resolutions.ats.length + requests.length;
  const kinds = new Uint8Array(n);
  const dates: (string | null)[] = new Array(n);
  let at = 0;
  for (const doc of itemDocs) {
    kinds[at] = KIND_ORDER.item;
    dates[at++] = timed.meetings[doc]?.date ?? null;
  }
  for (const r of resolutions.ats) {
    kinds[at] = KIND_ORDER.resolution;
    dates[at++] = resolutions.dates[r]!;
  }
  for (const e of requests) {
    kinds[at] = KIND_ORDER.request;
    dates[at++] = e.meeting?.date ?? null;
  }
  const { places: placeOf, dateAt, dateList } = timelinePlaces(kinds, dates);
  const committeeList: (string | null)[] = [];
  const committeeAt = new Map<string | null, number>();
  const timeline: Timeline = {
    kinds: new Uint8Array(n),
    from: new Uint32Array(n),
    dateOf: new Uint32Array(n),
    dateList,
    madeFrom: new Float64Array(n),
    committeeOf: new Uint32Array(n),
    committeeList,
    minuted: new Uint8Array(n),
    itemDocs,
    timed,
    resolutions,
    requests,
    planned,
  };
  at = 0;
  // Read from the resolutions' columns: their objects are looked at only for the entries shown.
  const put = (committee: string | null, madeFrom: number, minuted: boolean) => {
    const to = placeOf[at]!;
    let c = committeeAt.get(committee);
    if (c === undefined) {
      c = committeeList.push(committee) - 1;
      committeeAt.set(committee, c);
    }
    timeline.kinds[to] = kinds[at]!;
    timeline.from[to] = at;
    timeline.dateOf[to] = dateAt[at]!;
    timeline.committeeOf[to] = c;
    timeline.madeFrom[to] = madeFrom;
    if (minuted) timeline.minuted[to] = 1;
    at++;
  };
  for (const doc of itemDocs) {
    const meeting = timed.meetings[doc]!;
    put(meeting?.committee ?? null, timed.madeFrom[doc]!, meeting?.status === 'minutes');
  }
  for (const r of resolutions.ats) put(resolutions.committees[r]!, resolutions.madeFrom[r]!, false);
  for (const e of requests) put(e.meeting?.committee ?? null, e.start ?? Number.NEGATIVE_INFINITY, false);
  return timeline;
}

/** The item, resolution or request of the timeline's entry `i`. */
function sourceAt(timeline: Timeline, i: number): TimedItem | ResolutionRef | CatalogueEntry {
  let at = timeline.from[i]!;
  if (at < timeline.itemDocs.length) return timeline.timed.at(timeline.itemDocs[at]!);
  at -= timeline.itemDocs.length;
  const { ats, refs } = timeline.resolutions;
  if (at < ats.length) return refs.refAt(ats[at]!);
  return timeline.requests[at - ats.length]!;
}

/**
 * Each entry's place in historyOrder, equal ones in list order: sorted as numbers (date's place, kind,
 * position), the i-th smallest key's position goes to place i. With each entry's date as its place
 * among the distinct dates (`dateAt`), and those dates, oldest first, undated (null) last.
 */
function timelinePlaces(kinds: Uint8Array, dates: readonly (string | null)[]): { places: Uint32Array; dateAt: Uint32Array; dateList: (string | null)[] } {
  const n = kinds.length;
  const seen = new Set<string>();
  for (const date of dates) seen.add(date ?? UNDATED);
  const distinct = [...seen].sort((a, b) => (a === b ? 0 : a < b ? -1 : 1));
  const place = new Map(distinct.map((d, i) => [d, i]));
  const dateAt = new Uint32Array(n);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    dateAt[i] = place.get(dates[i] ?? UNDATED)!;
    keys[i] = (dateAt[i]! * 4 + kinds[i]!) * n + i;
  }
  keys.sort();
  const places = new Uint32Array(n);
  for (let to = 0; to < n; to++) places[keys[to]! % n] = to;
  return { places, dateAt, dateList: distinct.map((d) => (d === UNDATED ? null : d)) };
}

/** A topic's history as one question reads it. */
export interface TopicHistory {
  /** The first `limit` entries, in timeline order. */
  shown: HistoryEvent[];
  /** How many entries there are in all. */
  count: number;
  /** How many distinct dates they have (undated entries aside). */
  dates: number;
  /** The latest dated item discussed in minutes the record holds (the first of its date), or null. */
  latest: Extract<HistoryEvent, { kind: 'item' }> | null;
  /** A later item on an agenda whose minutes the record lacks (taken, but not known to be discussed), or null. */
  laterOnAgenda: Extract<HistoryEvent, { kind: 'item' }> | null;
}

/**
 * Everything on a topic known by now, of the board's committee and in `period`: the first
 * `limit` entries in timeline order (see historyOrder), how many in all and on how many dates.
 */
export function topicHistory(ctx: AnswerContext, topic: string, period: Period | null, limit: number): TopicHistory {
  const view = ctx.view;
  const timeline = topicTimeline(ctx, topic);
  // Plan entries known by now, each once, in timeline order among themselves (a stable sort by date).
  const plans = dedupeEntries([...timeline.planned].map((id) => view.workProgramme.get(id)).filter((e): e is WorkProgrammeItem => !!e && entryKnown(ctx, e)))
    .filter((e) => dateIn(period, e.date))
    .map((entry): HistoryEvent => ({ kind: 'work-programme', date: entry.date, entry }))
    .sort(historyOrder);
  const shown: HistoryEvent[] = [];
  const dates = new Set<string>();
  let count = 0;
  let latest: TopicHistory['latest'] = null;
  let onAgenda: TopicHistory['latest'] = null;
  let lastDate: string | null = null;
  let plan = 0;
  // Plan entries come after the others' entries of their date (their kind sorts last), before later dates.
  const showPlansUpTo = (date: string) => {
    while (plan < plans.length && shown.length < limit && (plans[plan]!.date ?? UNDATED) < date) shown.push(plans[plan++]!);
  };
  const { kinds, madeFrom, committeeOf, committeeList, dateOf, dateList, minuted } = timeline;
  for (let i = 0; i < kinds.length; i++) {
    if (madeFrom[i]! > ctx.t) continue;
    const committee = committeeList[committeeOf[i]!]!;
    if (ctx.committee && committee && committee !== ctx.committee) continue;
    const date = dateList[dateOf[i]!]!;
    if (period && !dateIn(period, date)) continue;
    count++;
    if (date !== null && date !== lastDate) {
      dates.add(date);
      lastDate = date;
    }
    const kind = kinds[i]!;
    if (kind === KIND_ORDER.item && date !== null) {
      // "When was it last discussed": minutes say it was; an agenda alone says only that it was down to be.
      if (minuted[i] === 1 && (!latest || date > latest.date!)) latest = itemEvent(sourceAt(timeline, i) as TimedItem);
      if (minuted[i] === 0 && (!onAgenda || date > onAgenda.date!)) onAgenda = itemEvent(sourceAt(timeline, i) as TimedItem);
    }
    if (shown.length < limit) {
      showPlansUpTo(date ?? UNDATED);
      if (shown.length < limit) shown.push(eventOf(ctx, kind, sourceAt(timeline, i)));
    }
  }
  showPlansUpTo('\uffff');
  for (const event of plans) {
    if (event.date) dates.add(event.date);
  }
  // With no minutes on it at all, the agenda is all there is to say.
  const laterOnAgenda = onAgenda && (!latest || onAgenda.date! > latest.date!) ? onAgenda : null;
  return { shown, count: count + plans.length, dates: dates.size, latest: latest ?? laterOnAgenda, laterOnAgenda: latest ? laterOnAgenda : null };
}

function itemEvent(source: TimedItem): ItemEvent {
  return { kind: 'item', date: source.meeting?.date ?? null, meeting: source.meeting, item: source.item };
}

function eventOf(ctx: AnswerContext, kind: number, source: TimedItem | ResolutionRef | CatalogueEntry): HistoryEvent {
  if (kind === KIND_ORDER.item) return itemEvent(source as TimedItem);
  if (kind === KIND_ORDER.resolution) {
    const ref = source as ResolutionRef;
    return { kind: 'resolution', date: ref.meeting?.date ?? null, meeting: ref.meeting, item: ref.item, resolution: ref.resolution };
  }
  const entry = source as CatalogueEntry;
  return { kind: 'request', date: entry.meeting?.date ?? null, status: statusOf(ctx.view.store, entry, ctx.today) };
}
