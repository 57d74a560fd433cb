// What the bot's own thread reads or changes of a council's record, each a function of the store that
// holds it. In Slack the answer thread holds the record (with its look-ups) and runs these for the bot's
// thread, which then never reads a copy of its own (see ./answer-worker.ts); elsewhere (the console,
// tools, tests) they run on the store at hand. Results are plain data: they cross between threads.
import type { CommitteeIndex } from '../boards/committee-index.ts';
import { homeRecord, type HomeRecord, type HomeRecordAsk } from '../home/home-record.ts';
import { mergePapers, type IngestReport, type PreparedPaper } from '../ingest/ingest-paths.ts';
import { outdatedDocuments, rereadPapers, type RereadPaper } from '../ingest/reread-documents.ts';
import { boardCalendar } from '../answers/record-view.ts';
import { boardMeetings } from '../boards/committee-index.ts';
import type { RequestState, SourceDocument, Subscription } from '../model.ts';
import { planOccurrences, type Occurrence, type Window } from '../reminders/plan.ts';
import type { Post } from '../reminders/post-target.ts';
import { composeNews, composeOccurrence, digestFingerprint, postSourceOf, type RecordNews } from '../reminders/posts.ts';
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
  /** Whether the record holds the document with this content as this parser read it (see ingest/parser-fingerprint.ts). */
  hasDocumentReadBy(store: Store, sha256: string, parser: string): boolean {
    return store.document(sha256)?.parser === parser;
  },
  /** What the record holds from one document (the meetings it touched, whole, and its work-programme rows). */
  fromDocument(store: Store, documentId: string): DocumentContents {
    return store.fromDocument(documentId);
  },
  /** The merge of papers this thread read and parsed, written in one write (a failed one throws StoreWriteError). */
  mergePapers(store: Store, prepared: PreparedPaper[]): Promise<IngestReport> {
    return mergePapers(store, prepared);
  },
  /** The documents of the record another parser read, which it still names (see ingest/reread-documents.ts). */
  outdatedDocuments(store: Store, parser: string): Promise<SourceDocument[]> {
    return outdatedDocuments(store, parser);
  },
  /** New readings of documents the record holds, merged in place of the old in one write. */
  rereadPapers(store: Store, papers: RereadPaper[]): Promise<{ reread: number }> {
    return rereadPapers(store, papers);
  },
  /** What a member's Home tab reads of the record (see home/home-record.ts). */
  homeRecord(store: Store, ask: HomeRecordAsk): HomeRecord {
    return homeRecord(store, ask);
  },
  /** The reminder occurrences of a board's subscriptions in a window, planned over its meetings. */
  reminderPlan(store: Store, committee: string | null, subscriptions: Subscription[], window: Window): Occurrence[] {
    return planOccurrences(boardMeetings(boardCalendar(store.record()), committee), subscriptions, window);
  },
  /** The post for a planned occurrence: an agenda reminder or a requests digest. */
  reminderPost(store: Store, committee: string | null, occ: Occurrence, now: string, late: boolean, target: 'slack' | 'console'): Post {
    return composeOccurrence(postSourceOf(store, committee), occ, new Date(now), late, target);
  },
  /** What a requests digest would say, to skip one that would say what the last one said. */
  digestFingerprint(store: Store, committee: string | null, now: string): string {
    return digestFingerprint(postSourceOf(store, committee), new Date(now));
  },
  /** The "new minutes" / "agenda published" post about what papers added, or null when there is nothing to say. */
  newsPost(store: Store, committee: string | null, news: RecordNews, now: string, target: 'slack' | 'console'): Post | null {
    return composeNews(postSourceOf(store, committee), news, new Date(now), target);
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
   * The same for the bot's own background work (the re-read after an upgrade): where the record is
   * held by the answer thread, run there once no member's question is waiting (see ./quiet-moment.ts).
   */
  later<N extends RecordQueryName>(name: N, ...args: RecordQueryArgs<N>): Promise<RecordQueryResult<N>>;
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
  const query: RecordQueries['query'] = (name, ...args) => runRecordQuery(store, name, args);
  return { query, later: query, committees: () => null, committeesKnown: () => Promise.resolve() };
}
