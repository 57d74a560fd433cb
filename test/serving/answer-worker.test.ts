// The answer worker answers as the engine in this thread does, and sees what this thread wrote
// (a request closed, a new paper) in the next answer it builds.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/engine.ts';
import { ManualClock } from '../../src/clock.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { createWorkerEngine, startWorkerEngine, type WorkerEngine } from '../../src/serving/answer-worker.ts';
import { londonInstant } from '../../src/london.ts';
import { commandReply } from '../../src/slack/blocks/command-reply.ts';
import { renderReply } from '../../src/serving/thread-reply.ts';

let dir: string;
let store: Store;
let worker: WorkerEngine;
const clock = new ManualClock('2023-03-17T12:00:00Z');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-answer-worker-'));
  store = await openStore(path.join(dir, 'scrutiny.json'), { clock });
  // Two of the papers now, the last one once the worker runs.
  await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt'), path.join(BUNDLED_CORPUS, '2022-10-20-minutes.md')]);
  worker = createWorkerEngine({ store, clock });
  await worker.started();
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('answers built in the worker thread', () => {
  it('are the answers this thread builds, for structured and search questions', async () => {
    const here = await createEngine({ store, clock, snapshotPath: null });
    await here.loaded();
    for (const question of ['outstanding requests', 'meeting on 20 October 2022', 'what was resolved on fostering?', 'attendance']) {
      const now = londonInstant('2023-03-17', '12:00');
      expect(await worker.answer(question, { now }), question).toEqual(here.ask(question, { now }));
    }
  }, 120_000);

  it("render /scrutiny's reply in the thread exactly as this thread renders the answer, for every kind of answer", async () => {
    const here = await createEngine({ store, clock, snapshotPath: null });
    await here.loaded();
    const now = londonInstant('2023-03-17', '12:00');
    const questions = [
      'next meeting',
      'last meeting',
      'meeting on 20 October 2022',
      'outstanding requests',
      'what was resolved on fostering?',
      'did we ask for census figures?',
      'history of fostering',
      'attendance',
      'attendance table',
      'who chairs the board',
      'work programme',
      'fostering',
      'help',
      'can you email me the minutes',
      'who will win the election',
    ];
    const kinds = new Set<string>();
    for (const question of questions) {
      const answer = here.ask(question, { now });
      kinds.add(answer.kind);
      for (const coordinator of [false, true]) {
        const rendered = await worker.answerReply(question, { now }, { coordinator }, () => 'rendered in this thread');
        expect(rendered, `${question} (co-ordinator: ${coordinator})`).toBe(commandReply(answer, { coordinator }));
      }
    }
    // The questions reach most kinds of answer, each rendered in the thread.
    expect(kinds.size).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it('name another board in the title of a reply rendered in the thread, as this thread would', async () => {
    const now = londonInstant('2023-03-17', '12:00');
    const aboutBoard = { committee: 'Health Scrutiny Board (5)', who: 'Health Scrutiny Board (5) (Kingsbridge)' };
    const reply = JSON.parse(await worker.answerReply('next meeting', { now }, { coordinator: false, aboutBoard }, () => 'rendered in this thread'));
    expect(reply.text).toContain(aboutBoard.who);
    expect(reply).toEqual(JSON.parse(renderReply(await worker.answer('next meeting', { now }), { coordinator: false, aboutBoard })));
  }, 120_000);

  it('render a reply in this thread, with the function given, once the worker is gone', async () => {
    const now = londonInstant('2023-03-17', '12:00');
    const gone = createWorkerEngine({ store, clock });
    await gone.started();
    await gone.close();
    const aboutBoard = { committee: 'Health Scrutiny Board (5)', who: 'Health Scrutiny Board (5) (Kingsbridge)' };
    const titles: string[] = [];
    const reply = await gone.answerReply('next meeting', { now }, { coordinator: false, aboutBoard }, (answer) => (titles.push(answer.title), 'rendered in this thread'));
    expect(reply).toBe('rendered in this thread');
    expect(titles).toHaveLength(1);
    expect(titles[0]).toContain(aboutBoard.who);
  }, 120_000);

  it('show a request closed in this thread in the next answer', async () => {
    const now = londonInstant('2023-03-17', '12:00');
    const before = await worker.answer('outstanding requests', { now });
    const open = before.sections.flatMap((s) => s.entries).find((e) => e.request?.state.status === 'open');
    expect(open?.request).toBeDefined();
    await store.setRequestState(open!.request!.id, 'done', 'U123', now);
    const after = await worker.answer('outstanding requests', { now });
    expect(after.sections.flatMap((s) => s.entries).some((e) => e.request?.id === open!.request!.id && e.request.state.status === 'open')).toBe(false);
  }, 120_000);

  it('find a paper ingested in this thread', async () => {
    const now = londonInstant('2023-03-17', '12:00');
    const meeting = await worker.answer('meeting on 16 March 2023', { now });
    const listed = (answer: typeof meeting) => answer.sections.flatMap((s) => s.entries).map((e) => e.text);
    expect(listed(meeting)).not.toContain('Thursday 16 March 2023, 2.00 pm');
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2023-03-16-minutes.md')]);
    const again = await worker.answer('meeting on 16 March 2023', { now });
    expect(again.title).toMatch(/16 March 2023/);
    expect(again.sections.flatMap((s) => s.heading)).not.toContain('Nearest meetings known');
  }, 120_000);
});

describe("the bot's own background queries", () => {
  // That they wait for the members' questions is shown in ./worker-intake.test.ts, on one thread,
  // where the test decides when each question is answered: across two threads the order in which
  // the messages arrive is the machine's to choose.
  it('asked among members\' questions, are answered, and so are the questions', async () => {
    await worker.prepared();
    const now = londonInstant('2023-03-17', '12:00');
    const kinds = ['outstanding requests', 'meeting on 20 October 2022', 'what was resolved on fostering?', 'who attended on 20 October 2022', 'work programme'];
    const questions = Array.from({ length: 4 }, () => kinds).flat();
    const ask = (question: string) => worker.answer(question, { now }).then((answer) => answer.title);
    const before = questions.slice(0, questions.length / 2).map(ask);
    const later = worker.records.later('hasDocument', 'no-such-paper');
    const request = store.record().requests[0]!;
    const laterRequest = worker.records.later('request', request.id);
    const after = questions.slice(questions.length / 2).map(ask);
    expect(await later).toBe(false);
    expect(await laterRequest).toEqual({ id: request.id, text: request.text });
    const titles = await Promise.all([...before, ...after]);
    expect(titles).toEqual(await Promise.all(questions.map(ask)));
    expect(titles.filter((title) => /20 October 2022/.test(title))).toHaveLength(8);
    expect(worker.answersAwaited()).toBe(0);
  }, 120_000);
});

describe('a worker started before this thread opens the store', () => {
  const now = londonInstant('2023-03-17', '12:00');

  it('says when its start-up work is done, and also when it could not open the store', async () => {
    await worker.prepared();
    const file = path.join(dir, 'not-a-store.json');
    await writeFile(file, 'these are not the minutes');
    const broken = startWorkerEngine({ storePath: file, clock, snapshotPath: null });
    try {
      await broken.started();
      await broken.prepared();
      // What this thread asks of the record is then answered from the store it has open.
      broken.attach(store);
      const request = store.record().requests[0]!;
      expect(await broken.records.query('request', request.id)).toEqual({ id: request.id, text: request.text });
      expect(await broken.records.query('hasDocument', 'no-such-paper')).toBe(false);
    } finally {
      await broken.close();
    }
  }, 120_000);

  it('opens a store that is already current at once, before this thread has it', async () => {
    const early = startWorkerEngine({ storePath: store.path, clock, snapshotPath: null });
    try {
      await early.started();
      expect((await early.answer('meeting on 20 October 2022', { now })).title).toMatch(/20 October 2022/);
    } finally {
      await early.close();
    }
  }, 120_000);

  it('waits for this thread to create a new store, and opens it once told', async () => {
    const file = path.join(dir, 'new', 'scrutiny.json');
    const early = startWorkerEngine({ storePath: file, clock, snapshotPath: null });
    try {
      const asked = early.answer('meeting on 20 October 2022', { now });
      let started = false;
      let prepared = false;
      void early.started().then(() => (started = true));
      void early.prepared().then(() => (prepared = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Opening a new store writes it: the worker has not opened it, nor created any of its files.
      expect(started).toBe(false);
      expect(prepared).toBe(false);
      expect(existsSync(file)).toBe(false);
      const opened = await openStore(file, { clock });
      await ingestPaths(opened, [path.join(BUNDLED_CORPUS, '2022-10-20-minutes.md')]);
      expect(started).toBe(false);
      early.attach(opened);
      await early.started();
      expect((await asked).title).toMatch(/20 October 2022/);
      // Its start-up work (the index, the first look-ups) is done in its own time, and said.
      await early.prepared();
    } finally {
      await early.close();
    }
  }, 120_000);
});
