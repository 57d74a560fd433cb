// The search index over the record, built from the store or loaded from a saved
// snapshot. A snapshot records the store's version() and the options version; it
// is used only when both match, so it can never answer from an older record.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import type { Logger } from '@slack/bolt';
import type { BoardRecord } from '../model.ts';
import type { Store } from '../store/store.ts';
import { searchDocuments } from './search-documents.ts';
import { SEARCH_OPTIONS, SEARCH_OPTIONS_VERSION, type SearchDoc, type SearchDocKind } from './search-options.ts';
import { TermPostings, type TermMatch, type TermMatchRequest } from './term-postings.ts';

export interface SearchHit {
  kind: SearchDocKind;
  refId: string;
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
  /** Search these fields only (default: all, with the usual boosts). */
  fields?: ('title' | 'text' | 'body')[];
  /** Stems only, no prefixes or typos: for topics taken from the record itself, which are spelt right. */
  exact?: boolean;
}

// A question of thousands of characters is still a question: search its first words.
const MAX_QUERY_WORDS = 24;

export class SearchIndex {
  #postings: TermPostings | null = null;
  #engine: MiniSearch<SearchDoc> | null;
  #load: (() => MiniSearch<SearchDoc>) | null;
  #consulted = 0;

  constructor(
    /** The index, or how to load it when it is first needed (a snapshot still being read). */
    engine: MiniSearch<SearchDoc> | (() => MiniSearch<SearchDoc>),
    /** The store version this index reflects. */
    readonly storeVersion: string,
    /** 'built' from the record now, or loaded from a 'snapshot'. */
    readonly origin: 'built' | 'snapshot',
  ) {
    this.#engine = typeof engine === 'function' ? null : engine;
    this.#load = typeof engine === 'function' ? engine : null;
  }

  /** Whether the index is in memory; if not, the first search loads it (and waits for it). */
  get ready(): boolean {
    return this.#engine !== null;
  }

  /** How many searches and matches were asked of this index. */
  get consulted(): number {
    return this.#consulted;
  }

