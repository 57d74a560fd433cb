// Follow buttons, end to end: answers to /scrutiny carry Follow on their topic, on requests (for
// members; co-ordinators get Mark done there) and on agenda items still ahead; a click follows for
// the member who pressed it and tells them alone. A followed agenda item brings a direct message
// when the fake ModernGov publishes its minutes: what was resolved and asked on it, and nothing of
// an exempt item but its title.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFollowRef } from '../../src/slack/blocks/action-values.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import type { Board } from '../slack/support/board.ts';
import { ADMIN, CHANNEL, MEMBER, buttonClick, type SlackHarness } from '../slack/support/signed-slack.ts';
import { answerTo, buttonsIn } from '../support/slack-test-bed.ts';
import type { FakeModernGov } from '../sync/fake-moderngov.ts';
import { announceOnce, boardWith, moderngov, slackFor, syncFrom } from './support.ts';

type AnyBlock = Record<string, any>;

const ephemeral = { type: 'message', is_ephemeral: true, message_ts: '1770000000.000100', channel_id: CHANNEL };
const promisesFixture = (name: string) => readFileSync(new URL(`../fixtures/promises/moderngov/${name}`, import.meta.url), 'utf8');

const followButtons = (blocks: AnyBlock[] | undefined) => buttonsIn(blocks, ActionIds.follow);
const ask = (harness: SlackHarness, text: string, user: string, responseId: string) => answerTo(harness, text, { user, responseId });

async function press(harness: SlackHarness, user: string, value: string, responseId: string): Promise<AnyBlock> {
  await harness.action(buttonClick({ harness, user, actionId: ActionIds.follow, value, channel: CHANNEL, responseId, container: ephemeral }));
  return (await harness.slack.waitFor('response_url', { where: (c) => c.id === responseId })).body;
}

/** A board synced from the fake ModernGov, with the agenda of 19 March 2026 published. */
async function boardWithAgenda(): Promise<{ board: Board; mg: FakeModernGov }> {
  const mg = await moderngov();
  const board = await boardWith('2026-02-01T09:00:00Z');
  mg.routes.meeting['9104'] = promisesFixture('board-meeting-9104-agenda.xml');
  await syncFrom(mg, board.store, board.clock);
  board.clock.set('2026-03-02T09:00:00Z');
  return { board, mg };
}

