// Drift and attendance through the real app in HTTP mode: papers from the fake ModernGov and
// invented later minutes, questions as signed /scrutiny commands, answers read back from the fake
// Slack, and the agenda reminder posted by the scheduler.
import { describe, expect, it } from 'vitest';
import { answerTo } from '../support/slack-test-bed.ts';
import { laterPaper } from '../answers/promises-corpus.ts';
import { subscribe } from '../reminders/fixtures.ts';
import { WITH_CORPUS, boardWith, moderngov, remindOnce, slackFor, syncFrom } from './support.ts';

const allText = (body: Record<string, any>) => JSON.stringify(body.blocks ?? []);

describe('attendance from ModernGov, asked in Slack', () => {
  it('keeps a member ModernGov records as absent, and shows the rate and the board table', async () => {
    const mg = await moderngov();
    const board = await boardWith('2026-01-20T09:00:00Z');
    await syncFrom(mg, board.store, board.clock);
    const h = await slackFor(board);

    const lakha = await answerTo(h, 'attendance of Councillor Lakha');
    expect(lakha.text).toContain('Councillor R Lakha: attended 0, apologies 0, absent 1 of 1 meeting (0%)');
    expect(allText(lakha)).toContain('Recorded as absent');

    const table = await answerTo(h, 'attendance table');
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
    const board = await boardWith('2018-03-05T12:00:00Z', [...WITH_CORPUS, laterPaper('2018-03-01-minutes.txt'), laterPaper('2018-03-work-programme.txt')]);
    const h = await slackFor(board);
    const body = await answerTo(h, 'what has slipped?');
    expect(body.text).toMatch(/slipped/);
    const text = allText(body);
    expect(text).toContain('Improvement Board Report – 10th January 2018');
    expect(text).toContain("Planned for Thursday 1 March 2018; not on that meeting's agenda or in its minutes.");
    expect(text).toContain('Planned for Thursday 14 September 2017; moved to Thursday 26 April 2018.');
  });

  it('the agenda reminder lists the requests due at the meeting and what slipped before it', async () => {
    const board = await boardWith('2018-03-22T09:00:00Z', [...WITH_CORPUS, laterPaper('2018-03-01-minutes.txt'), laterPaper('2018-03-work-programme.txt')]);
    const h = await slackFor(board);
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
