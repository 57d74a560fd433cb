// Resolutions: of one meeting, and on a topic across meetings, newest first.
// Exempt items' resolutions never appear; those of meetings still to come are not known yet.
import type { AgendaItem, Meeting, Resolution } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import type { SlicedJob, Steps } from '../../search/slices.ts';
import { compareNumbers, lookupKey, ofCommittee, startTime, type RecordView } from '../record-view.ts';
import { byDocument, documentLookupKey, UNKNOWN } from '../topics/document-lookups.ts';
import { PackedLists } from '../packed-lists.ts';
import { topicHitsOnce, topicKey, topicMemo, type TopicHit } from '../topics/topic-hits.ts';

export interface ResolutionRef {
  resolution: Resolution;
  item: AgendaItem | null;
  meeting: Meeting | null;
}

export function newestFirst(a: { meeting: Meeting | null; item: AgendaItem | null }, b: { meeting: Meeting | null; item: AgendaItem | null }): number {
  const da = a.meeting?.date ?? '';
  const db = b.meeting?.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return compareNumbers(a.item?.number ?? null, b.item?.number ?? null);
}

/**
 * Every visible resolution of a record version by id, each at its own place (`at`) with its place
 * newest first (`orders`); and by item, by clause. What topic answers read of each is kept column by
 * column, by `at`: a common topic reads tens of thousands, and compact columns cost far less to read
 * than the objects. The columns hold no object per resolution but its ref: every object the look-up
 * keeps is one more for each full collection of the answer thread to mark.
 */
interface ResolutionOrder {
  /** The `at` of each resolution, by id. */
  atOf: Map<string, number>;
  /** The number of each item's list in `itemResolutions`, by item id. */
  byItem: Map<string, number>;
  /** Each item's resolutions' `at`, by clause. */
  itemResolutions: PackedLists;
  /** How many there are: each `at` is below it. */
  count: number;
  /** How many places the order has: each of `orders` is below it (equal for resolutions that newestFirst and the clause do not tell apart). */
  places: number;
  /** By `at`: the resolution with its item and meeting, its order, when it was made, its meeting's date and committee. */
  refs: ResolutionRefs;
  orders: Float64Array;
  /** When its meeting starts (ms): it is made by any moment from then on (-Infinity: no meeting or no known start). */
  madeFrom: Float64Array;
  dates: (string | null)[];
  committees: (string | null)[];
}

/**
 * The resolutions in the order, by `at`, with their items and meetings: columns of the record's own
 * entries, and a ResolutionRef made for each one read. Kept as refs, they were 62,000 objects at
 * council scale, alive as long as the record version, for every full collection to mark; made as
 * answers read them, they live for the answer.
 */
export class ResolutionRefs {
  constructor(
    readonly resolutions: readonly Resolution[],
    readonly items: readonly (AgendaItem | null)[],
    readonly meetings: readonly (Meeting | null)[],
  ) {}

  refAt(at: number): ResolutionRef {
    return { resolution: this.resolutions[at]!, item: this.items[at]!, meeting: this.meetings[at]! };
  }
}

const RESOLUTION_ORDER = lookupKey<ResolutionOrder>('resolution order');

/** Distinct values, sorted, each to its place (equal values share one). */
function ranks<T>(values: Iterable<T>, compare: (a: T, b: T) => number): Map<T, number> {
  const sorted = [...new Set(values)].sort(compare);
  return new Map(sorted.map((v, i) => [v, i]));
}

/**
 * The newest-first order of every resolution, read once per record version: a topic
 * with thousands of resolutions then sorts by one number each instead of comparing
 * dates and minute numbers, and looks each up once.
 */
function resolutionOrder(view: RecordView): ResolutionOrder {
  return view.derived.getBySteps(RESOLUTION_ORDER, () => orderSteps(view));
}

/** resolutionOrder in slices, for the background after start or a change. */
export function startResolutionOrder(view: RecordView): SlicedJob<ResolutionOrder> | null {
  return view.derived.start(RESOLUTION_ORDER, () => orderSteps(view));
}

