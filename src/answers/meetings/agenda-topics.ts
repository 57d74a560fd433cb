// What the record holds on an agenda subject, for the look-back before a meeting:
// the items whose titles share most of the subject's words (two in three) bring
// their resolutions and requests, and resolutions and requests whose own text has
// all of them come too. Stricter than a member's topic: a board's titles share
// common words ("Board", "Report") that do not make two items one subject.
//
// The words are matched as the search index matches a title taken from the record
// (its stems, exact: no prefixes, typos or glossary), but from tables of this
// record version built once: the titles' words by distinct title (a council's
// 50,000 items have some 12,000), and the resolutions' and requests' words. A
// subject is then a few look-ups in short lists, and what it finds is kept as
// positions in lists sorted once, so only the few entries shown are ever dated.
import type { AgendaItem, Request, Resolution } from '../../model.ts';
import { processTerm, searchTerms, words } from '../../search/search-options.ts';
import type { SlicedJob, Steps } from '../../search/slices.ts';
import { firstAtLeast, lookupKey, startTime, type RecordView } from '../record-view.ts';
import { requestCatalogue, type CatalogueEntry } from '../requests/request-catalogue.ts';
import { BoundedMemo } from '../bounded-memo.ts';
import { PackedLists } from '../packed-lists.ts';

/** Positions in a version's tables of what the record holds on one agenda subject. */
export interface AgendaTopic {
  /** Dated entries (an item's resolutions, or one resolution), as positions in `AgendaTopicIndex`'s dated columns: newest first. */
  dated: Int32Array;
  /** Requests, as catalogue positions: oldest first. */
  requests: Int32Array;
}

/**
 * The resolutions of one dated entry of the look-back: an item's (the view's own list of them), or one
 * resolution whose own words name the subject. No object of its own per entry: a council's look-back
 * has some 100,000 entries, and each object the tables keep is one more for every full collection to mark.
 */
type DatedEntry = readonly Resolution[] | Resolution;

export interface AgendaTopicIndex {
  /**
   * The dated entries (every item with resolutions at a dated meeting, then every visible resolution),
   * newest first, column by column: their starts, their meetings' committee numbers, their resolutions.
   */
  starts: Float64Array;
  datedCommittee: Int32Array;
  datedEntries: DatedEntry[];
  catalogue: CatalogueEntry[];
  /** Committees by number; -1 for none. */
  committees: Map<string, number>;
  /** Per catalogue position: the raising meeting's committee number, and its start (NaN: undated, so raised). */
  requestCommittee: Int32Array;
  requestStart: Float64Array;
  /** Per distinct item title (by position): its items' entries in the dated columns, ascending. */
  titleDated: PackedLists;
  /** Per distinct item title: its items' requests, as catalogue positions, ascending. */
  titleRequests: PackedLists;
  /** Stem -> positions of the distinct titles that have it, ascending. */
  titleStems: Map<string, Int32Array>;
  /** Stem -> positions of the resolutions and requests whose text has it, ascending (resolutions first). */
  textStems: Map<string, Int32Array>;
  /** Per text position: a position in the dated columns (resolutions) or, from `requestsFrom` on, a catalogue position. */
  textTargets: Int32Array;
  requestsFrom: number;
  /** What subjects found, remembered for this version, bounded. */
  memo: BoundedMemo;
}

/** The ids of the resolutions of dated entry `at`, added to `into`. */
export function addDatedResolutionIds(index: AgendaTopicIndex, at: number, into: string[]): void {
  const entry = index.datedEntries[at]!;
  if (isResolutionList(entry)) for (const resolution of entry) into.push(resolution.id);
  else into.push(entry.id);
}

function isResolutionList(entry: DatedEntry): entry is readonly Resolution[] {
  return Array.isArray(entry);
}

const AGENDA_TOPICS = lookupKey<AgendaTopicIndex>('agenda topics');
/** Positions kept over all remembered subjects of a version (4 bytes each): a bound on memory. */
const POSITIONS_KEPT = 2_000_000;
/** A title taken from the record is matched on its first words, as the index reads a query. */
const MAX_WORDS = 24;
const PER_STEP = 500;
/** Texts are read into stems a hundred at a time. */
const TEXTS_PER_STEP = 100;

/** The agenda-topic tables of a view, built now if the background has not finished them. */
export function agendaTopicIndex(view: RecordView): AgendaTopicIndex {
  return view.derived.getBySteps(AGENDA_TOPICS, () => indexSteps(view));
}

/** The tables in slices, for the background after start or a change. */
export function startAgendaTopicIndex(view: RecordView): SlicedJob<AgendaTopicIndex> | null {
  return view.derived.start(AGENDA_TOPICS, () => indexSteps(view));
}

/** Whether the tables of this version are built. */
export function agendaTopicsReady(view: RecordView): boolean {
  return view.derived.has(AGENDA_TOPICS);
}

