// In Slack the answer thread holds the council's record and answers for it what the bot's own thread
// needs: a click on Mark done finds its request there and is written there, so the bot's thread never
// reads a copy of its own, and the store on disk, the statuses this thread keeps and the answers all
// agree afterwards, also when the disk refuses the write and when another process commits meanwhile.
import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardDirectory } from '../../src/boards/board-directory.ts';
import { singleBoardDirectory } from '../../src/boards/single-board.ts';
import type { ManualClock } from '../../src/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { startReminders } from '../../src/reminders/scheduler.ts';
import { environmentDeployment } from '../../src/config-file.ts';
import { ParsedDocument } from '../../src/model.ts';
import { createWorkerEngine, type WorkerEngine } from '../../src/serving/answer-worker.ts';
import { decodeRequestRef } from '../../src/slack/blocks/action-values.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import { openStore, storeFiles } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { subscribe } from '../reminders/fixtures.ts';
import { NEVER_READ, storeNeverRead } from '../support/record-later.ts';
import { buttonsIn } from '../support/slack-test-bed.ts';
import { BOARD, createBoard, type Board } from './support/board.ts';
import { ADMIN, buttonClick, startSignedSlack, type SlackHarness } from './support/signed-slack.ts';

const opened: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.stop();
});

/** The bot as it runs in Slack over the board's store: this thread's store never read, the record in an answer thread. */
/** The boards over the board's store as the bot holds them in Slack: this thread's store never read, the record in an answer thread. */
async function heldElsewhere(board: Board, committeeName: string | null = null): Promise<{ boards: BoardDirectory; store: Store; worker: WorkerEngine }> {
  const db = join(board.dir, 'scrutiny.json');
  const store = await storeNeverRead(db);
  const worker = createWorkerEngine({ store, clock: board.clock, snapshotPath: null });
  opened.push({ stop: () => board.close() }, { stop: () => worker.close() });
  await worker.started();
  const sole = environmentDeployment({ dbPath: db, moderngov: null, coordinators: [ADMIN] });
  const deployment = { ...sole, boards: sole.boards.map((b) => ({ ...b, committeeName })) };
  const council = deployment.councils[0]!;
  const boards = new BoardDirectory({ deployment, councils: new Map([[council.id, { settings: council, store, engine: worker, records: worker.records }]]), workspace: store });
  return { boards, store, worker };
}

async function botOver(board: Board, committeeName: string | null = null): Promise<{ h: SlackHarness; store: Store; worker: WorkerEngine }> {
  const { boards, store, worker } = await heldElsewhere(board, committeeName);
  const h = await startSignedSlack({ boards, clock: board.clock });
  opened.push({ stop: () => h.stop() });
  return { h, store, worker };
}

async function firstMarkDone(h: SlackHarness): Promise<{ value: string; id: string }> {
  await h.command('outstanding requests', { responseId: 'requests', user: ADMIN });
  const blocks = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'requests' })).body.blocks;
  const [button] = buttonsIn(blocks, ActionIds.markRequestDone);
  return { value: button!.value, id: decodeRequestRef(button!.value)!.r };
}

function click(h: SlackHarness, value: string, responseId: string) {
  return h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value, responseId, container: { type: 'message', is_ephemeral: true } }));
}

describe('Mark done on a bot whose answer thread holds the record', () => {
  it('is found and written there: the disk, this thread and the re-rendered answer agree, and nothing read a copy here', async () => {
    const board = await createBoard('2018-02-01T09:00:00Z');
    const { h, store } = await botOver(board);
    const { value, id } = await firstMarkDone(h);
    await click(h, value, 'click');
    const rerendered = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'click' })).body;
    expect(rerendered.replace_original).toBe(true);
    expect(JSON.stringify(rerendered.blocks)).toContain('Marked done: ');
    // The answer re-rendered without the request among the open ones: its only button now is Reopen.
    expect(buttonsIn(rerendered.blocks, ActionIds.markRequestDone).some((b) => decodeRequestRef(b.value)!.r === id)).toBe(false);
    expect(store.requestState(id)).toMatchObject({ status: 'done', changedBy: ADMIN });
    expect((await openStore(join(board.dir, 'scrutiny.json'))).requestState(id)).toMatchObject({ status: 'done', changedBy: ADMIN });
    expect(h.logger.lines.filter((line) => line.includes(NEVER_READ) || line.includes('ERROR'))).toEqual([]);
  }, 60_000);

  it('a request no record holds is said to be gone, and a full disk under the journal is told as not saved', async () => {
    const board = await createBoard('2018-02-01T09:00:00Z');
    const { h, store } = await botOver(board);
    const { value, id } = await firstMarkDone(h);
    await click(h, JSON.stringify({ r: 'q-NoSuchRequest00' }), 'gone');
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'gone' })).body.text).toBe('That request is no longer in the record.');

    const journal = storeFiles(join(board.dir, 'scrutiny.json')).requestLog;
    await rm(journal, { force: true });
    await symlink('/dev/full', journal);
    await click(h, value, 'full');
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'full' })).body.text).toMatch(/^Not saved: the record could not be written, so “.+” is still open\./);
    expect(store.requestState(id).status).toBe('open');
    await rm(journal);
    expect((await openStore(join(board.dir, 'scrutiny.json'))).requestState(id).status).toBe('open');
    expect(h.logger.lines.filter((line) => line.includes(NEVER_READ))).toEqual([]);
  }, 60_000);

  it('after another process committed a paper, this thread hears of it without reading it and the click still lands', async () => {
    const board = await createBoard('2018-02-01T09:00:00Z');
    const { h, store } = await botOver(board);
    const { value, id } = await firstMarkDone(h);
    const other = await openStore(join(board.dir, 'scrutiny.json'));
    const before = structuredClone(board.store.record());
    expect(before.meetings.length).toBeGreaterThan(0);
    const later = ParsedDocument.parse({ kind: 'minutes', meetings: [{ committee: 'Harbour Works Panel', date: '2018-03-08', kind: 'minutes', items: [{ number: '1', title: 'Slipway repairs', body: 'The panel heard of the slipway.' }] }] });
    await other.ingest(later, { name: 'later.txt', sha256: 'later-minutes-0001', bytes: 100, kind: 'minutes' });
    expect(await store.refresh()).toBe(true);
    await click(h, value, 'click');
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'click' });
    expect(store.requestState(id).status).toBe('done');
    expect((await openStore(join(board.dir, 'scrutiny.json'))).record().meetings.length).toBe(before.meetings.length + 1);
  }, 60_000);
});