const RESOLUTIONS_PER_STEP = 2000;

function* orderSteps(view: RecordView): Steps<ResolutionOrder> {
  const refs: ResolutionRef[] = [];
  const seen = new Set<string>();
  const all = view.record.resolutions;
  for (let i = 0; i < all.length; i++) {
    if (i % RESOLUTIONS_PER_STEP === RESOLUTIONS_PER_STEP - 1) yield;
    const id = all[i]!.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const ref = refOf(view, id);
    if (ref) refs.push(ref);
  }
  yield;
  // The places of newestFirst's parts: date (newest first), minute number, clause.
  const dates = ranks(refs.map((r) => r.meeting?.date ?? ''), (a, b) => (a === b ? 0 : a < b ? 1 : -1));
  const numbers = ranks(refs.map((r) => r.item?.number ?? null), compareNumbers);
  const clauses = ranks(refs.map((r) => r.resolution.clause), (a, b) => a - b);
  yield;
  const atOf = new Map<string, number>();
  const n = refs.length;
  const resolutions: Resolution[] = new Array(n);
  const items: (AgendaItem | null)[] = new Array(n);
  const meetings: (Meeting | null)[] = new Array(n);
  const orders = new Float64Array(n);
  const madeFrom = new Float64Array(n);
  const meetingDates: (string | null)[] = new Array(n);
  const committees: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (i % RESOLUTIONS_PER_STEP === RESOLUTIONS_PER_STEP - 1) yield;
    const ref = refs[i]!;
    const place = (dates.get(ref.meeting?.date ?? '')! * numbers.size + numbers.get(ref.item?.number ?? null)!) * clauses.size + clauses.get(ref.resolution.clause)!;
    const start = (ref.meeting ? startTime(view, ref.meeting) : null) ?? Number.NEGATIVE_INFINITY;
    atOf.set(ref.resolution.id, i);
    resolutions[i] = ref.resolution;
    items[i] = ref.item;
    meetings[i] = ref.meeting;
    orders[i] = place;
    madeFrom[i] = start;
    meetingDates[i] = ref.meeting?.date ?? null;
    committees[i] = ref.meeting?.committee ?? null;
  }
  yield;
  const byItem = new Map<string, number>();
  const lists: number[][] = [];
  for (const [itemId, resolutions] of view.resolutionsByItem) {
    const list = resolutions.flatMap((r) => atOf.get(r.id) ?? []);
    if (list.length === 0) continue;
    byItem.set(itemId, lists.length);
    lists.push(list);
  }
  const itemResolutions = PackedLists.from(lists);
  return { atOf, byItem, itemResolutions, count: n, places: dates.size * numbers.size * clauses.size, refs: new ResolutionRefs(resolutions, items, meetings), orders, madeFrom, dates: meetingDates, committees };
}

function refOf(view: RecordView, id: string): ResolutionRef | null {
  const resolution = view.store.resolution(id);
  if (!resolution) return null;
  const item = view.store.item(resolution.itemId) ?? null;
  if (item?.private) return null;
  return { resolution, item, meeting: view.meetings.get(resolution.meetingId) ?? null };
}

/** Below this many, sorting them costs less than reading the whole record's order. */
const FEW_RESOLUTIONS = 200;

/** Resolutions by id, with their item and meeting, newest first; exempt items' left out. */
export function refsOf(view: RecordView, ids: Iterable<string>): ResolutionRef[] {
  const unique = new Set(ids);
  if (unique.size <= FEW_RESOLUTIONS && !view.derived.has(RESOLUTION_ORDER)) {
    const refs: ResolutionRef[] = [];
    for (const id of unique) {
      const ref = refOf(view, id);
      if (ref) refs.push(ref);
    }
    return refs.sort((a, b) => newestFirst(a, b) || a.resolution.clause - b.resolution.clause);
  }
  const order = resolutionOrder(view);
  const ats: number[] = [];
  for (const id of unique) {
    const at = order.atOf.get(id);
    if (at !== undefined) ats.push(at);
  }
  // A stable sort: resolutions the order does not tell apart keep the order asked, as before.
  return ats.sort((a, b) => order.orders[a]! - order.orders[b]!).map((at) => order.refs.refAt(at));
}