/**
 * The distinct stems of a text, as the index holds them (glossary tokens never match a title's literal
 * words). `known` holds the stem of each word met so far in one build: the record's texts repeat a few
 * thousand words some millions of times.
 */
function stemsOf(text: string, known: Map<string, string | null>): Set<string> {
  const out = new Set<string>();
  for (const word of words(text)) {
    let stem = known.get(word);
    if (stem === undefined) known.set(word, (stem = processTerm(word)));
    if (stem) out.add(stem);
  }
  return out;
}

/** Adds `position` under each stem; lists grow in ascending order as positions are added in order. */
function post(table: Map<string, number[]>, stems: Iterable<string>, position: number): void {
  for (const stem of stems) {
    const list = table.get(stem);
    if (list) list.push(position);
    else table.set(stem, [position]);
  }
}

function packed(table: Map<string, number[]>): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  for (const [stem, list] of table) out.set(stem, Int32Array.from(list));
  return out;
}

function* indexSteps(view: RecordView): Steps<AgendaTopicIndex> {
  const record = view.record;
  const catalogue = requestCatalogue(view);
  // The index's documents: items of stored meetings, and the resolutions and requests of items not exempt.
  const meetingOrder = new Map(record.meetings.map((m, i) => [m.id, i]));
  const visible = (itemId: string, meetingId: string) => meetingOrder.has(meetingId) && view.store.item(itemId)?.private !== true;

  // Dated entries, newest first; ties at one start keep the index's order: items before
  // resolutions, each by meeting (as the record lists them), then as the record lists them.
  const entries: { start: number; committee: string | null; resolutions: DatedEntry; key: number; itemId: string | null; resolutionId: string | null }[] = [];
  const tieKey = (resolution: boolean, meetingId: string, at: number) => (resolution ? 2 ** 50 : 0) + meetingOrder.get(meetingId)! * 2 ** 24 + at;
  const items = record.items;
  for (let i = 0; i < items.length; i++) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const item = items[i]!;
    const resolutions = view.resolutionsByItem.get(item.id);
    const meeting = view.meetings.get(item.meetingId);
    const start = meeting ? startTime(view, meeting) : null;
    if (!meetingOrder.has(item.meetingId) || !resolutions?.length || start === null) continue;
    entries.push({ start, committee: meeting!.committee, resolutions, key: tieKey(false, item.meetingId, i), itemId: item.id, resolutionId: null });
  }
  const resolutions = record.resolutions;
  for (let i = 0; i < resolutions.length; i++) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const resolution = resolutions[i]!;
    if (!visible(resolution.itemId, resolution.meetingId)) continue;
    const meeting = view.meetings.get(resolution.meetingId);
    const start = meeting ? startTime(view, meeting) : null;
    if (start === null) continue;
    entries.push({ start, committee: meeting!.committee, resolutions: resolution, key: tieKey(true, resolution.meetingId, i), itemId: null, resolutionId: resolution.id });
  }
  yield;
  // Sorted a start at a time: one sort of 100,000 entries would hold the event loop.
  const byStart = new Map<number, typeof entries>();
  for (const e of entries) {
    const list = byStart.get(e.start);
    if (list) list.push(e);
    else byStart.set(e.start, [e]);
  }
  entries.length = 0;
  let sorted = 0;
  for (const start of Float64Array.from(byStart.keys()).sort().reverse()) {
    if (++sorted % PER_STEP === 0) yield;
    entries.push(...byStart.get(start)!.sort((a, b) => a.key - b.key));
  }
  yield;
  const datedOfItem = new Map<string, number>();
  const datedOfResolution = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.itemId) datedOfItem.set(e.itemId, i);
    else datedOfResolution.set(e.resolutionId!, i);
  });
  const committees = new Map(view.committees.map((c, i) => [c, i]));
  const committeeNumber = (c: string | null | undefined) => (c ? (committees.get(c) ?? committees.set(c, committees.size).get(c)!) : -1);
  const starts = Float64Array.from(entries, (e) => e.start);
  const datedCommittee = Int32Array.from(entries, (e) => committeeNumber(e.committee));
  const datedEntries = entries.map((e) => e.resolutions);
  entries.length = 0;
  yield;

  const requestsOfItem = new Map<string, number[]>();
  for (const entry of catalogue.entries) {
    const list = requestsOfItem.get(entry.request.itemId);
    if (list) list.push(entry.order);
    else requestsOfItem.set(entry.request.itemId, [entry.order]);
  }
  yield;

  // Titles: the stems of each distinct title once. Every word's stem once, and every text's stems
  // once (councils repeat "That the report be noted" thousands of times), for this build only.
  const known = new Map<string, string | null>();
  const stemsByText = new Map<string, Set<string>>();
  const stemsOfText = (text: string): Set<string> => {
    let stems = stemsByText.get(text);
    if (!stems) stemsByText.set(text, (stems = stemsOf(text, known)));
    return stems;
  };
  const titlePositions = new Map<string, number>();
  const titleItems: AgendaItem[][] = [];
  const titleStems = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const item = items[i]!;
    if (!meetingOrder.has(item.meetingId)) continue;
    let at = titlePositions.get(item.title);
    if (at === undefined) {
      at = titleItems.length;
      titlePositions.set(item.title, at);
      titleItems.push([]);
      post(titleStems, stemsOf(item.title, known), at);
    }
    titleItems[at]!.push(item);
  }

  // Texts: resolutions first, then requests.
  const textStems = new Map<string, number[]>();
  const targets: number[] = [];
  for (let i = 0; i < resolutions.length; i++) {
    if (i % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
    const position = datedOfResolution.get(resolutions[i]!.id);
    if (position === undefined) continue;
    post(textStems, stemsOfText(resolutions[i]!.text), targets.length);
    targets.push(position);
  }
  const requestsFrom = targets.length;
  const requests: readonly Request[] = record.requests;
  for (let i = 0; i < requests.length; i++) {
    if (i % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
    const entry = catalogue.byId.get(requests[i]!.id);
    if (!entry || !meetingOrder.has(entry.request.meetingId)) continue;
    post(textStems, stemsOfText(entry.request.text), targets.length);
    targets.push(entry.order);
  }
  yield;
  const requestCommittee = Int32Array.from(catalogue.entries, (e) => committeeNumber(e.meeting?.committee));
  const requestStart = Float64Array.from(catalogue.entries, (e) => e.start ?? Number.NaN);
  return {
    starts,
    datedCommittee,
    datedEntries,
    catalogue: catalogue.entries,
    committees,
    requestCommittee,
    requestStart,
    titleDated: PackedLists.from(titleItems.map((list) => Int32Array.from(list.flatMap((item) => datedOfItem.get(item.id) ?? [])).sort())),
    titleRequests: PackedLists.from(titleItems.map((list) => Int32Array.from(list.flatMap((item) => requestsOfItem.get(item.id) ?? [])).sort())),
    titleStems: packed(titleStems),
    textStems: packed(textStems),
    textTargets: Int32Array.from(targets),
    requestsFrom,
    memo: new BoundedMemo(POSITIONS_KEPT),
  };
}

const NONE: AgendaTopic = { dated: new Int32Array(0), requests: new Int32Array(0) };

/** What the record holds on an agenda subject (a title without its dates), remembered for the version. */
export function agendaTopic(view: RecordView, title: string): AgendaTopic {
  const index = agendaTopicIndex(view);
  return index.memo.remember(title, () => findAgendaTopic(index, title), (t) => t.dated.length + t.requests.length + 1);
}

function contains(list: Int32Array, value: number): boolean {
  const at = firstAtLeast(list, value);
  return at < list.length && list[at] === value;
}

function findAgendaTopic(index: AgendaTopicIndex, title: string): AgendaTopic {
  const wordCount = new Set(searchTerms(title, { literal: true })).size;
  if (wordCount === 0) return NONE;
  const stems = [...new Set(searchTerms(title.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS).join(' '), { literal: true }))].slice(0, MAX_WORDS);
  const needed = Math.max(1, Math.ceil((wordCount * 2) / 3));
  const dated: Int32Array[] = [];
  const requests: Int32Array[] = [];

  // Titles with enough of the words: their items' resolutions and requests.
  const counts = new Uint8Array(index.titleDated.count);
  const touched: number[] = [];
  for (const stem of stems) {
    for (const at of index.titleStems.get(stem) ?? []) if (counts[at]!++ === 0) touched.push(at);
  }
  for (const at of touched) {
    if (counts[at]! < needed) continue;
    dated.push(index.titleDated.list(at));
    requests.push(index.titleRequests.list(at));
  }

  // Texts with all of the words (none when the title has more distinct words than are matched).
  if (wordCount <= stems.length) {
    const lists = stems.map((s) => index.textStems.get(s));
    if (lists.every((l) => l !== undefined)) {
      const [shortest, ...rest] = (lists as Int32Array[]).sort((a, b) => a.length - b.length);
      const textDated: number[] = [];
      const textRequests: number[] = [];
      for (const at of shortest!) {
        if (!rest.every((l) => contains(l, at))) continue;
        if (at < index.requestsFrom) textDated.push(index.textTargets[at]!);
        else textRequests.push(index.textTargets[at]!);
      }
      dated.push(Int32Array.from(textDated));
      requests.push(Int32Array.from(textRequests));
    }
  }
  // An item's entry and a resolution's are distinct entries; a request can come by its item and by its words.
  return { dated: joined(dated), requests: distinct(joined(requests)) };
}

/** The lists as one, ascending. */
function joined(lists: Int32Array[]): Int32Array {
  const out = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) {
    out.set(list, at);
    at += list.length;
  }
  return out.sort();
}

/** An ascending list without repeats. */
function distinct(list: Int32Array): Int32Array {
  let n = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) list[n++] = list[i]!;
  return n === list.length ? list : list.slice(0, n);
}