describe('a board configured by its committee, on a bot whose answer thread holds the record', () => {
  it('is matched to the committee as the record spells it, from what the answer thread says, reading no copy here', async () => {
    const board = await createBoard('2018-02-01T09:00:00Z');
    const { h } = await botOver(board, BOARD.toUpperCase());
    await h.command('outstanding requests', { responseId: 'asked' });
    const body = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'asked' })).body;
    expect(JSON.stringify(body)).toContain('census returns');
    expect(h.logger.lines.filter((line) => line.includes(NEVER_READ) || line.includes('ERROR'))).toEqual([]);
  }, 60_000);
});

describe('the Home tab of a bot whose answer thread holds the record', () => {
  it('shows what a bot holding its own copy shows, its record part asked of the answer thread', async () => {
    const board = await createBoard('2018-02-01T09:00:00Z');
    const { h } = await botOver(board, BOARD);
    const here = await startSignedSlack(board);
    opened.push({ stop: () => here.stop() });
    const views: string[] = [];
    for (const harness of [h, here]) {
      await harness.command('follow census', { responseId: 'follow', user: ADMIN });
      await harness.slack.waitFor('response_url', { where: (c) => c.id === 'follow' });
      await harness.event({ type: 'app_home_opened', user: ADMIN, channel: 'DADMIN1', tab: 'home' });
      views.push(JSON.stringify((await harness.slack.waitFor('views.publish')).body.view));
    }
    expect(views[0]).toContain('Thursday 8 March 2018');
    expect(views[0]).toContain('census');
    expect(views[0]).toBe(views[1]);
    expect(h.logger.lines.filter((line) => line.includes(NEVER_READ) || line.includes('ERROR'))).toEqual([]);
  }, 60_000);
});

describe('reminders of a bot whose answer thread holds the record', () => {
  it('are planned and composed there, and post what a bot holding its own copy posts', async () => {
    const printedBy = async (boards: BoardDirectory, clock: ManualClock, store: Store) => {
      for (const kind of ['agenda', 'requests'] as const) await subscribe(store, { channel: 'C1', kind, createdAt: '2018-01-20T12:00:00Z' });
      const printed: string[] = [];
      const logger = createLogger({ capture: true, level: 'debug' });
      const reminders = startReminders({ boards, clock, logger, outlet: { kind: 'console', print: (channel, text) => printed.push(`${channel}: ${text}`) }, intervalMs: 0 });
      clock.set('2018-03-01T09:01:00Z');
      await reminders.tick();
      await reminders.stop();
      expect(logger.lines.filter((line) => line.includes(NEVER_READ) || line.includes('ERROR'))).toEqual([]);
      return printed;
    };
    const held = await createBoard('2018-02-01T09:00:00Z');
    const { boards, store } = await heldElsewhere(held, BOARD);
    const here = await createBoard('2018-02-01T09:00:00Z');
    opened.push({ stop: () => here.close() });
    const posted = await printedBy(boards, held.clock, store);
    expect(posted.some((line) => line.includes('Thursday 8 March 2018'))).toBe(true);
    expect(posted).toEqual(await printedBy(singleBoardDirectory(here.store, here.engine, [ADMIN]), here.clock, here.store));
  }, 60_000);
});

describe('a paper shared with a bot whose answer thread holds the record', () => {
  it('is read here and merged there: the reply says what it holds, the disk and the answers have it, and nothing read a copy here', async () => {
    const board = await createBoard('2024-03-05T09:00:00Z');
    const { h } = await botOver(board);
    const paper = 'Minutes of the Scrutiny Board held on 1 March 2024\n\nPresent: Councillor A Smith\n\n1. Lighthouse keepers\n\nRESOLVED that the report on lighthouse keepers be noted.\n';
    const file = h.slack.addFile({ id: 'F9PAPER', name: 'minutes.txt', bytes: Buffer.from(paper) });
    await h.event({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0ADMIN', user: ADMIN, text: '', ts: '1709283600.000100', files: [file] });
    const reply = (await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === '1709283600.000100', timeoutMs: 60_000 })).body;
    expect(reply.text).toBe('Added minutes.txt to the record.');
    expect(JSON.stringify(reply.blocks)).toContain('1 item · 1 resolution · 0 requests');
    const onDisk = await openStore(join(board.dir, 'scrutiny.json'));
    expect(onDisk.record().resolutions.some((r) => r.text.includes('lighthouse keepers'))).toBe(true);
    await h.command('what was resolved on lighthouse keepers', { responseId: 'asked' });
    expect(JSON.stringify((await h.slack.waitFor('response_url', { where: (c) => c.id === 'asked' })).body)).toContain('the report on lighthouse keepers be noted');
    expect(h.logger.lines.filter((line) => line.includes(NEVER_READ) || line.includes('ERROR'))).toEqual([]);
  }, 60_000);
});