/** All resolutions of one meeting, in minute order. */
export function resolutionsAt(view: RecordView, meetingId: string): ResolutionRef[] {
  const ids = (view.itemsByMeeting.get(meetingId) ?? []).flatMap((i) => (view.resolutionsByItem.get(i.id) ?? []).map((r) => r.id));
  return refsOf(view, ids);
}

/** Resolutions on a topic, newest first, and which of them name it (in their own words or their item's title). */
export interface TopicResolutions {
  refs: ResolutionRef[];
  /** Beside `refs`: whether each names the topic, not merely comes from an item that discussed it. */
  naming: boolean[];
}

/** What a topic finds of the record's resolutions, whenever asked: their `at`, newest first, and which name it (by `at`). */
interface FoundResolutions {
  order: ResolutionOrder;
  ats: Uint32Array;
  naming: Uint8Array;
}

/**
 * Resolutions on a topic made by now, newest first: those whose words or item title
 * match, and those of items whose discussion was on the topic; `naming` says which
 * name the topic.
 */
export function topicResolutions(ctx: AnswerContext, topic: string): TopicResolutions {
  const { order, ats, naming: names } = foundResolutions(ctx, topic);
  const refs: ResolutionRef[] = [];
  const naming: boolean[] = [];
  for (const at of ats) {
    if (order.madeFrom[at]! > ctx.t) continue;
    const committee = order.committees[at]!;
    if (ctx.committee && committee && committee !== ctx.committee) continue;
    refs.push(order.refs.refAt(at));
    naming.push(names[at] === 1);
  }
  return { refs, naming };
}

/** What a topic finds of the record's resolutions whenever asked (see topicResolutions): remembered with the topic. */
function foundResolutions(ctx: AnswerContext, topic: string): FoundResolutions {
  return topicMemo(ctx).remember(
    `resolutions|${topicKey(topic)}`,
    () => resolutionsFromHits(ctx, topicHitsOnce(ctx, topic, ['resolution', 'item'])),
    (value) => value.ats.length,
  );
}

/**
 * Resolutions on a topic whenever made and of every committee, newest first, column by column:
 * the i-th is `refs.refAt(ats[i])`, made from `madeFrom[ats[i]]` (ms; -Infinity: always known), of
 * the meeting dated `dates[ats[i]]` of the committee `committees[ats[i]]`. For answers that
 * keep their own order of what a topic finds and filter it by the moment asked themselves.
 */
export interface ResolutionColumns {
  ats: Uint32Array;
  refs: ResolutionRefs;
  madeFrom: Float64Array;
  dates: readonly (string | null)[];
  committees: readonly (string | null)[];
}

export function resolutionsEverAbout(ctx: AnswerContext, topic: string): ResolutionColumns {
  const { order, ats } = foundResolutions(ctx, topic);
  return { ats, refs: order.refs, madeFrom: order.madeFrom, dates: order.dates, committees: order.committees };
}

/** Resolutions on a topic made by now, newest first (see topicResolutions); `direct`: only those that name it. */
export function resolutionsAbout(ctx: AnswerContext, topic: string, options: { direct?: boolean } = {}): ResolutionRef[] {
  const { refs, naming } = topicResolutions(ctx, topic);
  return options.direct ? refs.filter((_r, i) => naming[i]) : refs;
}

/**
 * Resolutions among topic hits, and which are direct: where the topic is in the
 * resolution or its item's title, not merely in the discussion.
 *
 * An item whose title names the topic brings all its resolutions. An item that
 * only discussed it brings its resolutions only when none of them names the
 * topic itself; when some do, those are the ones (a work-programme item adding
 * "Private Fostering report back" beside "Audit report back" brings the first).
 */
