// The answer worker's own thread (see ./answer-worker.ts): it opens the council's store as a reader,
// keeps the search index and the record's look-ups, and answers the questions the main thread
// passes on. Before each answer it reads what the main thread wrote since (new papers, request
// statuses), so an answer re-rendered after "Mark done" shows the click.
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '@slack/bolt';
import { committeeIndexOf } from '../boards/committee-index.ts';
import { limitHeapGrowthAfter } from '../heap-growth.ts';
import { oneAtATime } from '../one-at-a-time.ts';
import { workerIntake } from './worker-intake.ts';
import { openStore, StoreNotCurrentError } from '../store/lowdb-store.ts';
import { StoreWriteError, type Store } from '../store/store.ts';
import type { AnswerWorkerData, ThreadReply, ThreadRequest } from './answer-thread.ts';
import type { RecordQueryName } from './record-queries.ts';

if (!parentPort) throw new Error('answer-worker-thread.ts runs only as a worker thread');
const port = parentPort;
const data = workerData as AnswerWorkerData;

const post = (reply: ThreadReply) => port.postMessage(reply);
const text = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : typeof value === 'string' ? value : JSON.stringify(value));
const say =
  (level: 'debug' | 'info' | 'warn' | 'error') =>
  (...args: unknown[]) =>
    post({ type: 'log', level, message: args.map(text).join(' ') });
const logger = { debug: say('debug'), info: say('info'), warn: say('warn'), error: say('error') } as unknown as Logger;

// The answers' and the search's modules load while the store's parts are read: neither waits for the other's files.
const loadingEngine = import('../answers/engine.ts');
loadingEngine.catch(() => {});
// And the rendering of /scrutiny's replies, with it.
const loadingReply = import('./thread-reply.ts');
loadingReply.catch(() => {});

// The main thread's clock: its offset from this machine's, as it was when the worker started.
const clock = { now: () => new Date(Date.now() + data.clockOffsetMs) };

let ownerOpened: () => void = () => {};
const ownerHasOpened = new Promise<void>((resolve) => (ownerOpened = resolve));
// Requests are taken one per turn, members' questions counted from their arrival to their answer,
// and the bot's background work (its start-up queries, loading their modules) run at a moment when
// none waits (see ./worker-intake.ts). Requests that arrive while the store and index open wait for them.
const intake = workerIntake<Exclude<ThreadRequest, { type: 'opened' }>>((request) => request.type === 'ask');
port.on('message', (request: ThreadRequest) => {
  if (request.type === 'opened') ownerOpened();
  else intake.arrived(request);
});

/**
 * The store, opened alongside the main thread's own opening when it is already current (the usual
 * start: the record, then the index snapshot, read while the main thread loads Slack); a new or older
 * store, which the main thread rewrites as it opens, once the main thread says it has.
 */
async function openCouncilStore(): Promise<Store> {
  try {
    return await openStore(data.storePath, { clock, asReader: true });
  } catch (error) {
    if (!(error instanceof StoreNotCurrentError)) throw error;
  }
  await ownerHasOpened;
  return openStore(data.storePath, { clock });
}

try {
  // The record is read with V8's own heap growth; the bot's limit holds from then on, in every thread.
  const store = await limitHeapGrowthAfter(openCouncilStore());
  // The main thread matches boards to the record's committees with these, holding no record of its own.
  const sayCommittees = () => post({ type: 'committees', index: committeeIndexOf(store.record().meetings) });
  sayCommittees();
  store.onChange(sayCommittees);
  const { createEngine } = await loadingEngine;
  const { renderReply } = await loadingReply;
  const engine = await createEngine({
    store,
    clock,
    snapshotPath: data.snapshotPath,
    logger,
    ...(data.committee !== undefined ? { committee: data.committee } : {}),
    // The replies' code compiled too, for a co-ordinator's reply and a member's, before any member asks.
    warmedUp: (answer) => {
      renderReply(answer, { coordinator: true });
      renderReply(answer, { coordinator: false });
    },
  });
  store.onChange((change) => {
    if (change.origin === 'reload') engine.refresh();
  });

  // One read of what the main thread wrote at a time; the requests that come during one share the next.
  const readWrites = oneAtATime<void>(() =>
    store.refresh().then(
      () => undefined,
      (error: unknown) => logger.warn('Reading what the bot wrote to the store failed; answering from what was read before.', error),
    ),
  );
  const caughtUp = (): Promise<void> => readWrites(undefined);

  intake.serveWith(async (request) => {
    if (request.type === 'refresh') {
      await caughtUp();
      return;
    }
    if (request.type === 'saved') {
      await engine.saved();
      post({ type: 'saved', id: request.id });
      return;
    }
    if (request.type === 'query') {
      try {
        await caughtUp();
        const { runRecordQuery } = await import('./record-queries.ts');
        post({ type: 'queried', id: request.id, result: await runRecordQuery(store, request.name as RecordQueryName, request.args as never) });
      } catch (error) {
        const storeWrite = error instanceof StoreWriteError ? { file: error.file, code: error.code } : undefined;
        post({ type: 'failed', id: request.id, message: text(error), ...(storeWrite ? { storeWrite } : {}) });
      }
      return;
    }
    // From its arrival until it is answered, the look-ups built in the background wait: the
    // question waits only for what it reads itself.
    const answered = engine.answering();
    try {
      await caughtUp();
      const { now, ...options } = request.options;
      // One instant for both: the reading made while waiting for the index is the answer's.
      const asked = { ...options, now: now ? new Date(now) : clock.now() };
      await engine.ready?.(request.question, asked);
      const answer = engine.ask(request.question, asked);
      if (request.reply) post({ type: 'reply', id: request.id, message: renderReply(answer, request.reply) });
      else post({ type: 'answer', id: request.id, answer });
    } catch (error) {
      post({ type: 'failed', id: request.id, message: text(error) });
    } finally {
      answered();
    }
  });
  post({ type: 'ready' });
  // Once the start-up work is done, the record queries' modules (the merge, Home, reminders' posts:
  // ~100 ms to load) are loaded, so the first click on Mark done or Home does not wait for them;
  // at a moment when no question waits, so that no question waits for them either.
  const preparedNow = () => {
    post({ type: 'prepared' });
    void intake.whenNoQuestionWaits()
      .then(() => import('./record-queries.ts'))
      .catch(() => {});
  };
  void engine.prepared().then(preparedNow, preparedNow);
} catch (error) {
  post({ type: 'broken', message: text(error) });
}
