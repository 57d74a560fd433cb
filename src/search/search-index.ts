// The search index over the record, built from the store or loaded from a saved
// snapshot. A snapshot records the store's version() and the options version; it
// is used only when both match, so it can never answer from an older record.
import { existsSync } from 'node:fs';
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

  constructor(
    private readonly engine: MiniSearch<SearchDoc>,
    /** The store version this index reflects. */
    readonly storeVersion: string,
    /** 'built' from the record now, or loaded from a 'snapshot'. */
    readonly origin: 'built' | 'snapshot',
  ) {}

  get size(): number {
    return this.engine.documentCount;
  }

  /**
   * Ranked results, best first, scored as MiniSearch scores them (see TermPostings.rank):
   * only the best `limit` are sorted, and a kind filter skips other documents before scoring.
   */
  search(query: string, request: SearchRequest = {}): SearchHit[] {
    const words = query.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS).join(' ');
    if (!words) return [];
    return this.#terms().rank(words, {
      ...(request.kinds ? { kinds: request.kinds } : {}),
      ...(request.fields ? { fields: request.fields } : {}),
      ...(request.exact ? { exact: true } : {}),
      ...(request.combineWith ? { combineWith: request.combineWith } : {}),
      ...(request.limit ? { limit: request.limit } : {}),
    });
  }

  #terms(): TermPostings {
    this.#postings ??= new TermPostings(this.engine);
    return this.#postings;
  }

  /**
   * Documents that contain the query's words, unscored and in no order: for topic
   * answers, which sort by date. Far cheaper than `search` for common words.
   */
  matches(query: string, request: TermMatchRequest = {}): TermMatch[] {
    return this.#terms().match(query.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS).join(' '), request);
  }

  toSnapshot(): string {
    return JSON.stringify({ format: SEARCH_OPTIONS_VERSION, storeVersion: this.storeVersion, index: this.engine.toJSON() });
  }
}

export function buildSearchIndex(record: Readonly<BoardRecord>, storeVersion: string): SearchIndex {
  const engine = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  engine.addAll(searchDocuments(record));
  return new SearchIndex(engine, storeVersion, 'built');
}

/** The index in a snapshot, or null when the snapshot is unreadable or not for this store version. */
export function loadSearchSnapshot(text: string, storeVersion: string): SearchIndex | null {
  try {
    const parsed = JSON.parse(text) as { format?: unknown; storeVersion?: unknown; index?: unknown };
    if (parsed.format !== SEARCH_OPTIONS_VERSION || parsed.storeVersion !== storeVersion || !parsed.index) return null;
    const engine = MiniSearch.loadJS<SearchDoc>(parsed.index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS);
    return new SearchIndex(engine, storeVersion, 'snapshot');
  } catch {
    return null;
  }
}

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

  constructor(private readonly source: SearchIndexSource) {}

  /** Load the snapshot if it is in step with the store, else build (and save). */
  async open(): Promise<SearchIndex> {
    const { store, snapshotPath, logger } = this.source;
    const version = store.version();
    if (snapshotPath && existsSync(snapshotPath)) {
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
