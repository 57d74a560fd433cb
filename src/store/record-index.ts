// The record in memory, grouped by meeting and indexed by id, so that a lookup
// or a merge touches only the meetings concerned instead of scanning arrays of
// tens of thousands of items. Each patch updates the look-ups for the meetings it
// replaces, never the whole record. Opened from a stored record, the look-ups are
// built on first use (a process that only answers questions reads the flat record),
// or in steps by the process that writes (prepareSteps); the flat BoardRecord is
// materialised on demand after a change.
import type {
  AgendaItem,
  BoardRecord,
  Meeting,
  Request,
  Resolution,
  SourceDocument,
  WorkProgrammeItem,
} from '../model.ts';
import { committeeKey, meetingKey, titleKey } from '../record-keys.ts';

/** One meeting with everything that hangs off it, items in the order the documents give them. */
export interface MeetingBundle {
  meeting: Meeting;
  items: AgendaItem[];
  resolutions: Resolution[];
  requests: Request[];
}

/** What one document changes: whole meeting bundles and work-programme rows replaced or removed. */
export interface RecordPatch {
  document: SourceDocument;
  meetings: MeetingBundle[];
  removedMeetingIds: string[];
  workProgramme: WorkProgrammeItem[];
  removedWorkProgrammeIds: string[];
}

/**
 * What changed in the record between two versions, as the change feed tells it: the
 * documents added, the meeting bundles and work-programme rows added or replaced
 * (whole), and the ids of those removed. One ingest run or one reload is one change.
 */
export interface RecordChange {
  documents: SourceDocument[];
  meetings: MeetingBundle[];
  removedMeetingIds: string[];
  workProgramme: WorkProgrammeItem[];
  removedWorkProgrammeIds: string[];
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The ids under one title: a string while there is one (most titles), a list while there are a few,
 * a set once there are many. A Set for each of 50,000 titles is most of what building the look-ups
 * allocated at council scale, and all of it outlives the young generation: the collections that copied
 * it stalled the bot after start. A list of a title a council repeats thousands of times ("Apologies for
 * absence") cost its length on every removal, and each merge removes and adds its meetings' items: at ten
 * times council scale that was most of an ingest's merging.
 */
type TitleIds = string | string[] | Set<string>;

/** How long a title's list grows before it becomes a set. */
const LIST_MAX = 16;

function addId(map: Map<string, TitleIds>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids === 'string') map.set(key, [ids, id]);
  else if (ids instanceof Set) ids.add(id);
  else if (ids.length < LIST_MAX) ids.push(id);
  else map.set(key, new Set([...ids, id]));
}

/** Every occurrence of the id goes, as from a set (a list may hold an id added twice). */
function removeId(map: Map<string, TitleIds>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) return;
  if (ids instanceof Set) {
    ids.delete(id);
    if (ids.size === 0) map.delete(key);
    return;
  }
  const left = typeof ids === 'string' ? (ids === id ? [] : [ids]) : ids.filter((other) => other !== id);
  if (left.length === 0) map.delete(key);
  else map.set(key, left.length === 1 ? left[0]! : left);
}

/** The ids under a title, to read (a set is the look-up's own: read it before the next change). */
function idsOf(ids: TitleIds | undefined): ReadonlySet<string> {
  if (ids === undefined) return EMPTY;
  if (ids instanceof Set) return ids;
  return new Set(typeof ids === 'string' ? [ids] : ids);
}

/** The key of a title in one committee's meetings (committeeKey, '' for meetings naming none). */
function committeeTitleKey(committee: string, key: string): string {
  return `${committee}\n${key}`;
}

/** Meetings' look-ups built in one step of prepareSteps: a few milliseconds at council scale. */
const STEP_MEETINGS = 100;
/** Items, resolutions or requests put with their meetings in one step. */
const STEP_ENTRIES = 5_000;
/** Titles normalised in one step (item titles, work-programme rows): a millisecond or two each thousand. */
const STEP_TITLES = 1_000;

export function wpTitleKey(year: string | null, title: string): string {
  return `${year ?? ''}|${titleKey(title)}`;
}