function resolutionsFromHits(ctx: AnswerContext, hits: TopicHit[]): FoundResolutions {
  // Each item's resolutions are taken from the record's newest-first order, already looked up: a
  // common topic brings tens of thousands, so what is taken and what names the topic are flags by place.
  const order = resolutionOrder(ctx.view);
  const places = byDocument(ctx, PLACES, resolutionPlaces);
  const found: number[] = [];
  const taken = new Uint8Array(order.count);
  const naming = new Uint8Array(order.count);
  const itemHits: TopicHit[] = [];
  for (const hit of hits) {
    if (hit.kind === 'item') {
      if (hit.relevance !== 'mentioned') itemHits.push(hit);
      continue;
    }
    if (hit.kind !== 'resolution' || !hit.titleMatch) continue;
    let at = places.ofResolution[hit.doc]!;
    if (at === UNKNOWN) at = places.ofResolution[hit.doc] = order.atOf.get(hit.refId) ?? -1;
    // An exempt item's resolution is in no answer (and its item's others are exempt too).
    if (at < 0) continue;
    naming[at] = 1;
    if (taken[at] === 0) {
      taken[at] = 1;
      found.push(at);
    }
  }
  const lists = order.itemResolutions;
  for (const hit of itemHits) {
    let list = places.ofItem[hit.doc]!;
    if (list === UNKNOWN) list = places.ofItem[hit.doc] = order.byItem.get(hit.refId) ?? NO_LIST;
    if (list === NO_LIST) continue;
    // The item's resolutions (places in the order) are read in place: thousands of items, no view of each.
    const start = lists.startOf(list);
    const end = lists.endOf(list);
    // An item with a resolution that names the topic: its flag is set above, by that resolution's hit
    // (each item is one hit, and an item's loop below flags only its own resolutions).
    if (!hit.titleMatch && namesTopic(lists, start, end, naming)) continue;
    for (let k = start; k < end; k++) {
      const at = lists.value(k);
      if (hit.titleMatch) naming[at] = 1;
      if (taken[at] === 1) continue;
      taken[at] = 1;
      found.push(at);
    }
  }
  return { order, ats: inOrder(found, order), naming };
}

/** Whether any of an item's resolutions (places `start` to `end` of `lists`) is flagged as naming the topic. */
function namesTopic(lists: PackedLists, start: number, end: number, naming: Uint8Array): boolean {
  for (let k = start; k < end; k++) if (naming[lists.value(k)] === 1) return true;
  return false;
}

/**
 * Places in the resolution order (`at`) by the index's document number, worked out as topics reach
 * them: a resolution's own (-1: none, an exempt item's), the number of an item's list of resolutions
 * in `ResolutionOrder.itemResolutions` (-1: none).
 */
interface ResolutionPlaces {
  ofResolution: Int32Array;
  ofItem: Int32Array;
}

const PLACES = documentLookupKey<ResolutionPlaces>('resolution places, by document');
const NO_LIST = -1;

function resolutionPlaces(slots: number): ResolutionPlaces {
  return { ofResolution: new Int32Array(slots).fill(UNKNOWN), ofItem: new Int32Array(slots).fill(UNKNOWN) };
}

/**
 * Resolutions (by `at`) in the record's newest-first order; those the order does not tell
 * apart keep the order given, as a stable sort keeps them. Sorted as numbers (place, then
 * position given), which costs far less than comparing tens of thousands of objects.
 */
function inOrder(ats: number[], order: ResolutionOrder): Uint32Array {
  const n = ats.length;
  if (order.places * n > Number.MAX_SAFE_INTEGER) return Uint32Array.from(ats.map((at, i) => ({ at, i })).sort((a, b) => order.orders[a.at]! - order.orders[b.at]! || a.i - b.i), (x) => x.at);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = order.orders[ats[i]!]! * n + i;
  keys.sort();
  const sorted = new Uint32Array(n);
  for (let i = 0; i < n; i++) sorted[i] = ats[keys[i]! % n]!;
  return sorted;
}
