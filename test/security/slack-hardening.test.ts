// The Slack app under attack and fault, through the real Bolt app over signed HTTP and the fake
// Slack: shapeless bodies, replayed requests, a co-ordinator's id from another workspace, forged
// button values, a store that cannot be written, and answers too long for one message.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ParsedDocument } from '../../src/model.ts';
import { UNREADABLE } from '../../src/slack/actions/request-status.ts';
import { decodeRequestRef } from '../../src/slack/blocks/action-values.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import { StoreWriteError, type Store } from '../../src/store/store.ts';
import { composeNews, composeOccurrence } from '../../src/reminders/posts.ts';
import { FAKE_BOT_USER_ID, FAKE_TEAM_ID, messageRefusal } from '../support/fake-slack.ts';
import { BOARD, createBoard, type Board } from '../slack/support/board.ts';
import { buttonsIn as buttons, closedAfterTest, signedSlackOver } from '../support/slack-test-bed.ts';
import { ADMIN, CHANNEL, MEMBER, buttonClick, startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';

type AnyBlock = Record<string, any>;

let board: Board;
let h: SlackHarness;
beforeEach(async () => ({ board, h } = await signedSlackOver(await createBoard('2018-02-01T09:00:00Z'))));

function commandBody(text: string, fields: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    channel_id: CHANNEL,
    user_id: MEMBER,
    command: '/scrutiny',
    text,
    api_app_id: 'A0SCRUTINY',
    response_url: h.slack.responseUrl(fields.responseId ?? 'fixed'),
    trigger_id: 'trigger-fixed-1',
    ...fields,
  }).toString();
}

/** The board's store, with its writes failing as a full disk makes them fail. */
function failingWrites(store: Store, which: Array<'setRequestState' | 'updateState' | 'recordReplayKeys' | 'batch'>): Store {
  return new Proxy(store, {
    get(target, property) {
      if (which.includes(property as never)) return () => Promise.reject(new StoreWriteError(target.path, 'ENOSPC'));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('shapeless bodies', () => {
  it.each([
    ['a JSON null', 'null', 'application/json'],
    ['a JSON list', '[]', 'application/json'],
    ['a JSON number', '42', 'application/json'],
    ['a form whose payload is null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['a form whose payload, after other fields, is a number', 'token=x&team_id=T1&payload=42', 'application/x-www-form-urlencoded'],
    ['a form whose payload is named with an escape', 'text=next&payloa%64=null', 'application/x-www-form-urlencoded'],
  ])('a validly signed request whose body is %s is refused, and the bot keeps serving', async (_what, body, type) => {
    const reply = await h.post(body, type);
    expect(reply.status).toBe(400);
    await h.command('next meeting', { responseId: 'after' });
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'after' })).body.text).toContain('Thursday 8 March 2018');
  });
});

describe('replayed requests', () => {
  const skipped = () => h.logger.lines.filter((l) => l.includes('Skipped a repeated Slack request')).length;

  it('the same signed slash command, replayed within its five minutes, is answered once', async () => {
    const body = commandBody('next meeting', { responseId: 'replayed' });
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await h.post(body, 'application/x-www-form-urlencoded', { timestamp });
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'replayed' });
    const replay = await h.post(body, 'application/x-www-form-urlencoded', { timestamp });
    expect([first.status, replay.status]).toEqual([200, 200]);
    await vi.waitFor(() => expect(skipped()).toBe(1), { timeout: 30_000, interval: 20 });
    // A later, different command is answered: by then a second answer to the replay would be there too.
    await h.command('next meeting', { responseId: 'later' });
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'later' });
    expect(h.slack.calls('response_url').filter((c) => c.id === 'replayed')).toHaveLength(1);
  });

  it('a replayed Mark done after a Reopen changes nothing', async () => {
    const census = board.requestId('Requests an update on the census');
    const value = JSON.stringify({ r: census });
    const done = buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value, channel: CHANNEL, responseId: 'done', container: { type: 'message', is_ephemeral: true } });
    const timestamp = Math.floor(Date.now() / 1000);
    await h.action(done, { timestamp });
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'done' });
    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.reopenRequest, value, channel: CHANNEL, responseId: 'reopen', container: { type: 'message', is_ephemeral: true } }));
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'reopen' });
    expect(board.store.requestState(census).status).toBe('open');

    const replay = await h.action(done, { timestamp });
    expect(replay.status).toBe(200);
    await vi.waitFor(() => expect(skipped()).toBe(1), { timeout: 30_000, interval: 20 });
    await h.command('next meeting', { responseId: 'later' });
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'later' });
    expect(board.store.requestState(census).status).toBe('open');
    expect(h.slack.calls('response_url').filter((c) => c.id === 'done')).toHaveLength(1);
  });
});

