// The contract of the store: the one module that reads and writes the database.
// Implemented in ./lowdb-store.ts.
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
} from '../model.ts';

/** What is known of a file before it is parsed. */
export interface SourceInfo {
  name: string;
  sha256: string;
  bytes: number;
  kind: DocumentKind;
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

export interface Store {
  /** Path of the record file; the mutable state sits beside it. */
  readonly path: string;
  /** The merged record, in memory. Treat as read-only. */
  record(): Readonly<BoardRecord>;
  /** Changes whenever the record changes; the search snapshot is keyed on it. */
  version(): string;
  /** Merge one parsed document into the record; the same content twice changes nothing. */
  ingest(parsed: ParsedDocument, source: SourceInfo): Promise<IngestOutcome>;
  /** A request's status: 'open' until a person closes it. */
  requestState(requestId: string): RequestState;
  setRequestState(requestId: string, status: RequestState['status'], by: string, at: Date): Promise<RequestState>;
  /** Small mutable state (subscriptions, deliveries, seen events, sync fingerprints). */
  state(): Readonly<MutableState>;
  /** Change the mutable state and write it atomically; only the small state file is rewritten. */
  updateState<T>(change: (state: MutableState) => T): Promise<T>;

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
  /** Ingest many documents and write the record file once at the end (an ingest run, a sync). */
  batch<T>(work: () => Promise<T>): Promise<T>;
}
