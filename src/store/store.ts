// The contract of the store: the one module that reads and writes the database.
// Implemented in ./lowdb-store.ts (files in ./store-files.ts).
import type { MeetingBundle, RecordChange } from './record-index.ts';
import type {
  AgendaItem,
  BoardRecord,
  DocumentKind,
  Meeting,
  MutableState,
  ParsedDocument,
  Request,
  RequestState,
  Resolution,
  SourceDocument,
  WorkProgrammeItem,
} from '../model.ts';

/** What is known of a file before it is parsed. */
export interface SourceInfo {
  name: string;
  sha256: string;
  bytes: number;
  kind: DocumentKind;
  /** The fingerprint of the parser that read it (src/ingest/parser-fingerprint.ts), kept with the document. */
  parser?: string;
}

export interface IngestOutcome {
  /** false when this exact content was already in the store: nothing changed. */
  changed: boolean;
  documentId: string;
  added: { meetings: number; items: number; resolutions: number; requests: number; workProgramme: number };
  /** Ids of resolutions and requests that are new to the record (for "new minutes" posts). */
  newResolutionIds: string[];
  newRequestIds: string[];
  /** Meetings whose agenda or minutes were first seen in this document. */
  newAgendaMeetingIds: string[];
  newMinutesMeetingIds: string[];
  warnings: string[];
}

/** The meetings that name a document among their sources (whole, in the record's order) and the work-programme rows that do. */
export interface DocumentContents {
  meetings: MeetingBundle[];
  workProgramme: WorkProgrammeItem[];
}

export interface RecordCounts {
  documents: number;
  meetings: number;
  items: number;
  resolutions: number;
  requests: number;
  workProgramme: number;
}

export class StoreError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'StoreError';
  }
}

/**
 * A write the disk refused (full, read-only, gone): nothing was changed, in memory or
 * on disk. The message says so in a sentence a member or an operator can be shown.
 */
export class StoreWriteError extends StoreError {
  constructor(
    file: string,
    readonly code: string,
  ) {
    super(file, `cannot be written (${describeCode(code)}); nothing was changed`);
    this.name = 'StoreWriteError';
  }
}

function describeCode(code: string): string {
  const words: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the disk is read-only',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'its folder is gone',
    EIO: 'the disk reported an error',
  };
  return words[code] ?? code;
}

export { StoreBusyError } from './file-lock.ts';

/** What one write (or one reload of another process's write) changed, and the version it made. */
export interface StoreChange extends RecordChange {
  version: string;
  /** 'write': this process wrote it; 'reload': another process did, and this one read it. */
  origin: 'write' | 'reload';
}

export interface Store {
  /** Path of the store's catalogue (SCRUTINY_DB); its other files sit beside it (see ./store-files.ts). */
  readonly path: string;
  /** The merged record, in memory. Treat as read-only. */
  record(): Readonly<BoardRecord>;
  /** Changes whenever the record changes; the search snapshot is keyed on it. */
  version(): string;
  /** Merge one parsed document into the record; the same content twice changes nothing. */
  ingest(parsed: ParsedDocument, source: SourceInfo): Promise<IngestOutcome>;
  /**
   * Merge a new reading of a document the record holds (read again by a newer parser) in place of its
   * older one, ids kept where it says the same (see rereadDocument in ./merge.ts); nothing changes when
   * the record does not hold it. Inside batch, many are written once.
   */
  reread(parsed: ParsedDocument, source: SourceInfo): Promise<IngestOutcome>;
  /** The document with this content (sha256), as the record holds it: when it came in and which parser read it. */
  document(sha256: string): SourceDocument | undefined;
  /** The record's documents, in the order they came in. Treat as read-only. */
  documents(): readonly SourceDocument[];
  /**
   * The ids of the documents some meeting, item or work-programme row still names as a source: one pass
   * over the record, a few milliseconds at a time between other work.
   */
  documentsNamed(): Promise<Set<string>>;
  /** A request's status: 'open' until a person closes it. */
  requestState(requestId: string): RequestState;
  /**
   * Counts changes to request statuses and to co-ordinators' evidence decisions (this process's, or
   * another's once read): what is worked out from them can be kept per value.
   */
  requestStatesVersion(): number;
  /**
   * The requests whose status changed after `version` (a value requestStatesVersion gave), or null when
   * that is no longer known (long ago, or every status was read again).
   */
  requestStatesChangedSince(version: number): readonly string[] | null;
  setRequestState(requestId: string, status: RequestState['status'], by: string, at: Date): Promise<RequestState>;
  /** Small mutable state (subscriptions, deliveries, sync fingerprints, settings). */
  state(): Readonly<MutableState>;
  /** Change the mutable state and write it atomically; only the small state file is rewritten. */
  updateState<T>(change: (state: MutableState) => T): Promise<T>;
  /**
   * Whether the Slack request with this replay key was handled in the last day (see ./replay-journal.ts).
   * The keys are read the first time this or recordReplayKeys is called: only the running bot calls them.
   * Rejects with StoreError when they cannot be read.
   */
  replayKeySeen(key: string): Promise<boolean>;
  /**
   * Note Slack requests as handled at `at`: a line each is appended to their journal, and keys older
   * than a day are dropped; for each key, false when it was noted before. Nothing else is written, so
   * no reader of the store has anything to read again. Throws StoreWriteError, noting none, when the
   * disk refuses.
   */
  recordReplayKeys(keys: readonly string[], at: Date): Promise<boolean[]>;