export class RecordIndex {
  readonly documents: SourceDocument[] = [];
  /** Each document's place among `documents`, by id. */
  readonly documentIds = new Map<string, number>();
  readonly #bundles = new Map<string, MeetingBundle>();
  readonly #meetingIdByKey = new Map<string, string>();
  readonly #meetingIdsByDate = new Map<string, Set<string>>();
  /** Placeholder meetings holding agenda-item pages whose dated meeting is not known yet. */
  readonly #undatedMeetingIds = new Set<string>();
  readonly #itemsById = new Map<string, AgendaItem>();
  /** External id (a ModernGov meeting id) -> ids of the meetings carrying it (one, unless a source repeats it). */
  readonly #meetingIdsByExternalId = new Map<string, Set<string>>();
  readonly #resolutionsById = new Map<string, Resolution>();
  readonly #requestsById = new Map<string, Request>();
  readonly #workProgramme = new Map<string, WorkProgrammeItem>();
  /** "year|titleKey" -> work-programme ids: plan rows and rows added by resolution dedupe on it. */
  readonly #wpIdsByYearTitle = new Map<string, Set<string>>();
  /** committeeKey ('' for none) -> ids of its meetings, and each meeting's place in the order they were put in the look-ups. */
  readonly #meetingIdsByCommittee = new Map<string, Set<string>>();
  readonly #meetingOrder = new Map<string, number>();
  #meetingsPut = 0;
  /** Item id -> ids of the work-programme rows its resolution added: they go when the item turns out private. */
  readonly #wpIdsByAddingItem = new Map<string, Set<string>>();
  #cached: BoardRecord | null = null;
  /** The record opened with, until the look-ups are built from it. */
  #pending: BoardRecord | null = null;
  /** A build of the look-ups begun in slices (prepareSteps), finished at once by whatever needs them first. */
  #building: Generator<void, void> | null = null;
  /** Bumped by every change applied: title look-ups built in slices from an older record are dropped. */
  #changes = 0;
  /**
   * titleKey -> ids of items with that title, in any meeting (one id, or several: a council repeats
   * "Apologies for absence" thousands of times, most titles once); and the same per committee (see
   * committeeTitleKey), so that a page of one committee looks at that committee's items of the title,
   * not at every committee's. Built on first use or in steps after start (prepareSteps): only a merge
   * needs them, and normalising 50,000 titles would slow every start-up.
   */
  #titleLookups: TitleLookups | null = null;
  /** titleKey -> ids of the items waiting under undated placeholders. */
  readonly #waitingIdsByTitle = new Map<string, Set<string>>();

