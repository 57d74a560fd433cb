// The Slack app end to end: a real Bolt App over its HTTP receiver on 127.0.0.1, signed requests,
// the real store and answer engine, and the fake Slack Web API recording what the app sends.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answers/engine.ts';
import { decodeRequestRef } from '../../src/slack/blocks/action-values.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import { FAKE_BOT_USER_ID } from '../support/fake-slack.ts';
import { createBoard, replayKeysOnDisk, type Board } from './support/board.ts';
import { buttonsIn as buttonsOf, closedAfterTest, signedSlackOver } from '../support/slack-test-bed.ts';
import { ADMIN, CHANNEL, MEMBER, buttonClick, startSignedSlack, type SlackHarness } from './support/signed-slack.ts';

type AnyBlock = Record<string, any>;

function allText(blocks: AnyBlock[] | undefined): string {
  return JSON.stringify(blocks ?? []);
}

let board: Board;
let h: SlackHarness;
beforeEach(async () => ({ board, h } = await signedSlackOver(await createBoard('2018-02-01T09:00:00Z'))));

describe('/scrutiny', () => {
  it('acks before answering, then answers ephemerally with a Share in channel button', async () => {
    const reply = await h.command('next meeting', { responseId: 'next' });
    expect(reply.status).toBe(200);
    // The ack came back before the answer was posted: the answer is work done after the ack.
    expect(h.slack.calls('response_url')).toHaveLength(0);

    const answer = (await h.slack.waitFor('response_url')).body;
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain('Thursday 8 March 2018');
    expect(allText(answer.blocks)).toContain('Children Missing Education');
    expect(buttonsOf(answer.blocks, ActionIds.shareAnswer)).toHaveLength(1);
  });

  it('shows help for /scrutiny alone and for /scrutiny help, without a share button', async () => {
    await h.command('', { responseId: 'empty' });
    await h.command('help', { responseId: 'help' });
    for (const id of ['empty', 'help']) {
      const body = (await h.slack.waitFor('response_url', { where: (c) => c.id === id })).body;
      expect(allText(body.blocks)).toContain('next meeting');
      expect(buttonsOf(body.blocks, ActionIds.shareAnswer)).toHaveLength(0);
    }
  });

  it('sends /scrutiny remind to the reminder settings, changing them only for co-ordinators', async () => {
    await h.command('remind agenda 3 days before at 08:30', { user: MEMBER, responseId: 'member' });
    const refused = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'member' })).body;
    expect(refused.text).toMatch(/co-ordinators/);
    expect(board.store.state().subscriptions).toHaveLength(0);

    await h.command('remind agenda 3 days before at 08:30', { user: ADMIN, responseId: 'admin' });
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'admin' });
    expect(board.store.state().subscriptions).toMatchObject([{ channel: CHANNEL, kind: 'agenda', daysBefore: 3, at: '08:30' }]);
  });

  it('answers awkward input sensibly and never lets it ping anyone', async () => {
    const inputs = {
      long: `private fostering ${'and more words '.repeat(200)}`.slice(0, 3000),
      unicode: 'Résolutions sur le «placement familial» 🧒 — 児童',
      mrkdwn: '<!channel> *bold* <@U123|someone> & <https://example.com|click>',
      unknown: 'frobnicate the widgets',
    };
    for (const [id, text] of Object.entries(inputs)) await h.command(text, { responseId: id });
    for (const id of Object.keys(inputs)) {
      const body = (await h.slack.waitFor('response_url', { where: (c) => c.id === id })).body;
      expect(body.text.length).toBeGreaterThan(0);
      expect(body.blocks.length).toBeGreaterThan(0);
      expect(body.blocks.length).toBeLessThanOrEqual(50);
      const json = JSON.stringify(body);
      expect(json).not.toContain('<!channel>');
      expect(json).not.toContain('<@U123');
      for (const button of buttonsOf(body.blocks, ActionIds.shareAnswer)) expect(button.value.length).toBeLessThanOrEqual(2000);
    }
  });

  it('apologises briefly when answering fails, logs why, and keeps serving', async () => {
    await h.stop();
    const failing: Engine = {
      ask: (question, options) => {
        if (question.includes('explode')) throw new Error('index corrupted at segment 7');
        return board.engine.ask(question, options);
      },
      refresh: () => board.engine.refresh(),
    };
    h = closedAfterTest(await startSignedSlack(board, { engine: failing }));

    await h.command('please explode', { responseId: 'boom' });
    const apology = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'boom' })).body;
    expect(apology.text).toMatch(/^Sorry/);
    expect(JSON.stringify(apology)).not.toContain('segment 7');
    expect(h.logger.lines.some((line) => line.includes('ERROR') && line.includes('segment 7'))).toBe(true);

    await h.command('next meeting', { responseId: 'after' });
    const next = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'after' })).body;
    expect(next.text).toContain('Thursday 8 March 2018');
  });
});