  /** Hand over the index loaded in the background; ignored when it was already loaded on demand. */
  supply(engine: MiniSearch<SearchDoc>): void {
    if (this.#engine) return;
    this.#engine = engine;
    this.#load = null;
  }

  #mini(): MiniSearch<SearchDoc> {
    if (!this.#engine) {
      this.#engine = this.#load!();
      this.#load = null;
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
    });
  }

  #terms(): TermPostings {
    this.#postings ??= new TermPostings(this.#mini());
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

  toSnapshot(): string {
    return JSON.stringify({ format: SEARCH_OPTIONS_VERSION, storeVersion: this.storeVersion, index: this.#mini().toJSON() });
  }
}

function buildEngine(record: Readonly<BoardRecord>): MiniSearch<SearchDoc> {
  const engine = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  engine.addAll(searchDocuments(record));
  return engine;
}

export function buildSearchIndex(record: Readonly<BoardRecord>, storeVersion: string): SearchIndex {
  return new SearchIndex(buildEngine(record), storeVersion, 'built');
}

/** An index of nothing, for answers built before the real one is in memory. */
export function emptySearchIndex(storeVersion: string): SearchIndex {
  return new SearchIndex(new MiniSearch<SearchDoc>(SEARCH_OPTIONS), storeVersion, 'built');
}

type SnapshotIndex = Parameters<typeof MiniSearch.loadJS>[0];

/** The parsed index of a snapshot, or null when it is unreadable or not for this store version. */
function parseSnapshot(text: string, storeVersion: string): SnapshotIndex | null {
  try {
    const parsed = JSON.parse(text) as { format?: unknown; storeVersion?: unknown; index?: unknown };
    if (parsed.format !== SEARCH_OPTIONS_VERSION || parsed.storeVersion !== storeVersion || !parsed.index) return null;
    return parsed.index as SnapshotIndex;
  } catch {
    return null;
  }
}

function engineFromSnapshot(index: SnapshotIndex): MiniSearch<SearchDoc> | null {
  try {
    return MiniSearch.loadJS<SearchDoc>(index, SEARCH_OPTIONS);
  } catch {
    return null;
  }
}

/** The index in a snapshot, or null when the snapshot is unreadable or not for this store version. */
export function loadSearchSnapshot(text: string, storeVersion: string): SearchIndex | null {
  const index = parseSnapshot(text, storeVersion);
  const engine = index && engineFromSnapshot(index);
  return engine ? new SearchIndex(engine, storeVersion, 'snapshot') : null;
}

// `toSnapshot` writes the format and store version first, so a few bytes say
// whether a snapshot of tens of megabytes is worth reading at all.
const SNAPSHOT_HEAD = /^\{"format":(-?\d+),"storeVersion":("(?:[^"\\]|\\.)*"),"index":/;

/** The format and store version at the start of a snapshot file; null when it does not start as `toSnapshot` writes. */
export function readSnapshotHead(file: string): { format: number; storeVersion: string } | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(1024);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const match = SNAPSHOT_HEAD.exec(buffer.subarray(0, length).toString('utf8'));
    return match ? { format: Number(match[1]), storeVersion: JSON.parse(match[2]!) as string } : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Where the snapshot goes by default: beside the store file ("data/scrutiny.json" -> "data/scrutiny.index.json"). */
export function defaultSnapshotPath(storePath: string): string | null {
  if (!storePath || storePath.startsWith(':')) return null;
  return storePath.endsWith('.json') ? `${storePath.slice(0, -'.json'.length)}.index.json` : `${storePath}.index.json`;
}

export interface SearchIndexSource {
  store: Store;
  /** null: never read or written. */
  snapshotPath: string | null;
  logger?: Logger;
}

/**
 * Keeps an index in step with the store: loaded from the snapshot when it
 * matches, otherwise built and saved. `current()` checks the store version, so
 * a question after an ingest never sees a stale index.
 */
export class SearchIndexKeeper {
  #index: SearchIndex | null = null;
  #saving: Promise<void> = Promise.resolve();
  #loading: Promise<void> = Promise.resolve();

  constructor(private readonly source: SearchIndexSource) {}

  /**
   * The index for the store: from the snapshot when it is in step with the store,
   * else built (and saved). A snapshot in step is read in the background: this
   * resolves at once, and a search before the read has finished loads it there and
   * then (see `loaded`).
   */
  async open(): Promise<SearchIndex> {
    const { store, snapshotPath, logger } = this.source;
    const version = store.version();
    if (snapshotPath && existsSync(snapshotPath)) {
      const head = readSnapshotHead(snapshotPath);
      if (head?.format === SEARCH_OPTIONS_VERSION && head.storeVersion === version) return this.#openInBackground(snapshotPath, version);
      if (head) {
        logger?.info(`Search index snapshot ${snapshotPath} is out of step with the store; rebuilding.`);
        return this.#rebuild();
      }
      try {
        const loaded = loadSearchSnapshot(await readFile(snapshotPath, 'utf8'), version);
        if (loaded) {
          this.#index = loaded;
          shareSearchIndex(store, loaded);
          return loaded;
        }
        logger?.info(`Search index snapshot ${snapshotPath} is out of step with the store; rebuilding.`);
      } catch (error) {
        logger?.warn(`Cannot read the search index snapshot ${snapshotPath}; rebuilding.`, error);
      }
    }
    return this.#rebuild();
  }

  /** Resolves when the index opened from a snapshot is in memory (at once for a built one). Never rejects. */
  async loaded(): Promise<void> {
    await this.#loading;
  }

  #openInBackground(file: string, version: string): SearchIndex {
    const { store } = this.source;
    const index: SearchIndex = new SearchIndex(() => this.#engineFrom(file, readSnapshotText(file), version, index), version, 'snapshot');
    this.#index = index;
    shareSearchIndex(store, index);
    this.#loading = (async () => {
      let text: string | null = null;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        text = null;
      }
      if (index.ready || store.version() !== version) return;
      // Parsing and loading each hold the event loop for a while: acks and answers get a turn in between.
      const parsed = text === null ? null : parseSnapshot(text, version);
      text = null;
      await nextTurn();
      if (index.ready || store.version() !== version) return;
      index.supply(this.#engineFrom(file, parsed, version, index));
    })().catch((error: unknown) => this.source.logger?.warn('Loading the search index failed.', error));
    return index;
  }

  /** The snapshot's index; if it turns out damaged, the index built from the record (and saved). */
  #engineFrom(file: string, snapshot: string | SnapshotIndex | null, version: string, index: SearchIndex): MiniSearch<SearchDoc> {
    const parsed = typeof snapshot === 'string' ? parseSnapshot(snapshot, version) : snapshot;
    const engine = parsed && engineFromSnapshot(parsed);
    if (engine) return engine;
    this.source.logger?.warn(`Cannot read the search index snapshot ${file}; rebuilding.`);
    const built = buildEngine(this.source.store.record());
    queueMicrotask(() => this.#save(index));
    return built;
  }

  /** The index for the store as it is now; rebuilt (and saved in the background) when the store changed. */
  current(): SearchIndex {
    const index = this.#index;
    if (index && index.storeVersion === this.source.store.version()) return index;
    return this.#rebuild();
  }

  /** Resolves when the last snapshot write has finished (tests, shutdown). */
  async saved(): Promise<void> {
    await this.#saving;
  }

  #rebuild(): SearchIndex {
    const { store } = this.source;
    const index = buildSearchIndex(store.record(), store.version());
    this.#index = index;
    shareSearchIndex(store, index);
    this.#save(index);
    return index;
  }

  #save(index: SearchIndex): void {
    const { store, snapshotPath, logger } = this.source;
    // A memory store (no file) gets no snapshot: there is nothing for it to be in step with.
    if (!snapshotPath || !existsSync(store.path)) return;
    this.#saving = this.#saving.then(async () => {
      try {
        const temp = `${snapshotPath}.${process.pid}.tmp`;
        await writeFile(temp, index.toSnapshot());
        await rename(temp, snapshotPath);
      } catch (error) {
        logger?.warn(`Cannot save the search index snapshot ${snapshotPath}.`, error);
      }
    });
  }
}

function readSnapshotText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

// Indexes for callers that hold only a Store (reminders, scans): one per store, rebuilt on a version change.
const shared = new WeakMap<Store, SearchIndex>();

export function searchIndexFor(store: Store): SearchIndex {
  const known = shared.get(store);
  if (known && known.storeVersion === store.version()) return known;
  const index = buildSearchIndex(store.record(), store.version());
  shared.set(store, index);
  return index;
}

/** Let the engine share its (snapshot-loaded) index with `searchIndexFor` callers. */
export function shareSearchIndex(store: Store, index: SearchIndex): void {
  shared.set(store, index);
}
