// What the bot's own thread reads or changes of a council's record, each a function of the store that
// holds it. In Slack the answer thread holds the record (with its look-ups) and runs these for the bot's
// thread, which then never reads a copy of its own (see ./answer-worker.ts); elsewhere (the console,
// tools, tests) they run on the store at hand. Results are plain data: they cross between threads.
import type { CommitteeIndex } from '../boards/committee-index.ts';
import { homeRecord, type HomeRecord, type HomeRecordAsk } from '../home/home-record.ts';
import { mergePapers, type IngestReport, type PreparedPaper } from '../ingest/ingest-paths.ts';
import type { RequestState } from '../model.ts';
import type { DocumentContents, Store } from '../store/store.ts';

/** A request as a click on its button needs it: that it is in the record, and its words. */
export interface RequestFound {
  id: string;
  text: string;
}

export const RECORD_QUERIES = {
  hasDocument(store: Store, sha256: string): boolean {
    return store.hasDocument(sha256);
  },
  /** What the record holds from one document (the meetings it touched, whole, and its work-programme rows). */
  fromDocument(store: Store, documentId: string): DocumentContents {
    return store.fromDocument(documentId);
  },
  /** The merge of papers this thread read and parsed, written in one write (a failed one throws StoreWriteError). */
  mergePapers(store: Store, prepared: PreparedPaper[]): Promise<IngestReport> {
    return mergePapers(store, prepared);
  },
  /** What a member's Home tab reads of the record (see home/home-record.ts). */
  homeRecord(store: Store, ask: HomeRecordAsk): HomeRecord {
    return homeRecord(store, ask);
  },
  request(store: Store, id: string): RequestFound | null {
    const request = store.request(id);
    return request ? { id: request.id, text: request.text } : null;
  },
  /** The write itself: the store appends it to the request journal under the state lock, as any process does. */
  async setRequestState(store: Store, id: string, status: RequestState['status'], by: string, at: string): Promise<RequestState> {
    return store.setRequestState(id, status, by, new Date(at));
  },
};

export type RecordQueryName = keyof typeof RECORD_QUERIES;
export type RecordQueryArgs<N extends RecordQueryName> = (typeof RECORD_QUERIES)[N] extends (store: Store, ...args: infer A) => unknown ? A : never;
export type RecordQueryResult<N extends RecordQueryName> = Awaited<ReturnType<(typeof RECORD_QUERIES)[N]>>;

/** A council's record, asked through the thread that holds it. */
export interface RecordQueries {
  query<N extends RecordQueryName>(name: N, ...args: RecordQueryArgs<N>): Promise<RecordQueryResult<N>>;
  /**
   * The record's committees as the thread that holds it last said them: it says them as it opens the
   * record and again after every change to it. null: not said yet (or never: a store at hand).
   */
  committees(): CommitteeIndex | null;
  /** Resolves once committees() has been said, or never will be. */
  committeesKnown(): Promise<void>;
}

/** Run one query on a store (its record read first, in turns, when it was opened without it). */
export async function runRecordQuery<N extends RecordQueryName>(store: Store, name: N, args: RecordQueryArgs<N>): Promise<RecordQueryResult<N>> {
  if (!Object.hasOwn(RECORD_QUERIES, name)) throw new Error(`No record query named "${String(name)}"`);
  await store.ready();
  const run = RECORD_QUERIES[name] as unknown as (store: Store, ...args: RecordQueryArgs<N>) => RecordQueryResult<N> | Promise<RecordQueryResult<N>>;
  return run(store, ...args);
}

/** The queries answered from a store this thread holds. */
export function storeQueries(store: Store): RecordQueries {
  return { query: (name, ...args) => runRecordQuery(store, name, args), committees: () => null, committeesKnown: () => Promise.resolve() };
}
