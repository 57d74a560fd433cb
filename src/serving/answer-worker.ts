// The running bot answers members' questions in a worker thread, so that building an answer (a
// meeting's agenda with its look-back, a search over a council's ten years) never holds up the event
// loop that acknowledges Slack's requests: with twenty questions in flight, each ack waits for no answer.
//
// The worker opens the council's store as a reader and keeps the search index (it also writes the
// index snapshot) and the record's look-ups; this thread keeps the store as its writer (ingests,
// request statuses, state) and tells the worker when it wrote. The worker reads what was written before
// each answer, so an answer asked after a write sees it.
//
// At start the worker is started first (startWorkerEngine) and opens a store that is already current
// while this thread opens it too and loads Slack: the record and the index snapshot are read on the
// other core. A new or older store, which this thread's opening rewrites, it opens once told (attach).
//
// Only the Slack surface asks through the worker (`answer`, via answerFrom); a synchronous `ask`
// (code that cannot wait) is answered here by an engine of this thread's own, made on first use.
import type { Logger } from '@slack/bolt';
import type { Worker } from 'node:worker_threads';
import type { Answer } from '../answers/answer.ts';
import { answer as notice } from '../answers/answer-parts.ts';
import { createEngine, type AnswerEngine, type AskOptions, type Engine, type ReplyRequest } from '../answers/engine.ts';
import type { Clock } from '../clock.ts';
import { StoreWriteError, type Store } from '../store/store.ts';
import { answerThreadData, spawnAnswerThread, type AnswerThread, type ThreadReply, type ThreadRequest } from './answer-thread.ts';
import { onePerTurn } from './one-per-turn.ts';
import { renderReply } from './thread-reply.ts';
import { runRecordQuery, type RecordQueries, type RecordQueryArgs, type RecordQueryName, type RecordQueryResult } from './record-queries.ts';
import type { CommitteeIndex } from '../boards/committee-index.ts';

export type { AnswerWorkerData, ThreadReply, ThreadRequest } from './answer-thread.ts';

export interface WorkerEngineDeps {
  /** The council's store, opened by this thread. */
  store: Store;
  clock: Clock;
  logger?: Logger;
  /** Where the worker keeps the search index snapshot; null: never saved. Default: beside the store. */
  snapshotPath?: string | null;
  committee?: string | null;
}

/** An engine whose answers are built in a worker thread, which also answers this thread's record queries. */
export interface WorkerEngine extends Engine {
  answer(question: string, options?: AskOptions): Promise<Answer>;
  answerReply(question: string, options: AskOptions, reply: ReplyRequest, renderHere: (answer: Answer) => string): Promise<string>;
  /** The council's record as the worker holds it: this thread reads no copy of its own. */
  readonly records: RecordQueries;
  /** Questions sent to the worker and not answered yet: the bot's own background work waits while there are any. */
  answersAwaited(): number;
  /** Resolves when the worker's last search index snapshot write has finished. */
  saved(): Promise<void>;
  /** Resolves when the worker has opened the store and the index and answers. */
  started(): Promise<void>;
  /** Resolves when the worker's start-up work is done: its index is in memory and its first look-ups are built (or it stopped). */
  prepared(): Promise<void>;
  /** End the worker. */
  close(): Promise<void>;
}

/** A worker started before this thread has opened the store. */
export interface StartedWorkerEngine extends WorkerEngine {
  /** The store this thread has opened (and rewritten, if it was new or older): the worker follows its writes. */
  attach(store: Store): void;
}

/** A worker engine for a store this thread has open. */
export function createWorkerEngine(deps: WorkerEngineDeps): WorkerEngine {
  const { store, ...rest } = deps;
  const engine = startWorkerEngine({ ...rest, storePath: store.path });
  engine.attach(store);
  return engine;
}

/**
 * A worker engine started at once, for the store at `storePath`, which this thread is about to open;
 * over `thread` when the bot started that before loading the rest (see ./answer-thread.ts).
 */