describe('Follow buttons on answers', () => {
  it('follows an agenda item ahead, and messages its follower when its minutes say what was resolved and asked', async () => {
    const { board, mg } = await boardWithAgenda();
    const h = await slackFor(board);

    const next = await ask(h, 'next meeting', MEMBER, 'next');
    const buttons = followButtons(next.blocks).filter((b) => decodeFollowRef(b.value)?.k === 'item');
    // One per agenda item ahead (the exempt one too: its title is all that is ever said of it).
    expect(buttons).toHaveLength(4);
    const awareness = board.store.itemsOf(board.store.record().meetings.find((m) => m.externalId?.endsWith(':9104'))!.id).find((i) => i.title.startsWith('Private Fostering Awareness'))!;
    const exempt = board.store.itemsOf(awareness.meetingId).find((i) => i.private)!;
    const button = buttons.find((b) => decodeFollowRef(b.value)?.t === awareness.id)!;
    expect(button.text.text).toBe('Follow');
    expect(button.accessibility_label).toBe('Follow: Private Fostering Awareness in Schools - Update');

    const said = await press(h, MEMBER, button.value, 'pressed');
    expect(said.replace_original).toBe(false);
    expect(said.text).toContain('You now follow "Private Fostering Awareness in Schools - Update"');
    expect(JSON.stringify(said.blocks)).toContain('in the minutes, with what was resolved and any request made on it');
    expect((await press(h, MEMBER, button.value, 'again')).text).toContain('You already follow');
    const exemptButton = buttons.find((b) => decodeFollowRef(b.value)?.t === exempt.id)!;
    await press(h, ADMIN, exemptButton.value, 'admin-exempt');
    expect(board.store.state().follows).toEqual([
      expect.objectContaining({ user: MEMBER, kind: 'item', target: awareness.id, meetingId: awareness.meetingId, title: awareness.title }),
      expect.objectContaining({ user: ADMIN, kind: 'item', target: exempt.id }),
    ]);
    expect(JSON.stringify((await ask(h, 'following', MEMBER, 'list')).blocks)).toContain('Private Fostering Awareness in Schools - Update, Thursday 19 March 2026');

    // The minutes are published and synced.
    mg.routes.meeting['9104'] = promisesFixture('board-meeting-9104-minutes.xml');
    board.clock.set('2026-03-25T08:00:00Z');
    const synced = await syncFrom(mg, board.store, board.clock);
    expect(synced.news.newMinutesMeetingIds).toContain(awareness.meetingId);
    await announceOnce(board, h.slack.apiUrl, synced.news);
    await announceOnce(board, h.slack.apiUrl, synced.news);

    const [dm, ...more] = h.slack.messages(MEMBER);
    expect(more).toHaveLength(0);
    expect(dm!.text).toContain('An agenda item you follow is in the minutes of Thursday 19 March 2026');
    expect(dm!.text).toContain('Private Fostering Awareness in Schools - Update');
    expect(dm!.text).toContain('Notes the awareness raising carried out with primary and secondary schools.');
    expect(dm!.text).toMatch(/Asked for:\n• Requests a breakdown of notifications by school phase/);
    // The exempt item: its title, marked exempt, and nothing of what was resolved on it.
    const [adminDm] = h.slack.messages(ADMIN);
    expect(adminDm!.text).toContain('Private Fostering Placement - Named Child (exempt)');
    expect(adminDm!.text).not.toContain('monthly review');
  });

  it('offers the answer\'s topic and each request to a member, Mark done instead to a co-ordinator, and refuses a forged value', async () => {
    const { board, mg } = await boardWithAgenda();
    const h = await slackFor(board);

    const resolved = await ask(h, 'what was resolved on private fostering?', MEMBER, 'topic');
    const topic = followButtons(resolved.blocks).find((b) => decodeFollowRef(b.value)?.k === 'topic')!;
    expect(topic.text.text).toBe('Follow “private fostering”');
    // It sits in the answer's row of buttons, beside Share in channel.
    const row = resolved.blocks.find((b: AnyBlock) => b.block_id === 'answer_actions');
    expect(row.elements.map((e: AnyBlock) => e.action_id)).toEqual([ActionIds.shareAnswer, ActionIds.follow]);
    expect((await press(h, MEMBER, topic.value, 'topic-press')).text).toContain('You now follow "private fostering"');

    const awareness = board.requestId('Requests an update on private fostering awareness');
    const requests = await ask(h, 'outstanding requests', MEMBER, 'requests');
    const requestButton = followButtons(requests.blocks).find((b) => decodeFollowRef(b.value)?.t === awareness)!;
    expect(requestButton.accessibility_label).toMatch(/^Follow: Requests an update on private fostering awareness/);
    expect((await press(h, MEMBER, requestButton.value, 'request-press')).text).toContain(`You now follow request ${awareness}`);
    expect(board.store.state().follows?.map((f) => [f.kind, f.target])).toEqual([
      ['topic', 'private fostering'],
      ['request', awareness],
    ]);

    // A co-ordinator's request entries carry Mark done, not Follow.
    const coordinators = await ask(h, 'outstanding requests', ADMIN, 'admin-requests');
    expect(followButtons(coordinators.blocks).filter((b) => decodeFollowRef(b.value)?.k === 'request')).toHaveLength(0);

    // Help and settings are not topics.
    expect(followButtons((await ask(h, 'help', MEMBER, 'help')).blocks)).toHaveLength(0);

    const forged = await press(h, MEMBER, '{"k":"topic","t":""}', 'forged');
    expect(forged.text).toContain('That button could not be read');
    expect(board.store.state().follows).toHaveLength(2);
  });

  it('follows a request from the Home tab and says so there', async () => {
    const { board, mg } = await boardWithAgenda();
    const h = await slackFor(board);
    await h.event({ type: 'app_home_opened', user: MEMBER, channel: 'D0HOME', tab: 'home', event_ts: '1772000000.000100' });
    const home = (await h.slack.waitFor('views.publish')).body;
    const button = followButtons(home.view.blocks)[0]!;
    expect(decodeFollowRef(button.value)?.k).toBe('request');
    await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.follow, value: button.value, container: { type: 'view', view_id: 'V1' }, view: { id: 'V1', type: 'home', callback_id: 'scrutiny_home' } }));
    const again = (await h.slack.waitFor('views.publish', { count: 2 })).body;
    expect(JSON.stringify(again.view.blocks)).toContain('You now follow request');
    expect(JSON.stringify(again.view.blocks)).toContain('• Request: ');
  });
});