describe('signatures', () => {
  it('rejects wrongly signed and stale requests, which reach no listener', async () => {
    const mention = { type: 'app_mention', user: MEMBER, channel: CHANNEL, text: `<@${FAKE_BOT_USER_ID}> next meeting`, ts: '1517475600.000100' };
    const forged = await h.event(mention, { secret: 'not-the-secret' });
    const stale = await h.event(mention, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    const forgedCommand = await h.command('next meeting', { secret: 'not-the-secret' });
    expect([forged.status, stale.status, forgedCommand.status]).toEqual([401, 401, 401]);

    // A good request after them is answered; by then anything the bad ones caused would show too.
    await h.event({ ...mention, ts: '1517475700.000100' });
    await h.slack.waitFor('chat.postMessage');
    expect(h.slack.calls().map((c) => c.method)).toEqual(['chat.postMessage']);
    expect(h.slack.calls('chat.postMessage')[0]!.body.thread_ts).toBe('1517475700.000100');
    expect(await replayKeysOnDisk(board)).toHaveLength(1);
  });

  it('serves /healthz', async () => {
    const res = await fetch(`${h.url}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('mentions and direct messages', () => {
  it('answers a mention in the thread of the question', async () => {
    await h.event({ type: 'app_mention', user: MEMBER, channel: CHANNEL, text: `<@${FAKE_BOT_USER_ID}> what was resolved on private fostering?`, ts: '1517475600.000200' });
    const post = await h.slack.waitFor('chat.postMessage');
    expect(post.body.channel).toBe(CHANNEL);
    expect(post.body.thread_ts).toBe('1517475600.000200');
    expect(allText(post.body.blocks)).toContain('That the briefing note on private fostering be noted.');
    expect(post.body.text.length).toBeGreaterThan(0);
  });

  it('answers a question asked inside a thread in that thread', async () => {
    await h.event({ type: 'app_mention', user: MEMBER, channel: CHANNEL, text: `<@${FAKE_BOT_USER_ID}> next meeting`, ts: '1517475600.000900', thread_ts: '1517475000.000100' });
    expect((await h.slack.waitFor('chat.postMessage')).body.thread_ts).toBe('1517475000.000100');
  });

  it('does not answer a re-delivered event a second time', async () => {
    const event = { type: 'app_mention', user: MEMBER, channel: CHANNEL, text: `<@${FAKE_BOT_USER_ID}> next meeting`, ts: '1517475600.000300' };
    await h.event(event, { eventId: 'EvSAME' });
    await h.slack.waitFor('chat.postMessage');
    const retry = await h.event(event, { eventId: 'EvSAME', retryNum: 1 });
    expect(retry.status).toBe(200);
    await h.event({ ...event, ts: '1517475600.000400' }, { eventId: 'EvOTHER' });
    await h.slack.waitFor('chat.postMessage', { count: 2 });
    expect(h.slack.calls('chat.postMessage').map((c) => c.body.thread_ts)).toEqual(['1517475600.000300', '1517475600.000400']);
  });

  it('remembers handled events across a restart', async () => {
    const event = { type: 'app_mention', user: MEMBER, channel: CHANNEL, text: `<@${FAKE_BOT_USER_ID}> next meeting`, ts: '1517475600.000500' };
    await h.event(event, { eventId: 'EvBEFORE' });
    await h.slack.waitFor('chat.postMessage');
    await h.stop();
    h = closedAfterTest(await startSignedSlack(board));
    await h.event(event, { eventId: 'EvBEFORE', retryNum: 2 });
    await h.event({ ...event, ts: '1517475600.000600' }, { eventId: 'EvAFTER' });
    await h.slack.waitFor('chat.postMessage');
    expect(h.slack.calls('chat.postMessage').map((c) => c.body.thread_ts)).toEqual(['1517475600.000600']);
  });

  it('answers direct messages in thread and ignores bot messages and edits', async () => {
    const dm = { type: 'message', channel: 'DMEMBER1', channel_type: 'im', user: MEMBER, text: 'outstanding requests', ts: '1517475600.000700' };
    await h.event({ ...dm, bot_id: 'BOTHER', ts: '1517475600.000701' });
    await h.event({ ...dm, subtype: 'message_changed', ts: '1517475600.000702' });
    await h.event(dm);
    const post = await h.slack.waitFor('chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'DMEMBER1', thread_ts: '1517475600.000700' });
    expect(allText(post.body.blocks)).toContain('The Board requested figures on private fostering notifications by ward.');
    expect(h.slack.calls('chat.postMessage')).toHaveLength(1);
  });
});

describe('App Home', () => {
  it('publishes a valid Home tab with the next meeting, open requests and latest resolutions', async () => {
    await h.event({ type: 'app_home_opened', user: MEMBER, channel: 'DMEMBER1', tab: 'home' });
    const publish = await h.slack.waitFor('views.publish');
    expect(publish.body.user_id).toBe(MEMBER);
    const view = publish.body.view;
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = allText(view.blocks);
    expect(text).toContain('Thursday 8 March 2018');
    expect(text).toContain('Open requests (2)');
    expect(text).toContain('That the briefing note on private fostering be noted.');
    // The exempt item shows its title only.
    expect(text).toContain('Outcome of a complaint');
    expect(text).not.toContain('confidential recommendation');
    // A member sees no buttons they cannot use; a co-ordinator gets Mark done on each open request.
    expect(buttonsOf(view.blocks, ActionIds.markRequestDone)).toHaveLength(0);
    await h.event({ type: 'app_home_opened', user: ADMIN, channel: 'DADMIN1', tab: 'home' });
    const coordinators = (await h.slack.waitFor('views.publish', { count: 2 })).body.view;
    expect(buttonsOf(coordinators.blocks, ActionIds.markRequestDone)).toHaveLength(2);
    // The fake refuses invalid views, so a recorded call that succeeded is a valid view.
    expect(h.logger.lines.filter((l) => l.includes('ERROR'))).toEqual([]);
  });
});

describe('request actions', () => {
  /** A co-ordinator's answer: only theirs carries Mark done. */
  async function ephemeralRequestsAnswer(user = ADMIN): Promise<AnyBlock[]> {
    await h.command('outstanding requests', { responseId: `requests-${user}`, user });
    return (await h.slack.waitFor('response_url', { where: (c) => c.id === `requests-${user}` })).body.blocks;
  }

  it('lets a co-ordinator mark a request done, recording who and when, and updates the message in place', async () => {
    const blocks = await ephemeralRequestsAnswer();
    const census = board.requestId('Requests an update on the census');
    const button = buttonsOf(blocks, ActionIds.markRequestDone).find((b) => decodeRequestRef(b.value)?.r === census)!;
    expect(button).toBeDefined();

    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value: button.value, channel: CHANNEL, responseId: 'done', container: { type: 'message', message_ts: '1517475600.000800', channel_id: CHANNEL, is_ephemeral: true } }));
    const update = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'done' })).body;
    expect(board.store.requestState(census)).toEqual({ status: 'done', changedBy: ADMIN, changedAt: '2018-02-01T09:00:00.000Z' });
    expect(update.replace_original).toBe(true);
    expect(allText(update.blocks)).toContain('Marked done');

    // Reopen it again from the same place.
    const reopen = buttonsOf(update.blocks, ActionIds.reopenRequest).find((b) => decodeRequestRef(b.value)?.r === census);
    expect(reopen).toBeDefined();
    board.clock.advance(60_000);
    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.reopenRequest, value: reopen!.value, channel: CHANNEL, responseId: 'reopen', container: { type: 'message', is_ephemeral: true } }));
    const reopened = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'reopen' })).body;
    expect(board.store.requestState(census)).toEqual({ status: 'open', changedBy: ADMIN, changedAt: '2018-02-01T09:01:00.000Z' });
    expect(allText(reopened.blocks)).toContain('Reopened');
    expect(buttonsOf(reopened.blocks, ActionIds.markRequestDone).some((b) => decodeRequestRef(b.value)?.r === census)).toBe(true);
  });

  it('shows members no Mark done, and politely refuses a click that comes anyway, changing nothing', async () => {
    expect(buttonsOf(await ephemeralRequestsAnswer(MEMBER), ActionIds.markRequestDone)).toHaveLength(0);
    // A co-ordinator's button, clicked by a member (a forged or forwarded payload).
    const blocks = await ephemeralRequestsAnswer();
    const [button] = buttonsOf(blocks, ActionIds.markRequestDone);
    const id = decodeRequestRef(button!.value)!.r;
    const before = structuredClone(board.store.state());

    await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.markRequestDone, value: button!.value, channel: CHANNEL, responseId: 'refused', container: { type: 'message', is_ephemeral: true } }));
    const refusal = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'refused' })).body;
    expect(refusal).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(refusal.text).toMatch(/Only the scrutiny co-ordinators/);
    expect(board.store.requestState(id)).toEqual({ status: 'open', changedBy: null, changedAt: null });
    // Nothing changed but the note that this click was handled (so a replay of it is ignored).
    const { seenEvents: _seen, ...after } = board.store.state();
    const { seenEvents: _seenBefore, ...beforeState } = before;
    expect(after).toEqual(beforeState);
    expect(h.slack.calls('chat.update')).toHaveLength(0);
  });

  it('updates a channel message in place with chat.update', async () => {
    const blocks = await ephemeralRequestsAnswer();
    const [button] = buttonsOf(blocks, ActionIds.markRequestDone);
    const id = decodeRequestRef(button!.value)!.r;
    const posted = h.slack.seedMessage(CHANNEL, { text: '2 open requests', blocks });

    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value: button!.value, channel: CHANNEL, responseId: 'chan', container: { type: 'message', message_ts: posted.ts, channel_id: CHANNEL, is_ephemeral: false }, message: { type: 'message', ts: posted.ts, text: posted.text, blocks } }));
    const update = await h.slack.waitFor('chat.update');
    expect(update.body).toMatchObject({ channel: CHANNEL, ts: posted.ts });
    const patched = update.body.blocks.find((b: AnyBlock) => decodeRequestRef(b.accessory?.value)?.r === id);
    expect(patched.accessory.action_id).toBe(ActionIds.reopenRequest);
    expect(patched.text.text).toContain(`Done by <@${ADMIN}>`);
    expect(board.store.requestState(id).status).toBe('done');
    // The other request in the message is untouched.
    expect(buttonsOf(update.body.blocks, ActionIds.markRequestDone)).toHaveLength(1);
  });

  it('re-publishes the Home tab after a change there, and refuses non-co-ordinators there too', async () => {
    await h.event({ type: 'app_home_opened', user: ADMIN, channel: 'DADMIN1', tab: 'home' });
    const view = (await h.slack.waitFor('views.publish')).body.view;
    const [button] = buttonsOf(view.blocks, ActionIds.markRequestDone);
    const id = decodeRequestRef(button!.value)!.r;

    await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.markRequestDone, value: button!.value, container: { type: 'view', view_id: 'V1' }, view: { id: 'V1', type: 'home' } }));
    const refused = (await h.slack.waitFor('views.publish', { count: 2 })).body;
    expect(refused.user_id).toBe(MEMBER);
    expect(allText(refused.view.blocks)).toContain('Only the scrutiny co-ordinators');
    expect(board.store.requestState(id).status).toBe('open');

    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value: button!.value, container: { type: 'view', view_id: 'V1' }, view: { id: 'V1', type: 'home' } }));
    const after = (await h.slack.waitFor('views.publish', { count: 3 })).body.view;
    expect(board.store.requestState(id)).toMatchObject({ status: 'done', changedBy: ADMIN });
    expect(allText(after.blocks)).toContain('Open requests (1)');
  });
});

describe('Share in channel', () => {
  it('posts the same answer for everyone in the channel', async () => {
    await h.command('what was resolved on private fostering?', { responseId: 'ask' });
    const ephemeral = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'ask' })).body;
    const [share] = buttonsOf(ephemeral.blocks, ActionIds.shareAnswer);

    await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.shareAnswer, value: share!.value, channel: CHANNEL, responseId: 'share', container: { type: 'message', is_ephemeral: true } }));
    const post = await h.slack.waitFor('chat.postMessage');
    expect(post.body.channel).toBe(CHANNEL);
    expect(post.body.thread_ts).toBeUndefined();
    expect(post.body.text).toBe(ephemeral.text);
    expect(allText(post.body.blocks)).toContain('That the briefing note on private fostering be noted.');
    expect(allText(post.body.blocks)).toContain(`Shared by <@${MEMBER}>`);
    expect(buttonsOf(post.body.blocks, ActionIds.shareAnswer)).toHaveLength(0);
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'share' })).body).toEqual({ delete_original: true });
  });

  it('tells the member when the bot cannot post in the channel', async () => {
    await h.command('next meeting', { responseId: 'ask' });
    const [share] = buttonsOf((await h.slack.waitFor('response_url', { where: (c) => c.id === 'ask' })).body.blocks, ActionIds.shareAnswer);
    h.slack.setChannel(CHANNEL, { is_member: false });
    await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.shareAnswer, value: share!.value, channel: CHANNEL, responseId: 'share', container: { type: 'message', is_ephemeral: true } }));
    const told = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'share' })).body;
    expect(told.text).toMatch(/\/invite @scrutiny/);
  });
});

describe('Show more', () => {
  const longAnswer = (board: Board): Engine => ({
    ask: (question, options) => {
      if (question !== 'everything') return board.engine.ask(question, options);
      const entries = Array.from({ length: 23 }, (_, i) => ({ text: `Finding number ${i + 1}`, label: `Minute ${i + 1}`, cite: { date: '2018-01-11', minute: String(i + 1) } }));
      return { kind: 'search', question, title: '23 results', sections: [{ heading: 'Results', entries }], asOf: options?.now?.toISOString() ?? board.clock.now().toISOString() };
    },
    refresh: () => {},
  });

  it('sends the next page ephemerally for an ephemeral answer, and in the thread for a channel message', async () => {
    await h.stop();
    h = closedAfterTest(await startSignedSlack(board, { engine: longAnswer(board) }));
    await h.command('everything', { responseId: 'first' });
    const first = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'first' })).body;
    expect(allText(first.blocks)).toContain('Finding number 1');
    expect(allText(first.blocks)).not.toContain('Finding number 11');
    const [more] = buttonsOf(first.blocks, ActionIds.showMore);

    await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.showMore, value: more!.value, channel: CHANNEL, responseId: 'page2', container: { type: 'message', is_ephemeral: true } }));
    const second = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'page2' })).body;
    expect(second).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(allText(second.blocks)).toContain('Finding number 11');
    expect(allText(second.blocks)).not.toContain('Finding number 1"');

    const posted = h.slack.seedMessage(CHANNEL, { text: first.text, blocks: first.blocks });
    await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.showMore, value: more!.value, channel: CHANNEL, responseId: 'chan', container: { type: 'message', is_ephemeral: false, message_ts: posted.ts }, message: { type: 'message', ts: posted.ts, text: posted.text, blocks: first.blocks } }));
    const threaded = await h.slack.waitFor('chat.postMessage');
    expect(threaded.body).toMatchObject({ channel: CHANNEL, thread_ts: posted.ts });
    expect(allText(threaded.body.blocks)).toContain('Finding number 11');
  });
});

describe('papers shared with the bot', () => {
  it('adds a co-ordinator’s file to the record, downloading it with the bot token, and replies in thread', async () => {
    const text = [
      "Education and Children's Services Scrutiny Board (2)",
      '',
      'Minutes of the meeting held at 2.00 pm on Thursday, 12 April 2018 at Committee Room 3, Council House',
      '',
      'Present:',
      'Councillor Walsh (Chair)',
      '',
      '45. Special Educational Needs',
      '',
      'The Board considered a briefing note on special educational needs.',
      '',
      'RESOLVED that the briefing note be noted.',
      '',
      '(Meeting closed at 4.00 pm)',
    ].join('\n');
    const file = h.slack.addFile({ id: 'F0PAPER', name: '2018-04-12-minutes.txt', bytes: Buffer.from(text), mimetype: 'text/plain', filetype: 'text', token: 'xoxb-test-token' });
    const before = board.store.record().documents.length;
    await h.event({ type: 'message', subtype: 'file_share', channel: 'DADMIN1', channel_type: 'im', user: ADMIN, text: '', ts: '1523530000.000100', files: [file] });
    const reply = await h.slack.waitFor('chat.postMessage');
    expect(reply.body).toMatchObject({ channel: 'DADMIN1', thread_ts: '1523530000.000100' });
    expect(h.slack.calls('file_download')[0]!.token).toBe('xoxb-test-token');
    expect(board.store.record().documents.length).toBe(before + 1);
  });

  it('refuses papers from anyone else without downloading them', async () => {
    const file = h.slack.addFile({ id: 'F0OTHER', name: 'notes.txt', bytes: Buffer.from('Minutes'), token: 'xoxb-test-token' });
    await h.event({ type: 'app_mention', channel: CHANNEL, user: MEMBER, text: `<@${FAKE_BOT_USER_ID}> here are the minutes`, ts: '1523530000.000200', files: [file] });
    const reply = await h.slack.waitFor('chat.postMessage');
    expect(reply.body.thread_ts).toBe('1523530000.000200');
    expect(reply.body.text).toMatch(/only the scrutiny co-ordinators/i);
    expect(h.slack.calls('file_download')).toHaveLength(0);
  });
});
