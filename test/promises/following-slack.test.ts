// Following, end to end: members follow a topic with /scrutiny through the real app
// in HTTP mode, a sync from the fake ModernGov brings a newly published agenda, and
// the bot sends each follower a direct message through the fake Slack: not to a
// member who snoozed, not twice, and nothing of an exempt item but its title.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMIN, MEMBER, type SlackHarness } from '../slack/support/signed-slack.ts';
import { answerTo } from '../support/slack-test-bed.ts';
import { announceOnce, boardWith, moderngov, remindOnce, slackFor, syncFrom } from './support.ts';

const OTHER = 'UMEMBER2';

async function say(harness: SlackHarness, text: string, user: string): Promise<string> {
  return JSON.stringify(await answerTo(harness, text, { user, responseId: `${user}-${text}` }));
}

describe('following a topic', () => {
  it('lists, snoozes and unfollows, and messages followers when a followed topic is on a new agenda', async () => {
    const mg = await moderngov();
    const board = await boardWith('2026-02-01T09:00:00Z');
    await syncFrom(mg, board.store, board.clock);
    const h = await slackFor(board);

    expect(await say(h, 'follow private fostering', MEMBER)).toContain('You now follow \\"private fostering\\"');
    expect(await say(h, 'follow Private Fostering', MEMBER)).toContain('You already follow');
    expect(await say(h, 'follow youth justice', MEMBER)).toContain('You now follow');
    expect(await say(h, 'follow the', MEMBER)).toContain('cannot be followed');
    const listed = await say(h, 'following', MEMBER);
    expect(listed).toContain('You follow 2 things');
    expect(listed).toContain('private fostering');
    expect(listed).toContain('youth justice');
    // Another member's list is their own.
    expect(await say(h, 'following', ADMIN)).toContain('You follow nothing yet');
    // Kept in the store's state, as request statuses are.
    expect(board.store.state().follows).toHaveLength(2);
    // Home is personal: what this member follows.
    await h.event({ type: 'app_home_opened', user: MEMBER, channel: 'D0HOME', tab: 'home', event_ts: '1770624000.000100' });
    const home = (await h.slack.waitFor('views.publish')).body;
    expect(home.user_id).toBe(MEMBER);
    const homeText = JSON.stringify(home.view.blocks);
    expect(homeText).toContain('You follow');
    expect(homeText).toContain('• private fostering\\n• youth justice');

    await say(h, 'follow private fostering', OTHER);
    expect(await say(h, 'snooze 2 weeks', OTHER)).toContain('Messages snoozed until Sunday 15 February 2026');
    expect(await say(h, 'snooze for ever', OTHER)).toContain('For how long?');
    await h.event({ type: 'app_home_opened', user: OTHER, channel: 'D0HOME2', tab: 'home', event_ts: '1770624000.000200' });
    const otherHome = (await h.slack.waitFor('views.publish', { where: (c) => c.body.user_id === OTHER })).body;
    expect(JSON.stringify(otherHome.view.blocks)).toContain('Your messages are snoozed until Sunday 15 February 2026');
    expect(await say(h, 'follow highways', ADMIN)).toContain('You now follow');

    // A new agenda is published and synced.
    mg.routes.meeting['9104'] = readFileSync(new URL('../fixtures/promises/moderngov/board-meeting-9104-agenda.xml', import.meta.url), 'utf8');
    board.clock.set('2026-02-09T08:00:00Z');
    const synced = await syncFrom(mg, board.store, board.clock);
    expect(synced.news.newAgendaMeetingIds.length).toBeGreaterThan(0);
    await announceOnce(board, h.slack.apiUrl, synced.news);

    const [dm, ...more] = h.slack.messages(MEMBER);
    expect(more).toHaveLength(0);
    expect(dm!.text).toContain('"private fostering", "youth justice", which you follow, is on the agenda for Thursday 19 March 2026');
    expect(dm!.text).toContain('Private Fostering Awareness in Schools - Update');
    expect(dm!.text).toContain('Youth Justice Plan 2026/27');
    // The exempt item: its title, marked exempt, and nothing else of it.
    expect(dm!.text).toContain('Private Fostering Placement - Named Child (exempt)');
    expect(dm!.text).not.toContain('Named Child Case Summary');
    // Snoozed, and following nothing on the agenda: no message.
    expect(h.slack.messages(OTHER)).toHaveLength(0);
    expect(h.slack.messages(ADMIN)).toHaveLength(0);

    // The same news again (a retry) sends nothing twice.
    await announceOnce(board, h.slack.apiUrl, synced.news);
    expect(h.slack.messages(MEMBER)).toHaveLength(1);

    expect(await say(h, 'unfollow Youth Justice', MEMBER)).toContain('You no longer follow');
    expect(await say(h, 'unfollow youth justice', MEMBER)).toContain('You did not follow');
    expect(await say(h, 'unfollow all', MEMBER)).toContain('You follow nothing now (1 removed)');
    expect(board.store.state().follows?.filter((f) => f.user === MEMBER)).toEqual([]);
  });

  it('messages a member who follows a request when it is marked done, once', async () => {
    const mg = await moderngov();
    const board = await boardWith('2026-02-01T09:00:00Z');
    await syncFrom(mg, board.store, board.clock);
    const h = await slackFor(board);
    const awareness = board.requestId('Requests an update on private fostering awareness');

    expect(await say(h, `follow request ${awareness}`, MEMBER)).toContain(`You now follow request ${awareness}`);
    expect(await say(h, 'follow request no-such-request', MEMBER)).toContain('There is no request no-such-request');
    expect(await say(h, 'following', MEMBER)).toContain('private fostering awareness');

    // Nothing to say while it is open.
    await remindOnce(board, h.slack.apiUrl);
    expect(h.slack.messages(MEMBER)).toHaveLength(0);

    board.clock.set('2026-02-10T10:00:00Z');
    await board.store.setRequestState(awareness, 'done', ADMIN, board.clock.now());
    await remindOnce(board, h.slack.apiUrl);
    await remindOnce(board, h.slack.apiUrl);
    const dms = h.slack.messages(MEMBER);
    expect(dms).toHaveLength(1);
    expect(dms[0]!.text).toContain(`A request you follow was marked done by <@${ADMIN}> on Tuesday 10 February 2026`);
    expect(dms[0]!.text).toMatch(/private fostering awareness/i);
  });
});
