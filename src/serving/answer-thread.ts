// The answer worker's thread on its own (see ./answer-worker.ts for what it does): this module loads
// nothing of the answers, the search or Slack, so the running bot starts each council's thread first
// thing and the thread reads the record and the index snapshot while the bot loads the rest.
import type { Worker } from 'node:worker_threads';
import type { Answer } from '../answers/answer.ts';
import type { ReplyRequest } from '../answers/engine.ts';
import type { CommitteeIndex } from '../boards/committee-index.ts';
import type { Clock } from '../clock.ts';
import { spawnModuleWorker } from '../worker/isolated.ts';

export interface AnswerWorkerData {
  storePath: string;
  /** Where the worker keeps the search index snapshot; null: never saved; absent: beside the store. */
  snapshotPath?: string | null;
  /** The bot's clock less this machine's (SCRUTINY_NOW sets the bot's). */
  clockOffsetMs: number;
  committee?: string | null;
}

/** What the main thread asks of the worker. */
export type ThreadRequest =
  /** `reply`: answered as /scrutiny's reply, rendered in the thread (see Engine.answerReply). */
  | { type: 'ask'; id: number; question: string; options: { now?: string; page?: number; committee?: string | null }; reply?: ReplyRequest }
  | { type: 'refresh' }
  | { type: 'saved'; id: number }
  /**
   * Run a record query (./record-queries.ts) on the worker's record, for the main thread, which holds
   * none; `background`: the bot's own work, run once no question is waiting (see ./quiet-moment.ts).
   */
  | { type: 'query'; id: number; name: string; args: unknown[]; background?: boolean }
  /** The main thread has opened the store (and rewritten it, if it was new or older). */
  | { type: 'opened' };

/** What the worker says back. */
export type ThreadReply =
  | { type: 'ready' }
  /** The index is in memory and the look-ups built at start are ready: the thread's start-up work is done. */
  | { type: 'prepared' }
  | { type: 'broken'; message: string }
  | { type: 'answer'; id: number; answer: Answer }
  /** An ask with `reply`: the reply's JSON text. */
  | { type: 'reply'; id: number; message: string }
  /** `storeWrite`: the store refused a write (StoreWriteError), nothing was changed. */
  | { type: 'failed'; id: number; message: string; storeWrite?: { file: string; code: string } }
  | { type: 'queried'; id: number; result: unknown }
  /** The record's committees, said as the store opens and after every change to the record. */
  | { type: 'committees'; index: CommitteeIndex }
  | { type: 'saved'; id: number }
  | { type: 'log'; level: 'debug' | 'info' | 'warn' | 'error'; message: string };

/** What the main thread does with what its worker says and does. */
export interface ThreadListener {
  reply(reply: ThreadReply): void;
  error(error: Error): void;
  exit(): void;
}

/** A running answer thread; what it says before anyone listens is kept for the first listener. */
export interface AnswerThread {
  readonly worker: Worker;
  listen(listener: ThreadListener): void;
}

const THREAD_MAIN = new URL(`./answer-worker-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** Logged in Slack once every council's answer thread has its index in memory and its look-ups built (see main.ts). */
export const ANSWERS_READY = 'Answers ready: the search index is in memory and the look-ups are built';

/** Bigger than any record the bot answers from: the worker holds the record, the index and the look-ups. */
export const WORKER_HEAP_MB = 8_192;
/**
 * The worker's young generation: a new space of two 8 MB semi-spaces (V8 gives each a third of this,
 * rounded up to a power of two; left to itself it lets the new space grow to 32 MB). With 4 MB each,
 * the 400 first-asked questions of tier L took 73 young collections instead of 38 and about 9% more
 * of the thread's CPU; the 8 MB more that the new space holds while the bot serves is the price.
 */
const WORKER_YOUNG_MB = 24;
/** Each of the worker's two semi-spaces (a third of WORKER_YOUNG_MB, as V8 divides it): what a process answering as the worker does is started with. */
export const WORKER_SEMI_SPACE_MB = WORKER_YOUNG_MB / 3;

/** The thread's data for a council's store, on the bot's clock. */
export function answerThreadData(storePath: string, clock: Clock, options: { snapshotPath?: string | null; committee?: string | null } = {}): AnswerWorkerData {
  return {
    storePath,
    clockOffsetMs: clock.now().getTime() - Date.now(),
    ...(options.snapshotPath !== undefined ? { snapshotPath: options.snapshotPath } : {}),
    ...(options.committee !== undefined ? { committee: options.committee } : {}),
  };
}

export function spawnAnswerThread(data: AnswerWorkerData): AnswerThread {
  const worker = spawnModuleWorker(THREAD_MAIN, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  // Kept until a listener comes: the thread may say it is ready (or fail) while the bot still loads.
  const early: Array<(listener: ThreadListener) => void> = [];
  let current: ThreadListener | null = null;
  worker.on('message', (reply: ThreadReply) => (current ? current.reply(reply) : early.push((l) => l.reply(reply))));
  worker.on('error', (error: Error) => (current ? current.error(error) : early.push((l) => l.error(error))));
  worker.on('exit', () => (current ? current.exit() : early.push((l) => l.exit())));
  return {
    worker,
    listen(listener) {
      current = listener;
      for (const told of early.splice(0)) told(listener);
    },
  };
}