describe('co-ordinators are people of this workspace', () => {
  it("a co-ordinator's user id sent from another workspace cannot change reminders", async () => {
    await h.post(commandBody('remind agenda 3 days before at 08:30', { user_id: ADMIN, team_id: 'T0OTHER', trigger_id: 'trigger-other-1', responseId: 'other' }), 'application/x-www-form-urlencoded');
    const refused = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'other' })).body;
    expect(refused.text).toMatch(/co-ordinators/);
    expect(board.store.state().subscriptions).toEqual([]);
  });

  it('nor mark a request done', async () => {
    const census = board.requestId('Requests an update on the census');
    const click = buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value: JSON.stringify({ r: census }), channel: CHANNEL, responseId: 'other', container: { type: 'message', is_ephemeral: true } });
    await h.action({ ...click, user: { id: ADMIN, username: 'admin', team_id: 'T0OTHER' }, team: { id: 'T0OTHER', domain: 'elsewhere' } });
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'other' })).body.text).toMatch(/Only the scrutiny co-ordinators/);
    expect(board.store.requestState(census).status).toBe('open');
  });

  it('nor add a paper', async () => {
    const file = h.slack.addFile({ id: 'F300', name: 'minutes.txt', bytes: Buffer.from('Minutes of the Board held on 1 March 2024\n') });
    await h.event({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0ADMIN', user: ADMIN, user_team: 'T0OTHER', text: '', ts: '1517475600.000300', files: [file] });
    const reply = await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === '1517475600.000300' });
    expect(reply.body.text).toBe('Thank you, but only the scrutiny co-ordinators can add papers to the record.');
    expect(h.slack.calls('file_download')).toEqual([]);
  });
});

describe('forged button values', () => {
  it('a Mark done whose answer has a bad timestamp changes nothing, and the member is told so', async () => {
    const census = board.requestId('Requests an update on the census');
    const value = JSON.stringify({ r: census, a: { q: 'outstanding requests', t: 'not-a-time', p: 0 } });
    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value, channel: CHANNEL, responseId: 'forged', container: { type: 'message', is_ephemeral: true } }));
    const told = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'forged' })).body;
    expect(told.text).toBe(UNREADABLE);
    expect(board.store.requestState(census).status).toBe('open');
  });
});

describe('a store that cannot be written', () => {
  it('Mark done says it was not saved, and the message is not shown as done', async () => {
    await h.stop();
    h = closedAfterTest(await startSignedSlack({ ...board, store: failingWrites(board.store, ['setRequestState']) }));
    await h.command('outstanding requests', { responseId: 'requests', user: ADMIN });
    const answer = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'requests' })).body;
    const census = board.requestId('Requests an update on the census');
    const button = buttons(answer.blocks, ActionIds.markRequestDone).find((b) => decodeRequestRef(b.value)?.r === census)!;

    // From an ephemeral answer, and from a message in the channel.
    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value: button.value, channel: CHANNEL, responseId: 'full', container: { type: 'message', is_ephemeral: true } }));
    const told = await h.slack.waitFor('response_url', { where: (c) => c.id === 'full' });
    expect(told.body).toMatchObject({ replace_original: false });
    expect(told.body.text).toMatch(/^Not saved: the record could not be written, so “Requests an update on the census returns in March 2018\.” is still open\./);

    const posted = h.slack.seedMessage(CHANNEL, { text: answer.text, blocks: answer.blocks });
    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value: button.value, channel: CHANNEL, responseId: 'full-channel', container: { type: 'message', message_ts: posted.ts, channel_id: CHANNEL }, message: { ts: posted.ts, text: answer.text, blocks: answer.blocks } }));
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'full-channel' })).body.text).toMatch(/^Not saved:/);
    expect(h.slack.calls('chat.update')).toEqual([]);
    expect(board.store.requestState(census).status).toBe('open');
  });

  it('a paper shared when the record cannot be written is told so, not "Sorry"', async () => {
    await h.stop();
    h = closedAfterTest(await startSignedSlack({ ...board, store: failingWrites(board.store, ['batch']) }));
    const file = h.slack.addFile({ id: 'F301', name: 'minutes.txt', bytes: Buffer.from('Minutes of the Scrutiny Board held on 1 March 2024\n\nPresent: Councillor A Smith\n\n1. Item\n\nRESOLVED that it be noted.\n') });
    await h.event({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0ADMIN', user: ADMIN, text: '', ts: '1517475600.000310', files: [file] });
    const reply = await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === '1517475600.000310', timeoutMs: 60_000 });
    expect(reply.body.text).toBe('Could not add minutes.txt to the record.');
    expect(JSON.stringify(reply.body.blocks)).toContain('Could not add it: the record cannot be written (the disk is full); nothing was changed.');
    expect(board.store.record().documents).toHaveLength(1);
  });

  it('mentions and direct messages are still answered when the record of handled events cannot be written', async () => {
    await h.stop();
    h = closedAfterTest(await startSignedSlack({ ...board, store: failingWrites(board.store, ['recordReplayKeys']) }));
    await h.event({ type: 'app_mention', user: MEMBER, channel: CHANNEL, text: `<@${FAKE_BOT_USER_ID}> next meeting`, ts: '1517475600.000401' });
    await h.event({ type: 'message', channel: 'DMEMBER1', channel_type: 'im', user: MEMBER, text: 'outstanding requests', ts: '1517475600.000402' });
    await h.slack.waitFor('chat.postMessage', { count: 2 });
    expect(h.slack.calls('chat.postMessage').map((c) => c.body.thread_ts).sort()).toEqual(['1517475600.000401', '1517475600.000402']);
    expect(h.logger.lines.some((l) => l.includes('Could not record a Slack request as handled'))).toBe(true);
  });
});

