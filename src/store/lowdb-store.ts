// The one module that reads and writes the database. Two lowdb files:
//  - the record (documents, meetings, items, resolutions, requests, work
//    programme) at `path`, rewritten only when an ingest changes it;
//  - the small mutable state (request statuses, subscriptions, deliveries, ...)
//    beside it (`scrutiny.json` -> `scrutiny.state.json`), rewritten on a click.
// lowdb's file adapters (JSONFile, DataFile) write through steno: a temporary
// file in the same folder, then a rename, so a reader or a crash never sees half
// a file. Concurrent writes from one process are queued by steno; there is no
// lock between processes, so one process at a time should own a store.
// A file that is not valid JSON or does not match its zod schema is never
// overwritten: opening it throws StoreError naming the file and the problem.
// Checking every entry of a council's record (tens of MB) against the schema
// takes longer than the rest of start-up, so the state file remembers the size,
// modification time and content version of the record file as last written;
// when the file still matches, a sample of each list is checked (and must come
// out of the schema unchanged), otherwise every entry is.
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Low, Memory, type Adapter } from 'lowdb';
import { DataFile, JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { systemClock, type Clock } from '../clock.ts';
import {
  BoardRecord,
  MutableState,
  type AgendaItem,
  type Meeting,
  type ParsedDocument,
  type Request,
  type RequestState,
  type Resolution,
} from '../model.ts';
import { mergeDocument } from './merge.ts';
import { shortHash } from './merge-keys.ts';
import { RecordIndex } from './record-index.ts';
import { StoreError, type IngestOutcome, type RecordCounts, type SourceInfo, type Store } from './store.ts';

export interface StoreOptions {
  /** Stamps documents' ingestedAt. */
  clock?: Clock;
}

export function emptyRecord(): BoardRecord {
  return { schemaVersion: 1, documents: [], meetings: [], items: [], resolutions: [], requests: [], workProgramme: [] };
}

export function emptyState(): MutableState {
  return { schemaVersion: 1, requests: {}, subscriptions: [], deliveries: {}, seenEvents: {}, sync: {} };
}

/** `data/scrutiny.json` -> `data/scrutiny.state.json`. */
export function statePathFor(recordPath: string): string {
  return recordPath.endsWith('.json') ? `${recordPath.slice(0, -'.json'.length)}.state.json` : `${recordPath}.state.json`;
}

const MEMORY = ':memory:';

const OPEN: RequestState = { status: 'open', changedBy: null, changedAt: null };

/** The record's content version: a fold over its documents in ingest order, since only an ingest changes the record. */
function foldVersion(previous: string, documentId: string): string {
  return shortHash(previous, documentId);
}

function versionOf(documents: ReadonlyArray<{ id: string }>): { hash: string; label: string } {
  let hash = 'empty';
  for (const document of documents) hash = foldVersion(hash, document.id);
  return { hash, label: `${documents.length}-${hash}` };
}

type RecordFileCheck = NonNullable<MutableState['recordFile']>;

/** How the record was checked when the store was opened: every entry, or a sample (the file was as last written). */
export type RecordCheck = 'full' | 'sample';

class BoardStore implements Store {
  readonly path: string;
  /** How the record file was checked on opening ('full' for a new or in-memory store). */
  checked: RecordCheck = 'full';
  #index: RecordIndex;
  #state: MutableState;
  #recordDb: Low<BoardRecord>;
  #stateDb: Low<MutableState>;
  #clock: Clock;
  #versionHash: string;
  #version: string;
  #batchDepth = 0;
  #unwritten = false;

  constructor(
    filePath: string,
    record: BoardRecord,
    state: MutableState,
    adapters: { record: Adapter<BoardRecord>; state: Adapter<MutableState> },
    clock: Clock,
  ) {
    this.path = filePath;
    this.#index = RecordIndex.fromRecord(record);
    this.#state = state;
    this.#recordDb = new Low(adapters.record, record);
    this.#stateDb = new Low(adapters.state, state);
    this.#clock = clock;
    const { hash, label } = versionOf(this.#index.documents);
    this.#versionHash = hash;
    this.#version = label;
  }

  record(): Readonly<BoardRecord> {
    return this.#index.toRecord();
  }

  version(): string {
    return this.#version;
  }

  async ingest(parsed: ParsedDocument, source: SourceInfo): Promise<IngestOutcome> {
    const merged = mergeDocument(this.#index, parsed, source, this.#clock.now());
    if (!merged) {
      return {
        changed: false,
        documentId: source.sha256,
        added: { meetings: 0, items: 0, resolutions: 0, requests: 0, workProgramme: 0 },
        newResolutionIds: [],
        newRequestIds: [],
        newAgendaMeetingIds: [],
        newMinutesMeetingIds: [],
        warnings: [...parsed.warnings],
      };
    }
    this.#index.apply(merged.patch);
    this.#versionHash = foldVersion(this.#versionHash, merged.patch.document.id);
    this.#version = `${this.#index.documents.length}-${this.#versionHash}`;
    await this.#writeRecord();
    // A request that moved (an agenda-item page's, now under its minutes) keeps its status. Copied, not
    // moved: within a batch the record is written last, and a crash before then must not lose the status.
    const moves = merged.movedRequests.filter(([from, to]) => this.#state.requests[from] && !this.#state.requests[to]);
    if (moves.length > 0) {
      await this.updateState((state) => {
        for (const [from, to] of moves) state.requests[to] = state.requests[from]!;
      });
    }
    return merged.outcome;
  }

  async batch<T>(work: () => Promise<T>): Promise<T> {
    this.#batchDepth++;
    try {
      return await work();
    } finally {
      this.#batchDepth--;
      if (this.#batchDepth === 0 && this.#unwritten) await this.#writeRecord();
    }
  }

  requestState(requestId: string): RequestState {
    return this.#state.requests[requestId] ?? OPEN;
  }

  async setRequestState(requestId: string, status: RequestState['status'], by: string, at: Date): Promise<RequestState> {
    if (!this.#index.requestsById.has(requestId)) throw new Error(`No request with id "${requestId}" in the record.`);
    const next: RequestState = { status, changedBy: by, changedAt: at.toISOString() };
    await this.updateState((state) => {
      state.requests[requestId] = next;
    });
    return next;
  }

  state(): Readonly<MutableState> {
    return this.#state;
  }

  async updateState<T>(change: (state: MutableState) => T): Promise<T> {
    // Work on a copy so that a change that throws or breaks the schema leaves the state as it was.
    const draft = structuredClone(this.#state);
    const result = change(draft);
    const checked = MutableState.safeParse(draft);
    if (!checked.success) throw new Error(`State change rejected: ${describeIssues(checked.error)}`);
    this.#state = checked.data;
    this.#stateDb.data = checked.data;
    await this.#stateDb.write();
    return result;
  }

  meeting(id: string): Meeting | undefined {
    return this.#index.bundles.get(id)?.meeting;
  }

  itemsOf(meetingId: string): readonly AgendaItem[] {
    return this.#index.bundles.get(meetingId)?.items ?? [];
  }

  item(id: string): AgendaItem | undefined {
    return this.#index.itemsById.get(id);
  }

  resolutionsOf(itemId: string): readonly Resolution[] {
    return this.#index.resolutionsByItem.get(itemId) ?? [];
  }

  requestsOf(itemId: string): readonly Request[] {
    return this.#index.requestsByItem.get(itemId) ?? [];
  }

  request(id: string): Request | undefined {
    return this.#index.requestsById.get(id);
  }

  resolution(id: string): Resolution | undefined {
    return this.#index.resolutionsById.get(id);
  }

  counts(): RecordCounts {
    const index = this.#index;
    const counts = { documents: index.documents.length, meetings: 0, items: 0, resolutions: 0, requests: 0, workProgramme: index.workProgramme.size };
    // Per meeting, as the flat record lists them (an id repeated across meetings counts each time there too).
    for (const bundle of index.bundles.values()) {
      counts.meetings++;
      counts.items += bundle.items.length;
      counts.resolutions += bundle.resolutions.length;
      counts.requests += bundle.requests.length;
    }
    return counts;
  }

  hasDocument(sha256: string): boolean {
    return this.#index.documentIds.has(sha256);
  }

  /** Write the files that did not exist yet. */
  async create(missing: { record: boolean; state: boolean }): Promise<void> {
    if (missing.record) await this.#writeRecord();
    if (missing.state) await this.#stateDb.write();
  }

  async #writeRecord(): Promise<void> {
    if (this.#batchDepth > 0) {
      this.#unwritten = true;
      return;
    }
    this.#unwritten = false;
    this.#recordDb.data = this.#index.toRecord();
    await this.#recordDb.write();
    if (this.path === MEMORY) return;
    // Remembered for the next start-up; a crash before this line only costs that start-up a full check.
    const info = await stat(this.path);
    const recordFile: RecordFileCheck = { bytes: info.size, mtimeMs: info.mtimeMs, version: this.#version };
    this.#state = { ...this.#state, recordFile };
    this.#stateDb.data = this.#state;
    await this.#stateDb.write();
  }
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'top level';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/** Read and parse one store file as JSON; null when it does not exist. Never writes. */
async function readJsonFile(file: string, what: string): Promise<{ json: unknown; bytes: number; mtimeMs: number } | null> {
  let text: string;
  let info;
  try {
    info = await stat(file);
    text = await readFile(file, 'utf-8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new StoreError(file, `cannot be read (${code ?? (error as Error).message})`);
  }
  if (text.trim() === '') throw new StoreError(file, `is empty, not ${what}; it was left untouched`);
  try {
    return { json: JSON.parse(text), bytes: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    throw new StoreError(file, `is not valid JSON (${(error as Error).message}); it was left untouched`);
  }
}

function checkAgainst<S extends z.ZodType>(file: string, json: unknown, schema: S, what: string): z.output<S> {
  const checked = schema.safeParse(json);
  if (!checked.success) {
    throw new StoreError(file, `is not ${what}: ${describeIssues(checked.error)}; it was left untouched`);
  }
  return checked.data;
}

/** Read and check one store file; null when it does not exist. Never writes. */
async function readStoreFile<S extends z.ZodType>(file: string, schema: S, what: string): Promise<z.output<S> | null> {
  const read = await readJsonFile(file, what);
  return read ? checkAgainst(file, read.json, schema, what) : null;
}

const RECORD_LISTS = ['documents', 'meetings', 'items', 'resolutions', 'requests', 'workProgramme'] as const;
/** Entries of each list checked when the file is as the store last wrote it. */
const SAMPLE_SIZE = 64;

function evenSample<T>(list: T[]): T[] {
  if (list.length <= SAMPLE_SIZE) return list;
  const step = (list.length - 1) / (SAMPLE_SIZE - 1);
  return Array.from({ length: SAMPLE_SIZE }, (_, i) => list[Math.round(i * step)]!);
}

/**
 * The parsed record file, trusted after a sample check when it is the file the store
 * last wrote (same size, modification time and content version): null when it is not,
 * or when the sample does not come out of the schema exactly as it went in (the schema
 * changed since, or the file did), so that every entry is checked.
 */
function trustedRecord(json: unknown, file: { bytes: number; mtimeMs: number }, written: RecordFileCheck | undefined): BoardRecord | null {
  if (!written || written.bytes !== file.bytes || written.mtimeMs !== file.mtimeMs) return null;
  if (typeof json !== 'object' || json === null) return null;
  const record = json as Record<string, unknown>;
  if (record.schemaVersion !== 1 || !RECORD_LISTS.every((list) => Array.isArray(record[list]))) return null;
  const documents = record.documents as unknown[];
  if (!documents.every((d) => typeof d === 'object' && d !== null && typeof (d as { id?: unknown }).id === 'string')) return null;
  if (versionOf(documents as Array<{ id: string }>).label !== written.version) return null;
  const sample: Record<string, unknown> = { schemaVersion: 1 };
  for (const list of RECORD_LISTS) sample[list] = evenSample(record[list] as unknown[]);
  const checked = BoardRecord.safeParse(sample);
  if (!checked.success || !isDeepStrictEqual(checked.data, sample)) return null;
  return json as BoardRecord;
}

/**
 * The record as lowdb's JSONFile writes it (steno: temporary file, then rename) but
 * without indentation: at council scale that is a third less to write on each ingest.
 * Characters outside ASCII (curly quotes, accents) are written as \u escapes, so the
 * file reads back as a one-byte string: half the memory, and a faster start-up.
 */
function compactJsonFile<T>(file: string): Adapter<T> {
  return new DataFile<T>(file, { parse: JSON.parse, stringify: (data) => asciiJson(JSON.stringify(data)) });
}

function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Open (or create) the store at `path`; throws StoreError naming the file when it is corrupt or invalid. */
export async function openStore(filePath: string, options: StoreOptions = {}): Promise<Store & { readonly checked: RecordCheck }> {
  const recordPath = path.resolve(filePath);
  const statePath = statePathFor(recordPath);
  // The state is read first for what it remembers of the record file; a problem with it is
  // reported after the record's own, as before.
  let storedState: MutableState | null = null;
  let stateProblem: unknown = null;
  try {
    storedState = await readStoreFile(statePath, MutableState, 'a scrutiny state file');
  } catch (error) {
    stateProblem = error;
  }
  const read = await readJsonFile(recordPath, 'a scrutiny record');
  let storedRecord: BoardRecord | null = null;
  let checked: RecordCheck = 'full';
  if (read) {
    storedRecord = trustedRecord(read.json, read, storedState?.recordFile);
    if (storedRecord) checked = 'sample';
    else storedRecord = checkAgainst(recordPath, read.json, BoardRecord, 'a scrutiny record');
  }
  if (stateProblem) throw stateProblem;
  try {
    await mkdir(path.dirname(recordPath), { recursive: true });
  } catch (error) {
    throw new StoreError(path.dirname(recordPath), `cannot create the folder (${(error as Error).message})`);
  }
  let store: BoardStore;
  try {
    store = new BoardStore(
      recordPath,
      storedRecord ?? emptyRecord(),
      storedState ?? emptyState(),
      { record: compactJsonFile<BoardRecord>(recordPath), state: new JSONFile<MutableState>(statePath) },
      options.clock ?? systemClock,
    );
  } catch (error) {
    throw new StoreError(recordPath, `is not a consistent scrutiny record: ${(error as Error).message}; it was left untouched`);
  }
  store.checked = checked;
  try {
    await store.create({ record: !storedRecord, state: !storedState });
  } catch (error) {
    throw new StoreError(recordPath, `cannot be created (${(error as Error).message})`);
  }
  return store;
}

/** The same store with no files: for tests and demos. Optionally seeded with a record and state. */
export function openMemoryStore(seed: { record?: BoardRecord; state?: MutableState; clock?: Clock } = {}): Store {
  return new BoardStore(
    MEMORY,
    seed.record ? BoardRecord.parse(seed.record) : emptyRecord(),
    seed.state ? MutableState.parse(seed.state) : emptyState(),
    { record: new Memory<BoardRecord>(), state: new Memory<MutableState>() },
    seed.clock ?? systemClock,
  );
}
