// A paper shared in Slack must never cost the other members their answers. Through the real Bolt
// app (signed HTTP) and the fake Slack: while a co-ordinator's paper is being read, another
// member's /scrutiny is acknowledged and answered; a paper that never finishes reading is stopped
// by the paper worker's budget and refused with the reason.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPipeline, type IngestPipeline } from '../../src/ingest/ingest-paths.ts';
import { parsePaperIsolated } from '../../src/ingest/paper-job.ts';
import { MAX_SHARED_FILE_BYTES } from '../../src/sync/shared-files.ts';
import { createIsolatedRunner, IsolationError, isolatedJob, type IsolatedRunner } from '../../src/worker/isolated.ts';
import { createBoard, type Board } from '../slack/support/board.ts';
import { ADMIN, MEMBER, startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';
import type { neverFinishes } from './support/stuck-job.ts';

const NEVER_FINISHES = isolatedJob<typeof neverFinishes>(new URL('./support/stuck-job.ts', import.meta.url), 'neverFinishes');
const BUDGET_MS = 10_000;

let board: Board;
let h: SlackHarness;
let runner: IsolatedRunner | null = null;
let seq = 0;

beforeEach(async () => {
  board = await createBoard('2018-02-01T09:00:00Z');
});
afterEach(async () => {
  await h.stop();
  await runner?.close();
  runner = null;
  await board.close();
});

function sharePaper(name: string, bytes: Buffer): { ts: string; sent: Promise<unknown> } {
  const file = h.slack.addFile({ id: `F9${++seq}`, name, bytes, mimetype: 'text/plain', filetype: 'text' });
  const ts = `1517475600.${String(seq).padStart(6, '0')}`;
  return { ts, sent: h.event({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0ADMIN', user: ADMIN, text: '', ts, files: [file] }) };
}

const replyIn = (ts: string) => h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === ts, timeoutMs: 60_000 });

describe('papers shared in Slack beside other members', () => {
  it('"Meeting closed:" and 8 KB of tabs, shared while another member asks: both are answered', async () => {
    h = await startSignedSlack(board);
    const minutes = `Minutes of the Scrutiny Board held on Friday 1 March 2024\n\nPresent: Councillor A Smith (Chair)\n\n1. Work of the board\n\nRESOLVED that the report be noted.\n\nMeeting closed:${'\t'.repeat(8 * 1024)})x\n`;
    const paper = sharePaper('closed.txt', Buffer.from(minutes));
    const ack = await h.command('next meeting', { user: MEMBER, responseId: 'member' });
    expect(ack.status).toBe(200);
    expect((await paper.sent as { status: number }).status).toBe(200);

    const answer = await h.slack.waitFor('response_url', { where: (c) => c.id === 'member', timeoutMs: 60_000 });
    expect(answer.body.text).toContain('Thursday 8 March 2018');
    const reply = await replyIn(paper.ts);
    expect(reply.body.text).toBe('Added closed.txt to the record.');
  });

  it('a paper that never finishes reading: the member is answered meanwhile, and the paper is refused with the reason', async () => {
    runner = createIsolatedRunner({ timeBudgetMs: BUDGET_MS });
    const stuck = runner;
    const pipeline: IngestPipeline = {
      read: defaultPipeline.read,
      parse: (file) =>
        stuck.run(NEVER_FINISHES, [file.bytes, file.name]).catch((error: unknown) => {
          if (error instanceof IsolationError) return { ok: false as const, reason: error.message };
          throw error;
        }),
    };
    h = await startSignedSlack(board, { deps: { pipeline } });

    const paper = sharePaper('endless.txt', Buffer.from('Minutes of the Scrutiny Board held on 1 March 2024\n'));
    await vi.waitFor(() => expect(stuck.stats.running).toBe(1), { timeout: 30_000, interval: 20 });

    const ack = await h.command('next meeting', { user: MEMBER, responseId: 'meanwhile' });
    expect(ack.status).toBe(200);
    const answer = await h.slack.waitFor('response_url', { where: (c) => c.id === 'meanwhile', timeoutMs: 30_000 });
    expect(answer.body.text).toContain('Thursday 8 March 2018');
    // Answered while the paper was still being read.
    expect(stuck.stats).toMatchObject({ running: 1, stopped: 0 });
    expect(h.slack.calls('chat.postMessage').filter((c) => c.body.thread_ts === paper.ts)).toEqual([]);

    const reply = await replyIn(paper.ts);
    expect(reply.body.text).toBe('Could not add endless.txt to the record.');
    expect(JSON.stringify(reply.body.blocks)).toContain(`Could not read it: reading it took longer than ${BUDGET_MS / 1000} seconds, so it was stopped`);
    expect(stuck.stats.stopped).toBe(1);
    expect(board.store.record().documents).toHaveLength(1);
  });

  it('19 MB of minutes with 100,000 RESOLVED lines: the member is answered while it is read, and it is refused with the reason', async () => {
    runner = createIsolatedRunner();
    const reader = runner;
    h = await startSignedSlack(board, { deps: { pipeline: { read: defaultPipeline.read, parse: (file) => parsePaperIsolated(file.bytes, file.name, reader) } } });
    const parts = ['Minutes of the Scrutiny Board held on Friday 1 March 2024\n\nPresent: Councillor A Smith (Chair)\n\n'];
    let size = parts[0]!.length;
    for (let i = 1; size < 19 * 1024 * 1024; i++) {
      const item = `${i}. Report on matter ${i}\n\nThe Board considered a report of the Director on matter ${i}, its costs and the timetable agreed with partners.\n\nRESOLVED that the report be noted.\n\n`;
      parts.push(item);
      size += item.length;
    }
    const bytes = Buffer.from(parts.join(''));
    expect(bytes.length).toBeLessThan(MAX_SHARED_FILE_BYTES);
    expect(parts.length).toBeGreaterThan(100_000);

    const paper = sharePaper('huge.txt', bytes);
    await vi.waitFor(() => expect(reader.stats.running).toBe(1), { timeout: 60_000, interval: 20 });
    const ack = await h.command('next meeting', { user: MEMBER, responseId: 'while-reading' });
    expect(ack.status).toBe(200);
    const answer = await h.slack.waitFor('response_url', { where: (c) => c.id === 'while-reading', timeoutMs: 30_000 });
    expect(answer.body.text).toContain('Thursday 8 March 2018');
    // Answered while the paper was still being read, off the event loop.
    expect(reader.stats.running).toBe(1);

    const reply = await replyIn(paper.ts);
    expect(reply.body.text).toBe('Could not add huge.txt to the record.');
    expect(JSON.stringify(reply.body.blocks)).toMatch(/Could not read it: it reads as over [\d,]+ meetings, items, resolutions and requests, far more than any council paper, so it was not added/);
    expect(board.store.record().documents).toHaveLength(1);
  }, 120_000);
});
