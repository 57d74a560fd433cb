// Answers asked again come from the memo only while nothing they were built from has
// changed: a click on "Mark done", an evidence decision, a meeting starting or a new day
// each give the answer a fresh build would; and the open requests, kept in step with
// each click, count as reading every status again would.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { answerContext } from '../../src/answers/context.ts';
import { createEngine, answerReadQuestion, type AnswerEngine } from '../../src/answers/engine.ts';
import { readQuestion } from '../../src/answers/question/read-question.ts';
import { questionVocabulary } from '../../src/answers/question/vocabulary.ts';
import { openRequestSet, requestCatalogue } from '../../src/answers/requests/request-catalogue.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { ParsedDocument, type BoardRecord, type Request } from '../../src/model.ts';
import { openMemoryStore, openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { smallRecord } from './small-record.ts';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The small record with many more requests at its first meeting. */
function manyRequests(count: number): BoardRecord {
  const record = smallRecord();
  for (let i = 0; i < count; i++) {
    const request: Request = { id: `x${i}`, meetingId: 'm1', itemId: 'i1', text: `Requests figure ${i} for each school.`, kind: 'information', due: { text: 'in April 2024', date: '2024-04-30', nextMeeting: false } };
    record.requests.push(request);
  }
  return record;
}

/** Every answer kept, however quickly built: the small record's are. */
async function engineOver(store: Store): Promise<AnswerEngine> {
  const engine = await createEngine({ store, clock: new ManualClock('2024-04-20T12:00:00Z'), snapshotPath: null, answerMemo: { characters: 1_000_000, cheapMs: 0 } });
  await engine.loaded();
  await engine.prepared();
  return engine;
}

/** The answer built afresh, with no memo. */
function fresh(engine: AnswerEngine, question: string, now: Date): string {
  const base = engine.context({ now });
  const reading = readQuestion(question, now, questionVocabulary(base.view));
  return renderText(answerReadQuestion(answerContext({ view: base.view, index: base.index, now }), reading, question));
}

describe('answers asked again', () => {
  it('are the answer built the first time, stamped with the moment asked', async () => {
    const engine = await engineOver(openMemoryStore({ record: smallRecord() }));
    const first = engine.ask('outstanding requests', { now: new Date('2024-04-20T09:00:00Z') });
    const again = engine.ask('outstanding requests', { now: new Date('2024-04-20T15:30:00Z') });
    expect(again.sections).toEqual(first.sections);
    expect(again.asOf).toBe('2024-04-20T15:30:00.000Z');
    expect(first.asOf).toBe('2024-04-20T09:00:00.000Z');
  });

  it('are each an answer of its own: what one ask does with its answer is not in the next', async () => {
    const engine = await engineOver(openMemoryStore({ record: smallRecord() }));
    const now = new Date('2024-04-20T09:00:00Z');
    const first = engine.ask('outstanding requests', { now });
    const expected = renderText(first);
    first.sections[0]!.entries.pop();
    first.sections[0]!.heading = 'changed by its reader';
    const again = engine.ask('outstanding requests', { now });
    expect(again.sections).not.toBe(first.sections);
    expect(renderText(again)).toBe(expected);
    again.sections[0]!.entries.length = 0;
    expect(renderText(engine.ask('outstanding requests', { now }))).toBe(expected);
  });

  it('change when a meeting starts or a day passes, as a fresh build does', async () => {
    const engine = await engineOver(openMemoryStore({ record: smallRecord() }));
    for (const question of ['next meeting', 'outstanding requests', 'what is overdue', 'history of school transport']) {
      // Before and after the meeting of 13 June 2024 at 10.00 (9.00 UTC), and the next day.
      for (const at of ['2024-06-13T08:59:00Z', '2024-06-13T09:00:00Z', '2024-06-13T09:01:00Z', '2024-06-13T22:59:00Z', '2024-06-13T23:01:00Z', '2024-06-13T08:58:00Z']) {
        const now = new Date(at);
        expect(renderText(engine.ask(question, { now })), `${question} at ${at}`).toBe(fresh(engine, question, now));
      }
    }
    const before = engine.ask('next meeting', { now: new Date('2024-06-13T08:59:00Z') });
    const after = engine.ask('next meeting', { now: new Date('2024-06-13T09:01:00Z') });
    expect(after.title).not.toBe(before.title);
  });

  it('show a request marked done, and reopened, at once', async () => {
    const store = openMemoryStore({ record: smallRecord() });
    const engine = await engineOver(store);
    const now = new Date('2024-04-20T12:00:00Z');
    const before = engine.ask('outstanding requests', { now });
    expect(before.title).toMatch(/^2 open requests/);
    await store.setRequestState('q2', 'done', 'U1', now);
    expect(engine.ask('outstanding requests', { now }).title).toMatch(/^1 open request\b/);
    expect(renderText(engine.ask('did we get the route figures for each school', { now }))).toContain('Yes');
    await store.setRequestState('q2', 'open', 'U1', now);
    expect(renderText(engine.ask('outstanding requests', { now }))).toBe(renderText(before).replace(before.asOf, now.toISOString()));
  });
});

describe('the open requests, kept in step with each change of status', () => {
  it('count as reading every status again does', async () => {
    const store = openMemoryStore({ record: manyRequests(300) });
    const engine = await engineOver(store);
    const view = engine.context().view;
    const catalogue = requestCatalogue(view);
    const at = new Date('2024-04-20T12:00:00Z');
    // Close some, reopen a few of those, close others: the kept set follows each change.
    const ids = catalogue.entries.map((e) => e.request.id);
    for (let i = 0; i < ids.length; i += 3) await store.setRequestState(ids[i]!, 'done', 'U1', at);
    expect(openRequestSet(view).orders.length).toBe(ids.filter((_, i) => i % 3 !== 0).length);
    for (let i = 0; i < ids.length; i += 9) await store.setRequestState(ids[i]!, 'open', 'U1', at);
    await store.setRequestState(ids[1]!, 'done', 'U1', at);
    const kept = openRequestSet(view);
    const read = catalogue.entries.filter((e) => store.requestState(e.request.id).status === 'open').map((e) => e.order);
    expect(kept.orders).toEqual(read);
    expect([...kept.open].flatMap((open, order) => (open ? [order] : []))).toEqual(read);
    expect(engine.ask('outstanding requests', { now: at }).title).toMatch(new RegExp(`^${read.length} open requests`));
  });
});

/** The bot's store with one meeting's minutes, and a second process's view of the same files. */
async function botAndReader() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-memo-'));
  made.push(dir);
  const file = path.join(dir, 'scrutiny.json');
  const bot = await openStore(file);
  await bot.ingest(minutes, { name: '2018-01-11-minutes.txt', sha256: 'a'.repeat(64), bytes: 500, kind: 'minutes' });
  return { bot, reader: await openStore(file) };
}

