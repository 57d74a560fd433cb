// The one module that reads and writes the database (the files are listed in
// ./store-files.ts):
//  - the record in parts (./record-parts.ts): a write rewrites only the parts a
//    change touched, each as a new file, then commits by replacing the small
//    catalogue that names them (lowdb's text adapter: a temporary file, then a
//    rename). A reader or a crash sees the old catalogue and its parts, or the
//    new one and its parts, never a mix;
//  - the small mutable state (subscriptions, deliveries, ...), rewritten whole;
//  - request statuses as a snapshot and a journal (./request-journal.ts), so a
//    click appends one line;
//  - the Slack requests the running bot handled, in a journal of their own
//    (./replay-journal.ts), so a command appends one line and no reader of the
//    store reads anything again.
// Several processes may use one store: each write holds a lock (./file-lock.ts)
// and first reads what the others wrote (the catalogue's generation tells), and
// memory changes only once the disk has taken the write. A file that is not
// valid JSON or does not match its schema is never overwritten: opening it throws
// StoreError naming the file and the problem. The catalogue keeps each part's
// content hash: a part that still has it is checked by sample, any other part
// entry by entry; a reader beside the store's owner (the answer thread) leaves
// the checks to the owner, which reads the same parts.
import { AsyncLocalStorage } from 'node:async_hooks';
import { isAscii } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { link, mkdir, readdir, readFile, stat, unlink, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { TextFile } from 'lowdb/node';
import type { z } from 'zod';
import { systemClock, type Clock } from '../clock.ts';
import {
  BoardRecord,
  MutableState,
  RequestState as RequestStateSchema,
  type AgendaItem,
  type Meeting,
  type ParsedDocument,
  type Request,
  type RequestState,
  type Resolution,
  type SourceDocument,
} from '../model.ts';
import { withFileLock } from './file-lock.ts';
import { mergeDocument, rereadDocument, type MergeResult } from './merge.ts';
import { shortHash } from './merge-keys.ts';
import { RecordIndex, type RecordChange, type RecordPatch } from './record-index.ts';
import {
  bundlesOf,
  Catalogue,
  documentsOf,
  documentsPart,
  emptyRecord,
  isCatalogue,
  isEmptyPart,
  joinParts,
  meetingPart,
  partFileName,
  partFromIndex,
  partText,
  sha256Hex,
  splitRecord,
  workProgrammePart,
  type PartEntry,
} from './record-parts.ts';
import { ReplayJournal } from './replay-journal.ts';
import { RequestJournal, type RequestStates } from './request-journal.ts';
import { StringPool } from './shared-strings.ts';
import { storeFiles, type StoreFiles } from './store-files.ts';
import {
  StoreError,
  StoreWriteError,
  type DocumentContents,
  type IngestOutcome,
  type RecordCounts,
  type SourceInfo,
  type Store,
  type StoreChange,
} from './store.ts';

export { emptyRecord } from './record-parts.ts';
export { statePathFor, storeFiles } from './store-files.ts';

export interface StoreOptions {
  /** Stamps documents' ingestedAt. */
  clock?: Clock;
  /** How long a write waits for another process's write to finish (default 30 s). */
  lockTimeoutMs?: number;
  /** Size of the request-status journal at which it is folded into its snapshot (default about 1 MB). */
  journalCompactBytes?: number;
  /** The adapter each whole file is written through (default lowdb's TextFile: a temporary file, then a rename). */
  textFile?: (file: string) => TextWriter;
  /**
   * Open only a store that opening leaves as it is: a new, single-file (v1) or older store, which
   * opening would write, throws StoreNotCurrentError instead, so that a reader never opens it while
   * its writer is rewriting it. A reader also takes each part as the catalogue names it, and the
   * request statuses by their shape, unchecked: it opens the store beside its owner, which checks the
   * same files and stops when one is wrong.
   * Default false.
   */
  asReader?: boolean;
  /** How long one turn of the event loop builds the write look-ups (default PREPARE_SLICE_MS; 0: one step a turn). */
  prepareSliceMs?: number;
  /**
   * Open a current store without reading its record: the parts are read later, one per turn of the
   * event loop, from the first call to ready() (or to anything that waits for it: a write, refresh once
   * another process has committed); a call that reads the record sooner reads what is left at once.
   * The running bot's own thread opens its stores so, since its answer threads hold the record they
   * answer from: its port opens without waiting for a read it needs only for writes, reminders and Home.
   * A part that cannot be read or checked then fails ready(). Default false.
   */
  recordLater?: boolean;
}

/** A store that opening would rewrite (new, single-file or older), met by a reader (StoreOptions.asReader). */
export class StoreNotCurrentError extends StoreError {
  constructor(file: string) {
    super(file, 'is new or in an older form, and is rewritten by the process that owns it as it opens');
    this.name = 'StoreNotCurrentError';
  }
}

/** The half of a lowdb adapter the store writes through. */
export interface TextWriter {
  write(text: string): Promise<void>;
}

export function emptyState(): MutableState {
  return { schemaVersion: 1, requests: {}, subscriptions: [], deliveries: {}, seenEvents: {}, sync: {}, committeeTitles: {}, channelBoards: {}, homeBoards: {} };
}

const MEMORY = ':memory:';

const OPEN: RequestState = { status: 'open', changedBy: null, changedAt: null };

/** How long one turn of the event loop builds look-ups for prepareForWrites. */
const PREPARE_SLICE_MS = 8;
/** Status changes whose ids are kept for requestStatesChangedSince: far more than clicks between two questions. */
const STATUS_CHANGES_KEPT = 1000;

/**
 * The record's content version: a fold over its documents in ingest order, each with the parser that
 * read it, since only an ingest (or a document read again by another parser) changes the record.
 */
function foldVersion(previous: string, document: Pick<SourceDocument, 'id' | 'parser'>): string {
  return document.parser ? shortHash(previous, document.id, document.parser) : shortHash(previous, document.id);
}

function versionOf(documents: ReadonlyArray<Pick<SourceDocument, 'id' | 'parser'>>): { hash: string; label: string } {
  let hash = 'empty';
  for (const document of documents) hash = foldVersion(hash, document);
  return { hash, label: `${documents.length}-${hash}` };
}

/**
 * How the record was checked when the store was opened: every entry, a sample (every part as last
 * written), or not at all (a reader beside the owner, which checks it).
 */
export type RecordCheck = 'full' | 'sample' | 'owner';

/** What a write in progress has changed in memory and not yet written. */
interface Unwritten {
  parts: Set<string>;
  documents: SourceDocument[];
  meetingIds: Set<string>;
  removedMeetingIds: Set<string>;
  workProgrammeIds: Set<string>;
  removedWorkProgrammeIds: Set<string>;
  movedRequests: Array<[string, string]>;
  /** A document already held was read again: the version is folded again from the first document. */
  reread: boolean;
}

function nothingUnwritten(): Unwritten {
  return {
    parts: new Set(),
    documents: [],
    meetingIds: new Set(),
    removedMeetingIds: new Set(),
    workProgrammeIds: new Set(),
    removedWorkProgrammeIds: new Set(),
    movedRequests: [],
    reread: false,
  };
}

/** A file's identity as last seen: a different one means another process replaced it. */
interface Seen {
  ino: number;
  size: number;
  mtimeMs: number;
}

/**
 * A file's identity now. Read at once (a stat takes microseconds): between two awaited reads a
 * thread busy with work in slices would run a slice of each job, and looking for what another
 * process wrote before an answer took that many turns of the event loop.
 */
function seen(file: string): Seen | null {
  try {
    const info = statSync(file);
    return { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return null;
  }
}

function writeError(file: string, error: unknown): StoreWriteError {
  if (error instanceof StoreWriteError) return error;
  return new StoreWriteError(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
}

class BoardStore implements Store {
  readonly path: string;
  #checked: RecordCheck = 'full';
  /** The record in memory; null while a store opened with recordLater has not read it (see #index). */
  #current: RecordIndex | null = null;
  /** The parts still to read, for a store opened with recordLater; #reading: their read in turns, once begun. */
  #unread: UnreadRecord | null = null;
  #reading: Promise<void> | null = null;
  #small: MutableState;
  #requests: RequestStates;
  #state: MutableState;
  readonly #files: StoreFiles | null;
  readonly #journal: RequestJournal | null;
  /** The replay keys, read when the bot first asks (see replayKeySeen). */
  readonly #replayKeys: ReplayJournal;
  #replayKeysRead: Promise<ReplayJournal> | null = null;
  readonly #clock: Clock;
  readonly #lockTimeoutMs: number;
  /** A reader beside the owner: parts are taken as the catalogue names them (see StoreOptions.asReader). */
  readonly #trustParts: boolean;
  readonly #writeText: (file: string, text: string) => Promise<void>;
  #versionHash = 'empty';
  #version = '';
  #generation = 0;
  #parts: Record<string, PartEntry> = {};
  #catalogueSeen: Seen | null = null;
  #stateSeen: Seen | null = null;
  /** See requestStatesVersion; #statusChanges: the ids each of the last changes set (null: all), oldest first. */
  #statesVersion = 0;
  #statusChanges: Array<{ version: number; id: string | null }> = [];
  /** Every change after this version is in #statusChanges. */
  #statusChangesFrom = 0;
  /** The look-ups being built, in slices, for this record in memory (a restore reads another): by id, and a write's. */
  #lookups: { index: RecordIndex; done: Promise<void> } | null = null;
  #preparing: { index: RecordIndex; done: Promise<void> } | null = null;
  readonly #prepareSliceMs: number;
  /** Set inside a write (batch): ingests join it instead of waiting for the lock they already hold. */
  readonly #writing = new AsyncLocalStorage<Unwritten>();
  readonly #listeners = new Set<(change: StoreChange) => void>();

  constructor(
    filePath: string,
    record: BoardRecord | RecordIndex | UnreadRecord,
    small: MutableState,
    requests: RequestStates,
    disk: { files: StoreFiles; journal: RequestJournal } | null,
    options: StoreOptions,
  ) {
    this.path = filePath;
    this.#small = small;
    this.#requests = requests;
    this.#state = { ...small, requests };
    this.#files = disk?.files ?? null;
    this.#journal = disk?.journal ?? null;
    this.#clock = options.clock ?? systemClock;
    this.#lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
    this.#trustParts = options.asReader ?? false;
    this.#prepareSliceMs = options.prepareSliceMs ?? PREPARE_SLICE_MS;
    this.#writeText = textWriter(options);
    this.#replayKeys = new ReplayJournal(this.#files?.replayKeys ?? null, this.#writeText);
    if (record instanceof UnreadRecord) this.#unread = record;
    else this.#adopt(record instanceof RecordIndex ? record : RecordIndex.fromRecord(record));
  }

  /** How the record was checked when it was read ('full' for a new or in-memory store); read now if it was not yet. */
  get checked(): RecordCheck {
    void this.#index;
    return this.#checked;
  }

  set checked(how: RecordCheck) {
    this.#checked = how;
  }

  /** The record in memory: read at once, if the store was opened with recordLater and has not read it yet. */
  get #index(): RecordIndex {
    if (this.#current) return this.#current;
    const unread = this.#unread!;
    unread.readNow();
    return this.#adoptRead(unread);
  }

  /** Take a record read as the one in memory, and the version it makes. */
  #adopt(index: RecordIndex): void {
    this.#current = index;
    const { hash, label } = versionOf(index.documents);
    this.#versionHash = hash;
    this.#version = label;
  }

  /**
   * Take the record a store opened with recordLater has read. When its catalogue was replaced before
   * the parts were read (another process's commit), the newer one was read, and what follows this store
   * hears of it as of a reload.
   */
  #adoptRead(unread: UnreadRecord): RecordIndex {
    const { index, full, catalogue, seen: catalogueSeen } = unread.result();
    this.#unread = null;
    this.#adopt(index);
    this.#checked = unread.trusted ? 'owner' : full ? 'full' : 'sample';
    if (catalogue.generation !== this.#generation || !isDeepStrictEqual(catalogue.parts, this.#parts)) {
      this.#parts = catalogue.parts;
      this.#generation = catalogue.generation;
      this.#catalogueSeen = catalogueSeen;
      this.#emit({
        version: this.#version,
        origin: 'reload',
        documents: [...index.documents],
        meetings: [...index.bundles.values()],
        removedMeetingIds: [],
        workProgramme: [...index.workProgramme.values()],
        removedWorkProgrammeIds: [],
      });
    }
    return index;
  }

  ready(): Promise<void> {
    if (this.#current) return Promise.resolve();
    this.#reading ??= this.#unread!.readInTurns().then(() => {
      if (!this.#current) this.#adoptRead(this.#unread!);
    });
    return this.#reading;
  }

  record(): Readonly<BoardRecord> {
    return this.#index.toRecord();
  }

  version(): string {
    return this.#version;
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async ingest(parsed: ParsedDocument, source: SourceInfo): Promise<IngestOutcome> {
    const unwritten = this.#writing.getStore();
    if (!unwritten) return this.batch(() => this.ingest(parsed, source));
    return this.#merged(unwritten, mergeDocument(this.#index, parsed, source, this.#clock.now()), parsed, source);
  }

  async reread(parsed: ParsedDocument, source: SourceInfo): Promise<IngestOutcome> {
    const unwritten = this.#writing.getStore();
    if (!unwritten) return this.batch(() => this.reread(parsed, source));
    const merged = rereadDocument(this.#index, parsed, source);
    if (merged) unwritten.reread = true;
    return this.#merged(unwritten, merged, parsed, source);
  }

  /** Take a merge into the record in memory, noting what the batch's write has to write. */
  #merged(unwritten: Unwritten, merged: MergeResult | null, parsed: ParsedDocument, source: SourceInfo): IngestOutcome {
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
    this.#note(unwritten, merged.patch);
    this.#index.apply(merged.patch);
    // A request that moved (an agenda-item page's, now under its minutes) keeps its status, copied once the record is written.
    unwritten.movedRequests.push(...merged.movedRequests);
    return merged.outcome;
  }

  /** Which parts a patch touches: where its meetings and rows were, and where they now go. */
  #note(unwritten: Unwritten, patch: RecordPatch): void {
    const index = this.#index;
    const held = index.documentPosition(patch.document.id);
    unwritten.parts.add(documentsPart(held === -1 ? index.documents.length : held));
    unwritten.documents.push(patch.document);
    for (const id of [...patch.removedMeetingIds, ...patch.meetings.map((b) => b.meeting.id)]) {
      const old = index.bundles.get(id);
      if (old) unwritten.parts.add(meetingPart(old.meeting));
    }
    for (const id of patch.removedMeetingIds) {
      unwritten.removedMeetingIds.add(id);
      unwritten.meetingIds.delete(id);
    }
    for (const bundle of patch.meetings) {
      unwritten.parts.add(meetingPart(bundle.meeting));
      unwritten.meetingIds.add(bundle.meeting.id);
      unwritten.removedMeetingIds.delete(bundle.meeting.id);
    }
    for (const id of [...patch.removedWorkProgrammeIds, ...patch.workProgramme.map((r) => r.id)]) {
      const old = index.workProgramme.get(id);
      if (old) unwritten.parts.add(workProgrammePart(old));
    }
    for (const id of patch.removedWorkProgrammeIds) {
      unwritten.removedWorkProgrammeIds.add(id);
      unwritten.workProgrammeIds.delete(id);
    }
    for (const row of patch.workProgramme) {
      unwritten.parts.add(workProgrammePart(row));
      unwritten.workProgrammeIds.add(row.id);
      unwritten.removedWorkProgrammeIds.delete(row.id);
    }
  }

  async batch<T>(work: () => Promise<T>): Promise<T> {
    if (this.#writing.getStore()) return work();
    // A merge reads the look-ups: built in slices first, not in the write's turn of the event loop.
    await this.prepareForWrites();
    return this.#withRecordLock('ingest', async () => {
      await this.#catchUpRecord();
      const unwritten = nothingUnwritten();
      let result: T;
      try {
        result = await this.#writing.run(unwritten, work);
      } catch (error) {
        if (unwritten.documents.length > 0) await this.#reloadAll();
        throw error;
      }
      if (unwritten.documents.length > 0) await this.#write(unwritten);
      return result;
    });
  }

  async #withRecordLock<T>(what: string, work: () => Promise<T>): Promise<T> {
    if (!this.#files) return work();
    return withFileLock(this.#files.recordLock, what, { timeoutMs: this.#lockTimeoutMs, storeName: this.path }, work);
  }

  async #withStateLock<T>(what: string, work: () => Promise<T>): Promise<T> {
    if (!this.#files) return work();
    return withFileLock(this.#files.stateLock, what, { timeoutMs: this.#lockTimeoutMs, storeName: this.path }, work);
  }

  /** Write what a batch changed; on failure the record in memory goes back to what the disk holds. */
  async #write(unwritten: Unwritten): Promise<void> {
    if (this.#files) {
      try {
        await this.#writeParts(unwritten.parts);
      } catch (error) {
        await this.#reloadAll().catch(() => {});
        throw writeError(this.#files.catalogue, error);
      }
    }
    if (unwritten.reread) this.#versionHash = versionOf(this.#index.documents).hash;
    else for (const document of unwritten.documents) this.#versionHash = foldVersion(this.#versionHash, document);
    this.#version = `${this.#index.documents.length}-${this.#versionHash}`;
    const index = this.#index;
    this.#emit({
      version: this.#version,
      origin: 'write',
      documents: unwritten.documents,
      meetings: [...unwritten.meetingIds].flatMap((id) => index.bundles.get(id) ?? []),
      removedMeetingIds: [...unwritten.removedMeetingIds],
      workProgramme: [...unwritten.workProgrammeIds].flatMap((id) => index.workProgramme.get(id) ?? []),
      removedWorkProgrammeIds: [...unwritten.removedWorkProgrammeIds],
    });
    const moves = unwritten.movedRequests.filter(([from, to]) => this.#requests[from] && !this.#requests[to]);
    if (moves.length > 0) await this.#changeRequests(moves.map(([from, to]) => [to, this.#requests[from]!]), 'ingest');
  }

  /** Write the touched parts as new files, then the catalogue naming them (the commit), then drop the files no longer named. */
  async #writeParts(names: Set<string>): Promise<void> {
    const files = this.#files!;
    const next = { ...this.#parts };
    await mkdir(files.parts, { recursive: true });
    for (const name of names) {
      const part = partFromIndex(this.#index, name);
      if (isEmptyPart(part)) {
        delete next[name];
        continue;
      }
      const text = partText(part);
      const sha256 = sha256Hex(text);
      if (next[name]?.sha256 === sha256) continue;
      const file = partFileName(name, sha256);
      await this.#writeText(path.join(files.parts, file), text);
      next[name] = { file, sha256, bytes: Buffer.byteLength(text) };
    }
    await this.#commit(next, this.#generation + 1);
  }

  async #commit(parts: Record<string, PartEntry>, generation: number): Promise<void> {
    const files = this.#files!;
    const catalogue: Catalogue = { format: 'scrutiny-store', schemaVersion: 2, generation, parts };
    await this.#writeText(files.catalogue, `${JSON.stringify(catalogue, null, 1)}\n`);
    this.#parts = parts;
    this.#generation = generation;
    this.#catalogueSeen = seen(files.catalogue);
    await collectGarbage(files, parts);
  }

  /** Whether the catalogue's file is another than this process last saw. */
  async #catalogueReplaced(): Promise<boolean> {
    const now = seen(this.#files!.catalogue);
    return !(now && this.#catalogueSeen && isDeepStrictEqual(now, this.#catalogueSeen));
  }

  /** Read the catalogue if another process replaced it; null when it is as this process last saw it. */
  async #changedCatalogue(): Promise<Catalogue | null> {
    const files = this.#files;
    if (!files) return null;
    const now = seen(files.catalogue);
    if (now && this.#catalogueSeen && isDeepStrictEqual(now, this.#catalogueSeen)) return null;
    const read = readJsonFileNow(files.catalogue, 'a scrutiny store catalogue');
    if (!read) throw new StoreError(files.catalogue, 'is gone: the store was removed while in use');
    const catalogue = checkAgainst(files.catalogue, read.json, Catalogue, 'a scrutiny store catalogue');
    this.#catalogueSeen = now;
    return catalogue.generation === this.#generation && isDeepStrictEqual(catalogue.parts, this.#parts) ? null : catalogue;
  }

  /** Bring the record in memory up to what another process committed; the change, or null when there was none. */
  async #catchUpRecord(): Promise<StoreChange | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        const catalogue = await this.#changedCatalogue();
        if (!catalogue) return null;
        return await this.#applyCatalogue(catalogue);
      } catch (error) {
        // A part removed by a newer commit while this process read the one before: read the newer one.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 3) throw error;
        this.#catalogueSeen = null;
      }
    }
  }

  async #applyCatalogue(catalogue: Catalogue): Promise<StoreChange> {
    const files = this.#files!;
    const changed = new Set<string>();
    for (const name of new Set([...Object.keys(catalogue.parts), ...Object.keys(this.#parts)])) {
      if (catalogue.parts[name]?.file !== this.#parts[name]?.file) changed.add(name);
    }
    const contents = new Map<string, BoardRecord>();
    const pool = poolFor(this.#trustParts);
    for (const name of changed) {
      const entry = catalogue.parts[name];
      contents.set(name, entry ? (await readPart(files, name, entry, this.#trustParts, pool)).part : emptyRecord());
    }
    const index = this.#index;
    // Documents are only ever appended: anything else (a restore) means reading the whole record again.
    const documentParts = new Map<string, BoardRecord>();
    for (const name of Object.keys(catalogue.parts)) {
      if (!name.startsWith('documents-')) continue;
      documentParts.set(name, contents.get(name) ?? partFromIndex(index, name));
    }
    const documents = documentsOf(documentParts);
    const known = index.documents;
    if (documents.length < known.length || known.some((d, i) => documents[i]!.id !== d.id)) return this.#reloadAll(catalogue);
    // Documents another process read again with another parser: their entries are replaced where they stand.
    const reread = known.flatMap((d, i) => (documents[i]!.parser !== d.parser ? [documents[i]!] : []));

    const change: RecordChange = { documents: [...reread, ...documents.slice(known.length)], meetings: [], removedMeetingIds: [], workProgramme: [], removedWorkProgrammeIds: [] };
    const incoming = new Set<string>();
    const incomingRows = new Set<string>();
    for (const [name, part] of contents) {
      if (name.startsWith('meetings-')) {
        for (const bundle of bundlesOf(part)) {
          change.meetings.push(bundle);
          incoming.add(bundle.meeting.id);
        }
      } else if (name.startsWith('work-programme-')) {
        for (const row of part.workProgramme) {
          change.workProgramme.push(row);
          incomingRows.add(row.id);
        }
      }
    }
    for (const bundle of index.bundles.values()) {
      if (changed.has(meetingPart(bundle.meeting)) && !incoming.has(bundle.meeting.id)) change.removedMeetingIds.push(bundle.meeting.id);
    }
    for (const row of index.workProgramme.values()) {
      if (changed.has(workProgrammePart(row)) && !incomingRows.has(row.id)) change.removedWorkProgrammeIds.push(row.id);
    }
    index.applyChange(change);
    this.#parts = catalogue.parts;
    this.#generation = catalogue.generation;
    if (reread.length > 0) this.#versionHash = versionOf(index.documents).hash;
    else for (const document of change.documents) this.#versionHash = foldVersion(this.#versionHash, document);
    this.#version = `${index.documents.length}-${this.#versionHash}`;
    const told: StoreChange = { ...change, version: this.#version, origin: 'reload' };
    this.#emit(told);
    return told;
  }

  /** Read the whole record again from the committed catalogue (after a failed write, or a restore). */
  async #reloadAll(given?: Catalogue): Promise<StoreChange> {
    const files = this.#files!;
    let catalogue = given;
    if (!catalogue) {
      const read = await readJsonFile(files.catalogue, 'a scrutiny store catalogue');
      catalogue = read ? checkAgainst(files.catalogue, read.json, Catalogue, 'a scrutiny store catalogue') : emptyCatalogue();
    }
    const { record } = await readRecord(files, catalogue, this.#trustParts);
    const before = this.#index;
    this.#adopt(RecordIndex.fromRecord(record));
    this.#parts = catalogue.parts;
    this.#generation = catalogue.generation;
    this.#catalogueSeen = seen(files.catalogue);
    const change: StoreChange = {
      version: this.#version,
      origin: 'reload',
      documents: [...this.#index.documents],
      meetings: [...this.#index.bundles.values()],
      removedMeetingIds: [...before.bundles.keys()].filter((id) => !this.#index.bundles.has(id)),
      workProgramme: [...this.#index.workProgramme.values()],
      removedWorkProgrammeIds: [...before.workProgramme.keys()].filter((id) => !this.#index.workProgramme.has(id)),
    };
    this.#emit(change);
    return change;
  }

  #emit(change: StoreChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch {
        // A listener's failure is its own; the write has happened.
      }
    }
  }

  async refresh(): Promise<boolean> {
    if (!this.#files || this.#writing.getStore()) return false;
    // A record not read yet is read now only when another process has committed since: there is news to
    // tell. Its read may find that commit already (the parts first named were dropped by it).
    const generation = this.#generation;
    if (!this.#current) {
      if (!(await this.#catalogueReplaced())) return this.#catchUpState();
      // Nothing here is made from a record not read yet: it is read, when something needs it, as of the newer commit.
      if (!this.#reading) {
        const state = await this.#catchUpState();
        return this.#followUnread() || state;
      }
      await this.ready();
    }
    const record = await this.#catchUpRecord();
    const state = await this.#catchUpState();
    return record !== null || generation !== this.#generation || state;
  }

  /**
   * Point a record not read yet at the catalogue another process committed since (read at once: it is
   * small); true when it names other parts. The change feed is not told: no one here holds anything
   * made from this record.
   */
  #followUnread(): boolean {
    const files = this.#files!;
    const now = seen(files.catalogue);
    const read = readJsonFileNow(files.catalogue, 'a scrutiny store catalogue');
    if (!read) throw new StoreError(files.catalogue, 'is gone: the store was removed while in use');
    const catalogue = checkAgainst(files.catalogue, read.json, Catalogue, 'a scrutiny store catalogue');
    this.#catalogueSeen = now;
    if (catalogue.generation === this.#generation && isDeepStrictEqual(catalogue.parts, this.#parts)) return false;
    this.#unread!.follow(catalogue, now);
    this.#parts = catalogue.parts;
    this.#generation = catalogue.generation;
    return true;
  }

  /**
   * Check every part the catalogue names as opening checks it (a sample where the content hash is the
   * catalogue's, else each entry), one per turn of the event loop, keeping none of them: for a store
   * opened with recordLater whose record is held by another thread, which takes the parts unchecked.
   * Rejects with StoreError naming the file, as ready() would. A record in memory was checked as it was read.
   * `before` is awaited before each part (default: the next turn of the event loop).
   */
  async checkParts(options: { before?: () => Promise<void> } = {}): Promise<void> {
    const before = options.before ?? nextTurn;
    if (this.#current || !this.#files) return;
    const files = this.#files;
    const checked = new Set<string>();
    for (let attempt = 0; ; attempt++) {
      const generation = this.#generation;
      try {
        for (const [name, entry] of Object.entries(this.#parts)) {
          if (checked.has(entry.file)) continue;
          await before();
          if (this.#current) return;
          // Kept by no one: its strings are not shared (a pool would only cost the time it takes).
          await readPart(files, name, entry, false, null);
          checked.add(entry.file);
        }
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 5) throw error;
        // A part dropped by a commit meanwhile: the parts of the catalogue now named are checked instead.
        await this.refresh();
        if (this.#current) return;
        if (this.#generation === generation) throw error;
      }
    }
  }

  /** Read the small state and the request journal again where another process changed them. */
  async #catchUpState(): Promise<boolean> {
    const files = this.#files;
    if (!files) return false;
    let changed = false;
    // Taken before the state file is read again: the decisions another process wrote are in what it reads.
    const evidence = this.#small.evidence;
    const now = seen(files.state);
    if (now && !(this.#stateSeen && isDeepStrictEqual(now, this.#stateSeen))) {
      const state = readJsonFileNow(files.state, 'a scrutiny state file');
      const read = state ? checkAgainst(files.state, state.json, MutableState, 'a scrutiny state file') : null;
      if (read) {
        this.#small = { ...read, requests: {} };
        changed = true;
      }
      this.#stateSeen = now;
    }
    const ids: Array<string | null> = [];
    if (await this.#journal!.catchUp(this.#requests, (id) => ids.push(id))) changed = true;
    if (ids.length > 0 || !isDeepStrictEqual(evidence, this.#small.evidence)) this.#statesChanged(ids);
    if (changed) this.#state = { ...this.#small, requests: this.#requests };
    return changed;
  }

  prepareLookups(): Promise<void> {
    if (!this.#current) return this.ready().then(() => this.prepareLookups());
    const index = this.#index;
    if (this.#lookups?.index !== index) this.#lookups = { index, done: this.#inSlices(index, index.lookupSteps()) };
    return this.#lookups.done;
  }

  prepareForWrites(): Promise<void> {
    if (!this.#current) return this.ready().then(() => this.prepareForWrites());
    const index = this.#index;
    if (this.#preparing?.index !== index) this.#preparing = { index, done: this.#inSlices(index, index.prepareSteps()) };
    return this.#preparing.done;
  }

  async #inSlices(index: RecordIndex, steps: Generator<void, void>): Promise<void> {
    for (;;) {
      const until = performance.now() + this.#prepareSliceMs;
      do {
        if (steps.next().done) return;
      } while (performance.now() < until);
      await new Promise<void>((resolve) => setImmediate(resolve));
      // The whole record was read again meanwhile (a restore): its look-ups are built on first use.
      if (this.#index !== index) return;
    }
  }

  requestState(requestId: string): RequestState {
    return this.#requests[requestId] ?? OPEN;
  }

  requestStatesVersion(): number {
    return this.#statesVersion;
  }

  requestStatesChangedSince(version: number): readonly string[] | null {
    if (version < this.#statusChangesFrom || version > this.#statesVersion) return null;
    const ids: string[] = [];
    for (let i = this.#statusChanges.length - 1; i >= 0 && this.#statusChanges[i]!.version > version; i--) {
      const id = this.#statusChanges[i]!.id;
      if (id === null) return null;
      ids.push(id);
    }
    return ids;
  }

  /** One change to the statuses (the ids set; null: unknown, all read again) or to the evidence decisions (none). */
  #statesChanged(ids: ReadonlyArray<string | null>): void {
    this.#statesVersion++;
    for (const id of ids) this.#statusChanges.push({ version: this.#statesVersion, id });
    if (this.#statusChanges.length > STATUS_CHANGES_KEPT) {
      const dropped = this.#statusChanges.splice(0, this.#statusChanges.length - STATUS_CHANGES_KEPT);
      this.#statusChangesFrom = dropped[dropped.length - 1]!.version;
    }
  }

  async setRequestState(requestId: string, status: RequestState['status'], by: string, at: Date): Promise<RequestState> {
    // The look-up by id is all it reads: the thread that answers questions takes clicks without a merge's look-ups.
    await this.prepareLookups();
    if (!this.#index.requestsById.has(requestId)) throw new Error(`No request with id "${requestId}" in the record.`);
    const next = RequestStateSchema.parse({ status, changedBy: by, changedAt: at.toISOString() });
    await this.#changeRequests([[requestId, next]], 'Mark done');
    return next;
  }

  /** Append status changes to the journal; memory changes only once the disk has them. */
  async #changeRequests(changes: Array<[string, RequestState]>, what: string): Promise<void> {
    await this.#withStateLock(what, async () => {
      if (this.#journal) {
        const read: Array<string | null> = [];
        await this.#journal.catchUp(this.#requests, (id) => read.push(id));
        if (read.length > 0) this.#statesChanged(read);
        try {
          await this.#journal.append(changes, this.#requests);
        } catch (error) {
          throw writeError(this.#files!.requestLog, error);
        }
      }
      for (const [id, state] of changes) this.#requests[id] = state;
      this.#statesChanged(changes.map(([id]) => id));
    });
  }

  state(): Readonly<MutableState> {
    return this.#state;
  }

  async updateState<T>(change: (state: MutableState) => T): Promise<T> {
    return this.#withStateLock('state', async () => {
      await this.#catchUpState();
      // Work on a copy so that a change that throws, breaks the schema or cannot be written leaves the state as it was.
      // Request statuses change only through setRequestState: the copy holds none, and none are written here.
      const draft = structuredClone({ ...this.#small, requests: {} });
      const result = change(draft);
      const checked = MutableState.safeParse({ ...draft, requests: {} });
      if (!checked.success) throw new Error(`State change rejected: ${describeIssues(checked.error)}`);
      if (this.#files) {
        try {
          await this.#writeText(this.#files.state, `${JSON.stringify(checked.data, null, 2)}\n`);
        } catch (error) {
          throw writeError(this.#files.state, error);
        }
        this.#stateSeen = seen(this.#files.state);
      }
      const evidence = this.#small.evidence;
      this.#small = checked.data;
      this.#state = { ...checked.data, requests: this.#requests };
      if (!isDeepStrictEqual(evidence, checked.data.evidence)) this.#statesChanged([]);
      return result;
    });
  }

  async replayKeySeen(key: string): Promise<boolean> {
    return (await this.#readReplayKeys()).has(key);
  }

  async recordReplayKeys(keys: readonly string[], at: Date): Promise<boolean[]> {
    const journal = await this.#readReplayKeys();
    try {
      return await journal.record(keys, at);
    } catch (error) {
      throw writeError(this.#files?.replayKeys ?? this.path, error);
    }
  }

  /** The replay keys, read once; the keys an older state file kept move into their journal then. */
  #readReplayKeys(): Promise<ReplayJournal> {
    this.#replayKeysRead ??= (async () => {
      const legacy = this.#small.seenEvents;
      let moved: boolean;
      try {
        moved = await this.#replayKeys.load(legacy);
      } catch (error) {
        this.#replayKeysRead = null;
        const file = this.#files?.replayKeys ?? this.path;
        throw new StoreError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      // Left in the state file when the journal could not take them: moved at the next start.
      if (moved && Object.keys(legacy).length > 0) {
        await this.updateState((state) => {
          state.seenEvents = {};
        }).catch(() => {});
      }
      return this.#replayKeys;
    })();
    return this.#replayKeysRead;
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
    return this.#index.resolutionsOfItem(itemId);
  }

  requestsOf(itemId: string): readonly Request[] {
    return this.#index.requestsOfItem(itemId);
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

  fromDocument(documentId: string): DocumentContents {
    return this.#index.fromDocument(documentId);
  }

  hasDocument(sha256: string): boolean {
    return this.#index.documentIds.has(sha256);
  }

  document(sha256: string): SourceDocument | undefined {
    const index = this.#index;
    return index.documents[index.documentPosition(sha256)];
  }

  documents(): readonly SourceDocument[] {
    return this.#index.documents;
  }

  async documentsNamed(): Promise<Set<string>> {
    await this.ready();
    const index = this.#index;
    const named = new Set<string>();
    await this.#inSlices(index, index.documentsNamedSteps(named));
    // The whole record was read again meanwhile (a restore): looked through again, at once.
    if (this.#index !== index) for (const _ of this.#index.documentsNamedSteps(named));
    return named;
  }

  /** Set what was read on opening. */
  opened(catalogue: Catalogue, catalogueSeen: Seen | null, stateSeen: Seen | null): void {
    this.#parts = catalogue.parts;
    this.#generation = catalogue.generation;
    this.#catalogueSeen = catalogueSeen;
    this.#stateSeen = stateSeen;
  }
}

function textWriter(options: StoreOptions): (file: string, text: string) => Promise<void> {
  const make = options.textFile ?? ((file: string) => new TextFile(file));
  return (file, text) => make(file).write(text);
}

function emptyCatalogue(): Catalogue {
  return { format: 'scrutiny-store', schemaVersion: 2, generation: 0, parts: {} };
}

/** Remove part files no catalogue names any more (and temporary files a crash left); a failure here costs only disk space. */
async function collectGarbage(files: StoreFiles, parts: Record<string, PartEntry>): Promise<void> {
  const named = new Set(Object.values(parts).map((p) => p.file));
  let present: string[];
  try {
    present = await readdir(files.parts);
  } catch {
    return;
  }
  await Promise.all(present.filter((file) => !named.has(file)).map((file) => unlink(path.join(files.parts, file)).catch(() => {})));
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
async function readJsonFile(file: string, what: string): Promise<{ json: unknown; text: string } | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf-8');
  } catch (error) {
    return notRead(file, error);
  }
  return jsonOfText(file, text, what);
}

/** The same, read at once: for the small files (the catalogue, the state) looked at again before an answer (see seen). */
function readJsonFileNow(file: string, what: string): { json: unknown; text: string } | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf-8');
  } catch (error) {
    return notRead(file, error);
  }
  return jsonOfText(file, text, what);
}

/** A file that could not be read: null when it is not there. */
function notRead(file: string, error: unknown): null {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return null;
  throw new StoreError(file, `cannot be read (${code ?? (error as Error).message})`);
}

function jsonOfText(file: string, text: string, what: string): { json: unknown; text: string } {
  if (text.trim() === '') throw new StoreError(file, `is empty, not ${what}; it was left untouched`);
  try {
    return { json: JSON.parse(text), text };
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
/**
 * Entries of each list checked when a part is as the store last wrote it: the hash vouches
 * for the content, so the sample only has to catch a schema that changed since the write.
 */
const SAMPLE_SIZE = 8;

function evenSample<T>(list: T[]): T[] {
  if (list.length <= SAMPLE_SIZE) return list;
  const step = (list.length - 1) / (SAMPLE_SIZE - 1);
  return Array.from({ length: SAMPLE_SIZE }, (_, i) => list[Math.round(i * step)]!);
}

/**
 * A record (or part) trusted after a sample check: null when its shape is off or the
 * sample does not come out of the schema exactly as it went in (the schema changed
 * since, or the file did), so that every entry is checked.
 */
function sampled(json: unknown): BoardRecord | null {
  if (typeof json !== 'object' || json === null) return null;
  const record = json as Record<string, unknown>;
  if (record.schemaVersion !== 1 || !RECORD_LISTS.every((list) => Array.isArray(record[list]))) return null;
  const sample: Record<string, unknown> = { schemaVersion: 1 };
  for (const list of RECORD_LISTS) sample[list] = evenSample(record[list] as unknown[]);
  const checked = BoardRecord.safeParse(sample);
  if (!checked.success || !isDeepStrictEqual(checked.data, sample)) return null;
  return json as BoardRecord;
}

/**
 * One part as the catalogue names it: sampled when its content hash is the catalogue's, else checked
 * entry by entry; unchecked for a reader beside the owner (`trusted`). Its strings go through `pool`,
 * so text repeated across the parts of one read is held once (see ./shared-strings.ts); none for a part no one keeps.
 */
async function readPart(files: StoreFiles, name: string, entry: PartEntry, trusted: boolean, pool: StringPool | null): Promise<{ part: BoardRecord; full: boolean }> {
  const file = path.join(files.parts, entry.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw partReadError(files, name, file, error);
  }
  return partFromBytes(file, entry, bytes, trusted, pool);
}

/** The same, read in this turn of the event loop (see UnreadRecord.readNow). */
function readPartNow(files: StoreFiles, name: string, entry: PartEntry, trusted: boolean, pool: StringPool): { part: BoardRecord; full: boolean } {
  const file = path.join(files.parts, entry.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw partReadError(files, name, file, error);
  }
  return partFromBytes(file, entry, bytes, trusted, pool);
}

/** A part the disk would not give: missing ones carry ENOENT, as a newer commit may have dropped them. */
function partReadError(files: StoreFiles, name: string, file: string, error: unknown): StoreError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return Object.assign(new StoreError(file, `is missing: the catalogue ${files.catalogue} names it as part "${name}"`), { code });
  return new StoreError(file, `cannot be read (${code ?? (error as Error).message})`);
}

function partFromBytes(file: string, entry: PartEntry, bytes: Buffer, trusted: boolean, pool: StringPool | null): { part: BoardRecord; full: boolean } {
  let json: unknown;
  try {
    // Parts are written as ASCII (see partText), which reads as Latin-1 without UTF-8's decoding.
    json = JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf-8'));
  } catch (error) {
    throw new StoreError(file, `is not valid JSON (${(error as Error).message}); it was left untouched`);
  }
  const read = trusted ? { part: json as BoardRecord, full: false } : checkedPart(file, json, sha256Hex(bytes) === entry.sha256);
  pool?.sharePart(read.part);
  return read;
}

/** A part's JSON, trusted after a sample when its hash is the catalogue's (`unchanged`), else checked entry by entry. */
function checkedPart(file: string, json: unknown, unchanged: boolean): { part: BoardRecord; full: boolean } {
  const sample = unchanged ? sampled(json) : null;
  if (sample) return { part: sample, full: false };
  return { part: checkAgainst(file, json, BoardRecord, 'a part of a scrutiny record'), full: true };
}

function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * The record of a store opened with recordLater (StoreOptions), until it is read: the parts its
 * catalogue names, read one per turn of the event loop (readInTurns) or what is left at once
 * (readNow). A part missing because another process committed meanwhile and dropped it means reading
 * the newer catalogue's parts instead, as openStore does.
 */
class UnreadRecord {
  #catalogue: Catalogue;
  #seen: Seen | null;
  #read = new Map<string, BoardRecord>();
  #pool: StringPool;
  #full = false;
  /** Once every part is read: the flat record, then its index (each a turn of its own when read in turns). */
  #joined: BoardRecord | null = null;
  #index: RecordIndex | null = null;

  constructor(
    readonly files: StoreFiles,
    catalogue: Catalogue,
    seenAtOpen: Seen | null,
    readonly trusted: boolean,
  ) {
    this.#catalogue = catalogue;
    this.#seen = seenAtOpen;
    this.#pool = poolFor(trusted);
  }

  #left(): Array<[string, PartEntry]> {
    return Object.entries(this.#catalogue.parts).filter(([name]) => !this.#read.has(name));
  }

  #take(name: string, read: { part: BoardRecord; full: boolean }): void {
    this.#read.set(name, read.part);
    this.#full ||= read.full;
  }

  async readInTurns(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const catalogue = this.#catalogue;
      try {
        for (const [name, entry] of this.#left()) {
          const read = await readPart(this.files, name, entry, this.trusted, this.#pool);
          // Read at once meanwhile (readNow), or the catalogue changed under this read: this part is no longer wanted as read.
          if (this.#catalogue !== catalogue || this.#read.has(name)) return;
          this.#take(name, read);
          await nextTurn();
        }
        if (this.#catalogue !== catalogue) return;
        this.#join();
        await nextTurn();
        if (this.#catalogue !== catalogue) return;
        this.#indexed();
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 5) throw error;
        // Seen before it is read: a commit in between is found again by the next refresh, never missed.
        const seenNow = seen(this.files.catalogue);
        const read = await readJsonFile(this.files.catalogue, 'a scrutiny store catalogue');
        if (!read) throw error;
        this.#restart(checkAgainst(this.files.catalogue, read.json, Catalogue, 'a scrutiny store catalogue'), seenNow, error);
      }
    }
  }

  readNow(): void {
    for (let attempt = 0; ; attempt++) {
      try {
        for (const [name, entry] of this.#left()) this.#take(name, readPartNow(this.files, name, entry, this.trusted, this.#pool));
        this.#indexed();
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 5) throw error;
        let text: string;
        try {
          text = readFileSync(this.files.catalogue, 'utf-8');
        } catch {
          throw error;
        }
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (parseError) {
          throw new StoreError(this.files.catalogue, `is not valid JSON (${(parseError as Error).message}); it was left untouched`);
        }
        this.#restart(checkAgainst(this.files.catalogue, json, Catalogue, 'a scrutiny store catalogue'), null, error);
      }
    }
  }

  /** Read the parts of a catalogue committed since instead, from the first (nothing of them is read yet). */
  follow(catalogue: Catalogue, seenNow: Seen | null): void {
    this.#catalogue = catalogue;
    this.#seen = seenNow;
    this.#read = new Map();
    this.#pool = poolFor(this.trusted);
    this.#full = false;
    this.#joined = null;
    this.#index = null;
  }

  /** Read a newer catalogue's parts; the same catalogue again means the part is missing for good. */
  #restart(catalogue: Catalogue, seenNow: Seen | null, error: unknown): void {
    if (isDeepStrictEqual(catalogue, this.#catalogue)) throw error;
    this.follow(catalogue, seenNow);
  }

  #join(): BoardRecord {
    return (this.#joined ??= joinParts(this.#read));
  }

  #indexed(): RecordIndex {
    if (this.#index) return this.#index;
    try {
      this.#index = RecordIndex.fromRecord(this.#join());
    } catch (error) {
      throw new StoreError(this.files.catalogue, `is not a consistent scrutiny record: ${(error as Error).message}; it was left untouched`);
    }
    return this.#index;
  }

  /** The record read (readInTurns or readNow has finished), with what it was read from. */
  result(): { index: RecordIndex; full: boolean; catalogue: Catalogue; seen: Seen | null } {
    return { index: this.#indexed(), full: this.#full, catalogue: this.#catalogue, seen: this.#seen };
  }
}

/** The pool of one read of the record: a reader beside the owner (`trusted`) never changes its record, so its lists are shared too. */
function poolFor(trusted: boolean): StringPool {
  return new StringPool({ lists: trusted });
}

/** The whole record from the parts a catalogue names (unchecked: `trusted`, see readPart). */
async function readRecord(files: StoreFiles, catalogue: Catalogue, trusted = false): Promise<{ record: BoardRecord; full: boolean }> {
  const parts = new Map<string, BoardRecord>();
  const pool = poolFor(trusted);
  let full = false;
  for (const [name, entry] of Object.entries(catalogue.parts)) {
    const read = await readPart(files, name, entry, trusted, pool);
    parts.set(name, read.part);
    full ||= read.full;
  }
  return { record: joinParts(parts), full };
}

/** A v1 store: the whole record in one file where the catalogue now goes. */
function isSingleFileRecord(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { schemaVersion?: unknown }).schemaVersion === 1 && Array.isArray((json as { documents?: unknown }).documents);
}

/**
 * Split a v1 store (one record file, one state file with every request status) into parts.
 * The old files are kept in the store folder (v1-record.json, v1-state.json); the catalogue
 * replaces the record file last, so a crash on the way leaves the v1 store to migrate again.
 */
async function migrateSingleFile(
  files: StoreFiles,
  record: BoardRecord,
  state: MutableState | null,
  writeText: (file: string, text: string) => Promise<void>,
): Promise<Catalogue> {
  await mkdir(files.parts, { recursive: true });
  const parts: Record<string, PartEntry> = {};
  for (const [name, part] of splitRecord(record)) {
    const text = partText(part);
    const sha256 = sha256Hex(text);
    const file = partFileName(name, sha256);
    await writeText(path.join(files.parts, file), text);
    parts[name] = { file, sha256, bytes: Buffer.byteLength(text) };
  }
  await keepCopy(files.catalogue, files.legacyRecord);
  if (state) await keepCopy(files.state, files.legacyState);
  const catalogue: Catalogue = { format: 'scrutiny-store', schemaVersion: 2, generation: 1, parts };
  await writeText(files.catalogue, `${JSON.stringify(catalogue, null, 1)}\n`);
  return catalogue;
}

/** A copy of `from` at `to` (a hard link when the disk allows), unless one is already there. */
async function keepCopy(from: string, to: string): Promise<void> {
  if (seen(to)) return;
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Open (or create) the store at `path`; throws StoreError naming the file when it is corrupt or invalid. */
export async function openStore(filePath: string, options: StoreOptions = {}): Promise<Store & { readonly checked: RecordCheck }> {
  const files = storeFiles(filePath);
  // The state is read first; a problem with it is reported after the record's own.
  let storedState: MutableState | null = null;
  let stateProblem: unknown = null;
  try {
    storedState = await readStoreFile(files.state, MutableState, 'a scrutiny state file');
  } catch (error) {
    stateProblem = error;
  }
  let read = await readJsonFile(files.catalogue, 'a scrutiny store');
  // What makes opening write, below: no catalogue yet, a single-file record, a state file missing or holding what moved out of it.
  const current = read !== null && isCatalogue(read.json) && storedState !== null && Object.keys(storedState.requests).length === 0 && !storedState.recordFile;
  if (options.asReader && !current && !stateProblem) throw new StoreNotCurrentError(files.catalogue);
  let record: BoardRecord = emptyRecord();
  let catalogue: Catalogue | null = null;
  let checked: RecordCheck = 'full';
  let singleFile: BoardRecord | null = null;
  // Read later (see StoreOptions.recordLater): only a store that opening leaves as it is.
  const later = (options.recordLater ?? false) && current && !stateProblem;
  if (later) {
    catalogue = checkAgainst(files.catalogue, read!.json, Catalogue, 'a scrutiny store catalogue');
  } else if (read && isCatalogue(read.json)) {
    // Another process may commit (and drop the parts this catalogue names) while they are read: read its catalogue then.
    for (let attempt = 0; ; attempt++) {
      catalogue = checkAgainst(files.catalogue, read!.json, Catalogue, 'a scrutiny store catalogue');
      try {
        const whole = await readRecord(files, catalogue, options.asReader);
        record = whole.record;
        checked = options.asReader ? 'owner' : whole.full ? 'full' : 'sample';
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 5) throw error;
        const again = await readJsonFile(files.catalogue, 'a scrutiny store');
        if (!again || again.text === read!.text) throw error;
        read = again;
      }
    }
  } else if (read && isSingleFileRecord(read.json)) {
    singleFile = checkAgainst(files.catalogue, read.json, BoardRecord, 'a scrutiny record');
    record = singleFile;
  } else if (read) {
    throw new StoreError(files.catalogue, 'is neither a scrutiny store catalogue nor a scrutiny record; it was left untouched');
  }
  if (stateProblem) throw stateProblem;
  let index: RecordIndex;
  try {
    index = RecordIndex.fromRecord(record);
  } catch (error) {
    throw new StoreError(files.catalogue, `is not a consistent scrutiny record: ${(error as Error).message}; it was left untouched`);
  }
  try {
    await mkdir(files.folder, { recursive: true });
  } catch (error) {
    throw new StoreError(path.dirname(files.catalogue), `cannot create the folder (${(error as Error).message})`);
  }

  const writeText = textWriter(options);
  const journal = new RequestJournal(files.requests, files.requestLog, writeText, options.journalCompactBytes, options.asReader ?? false);
  // Request statuses of a v1 state file go into the journal's first snapshot (once: the snapshot then exists).
  const legacyRequests = storedState?.requests ?? {};
  const hadSnapshot = seen(files.requests) !== null;
  let requests = await journal.load();
  try {
    if (!hadSnapshot && Object.keys(legacyRequests).length > 0) {
      requests = { ...legacyRequests, ...requests };
      await journal.compact(requests);
    }
    if (singleFile) catalogue = await migrateSingleFile(files, singleFile, storedState, writeText);
    else if (!catalogue) {
      catalogue = emptyCatalogue();
      await writeText(files.catalogue, `${JSON.stringify(catalogue, null, 1)}\n`);
    }
    if (!storedState || Object.keys(storedState.requests).length > 0 || storedState.recordFile) {
      const { recordFile: _ignored, ...small } = storedState ?? emptyState();
      storedState = { ...small, requests: {} };
      await writeText(files.state, `${JSON.stringify(storedState, null, 2)}\n`);
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(files.catalogue, `cannot be created (${(error as Error).message})`);
  }
  const catalogueSeen = seen(files.catalogue);
  const store = new BoardStore(filePath, later ? new UnreadRecord(files, catalogue, catalogueSeen, options.asReader ?? false) : index, storedState, requests, { files, journal }, options);
  store.opened(catalogue, catalogueSeen, seen(files.state));
  if (!later) store.checked = checked;
  return store;
}

/** The same store with no files: for tests and demos. Optionally seeded with a record and state. */
export function openMemoryStore(seed: { record?: BoardRecord; state?: MutableState; clock?: Clock; prepareSliceMs?: number } = {}): Store {
  const state = seed.state ? MutableState.parse(seed.state) : emptyState();
  return new BoardStore(
    MEMORY,
    seed.record ? BoardRecord.parse(seed.record) : emptyRecord(),
    { ...state, requests: {} },
    { ...state.requests },
    null,
    { ...(seed.clock ? { clock: seed.clock } : {}), ...(seed.prepareSliceMs !== undefined ? { prepareSliceMs: seed.prepareSliceMs } : {}) },
  );
}