export function startWorkerEngine(deps: Omit<WorkerEngineDeps, 'store'> & { storePath: string; thread?: AnswerThread }): StartedWorkerEngine {
  const { storePath, clock, logger } = deps;
  let store: Store | null = null;
  let attached: (store: Store) => void = () => {};
  const attaching = new Promise<Store>((resolve) => (attached = resolve));
  const data = answerThreadData(storePath, clock, deps);
  /** Questions sent and not yet answered: each resolves with its answer, or with its reply's text when asked for a reply. */
  const waiting = new Map<number, { resolve(value: Answer | string): void; reject(error: Error): void }>();
  const saves = new Map<number, () => void>();
  /** Record queries sent and not yet answered; `stopped`: the worker ended before answering. */
  const queries = new Map<number, { resolve(result: unknown): void; reject(error: Error): void; stopped(): void }>();
  /** The record's committees as the worker last said them (see RecordQueries.committees). */
  let committees: CommitteeIndex | null = null;
  let committeesSaid = () => {};
  const committeesKnown = new Promise<void>((resolve) => (committeesSaid = resolve));
  let nextId = 1;
  let worker: Worker | null = null;
  let started: Promise<void> = Promise.resolve();
  let prepared: Promise<void> = Promise.resolve();
  let closed = false;
  /** The running worker could not open the store (see 'broken'). */
  let broken = false;
  // Answers that arrive together are rendered and sent one per turn: sent one after another in one
  // turn, they would hold up the acknowledgements of the requests waiting behind them.
  const handOn = onePerTurn();

  const start = (thread: AnswerThread = spawnAnswerThread(data)): Worker => {
    const w = thread.worker;
    worker = w;
    broken = false;
    let isStarted = () => {};
    started = new Promise<void>((resolve) => (isStarted = resolve));
    let isPrepared = () => {};
    prepared = new Promise<void>((resolve) => (isPrepared = resolve));
    const reply = (reply: ThreadReply) => {
      switch (reply.type) {
        case 'ready':
          isStarted();
          break;
        case 'prepared':
          isPrepared();
          break;
        case 'answer':
        case 'reply': {
          const asked = waiting.get(reply.id);
          waiting.delete(reply.id);
          const value = reply.type === 'answer' ? reply.answer : reply.message;
          if (asked) handOn(() => asked.resolve(value));
          break;
        }
        case 'failed':
          waiting.get(reply.id)?.reject(new Error(reply.message));
          waiting.delete(reply.id);
          queries.get(reply.id)?.reject(reply.storeWrite ? new StoreWriteError(reply.storeWrite.file, reply.storeWrite.code) : new Error(reply.message));
          queries.delete(reply.id);
          break;
        case 'committees':
          committees = reply.index;
          committeesSaid();
          break;
        case 'queried':
          queries.get(reply.id)?.resolve(reply.result);
          queries.delete(reply.id);
          break;
        case 'saved':
          saves.get(reply.id)?.();
          saves.delete(reply.id);
          break;
        case 'log':
          logger?.[reply.level](reply.message);
          break;
        case 'broken':
          logger?.error(`The answer worker could not open the store ${storePath}: ${reply.message}`);
          // It holds no record to ask: what was asked of it, and what is asked from now on, is run here.
          broken = true;
          for (const pending of queries.values()) pending.stopped();
          queries.clear();
          committeesSaid();
          isStarted();
          isPrepared();
          break;
      }
    };
    thread.listen({
      reply,
      error: (error) => logger?.error('The answer worker stopped with an error; the next question starts it again.', error),
      exit: () => {
        // A worker started again says them again; until then they are worked out here.
        committees = null;
        committeesSaid();
        isStarted();
        isPrepared();
        if (worker === w) worker = null;
        // Questions it had not answered are answered here instead (see answer below).
        for (const pending of waiting.values()) pending.reject(new Error('the answer worker stopped'));
        waiting.clear();
        for (const done of saves.values()) done();
        saves.clear();
        for (const pending of queries.values()) pending.stopped();
        queries.clear();
      },
    });
    return w;
  };
  let given = deps.thread;
  const running = (): Worker => {
    if (worker) return worker;
    const w = start(given);
    given = undefined;
    // A worker started again after the first opens the store at once: this thread has it open.
    if (store) w.postMessage({ type: 'opened' } satisfies ThreadRequest);
    return w;
  };
  running();
  let unsubscribe = () => {};

  // This thread's own engine, for a synchronous ask; made on the first and ready for the next.
  let local: AnswerEngine | null = null;
  let making: Promise<AnswerEngine> | null = null;
  const localEngine = () =>
    (making ??= attaching.then((opened) =>
      createEngine({ store: opened, clock, snapshotPath: null, ...(logger ? { logger } : {}), ...(deps.committee !== undefined ? { committee: deps.committee } : {}) }),
    ).then((engine) => (local = engine)));

  const askHere = async (question: string, options: AskOptions): Promise<Answer> => {
    const engine = await localEngine();
    const asked = { ...options, now: options.now ?? clock.now() };
    await engine.ready?.(question, asked);
    return engine.ask(question, asked);
  };

  /**
   * A question for the worker: its answer, or with `reply` the reply rendered there. When the worker
   * cannot answer, the question is answered here, and `here` makes of that answer what the worker would have.
   */
  const askThread = <T extends Answer | string>(question: string, options: AskOptions, reply: ReplyRequest | null, here: (answer: Answer) => T): Promise<T> => {
    if (closed) return askHere(question, options).then(here);
    const id = nextId++;
    const { now, ...rest } = options;
    const request: ThreadRequest = {
      type: 'ask',
      id,
      question: typeof question === 'string' ? question : '',
      options: { ...rest, now: (now ?? clock.now()).toISOString() },
      ...(reply ? { reply } : {}),
    };
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: Answer | string) => void, reject });
      running().postMessage(request);
    }).catch((error: unknown) => {
      logger?.warn('The answer worker did not answer; answering in the main thread.', error);
      return askHere(question, { ...options, now: new Date(request.options.now!) }).then(here);
    });
  };

  const ask = <N extends RecordQueryName>(name: N, args: RecordQueryArgs<N>, background: boolean): Promise<RecordQueryResult<N>> => {
    // Run here, on this thread's own copy, only when there is no worker to ask (closed, broken, or it stopped first).
    const here = () => attaching.then((opened) => runRecordQuery(opened, name, args));
    if (closed || broken) return here();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      queries.set(id, { resolve: resolve as (result: unknown) => void, reject, stopped: () => void here().then(resolve, reject) });
      running().postMessage({ type: 'query', id, name, args, ...(background ? { background } : {}) } satisfies ThreadRequest);
    });
  };
  const records: RecordQueries = {
    query: (name, ...args) => ask(name, args, false),
    later: (name, ...args) => ask(name, args, true),
    committees: () => committees,
    committeesKnown: () => committeesKnown,
  };

  return {
    records,
    attach(opened) {
      if (store) return;
      store = opened;
      // The worker follows the record as this thread writes it.
      const off = opened.onChange(() => worker?.postMessage({ type: 'refresh' } satisfies ThreadRequest));
      unsubscribe = () => void off();
      worker?.postMessage({ type: 'opened' } satisfies ThreadRequest);
      attached(opened);
    },
    answer: (question, options = {}) => askThread<Answer>(question, options, null, (answer) => answer),
    answerReply: (question, options, reply, renderHere) => askThread<string>(question, options, reply, (answer) => renderReply(answer, reply, renderHere)),
    ask(question, options = {}) {
      if (local) return local.ask(question, options);
      void localEngine();
      return notice('notice', typeof question === 'string' ? question : '', options.now ?? clock.now(), {
        title: 'The bot is still starting.',
        summary: 'Ask again in a moment.',
        sections: [],
      });
    },
    refresh() {
      worker?.postMessage({ type: 'refresh' } satisfies ThreadRequest);
      local?.refresh();
    },
    answersAwaited: () => waiting.size,
    saved() {
      const w = worker;
      if (!w) return Promise.resolve();
      const id = nextId++;
      return new Promise<void>((resolve) => {
        saves.set(id, resolve);
        w.postMessage({ type: 'saved', id } satisfies ThreadRequest);
      });
    },
    started: () => started,
    prepared: () => prepared,
    async close() {
      closed = true;
      unsubscribe();
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