describe('the count of changes to request statuses', () => {
  it('says which requests changed since a count', async () => {
    const store = openMemoryStore({ record: manyRequests(3) });
    expect(store.requestStatesVersion()).toBe(0);
    await store.setRequestState('x1', 'done', 'U1', new Date());
    expect(store.requestStatesVersion()).toBe(1);
    expect(store.requestStatesChangedSince(0)).toEqual(['x1']);
    expect(store.requestStatesChangedSince(1)).toEqual([]);
    expect(store.requestStatesChangedSince(5)).toBeNull();
  });

  it('counts, in a process reading the store, the clicks another wrote, and nothing else it writes', async () => {
    const { bot, reader } = await botAndReader();
    const request = bot.record().requests[0]!;
    const seen = reader.requestStatesVersion();
    await bot.updateState((state) => void (state.seenEvents.E1 = new Date().toISOString()));
    await reader.refresh();
    expect(reader.requestStatesVersion()).toBe(seen);
    await bot.setRequestState(request.id, 'done', 'U1', new Date());
    expect(await reader.refresh()).toBe(true);
    expect(reader.requestStatesVersion()).toBeGreaterThan(seen);
    expect(reader.requestStatesChangedSince(seen)).toEqual([request.id]);
    expect(reader.requestState(request.id).status).toBe('done');
  });

  it('counts, in a process reading the store, an evidence decision another wrote', async () => {
    const { bot, reader } = await botAndReader();
    const request = bot.record().requests[0]!;
    const item = bot.record().items[0]!;
    const seen = reader.requestStatesVersion();
    await bot.updateState((state) => {
      (state.evidence ??= {})[request.id] = [{ itemId: item.id, meetingId: item.meetingId, decision: 'confirmed', by: 'U1', at: new Date().toISOString() }];
    });
    expect(await reader.refresh()).toBe(true);
    expect(reader.requestStatesVersion()).toBeGreaterThan(seen);
  });
});

const minutes = ParsedDocument.parse({
  kind: 'minutes',
  meetings: [
    {
      committee: 'Test Scrutiny Board',
      date: '2018-01-11',
      time: '14:00',
      kind: 'minutes',
      items: [
        {
          number: '34',
          title: 'Private Fostering',
          body: 'The Board considered private fostering arrangements.',
          requests: [{ text: 'Requests an update in March 2018.', kind: 'update', due: { text: 'in March 2018', date: '2018-03-31' } }],
        },
      ],
    },
  ],
});