  // Lookups by id, from maps built once per load and kept in step by each ingest.
  /** A meeting by id (undefined when unknown). */
  meeting(id: string): Meeting | undefined;
  /** A meeting's agenda items, in the order its documents give them. */
  itemsOf(meetingId: string): readonly AgendaItem[];
  item(id: string): AgendaItem | undefined;
  /** An item's resolutions, by clause. */
  resolutionsOf(itemId: string): readonly Resolution[];
  /** An item's requests, in the order the minutes give them. */
  requestsOf(itemId: string): readonly Request[];
  request(id: string): Request | undefined;
  /** A resolution by id (undefined when unknown). */
  resolution(id: string): Resolution | undefined;
  /** How many of each the record holds, without building the flat record. */
  counts(): RecordCounts;
  /** Whether a document with this content (sha256) is already in the record. */
  hasDocument(sha256: string): boolean;
  /** What the record holds from one document, read from the look-ups without building the flat record. */
  fromDocument(documentId: string): DocumentContents;
  /**
   * Ingest many documents and write once at the end (an ingest run, a sync), holding the
   * store's write lock throughout: another process's writes wait, and what they wrote
   * before is read first. A failed write throws StoreWriteError with the record as it was.
   */
  batch<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Resolves when the record is in memory: at once, unless the store was opened with recordLater
   * (see StoreOptions in ./lowdb-store.ts), whose parts this reads, one per turn of the event loop.
   * Rejects with StoreError when a part cannot be read or is not a part of a scrutiny record.
   */
  ready(): Promise<void>;
  /**
   * Read what other processes wrote since (record parts, state, request statuses); true when anything
   * changed. A record not read yet (recordLater) stays unread: it is read, when needed, as of the newer commit.
   */
  refresh(): Promise<boolean>;
  /**
   * Check the record's parts on disk as opening checks them, keeping none in memory: for a store opened
   * with recordLater whose record another thread holds. Rejects with StoreError naming the file.
   * `before` is awaited before each part: the running bot checks one when no question is waiting.
   */
  checkParts(options?: { before?: () => Promise<void> }): Promise<void>;
  /** Called after each change to the record, by this process or (on refresh) another; returns an unsubscribe. */
  onChange(listener: (change: StoreChange) => void): () => void;
  /**
   * Build the look-ups a write needs (by id, by meeting, the titles a merge matches on) a few
   * milliseconds at a time between other work, once per record read: the running bot does once its
   * first answers are ready, and a write (an ingest, a request's status) that comes first waits for it,
   * so that no write builds them in one long turn of the event loop. Resolves when built.
   */
  prepareForWrites(): Promise<void>;
  /**
   * Build the look-ups by id and by meeting (an item, a resolution, a request by its id: what most
   * answers read) the same way, once per record read: an answer engine does as it opens, so that its
   * first answers do not build them in their own turn. Resolves when built.
   */
  prepareLookups(): Promise<void>;
}
