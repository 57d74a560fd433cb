// A disk that refuses writes, under the real store and the real Slack app (signed HTTP, the fake
// Slack): the request journal on a full device (/dev/full answers every write with ENOSPC), and the
// record and state files on a disk gone read-only (EROFS from the file writer, below the store).
// The member is told the truth, nothing changes in memory before a write succeeded, mentions and
// direct messages are still answered, and once the disk takes writes again everything works.
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextFile } from 'lowdb/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/engine.ts';
import { ManualClock } from '../../src/clock.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import { openStore, storeFiles } from '../../src/store/lowdb-store.ts';
import { FAKE_BOT_USER_ID } from '../support/fake-slack.ts';
import { boardOf, FIXTURE, type Board } from '../slack/support/board.ts';
import { ADMIN, CHANNEL, MEMBER, buttonClick, startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';

const PAPER = 'Minutes of the Scrutiny Board held on 1 March 2024\n\nPresent: Councillor A Smith\n\n1. Item\n\nRESOLVED that it be noted.\n';

let db: string;
let board: Board;
let h: SlackHarness;
/** The error code every whole-file write fails with, or null when the disk takes writes. */
const disk: { refuses: string | null } = { refuses: null };

beforeEach(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'scrutiny-disk-'));
  db = join(dir, 'scrutiny.json');
  disk.refuses = null;
  const store = await openStore(db, {
    textFile: (file) => {
      const real = new TextFile(file);
      return {
        async write(text: string) {
          if (disk.refuses) throw Object.assign(new Error(`${disk.refuses}: simulated, open '${file}'`), { code: disk.refuses });
          await real.write(text);
        },
      };
    },
  });
  await store.ingest(FIXTURE, { name: '2018-01-11-minutes.txt', sha256: 'fixture-2018-01-11', bytes: 1000, kind: 'minutes' });
  const clock = new ManualClock('2018-02-01T09:00:00Z');
  board = boardOf(dir, store, await createEngine({ store, clock, snapshotPath: null }), clock);
  h = await startSignedSlack(board);
});
afterEach(async () => {
  await h.stop();
  await board.close();
});

function markDone(request: string, responseId: string) {
  return h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value: JSON.stringify({ r: request }), channel: CHANNEL, responseId, container: { type: 'message', is_ephemeral: true } }));
}

let seq = 0;
async function sharePaper(name: string): Promise<Record<string, any>> {
  const ts = `1517475600.${String(++seq).padStart(6, '0')}`;
  const file = h.slack.addFile({ id: `F9${seq}`, name, bytes: Buffer.from(PAPER) });
  await h.event({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0ADMIN', user: ADMIN, text: '', ts, files: [file] });
  return (await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === ts, timeoutMs: 60_000 })).body;
}

describe('a full disk (ENOSPC) under the request journal', () => {
  it('Mark done says it was not saved, the request stays open in memory and after a restart, and works once there is room', async () => {
    const census = board.requestId('Requests an update on the census');
    const journal = storeFiles(db).requestLog;
    await rm(journal, { force: true });
    await symlink('/dev/full', journal);

    await markDone(census, 'full');
    const told = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'full' })).body;
    expect(told.text).toMatch(/^Not saved: the record could not be written, so “Requests an update on the census returns in March 2018\.” is still open\./);
    expect(board.store.requestState(census).status).toBe('open');
    expect(h.logger.lines.some((l) => l.includes('the disk is full'))).toBe(true);

    await rm(journal);
    expect((await openStore(db)).requestState(census).status).toBe('open');
    await markDone(census, 'room');
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'room' })).body.text).not.toMatch(/Not saved/);
    expect(board.store.requestState(census).status).toBe('done');
    expect((await openStore(db)).requestState(census).status).toBe('done');
  });
});

describe('a disk gone read-only (EROFS) under the record and state files', () => {
  it('a paper shared is told so and changes nothing, in memory or on disk; once writable it goes in', async () => {
    disk.refuses = 'EROFS';
    const reply = await sharePaper('minutes.txt');
    expect(reply.text).toBe('Could not add minutes.txt to the record.');
    expect(JSON.stringify(reply.blocks)).toContain('the record cannot be written (the disk is read-only); nothing was changed.');
    expect(board.store.record().documents.map((d) => d.name)).toEqual(['2018-01-11-minutes.txt']);
    expect((await openStore(db)).record().documents.map((d) => d.name)).toEqual(['2018-01-11-minutes.txt']);

    disk.refuses = null;
    expect((await sharePaper('minutes-again.txt')).text).toBe('Added minutes-again.txt to the record.');
    expect((await openStore(db)).record().documents.map((d) => d.name)).toContain('minutes-again.txt');
  });

  it('mentions and direct messages are still answered, though the record of handled events cannot be written', async () => {
    disk.refuses = 'EROFS';
    // The handled events' journal is appended to, not written whole: a full device under it.
    const journal = storeFiles(db).replayKeys;
    await rm(journal, { force: true });
    await symlink('/dev/full', journal);
    await h.event({ type: 'app_mention', user: MEMBER, channel: CHANNEL, text: `<@${FAKE_BOT_USER_ID}> next meeting`, ts: '1517475600.000401' }, { eventId: 'EvMENTION' });
    await h.event({ type: 'message', channel: 'DMEMBER1', channel_type: 'im', user: MEMBER, text: 'outstanding requests', ts: '1517475600.000402' }, { eventId: 'EvDM' });
    await h.slack.waitFor('chat.postMessage', { count: 2 });
    const answers = h.slack.calls('chat.postMessage');
    expect(answers.map((c) => c.body.thread_ts).sort()).toEqual(['1517475600.000401', '1517475600.000402']);
    expect(answers.find((c) => c.body.thread_ts === '1517475600.000401')!.body.text).toContain('Thursday 8 March 2018');
    expect(h.logger.lines.some((l) => l.includes('Could not record a Slack request as handled'))).toBe(true);
    expect(await board.store.replayKeySeen('EvMENTION')).toBe(false);
    expect(await board.store.replayKeySeen('EvDM')).toBe(false);
  });
});
