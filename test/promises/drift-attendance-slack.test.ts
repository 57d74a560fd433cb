// Drift and attendance through the real app in HTTP mode: papers from the fake ModernGov and
// invented later minutes, questions as signed /scrutiny commands, answers read back from the fake
// Slack, and the agenda reminder posted by the scheduler.
import { afterEach, describe, expect, it } from 'vitest';
import type { Board } from '../slack/support/board.ts';
import { startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';
import { laterPaper } from '../answers/promises-corpus.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from '../sync/fake-moderngov.ts';
import { subscribe } from '../reminders/fixtures.ts';
import { WITH_CORPUS, boardWith, remindOnce, syncFrom } from './support.ts';

let board: Board | null = null;
let h: SlackHarness | null = null;
let mg: FakeModernGov | null = null;
afterEach(async () => {
  await h?.stop();
  await board?.close();
  await mg?.close();
  h = board = mg = null;
});

const allText = (body: Record<string, any>) => JSON.stringify(body.blocks ?? []);

describe('attendance from ModernGov, asked in Slack', () => {
  it('keeps a member ModernGov records as absent, and shows the rate and the board table', async () => {
    mg = await startFakeModernGov(boardRoutes());
    board = await boardWith('2026-01-20T09:00:00Z');
    await syncFrom(mg, board.store, board.clock);
    h = await startSignedSlack(board);

    await h.command('attendance of Councillor Lakha', { responseId: 'lakha' });
    const lakha = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'lakha' })).body;
    expect(lakha.text).toContain('Councillor R Lakha: attended 0, apologies 0, absent 1 of 1 meeting (0%)');
    expect(allText(lakha)).toContain('Recorded as absent');

    await h.command('attendance table', { responseId: 'table' });
    const table = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'table' })).body;
    const text = allText(table);
    expect(table.text).toMatch(/^Attendance at Education and Children.s Services Scrutiny Board \(2\)/);
    expect(text).toContain('Councillor R Lakha');
    expect(text).toContain('0% · attended 0 of 1 · apologies 0 · absent 1');
    expect(text).toContain('Councillor K Sandhu');
    expect(text).toContain('0% · attended 0 of 1 · apologies 1 · absent 0');
    expect(text).toContain('100% · attended 1 of 1');
    // A cabinet member in attendance has no seat, so no rate.
    expect(text).not.toContain('Seaman');
  });
});

describe('drift, asked in Slack and posted before the next meeting', () => {
  it('answers "what has slipped" with the moved item\'s two dates', async () => {
    board = await boardWith('2018-03-05T12:00:00Z', [...WITH_CORPUS, laterPaper('2018-03-01-minutes.txt'), laterPaper('2018-03-work-programme.txt')]);
    h = await startSignedSlack(board);
    await h.command('what has slipped?', { responseId: 'slipped' });
    const body = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'slipped' })).body;
    expect(body.text).toMatch(/slipped/);
    const text = allText(body);
    expect(text).toContain('Improvement Board Report – 10th January 2018');
    expect(text).toContain("Planned for Thursday 1 March 2018; not on that meeting's agenda or in its minutes.");
    expect(text).toContain('Planned for Thursday 14 September 2017; moved to Thursday 26 April 2018.');
  });

  it('the agenda reminder lists the requests due at the meeting and what slipped before it', async () => {
    board = await boardWith('2018-03-22T09:00:00Z', [...WITH_CORPUS, laterPaper('2018-03-01-minutes.txt'), laterPaper('2018-03-work-programme.txt')]);
    h = await startSignedSlack(board);
    await subscribe(board.store, { channel: 'CBOARD1', kind: 'agenda', createdAt: '2018-03-01T12:00:00Z' });
    await remindOnce(board, h.slack.apiUrl);
    const [post] = h.slack.messages('CBOARD1');
    expect(post?.text).toContain('Reminder: planned meeting on Thursday 29 March 2018');
    const blocks = JSON.stringify(post!.blocks);
    expect(blocks).toContain('Requests due at this meeting');
    expect(blocks).toContain('Requests an update on areas requiring improvement to the Board in March 2018.');
    expect(blocks).toContain('Slipped from earlier meetings');
    expect(blocks).toContain('Improvement Board Report – 10th January 2018');
  });
});