describe('answers within Slack limits, whatever one entry holds', () => {
  const long = Array.from({ length: 900 }, (_, i) => `clause ${i} of the marathon resolution on library opening hours`).join('; ');

  beforeEach(async () => {
    await board.store.ingest(
      ParsedDocument.parse({
        kind: 'minutes',
        meetings: [{ committee: BOARD, date: '2018-01-25', kind: 'minutes', items: [{ number: '40', title: 'Library Opening Hours', resolutions: [{ text: `That ${long}.` }], requests: [{ text: `The Board requested figures on ${long}.`, kind: 'information' }] }] }],
      }),
      { name: '2018-01-25-minutes.txt', sha256: 'long-2018-01-25', bytes: long.length, kind: 'minutes' },
    );
    board.engine.refresh();
  });

  it('a /scrutiny answer, each of its pages, a mention, a shared answer and the Home tab: Slack refuses none', async () => {
    expect(long.length).toBeGreaterThan(50_000);
    await h.command('what was resolved on library opening hours?', { responseId: 'long' });
    let answer = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'long' })).body;
    let pages = 1;
    for (;;) {
      const more = buttons(answer.blocks, ActionIds.showMore)[0];
      if (!more) break;
      await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.showMore, value: more.value, channel: CHANNEL, responseId: `page-${pages}`, container: { type: 'message', is_ephemeral: true } }));
      answer = (await h.slack.waitFor('response_url', { where: (c) => c.id === `page-${pages}` })).body;
      pages++;
    }
    expect(pages).toBeGreaterThan(4);
    const share = buttons(answer.blocks, ActionIds.shareAnswer)[0]!;
    await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.shareAnswer, value: share.value, channel: CHANNEL, responseId: 'shared', container: { type: 'message', is_ephemeral: true } }));
    await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.channel === CHANNEL });
    await h.event({ type: 'app_mention', user: MEMBER, channel: CHANNEL, text: `<@${FAKE_BOT_USER_ID}> outstanding requests`, ts: '1517475600.000501' });
    await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === '1517475600.000501' });
    await h.event({ type: 'app_home_opened', user: MEMBER, channel: 'DMEMBER1', tab: 'home' });
    await h.slack.waitFor('views.publish');

    expect(h.slack.violations()).toEqual([]);
    expect(h.logger.lines.filter((l) => l.includes('ERROR'))).toEqual([]);
  });

  it('the requests digest and the news post that carry it: Slack refuses neither', () => {
    const record = board.store.record();
    const now = board.clock.now();
    const digest = composeOccurrence(board.store, { key: 'C1|requests|2018-02-01', channel: 'C1', subscriptionId: 'C1:requests', kind: 'requests', occurrence: '2018-02-01', dueAt: now, usefulUntil: now, meeting: null }, now, false, 'slack');
    const news = composeNews(board.store, { newResolutionIds: record.resolutions.map((r) => r.id), newRequestIds: record.requests.map((r) => r.id), newAgendaMeetingIds: [], newMinutesMeetingIds: [] }, now, 'slack')!;
    for (const post of [digest, news]) {
      expect(JSON.stringify(post)).toContain('marathon resolution');
      expect(messageRefusal({ channel: 'C1', ...post })).toBeNull();
    }
  });
});
