// The search index over the record. The keeper opens it from the snapshot beside
// the store when that was written for the store's version (else builds it from
// the record), then keeps it in step with the store's change feed: a changed
// meeting or work-programme row re-indexes its own documents (MiniSearch add and
// discard), nothing else. Loading, building and big changes run in slices
// (./slices.ts) so the event loop is never held for long; the snapshot is saved
// a few seconds after the last change, in slices too, and at shutdown.
import { existsSync, readFileSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import type { Logger } from '@slack/bolt';
import type { BoardRecord } from '../model.ts';
import type { Store, StoreChange } from '../store/store.ts';
import { docId, meetingDocuments, recordIdsOf, type RecordIdOf, recordMeetings, workProgrammeDocument } from './search-documents.ts';
import type { SearchDoc, SearchDocKind } from './search-options.ts';
import { fieldsOf, INDEX_OPTIONS, newIndexEngine, readSnapshotHead, readSnapshotSteps, ShortIdsById, snapshotLines, snapshotMatches, snapshotText, SnapshotError, tidySteps } from './search-snapshot.ts';
import { DEFAULT_BUDGET, SlicedJob, type SliceBudget, type Steps } from './slices.ts';
import { TermPostings, type TermMatch, type TermMatchRequest, type TermMatchTable } from './term-postings.ts';

export { readSnapshotHead } from './search-snapshot.ts';

export interface SearchHit {
  kind: SearchDocKind;
  refId: string;
  /** The index's number for the document: see `slots`. */
  doc: number;
  score: number;
  /** Indexed terms that matched (stems), for snippets. */
  terms: string[];
  /** How many of the query's own terms matched (with their word forms and typos). */
  queryTermsMatched: number;
}

export interface SearchRequest {
  kinds?: SearchDocKind[];
  /** 'AND' for topics (every word must match), 'OR' for free search. */
  combineWith?: 'AND' | 'OR';
  limit?: number;
  /** Only the results scoring at least this share of the best (0 to 1), all of them unless `limit` says fewer. */
  share?: number;
  /** Search these fields only (default: all, with the usual boosts). */
  fields?: ('title' | 'text' | 'body')[];
  /** Stems only, no prefixes or typos: for topics taken from the record itself, which are spelt right. */
  exact?: boolean;
}

// A question of thousands of characters is still a question: search its first words.
const MAX_QUERY_WORDS = 24;

/** Which documents belong to which meeting: what a change to the meeting replaces. */
type MeetingDocs = Map<string, string[]>;

export class SearchIndex {
  #postings: TermPostings | null = null;
  #engine: MiniSearch<SearchDoc> | null;
  #finish: (() => void) | null;
  #storeVersion: string;
  #consulted = 0;
  #recordId: RecordIdOf | null = null;

  constructor(
    /** The index, or how to finish loading it at once when a search cannot wait (a snapshot still being read). */
    engine: MiniSearch<SearchDoc> | (() => void),
    /** The store version this index reflects. */
    storeVersion: string,
    /** 'built' from the record, or loaded from a 'snapshot', when the process opened it. */
    readonly origin: 'built' | 'snapshot',
    /**
     * Built from the record by its first search, by design (no keeper loads it in the background):
     * whoever searches it sees the whole record, so it counts as complete before it is built.
     */
    readonly onFirstSearch = false,
  ) {
    this.#engine = typeof engine === 'function' ? null : engine;
    this.#finish = typeof engine === 'function' ? engine : null;
    this.#storeVersion = storeVersion;
  }

  /** The store version this index reflects; behind the store's while a change is being applied. */
  get storeVersion(): string {
    return this.#storeVersion;
  }

  /** Whether the index is in memory; if not, the first search finishes loading it there and then. */
  get ready(): boolean {
    return this.#engine !== null;
  }

  /** How many searches and matches were asked of this index. */
  get consulted(): number {
    return this.#consulted;
  }

  /** Hand over the index loaded in the background (ignored when it was finished on demand meanwhile). */
  supply(engine: MiniSearch<SearchDoc>): void {
    if (this.#engine) return;
    this.#engine = engine;
    this.#finish = null;
  }

  #mini(): MiniSearch<SearchDoc> {
    if (!this.#engine) {
      const finish = this.#finish;
      this.#finish = null;
      finish?.();
      // A loader that failed to supply leaves an empty index rather than none.
      this.#engine ??= new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    }
    return this.#engine;
  }

  get size(): number {
    return this.#mini().documentCount;
  }

  /**
   * Ranked results, best first, scored as MiniSearch scores them (see TermPostings.rank):
   * only the best `limit` are sorted, and a kind filter skips other documents before scoring.
   */
  search(query: string, request: SearchRequest = {}): SearchHit[] {
    const words = query.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS).join(' ');
    if (!words) return [];
    this.#consulted++;
    return this.#terms().rank(words, {
      ...(request.kinds ? { kinds: request.kinds } : {}),
      ...(request.fields ? { fields: request.fields } : {}),
      ...(request.exact ? { exact: true } : {}),
      ...(request.combineWith ? { combineWith: request.combineWith } : {}),
      ...(request.limit ? { limit: request.limit } : {}),
      ...(request.share !== undefined ? { share: request.share } : {}),
    });
  }

  /** Take the documents' record ids from the store's own entries (see recordIdsOf and `sharingRecordIds`); before the first search. */
  withRecordIdsOf(store: Store): this {
    this.#recordId = recordIdsOf(store);
    return this;
  }

  /**
   * The store's own record ids put in the index's table of documents, in slices (see
   * TermPostings.sharingRecordIds); null when the index is not in memory yet or takes no ids from a store.
   */
  shareRecordIds(): SlicedJob<void> | null {
    if (!this.ready || !this.#recordId) return null;
    return new SlicedJob(this.#terms().sharingRecordIds());
  }

  /**
   * The index's table of documents (what `slots` counts) read in slices (see
   * TermPostings.readingDocuments); null when the index is not in memory yet.
   */
  readSlots(): SlicedJob<void> | null {
    if (!this.ready) return null;
    return new SlicedJob(this.#terms().readingDocuments());
  }

  #terms(): TermPostings {
    this.#postings ??= new TermPostings(this.#mini(), this.#recordId);
    return this.#postings;
  }

  /**
   * Documents that contain the query's words, unscored and in no order: for topic
   * answers, which sort by date. Far cheaper than `search` for common words.
   */
  matches(query: string, request: TermMatchRequest = {}): TermMatch[] {
    this.#consulted++;
    return this.#terms().match(query.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS).join(' '), request);
  }

  /**
   * How many document numbers this index has given out: every hit's `doc` is below it. A number
   * stands for one document until the index takes in a change, so look-ups by number are kept
   * with one record version and this index (a changed document gets a new number).
   */
  slots(): number {
    return this.#terms().slots();
  }

  /** A query term (a stem, as `searchTerms` gives it) as the record spells it: the nearest typo when the record has no such word. */
  spelling(term: string, typed = term.length): string {
    return this.#terms().spelling(term, typed);
  }

  /** Whether the index holds a query term (a stem, as `searchTerms` gives it, of a word typed `typed` letters long) in any form a search would find. */
  knows(term: string, typed = term.length): boolean {
    return this.#terms().knows(term, typed);
  }

  /** What `matches` finds, as columns rather than an object per document (see TermMatchTable). */
  matchTable(query: string, request: TermMatchRequest = {}): TermMatchTable {
    this.#consulted++;
    return this.#terms().matchTable(query.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS).join(' '), request);
  }

  toSnapshot(): string {
    return snapshotText(this.#mini(), this.#storeVersion);
  }

  /** MiniSearch's own serialisation of this index (tests compare with it). */
  toJSON(): ReturnType<MiniSearch<SearchDoc>['toJSON']> {
    return this.#mini().toJSON();
  }

  // Changes, applied by the keeper in steps. Discarded documents leave the postings
  // table at once; MiniSearch cleans its term tree later (auto-vacuum).

  /** @internal The engine, once in memory. */
  get engine(): MiniSearch<SearchDoc> | null {
    return this.#engine;
  }

  /** @internal Index a document (replacing one of the same id). */
  put(doc: SearchDoc): void {
    const engine = this.#engine!;
    const f = fieldsOf(engine);
    if (engine.has(doc.id)) this.remove(doc.id);
    engine.add(doc);
    this.#postings?.learn(f._idToShortId.get(doc.id)!, doc.id);
  }

  /** @internal Drop a document, if indexed. */
  remove(id: string): void {
    const engine = this.#engine!;
    const short = fieldsOf(engine)._idToShortId.get(id);
    if (short === undefined) return;
    engine.discard(id);
    this.#postings?.forget(short);
  }

  /** @internal The version this index now reflects, once a change is applied. */
  reached(version: string): void {
    this.#storeVersion = version;
  }
}

/** Documents of a record, a meeting at a time, and which meeting each belongs to. */
function* recordDocuments(record: Readonly<BoardRecord>, owners: MeetingDocs): Generator<SearchDoc | null, void, void> {
  for (const bundle of recordMeetings(record)) {
    if (!bundle) {
      yield null;
      continue;
    }
    const docs = meetingDocuments(bundle);
    owners.set(bundle.meeting.id, docs.map((d) => d.id));
    yield* docs;
  }
  for (const entry of record.workProgramme) yield workProgrammeDocument(entry);
}

/** Build steps: one document added per step, then the postings packed a term per step. */
function* buildSteps(record: Readonly<BoardRecord>, owners: MeetingDocs): Steps<MiniSearch<SearchDoc>> {
  const engine = newIndexEngine();
  for (const doc of recordDocuments(record, owners)) {
    // A record written before ids were made unique in a meeting may hold one twice: the first is
    // indexed, and the build goes on (MiniSearch would throw, leaving the council without search).
    if (doc && !engine.has(doc.id)) engine.add(doc);
    yield;
  }
  yield* tidySteps(engine);
  return engine;
}

/** Which meeting each document belongs to, for a loaded snapshot (a step per 500 entries). */
function* ownerSteps(record: Readonly<BoardRecord>, owners: MeetingDocs, engine: MiniSearch<SearchDoc>): Steps<void> {
  for (const doc of recordDocuments(record, owners)) if (doc === null) yield;
  // The ids as the loaded index holds them, so that each is held once (150,000 at council scale).
  const f = fieldsOf(engine);
  for (const [meetingId, ids] of owners) {
    owners.set(
      meetingId,
      ids.map((id) => {
        const short = f._idToShortId.get(id);
        const held = short === undefined ? undefined : f._documentIds.get(short);
        return typeof held === 'string' ? held : id;
      }),
    );
    yield;
  }
}

export function buildSearchIndex(record: Readonly<BoardRecord>, storeVersion: string): SearchIndex {
  return new SearchIndex(new SlicedJob(buildSteps(record, new Map())).finishNow(), storeVersion, 'built');
}

/** An index of nothing, for answers built before the real one is in memory. */
export function emptySearchIndex(storeVersion: string): SearchIndex {
  return new SearchIndex(new MiniSearch<SearchDoc>(INDEX_OPTIONS), storeVersion, 'built');
}

/** The index in a snapshot's text, or null when the snapshot is damaged or not for this store version. */
export function loadSearchSnapshot(text: string, storeVersion: string): SearchIndex | null {
  try {
    const engine = new SlicedJob(readSnapshotSteps(text, storeVersion)).finishNow();
    return engine ? new SearchIndex(engine, storeVersion, 'snapshot') : null;
  } catch {
    return null;
  }
}

/** Where the snapshot goes by default: beside the store file ("data/scrutiny.json" -> "data/scrutiny.index.json"). */
export function defaultSnapshotPath(storePath: string): string | null {
  if (!storePath || storePath.startsWith(':')) return null;
  return storePath.endsWith('.json') ? `${storePath.slice(0, -'.json'.length)}.index.json` : `${storePath}.index.json`;
}

/** Timers for the debounced save; injected in tests. */
export interface SaveTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: SaveTimers = {
  set: (run, ms) => setTimeout(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SearchIndexSource {
  store: Store;
  /** null: never read or written. */
  snapshotPath: string | null;
  logger?: Logger;
  /** How long a slice of work may hold the event loop (default 20 ms). */
  budget?: SliceBudget;
  /** Save this long after the last change (default 5 s), and at the latest this long after the first unsaved one (60 s). */
  saveAfterMs?: number;
  saveAtLatestMs?: number;
  timers?: SaveTimers;
}

/** What the keeper has done since it opened: tests count it, the benchmark reports it. */
export interface KeeperCounts {
  builds: number;
  loads: number;
  /** Store changes applied to the index. */
  changes: number;
  added: number;
  removed: number;
  /** Snapshots written, and saves stopped because the index changed meanwhile. */
  saves: number;
  abandonedSaves: number;
}

/**
 * Keeps one index in step with the store. `open` resolves at once with an index
 * that is loading or building in the background; `loaded` says when it is in
 * memory and in step with every change so far.
 */
export class SearchIndexKeeper {
  #index: SearchIndex | null = null;
  /** The meeting each indexed document belongs to. */
  readonly #owners: MeetingDocs = new Map();
  /**
   * For an index loaded from the snapshot, the record (as of the snapshot's version) #owners is
   * still to be worked out from, and the engine whose short ids by document id are still to be
   * filled in: only a change needs them, so the first change does that work, not the start, where
   * a search waits for the load.
   */
  #ownersFrom: { record: Readonly<BoardRecord>; engine: MiniSearch<SearchDoc> } | null = null;
  /** Changes not yet applied, oldest first; applied one at a time once the index is in memory. */
  readonly #pending: StoreChange[] = [];
  #working: Promise<void> = Promise.resolve();
  #unsubscribe: (() => void) | null = null;
  /** Bumped by every change applied: a save in progress stops when it moves. */
  #generation = 0;
  #saveTimer: unknown = null;
  #unsavedSince: number | null = null;
  #saving: Promise<void> = Promise.resolve();
  #closed = false;
  /** Changes applied since the postings were last tidied (vacuumed and packed). */
  #untidy = false;
  readonly counts: KeeperCounts = { builds: 0, loads: 0, changes: 0, added: 0, removed: 0, saves: 0, abandonedSaves: 0 };
  readonly #budget: SliceBudget;
  readonly #timers: SaveTimers;

  constructor(private readonly source: SearchIndexSource) {
    this.#budget = source.budget ?? DEFAULT_BUDGET;
    this.#timers = source.timers ?? REAL_TIMERS;
  }

  /**
   * The index for the store: read from the snapshot when it was written for the
   * store's version, else built from the record; both in slices, in the background.
   * A search before that has finished finishes it there and then.
   */
  async open(): Promise<SearchIndex> {
    if (this.#index) return this.#index;
    const { store, snapshotPath, logger } = this.source;
    const version = store.version();
    const record = store.record();
    this.#unsubscribe = store.onChange((change) => this.#changed(change));
    const fromSnapshot = snapshotPath !== null && existsSync(snapshotPath) && snapshotMatches(snapshotPath, version);
    if (snapshotPath && existsSync(snapshotPath) && !fromSnapshot) logger?.info(`Search index snapshot ${snapshotPath} is out of step with the store; rebuilding.`);

    let job: SlicedJob<MiniSearch<SearchDoc>> | null = null;
    let text: string | null = null;
    /** The job that opens the index: from the snapshot's text (read now if it has not arrived) or from the record. */
    const opening = (): SlicedJob<MiniSearch<SearchDoc>> => {
      if (job) return job;
      if (fromSnapshot) {
        text ??= readTextNow(snapshotPath!);
        job = new SlicedJob(this.#loadSteps(text, version, record));
      } else {
        job = new SlicedJob(this.#buildSteps(record));
      }
      return job;
    };
    const index: SearchIndex = new SearchIndex(
      () => index.supply(opening().finishNow()),
      version,
      fromSnapshot ? 'snapshot' : 'built',
    ).withRecordIdsOf(store);
    this.#index = index;
    shareSearchIndex(store, index);
    // A small record is built within the first slice: its index is ready at once.
    if (!fromSnapshot && opening().slice(this.#budget)) index.supply(opening().result!);
    this.#working = (async () => {
      try {
        if (fromSnapshot) {
          try {
            text = await readFile(snapshotPath!, 'utf8');
          } catch {
            text = '';
          }
        }
        const engine = await opening().run(this.#budget, () => !this.#closed);
        if (engine) index.supply(engine);
        text = null;
        await this.#applyPending();
      } catch (error) {
        logger?.warn('Opening the search index failed.', error);
      }
    })();
    return index;
  }

  /** Load steps; a damaged snapshot gives way to a build (and a new snapshot). */
  *#loadSteps(text: string, version: string, record: Readonly<BoardRecord>): Steps<MiniSearch<SearchDoc>> {
    let engine: MiniSearch<SearchDoc> | null = null;
    try {
      engine = yield* readSnapshotSteps(text, version);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
    }
    if (!engine) {
      this.source.logger?.warn(`Cannot read the search index snapshot ${this.source.snapshotPath}; rebuilding.`);
      return yield* this.#buildSteps(record);
    }
    this.counts.loads++;
    this.#owners.clear();
    this.#ownersFrom = { record, engine };
    // A snapshot of the layout before is written again in the current one.
    if (readSnapshotHead(this.source.snapshotPath!)?.current === false) queueMicrotask(() => this.#scheduleSave());
    return engine;
  }

  *#buildSteps(record: Readonly<BoardRecord>): Steps<MiniSearch<SearchDoc>> {
    this.#owners.clear();
    this.#ownersFrom = null;
    const engine = yield* buildSteps(record, this.#owners);
    this.counts.builds++;
    queueMicrotask(() => this.#scheduleSave());
    return engine;
  }

  #changed(change: StoreChange): void {
    this.#pending.push(change);
    if (!this.#index?.ready) return;
    this.#working = this.#working.then(() => this.#applyPending());
  }

  /** Apply the waiting changes one after another, each in slices; then save (debounced). */
  async #applyPending(): Promise<void> {
    const index = this.#index;
    while (index?.ready && this.#pending.length > 0 && !this.#closed) {
      const change = this.#pending.shift()!;
      try {
        await new SlicedJob(this.#changeSteps(index, change)).run(this.#budget);
      } catch (error) {
        this.source.logger?.warn('Updating the search index failed; it will be rebuilt.', error);
        await this.#rebuildInPlace();
        return;
      }
      this.#generation++;
      this.counts.changes++;
      this.#untidy = true;
      index.reached(change.version);
      this.#scheduleSave();
    }
  }

  /**
   * The documents of the meetings and rows a change names, replaced: a step per
   * document. A document the change indexes again (an item that moved to another
   * meeting, say) is never dropped on the way.
   */
  *#changeSteps(index: SearchIndex, change: StoreChange): Steps<void> {
    if (this.#ownersFrom) {
      const { record, engine } = this.#ownersFrom;
      const ids = fieldsOf(engine)._idToShortId;
      if (ids instanceof ShortIdsById) yield* ids.fillSteps();
      yield* ownerSteps(record, this.#owners, engine);
      this.#ownersFrom = null;
    }
    const incoming: { meetingId: string; docs: SearchDoc[] }[] = [];
    const kept = new Set<string>();
    for (const bundle of change.meetings) {
      const docs = meetingDocuments(bundle);
      for (const doc of docs) kept.add(doc.id);
      incoming.push({ meetingId: bundle.meeting.id, docs });
      yield;
    }
    const rows = change.workProgramme.map(workProgrammeDocument);
    for (const row of rows) kept.add(row.id);
    const drop = function* (this: SearchIndexKeeper, ids: Iterable<string>): Steps<void> {
      for (const id of ids) {
        if (kept.has(id)) continue;
        index.remove(id);
        this.counts.removed++;
        yield;
      }
    }.bind(this);
    for (const meetingId of [...change.removedMeetingIds, ...incoming.map((m) => m.meetingId)]) {
      yield* drop(this.#owners.get(meetingId) ?? []);
      this.#owners.delete(meetingId);
    }
    yield* drop(change.removedWorkProgrammeIds.map((id) => docId('work-programme', id)));
    for (const { meetingId, docs } of incoming) {
      for (const doc of docs) {
        index.put(doc);
        this.counts.added++;
        yield;
      }
      this.#owners.set(meetingId, docs.map((d) => d.id));
    }
    for (const row of rows) {
      index.put(row);
      this.counts.added++;
      yield;
    }
  }

  /** After a failed change: the whole index again from the record, in slices. */
  async #rebuildInPlace(): Promise<void> {
    const { store } = this.source;
    this.#pending.length = 0;
    const version = store.version();
    const engine = await new SlicedJob(this.#buildSteps(store.record())).run(this.#budget, () => !this.#closed);
    if (!engine) return;
    const fresh = new SearchIndex(engine, version, 'built').withRecordIdsOf(store);
    this.#index = fresh;
    this.#generation++;
    shareSearchIndex(store, fresh);
  }

  /** Resolves when the index is in memory and in step with every change so far. Never rejects. */
  async loaded(): Promise<void> {
    for (;;) {
      const working = this.#working;
      await working;
      if (working !== this.#working) continue;
      if (this.#pending.length === 0 || this.#closed || !this.#index?.ready) return;
      // Changes that arrived while the index was finished on demand: apply them now.
      this.#working = this.#working.then(() => this.#applyPending());
    }
  }

  /** The index in use: in memory or loading, in step with the store or catching up with its last change. */
  current(): SearchIndex {
    if (!this.#index) throw new Error('SearchIndexKeeper.current() before open()');
    return this.#index;
  }

  /** Whether this index gets a snapshot: a memory store (no file) has nothing for one to be in step with. */
  #snapshotWanted(): boolean {
    return this.source.snapshotPath !== null && existsSync(this.source.store.path);
  }

  /** Tidy and save a few seconds after the last change (and at the latest a minute after the first unsaved one). */
  #scheduleSave(): void {
    if (this.#closed) return;
    const wanted = this.#snapshotWanted();
    if (!wanted && !this.#untidy) return;
    const now = Date.now();
    if (wanted) this.#unsavedSince ??= now;
    if (this.#saveTimer !== null) this.#timers.clear(this.#saveTimer);
    const latest = (this.#unsavedSince ?? now) + (this.source.saveAtLatestMs ?? 60_000) - now;
    this.#saveTimer = this.#timers.set(() => {
      this.#saveTimer = null;
      this.#saving = this.#saving.then(() => this.#upkeep());
    }, Math.max(0, Math.min(this.source.saveAfterMs ?? 5_000, latest)));
  }

  /** The postings tidied, then the snapshot written; both stop (and are tried again later) if the index changes meanwhile. */
  async #upkeep(): Promise<void> {
    const index = this.#index;
    if (!index?.engine || this.#closed) return;
    if (this.#pending.length > 0) return this.#scheduleSave();
    const generation = this.#generation;
    if (this.#untidy) {
      // Discarded documents' postings dropped and new ones packed (before they are written).
      const tidied = await new SlicedJob(tidySteps(index.engine)).run(this.#budget, () => this.#generation === generation);
      if (tidied === null) {
        this.counts.abandonedSaves++;
        return this.#scheduleSave();
      }
      this.#untidy = false;
    }
    if (this.#unsavedSince !== null && this.#snapshotWanted()) await this.#write(index, generation);
  }

  /** Write the snapshot in slices beside the store (a temporary file, then renamed). */
  async #write(index: SearchIndex, generation: number): Promise<void> {
    const { snapshotPath, logger } = this.source;
    const engine = index.engine!;
    const temp = `${snapshotPath}.${process.pid}.tmp`;
    let written = false;
    try {
      const file = await open(temp, 'w');
      try {
        let buffered: string[] = [];
        const flush = async () => {
          if (buffered.length === 0) return;
          const text = buffered.join('');
          buffered = [];
          await file.write(text);
        };
        const budget: SliceBudget = {
          ...this.#budget,
          turn: async () => {
            await flush();
            await this.#budget.turn();
          },
        };
        const done = await new SlicedJob(snapshotLines(engine, index.storeVersion, (line) => buffered.push(line))).run(budget, () => this.#generation === generation);
        if (done !== null) {
          await flush();
          written = true;
        }
      } finally {
        await file.close().catch(() => {});
      }
      if (written) {
        await rename(temp, snapshotPath!);
        this.counts.saves++;
        if (this.#generation === generation) this.#unsavedSince = null;
      }
    } catch (error) {
      written = false;
      logger?.warn(`Cannot save the search index snapshot ${snapshotPath}.`, error);
    }
    if (!written) {
      await rm(temp, { force: true }).catch(() => {});
      if (this.#generation !== generation) {
        this.counts.abandonedSaves++;
        this.#scheduleSave();
      }
    }
  }

  /** Resolves when the index is in step and a snapshot of it written (a save due is made now): tests, shutdown. */
  async saved(): Promise<void> {
    await this.loaded();
    if (this.#saveTimer !== null) {
      this.#timers.clear(this.#saveTimer);
      this.#saveTimer = null;
      this.#saving = this.#saving.then(() => this.#upkeep());
    }
    await this.#saving;
  }

  /** Stop following the store; work in progress stops at its next pause. */
  close(): void {
    this.#closed = true;
    this.#unsubscribe?.();
    if (this.#saveTimer !== null) this.#timers.clear(this.#saveTimer);
    this.#saveTimer = null;
  }
}

function readTextNow(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

// Indexes for callers that hold only a Store (reminders, scans): the engine's, kept
// in step by its keeper; for a store no keeper looks after (the running bot's own store in Slack,
// whose index is the answer thread's; tools, tests) one built by its first search, not before: most
// reminder posts (the requests digest, the news of a paper) never search, and at council scale a
// build holds the event loop for seconds and the index takes hundreds of megabytes.
const shared = new WeakMap<Store, { index: SearchIndex; kept: boolean }>();

export function searchIndexFor(store: Store): SearchIndex {
  const known = shared.get(store);
  if (known && (known.kept || known.index.storeVersion === store.version())) return known.index;
  const record = store.record();
  const index: SearchIndex = new SearchIndex(() => index.supply(new SlicedJob(buildSteps(record, new Map())).finishNow()), store.version(), 'built', true).withRecordIdsOf(store);
  shared.set(store, { index, kept: false });
  return index;
}

/** Let the engine share its index (kept in step by a keeper) with `searchIndexFor` callers. */
export function shareSearchIndex(store: Store, index: SearchIndex): void {
  shared.set(store, { index, kept: true });
}