  /** Ids of the items with this title key, in any meeting (read before the next change). */
  itemIdsWithTitle(key: string): ReadonlySet<string> {
    return idsOf(this.#titles().byTitle.get(key));
  }

  /** Ids of the items with this title key in meetings of this committee (by committeeKey; '' for meetings naming none). */
  itemIdsWithCommitteeTitle(committee: string, key: string): ReadonlySet<string> {
    const ids = this.#titles().byCommitteeTitle.get(committeeTitleKey(committee, key));
    if (ids === undefined) return EMPTY;
    // Each id's meeting as the look-ups hold it now (an id a corrupt record repeats may have moved).
    const found = new Set<string>();
    for (const id of idsOf(ids)) {
      const meetingId = this.#itemsById.get(id)?.meetingId;
      const meeting = meetingId === undefined ? undefined : this.#bundles.get(meetingId)?.meeting;
      if (meeting && committeeKey(meeting.committee) === committee) found.add(id);
    }
    return found;
  }

  /** The title look-ups, built at once if prepareSteps has not built them yet. */
  #titles(): TitleLookups {
    this.#built();
    if (!this.#titleLookups) {
      const lookups = { byTitle: new Map<string, TitleIds>(), byCommitteeTitle: new Map<string, TitleIds>() };
      for (const item of this.#itemsById.values()) addTitle(lookups, this.#bundles.get(item.meetingId)?.meeting ?? null, item);
      this.#titleLookups = lookups;
    }
    return this.#titleLookups;
  }

  /** An item's resolutions, by clause: read from its meeting, which holds a few dozen at most. */
  resolutionsOfItem(itemId: string): Resolution[] {
    const meetingId = this.itemsById.get(itemId)?.meetingId;
    const bundle = meetingId === undefined ? undefined : this.#bundles.get(meetingId);
    return bundle ? bundle.resolutions.filter((resolution) => resolution.itemId === itemId) : [];
  }

  /** An item's requests, in the order the minutes give them: read from its meeting. */
  requestsOfItem(itemId: string): Request[] {
    const meetingId = this.itemsById.get(itemId)?.meetingId;
    const bundle = meetingId === undefined ? undefined : this.#bundles.get(meetingId);
    return bundle ? bundle.requests.filter((request) => request.itemId === itemId) : [];
  }

  /** Ids of the items with this title key waiting under an undated placeholder. */
  waitingItemIdsWithTitle(key: string): ReadonlySet<string> {
    this.#built();
    return this.#waitingIdsByTitle.get(key) ?? EMPTY;
  }

  // The look-ups, built on first use from the record the index was opened with: a
  // process that only serves answers reads the flat record and never needs them.
  get bundles() {
    return this.#built().#bundles;
  }
  get meetingIdByKey() {
    return this.#built().#meetingIdByKey;
  }
  get meetingIdsByDate() {
    return this.#built().#meetingIdsByDate;
  }
  get undatedMeetingIds() {
    return this.#built().#undatedMeetingIds;
  }
  get itemsById() {
    return this.#built().#itemsById;
  }
  get meetingIdsByExternalId() {
    return this.#built().#meetingIdsByExternalId;
  }
  get resolutionsById() {
    return this.#built().#resolutionsById;
  }
  get requestsById() {
    return this.#built().#requestsById;
  }
  get workProgramme() {
    return this.#built().#workProgramme;
  }
  get wpIdsByYearTitle() {
    return this.#built().#wpIdsByYearTitle;
  }
  /** Ids of the meetings of these committees (by committeeKey, '' for meetings naming none), in the order of `bundles`. */
  meetingIdsOfCommittees(keys: readonly string[]): string[] {
    this.#built();
    const ids = keys.flatMap((key) => [...(this.#meetingIdsByCommittee.get(key) ?? [])]);
    return keys.length > 1 ? ids.sort((a, b) => this.#meetingOrder.get(a)! - this.#meetingOrder.get(b)!) : ids;
  }
  /** Ids of the work-programme rows this item's resolution added. */
  workProgrammeAddedBy(itemId: string): ReadonlySet<string> {
    return this.#built().#wpIdsByAddingItem.get(itemId) ?? EMPTY;
  }

  /** The look-ups, built from the record opened with if not yet. */
  #built(): this {
    const pending = this.#pending;
    if (pending) {
      this.#pending = null;
      this.#building = this.#buildSteps(pending);
    }
    if (this.#building) {
      const building = this.#building;
      this.#building = null;
      while (!building.next().done);
    }
    return this;
  }

  /**
   * The look-ups by id and by meeting (what answers read too: an item, a resolution, a request by its
   * id), a few hundred meetings at a time; whatever needs one first finishes them there and then.
   */
  *lookupSteps(): Generator<void, void> {
    if (this.#pending) {
      this.#building = this.#buildSteps(this.#pending);
      this.#pending = null;
    }
    while (this.#building) {
      if (this.#building.next().done) this.#building = null;
      else yield;
    }
  }

  /**
   * Every look-up a write needs (by id, by meeting, and the item titles a merge matches on), built a
   * few hundred meetings at a time: the process that writes steps through them after it opens, so
   * that its first click or paper does not build them in one turn of its event loop. Whatever needs
   * a look-up before the steps are done finishes them there and then.
   */
  *prepareSteps(): Generator<void, void> {
    yield* this.lookupSteps();
    if (this.#titleLookups) return;
    const changes = this.#changes;
    const lookups = { byTitle: new Map<string, TitleIds>(), byCommitteeTitle: new Map<string, TitleIds>() };
    let count = 0;
    for (const bundle of [...this.#bundles.values()]) {
      for (const item of bundle.items) addTitle(lookups, bundle.meeting, item);
      count += bundle.items.length;
      if (count >= STEP_TITLES) {
        count = 0;
        yield;
        // A change meanwhile: the titles are read again when a merge first needs them.
        if (this.#changes !== changes) return;
      }
    }
    this.#titleLookups ??= lookups;
  }

  /**
   * An index over a stored record. What the record refers to is checked now (an item of a
   * meeting it does not hold throws); the look-ups are built when first asked for.
   */
  static fromRecord(record: BoardRecord): RecordIndex {
    const meetingIds = new Set<string>();
    for (const meeting of record.meetings) meetingIds.add(meeting.id);
    for (const list of [record.items, record.resolutions, record.requests]) {
      for (const part of list) {
        if (!meetingIds.has(part.meetingId)) throw new Error(`refers to meeting "${part.meetingId}", which is not in the record`);
      }
    }
    const index = new RecordIndex();
    for (const document of record.documents) {
      index.documents.push(document);
      index.documentIds.set(document.id, index.documents.length - 1);
    }
    index.#cached = record;
    index.#pending = record;
    return index;
  }

  /** The look-ups from the record opened with, a step at a time (see prepareSteps). */
  *#buildSteps(record: BoardRecord): Generator<void, void> {
    const bundles = new Map<string, MeetingBundle>();
    for (const meeting of record.meetings) bundles.set(meeting.id, { meeting, items: [], resolutions: [], requests: [] });
    let count = 0;
    for (const item of record.items) {
      bundles.get(item.meetingId)!.items.push(item);
      if (++count % STEP_ENTRIES === 0) yield;
    }
    for (const resolution of record.resolutions) {
      bundles.get(resolution.meetingId)!.resolutions.push(resolution);
      if (++count % STEP_ENTRIES === 0) yield;
    }
    for (const request of record.requests) {
      bundles.get(request.meetingId)!.requests.push(request);
      if (++count % STEP_ENTRIES === 0) yield;
    }
    count = 0;
    for (const bundle of bundles.values()) {
      this.#addBundle(bundle);
      if (++count % STEP_MEETINGS === 0) yield;
    }
    count = 0;
    for (const row of record.workProgramme) {
      this.#addWorkProgramme(row);
      if (++count % STEP_TITLES === 0) yield;
    }
  }

  /** Where a document stands among the record's documents (the order they came in); -1 when it is not there. */
  documentPosition(documentId: string): number {
    return this.documentIds.get(documentId) ?? -1;
  }

  /** The ids of the documents some meeting, item or work-programme row names as a source, added to `named` a step at a time. */
  *documentsNamedSteps(named: Set<string>): Generator<void, void> {
    let count = 0;
    for (const bundle of this.bundles.values()) {
      for (const id of bundle.meeting.sources) named.add(id);
      for (const item of bundle.items) for (const id of item.sources) named.add(id);
      if (++count % STEP_MEETINGS === 0) yield;
    }
    for (const row of this.workProgramme.values()) {
      for (const id of row.sources) named.add(id);
      if (++count % STEP_MEETINGS === 0) yield;
    }
  }

  /** The meetings naming this document among their sources, in the flat record's order, and its work-programme rows. */
  fromDocument(documentId: string): { meetings: MeetingBundle[]; workProgramme: WorkProgrammeItem[] } {
    const meetings: MeetingBundle[] = [];
    for (const bundle of this.bundles.values()) if (bundle.meeting.sources.includes(documentId)) meetings.push(bundle);
    const workProgramme: WorkProgrammeItem[] = [];
    for (const row of this.workProgramme.values()) if (row.sources.includes(documentId)) workProgramme.push(row);
    return { meetings: meetings.sort((a, b) => compareMeetings(a.meeting, b.meeting)), workProgramme: workProgramme.sort(compareWorkProgramme) };
  }

  apply(patch: RecordPatch): void {
    this.applyChange({ ...patch, documents: [patch.document] });
  }

  /** Apply a change: documents appended (one already held, read again, replaced where it is), bundles and rows replaced whole or removed. */
  applyChange(patch: RecordChange): void {
    this.#built();
    this.#cached = null;
    this.#changes++;
    for (const document of patch.documents) {
      if (this.documentIds.has(document.id)) {
        this.documents[this.documentPosition(document.id)] = document;
        continue;
      }
      this.documents.push(document);
      this.documentIds.set(document.id, this.documents.length - 1);
    }
    for (const id of patch.removedMeetingIds) this.#removeBundle(id);
    for (const bundle of patch.meetings) {
      this.#removeBundle(bundle.meeting.id);
      this.#addBundle(bundle);
    }
    for (const id of patch.removedWorkProgrammeIds) this.#removeWorkProgramme(id);
    for (const row of patch.workProgramme) {
      this.#removeWorkProgramme(row.id);
      this.#addWorkProgramme(row);
    }
  }

  /** The flat record, meetings by date (undated last), items in document order, work programme by year and date. */
  toRecord(): BoardRecord {
    if (this.#cached) return this.#cached;
    const bundles = [...this.#bundles.values()].sort((a, b) => compareMeetings(a.meeting, b.meeting));
    const workProgramme = [...this.#workProgramme.values()].sort(compareWorkProgramme);
    this.#cached = {
      schemaVersion: 1,
      documents: [...this.documents],
      meetings: bundles.map((b) => b.meeting),
      items: bundles.flatMap((b) => b.items),
      resolutions: bundles.flatMap((b) => b.resolutions),
      requests: bundles.flatMap((b) => b.requests),
      workProgramme,
    };
    return this.#cached;
  }

  #addBundle(bundle: MeetingBundle): void {
    const { meeting } = bundle;
    this.#bundles.set(meeting.id, bundle);
    addTo(this.#meetingIdsByCommittee, committeeKey(meeting.committee), meeting.id);
    this.#meetingOrder.set(meeting.id, this.#meetingsPut++);
    this.#meetingIdByKey.set(meetingKey(meeting.committee, meeting.date), meeting.id);
    if (meeting.date) addTo(this.#meetingIdsByDate, meeting.date, meeting.id);
    else this.#undatedMeetingIds.add(meeting.id);
    if (meeting.externalId) addTo(this.#meetingIdsByExternalId, meeting.externalId, meeting.id);
    for (const item of bundle.items) {
      this.#itemsById.set(item.id, item);
      if (this.#titleLookups) addTitle(this.#titleLookups, meeting, item);
      if (!meeting.date) addTo(this.#waitingIdsByTitle, titleKey(item.title), item.id);
    }
    for (const resolution of bundle.resolutions) this.#resolutionsById.set(resolution.id, resolution);
    for (const request of bundle.requests) this.#requestsById.set(request.id, request);
  }

  #removeBundle(meetingId: string): void {
    const bundle = this.#bundles.get(meetingId);
    if (!bundle) return;
    const { meeting } = bundle;
    this.#bundles.delete(meetingId);
    removeFrom(this.#meetingIdsByCommittee, committeeKey(meeting.committee), meetingId);
    this.#meetingOrder.delete(meetingId);
    const key = meetingKey(meeting.committee, meeting.date);
    if (this.#meetingIdByKey.get(key) === meetingId) this.#meetingIdByKey.delete(key);
    if (meeting.date) removeFrom(this.#meetingIdsByDate, meeting.date, meetingId);
    else this.#undatedMeetingIds.delete(meetingId);
    if (meeting.externalId) removeFrom(this.#meetingIdsByExternalId, meeting.externalId, meetingId);
    for (const item of bundle.items) {
      this.#itemsById.delete(item.id);
      if (this.#titleLookups) removeTitle(this.#titleLookups, meeting, item);
      if (!meeting.date) removeFrom(this.#waitingIdsByTitle, titleKey(item.title), item.id);
    }
    for (const resolution of bundle.resolutions) this.#resolutionsById.delete(resolution.id);
    for (const request of bundle.requests) this.#requestsById.delete(request.id);
  }

  #addWorkProgramme(row: WorkProgrammeItem): void {
    this.#workProgramme.set(row.id, row);
    addTo(this.#wpIdsByYearTitle, wpTitleKey(row.year, row.title), row.id);
    if (row.addedByItemId) addTo(this.#wpIdsByAddingItem, row.addedByItemId, row.id);
  }

  #removeWorkProgramme(id: string): void {
    const row = this.#workProgramme.get(id);
    if (!row) return;
    this.#workProgramme.delete(id);
    removeFrom(this.#wpIdsByYearTitle, wpTitleKey(row.year, row.title), id);
    if (row.addedByItemId) removeFrom(this.#wpIdsByAddingItem, row.addedByItemId, id);
  }
}

type TitleLookups = { byTitle: Map<string, TitleIds>; byCommitteeTitle: Map<string, TitleIds> };

function addTitle(lookups: TitleLookups, meeting: Meeting | null, item: AgendaItem): void {
  const key = titleKey(item.title);
  addId(lookups.byTitle, key, item.id);
  if (meeting) addId(lookups.byCommitteeTitle, committeeTitleKey(committeeKey(meeting.committee), key), item.id);
}

function removeTitle(lookups: TitleLookups, meeting: Meeting, item: AgendaItem): void {
  const key = titleKey(item.title);
  removeId(lookups.byTitle, key, item.id);
  removeId(lookups.byCommitteeTitle, committeeTitleKey(committeeKey(meeting.committee), key), item.id);
}

const SLOT_ORDER = { dated: 0, 'to-be-determined': 1, pending: 2 } as const;

/** Work-programme rows by year, slot, date, origin and title. */
export function compareWorkProgramme(a: WorkProgrammeItem, b: WorkProgrammeItem): number {
  return (
    (a.year ?? '').localeCompare(b.year ?? '') ||
    SLOT_ORDER[a.slot] - SLOT_ORDER[b.slot] ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    a.origin.localeCompare(b.origin) ||
    titleKey(a.title).localeCompare(titleKey(b.title)) ||
    a.id.localeCompare(b.id)
  );
}

export function compareMeetings(a: Meeting, b: Meeting): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return (a.time ?? '').localeCompare(b.time ?? '') || (a.committee ?? '').localeCompare(b.committee ?? '') || a.id.localeCompare(b.id);
}
