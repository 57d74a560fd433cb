// Two boards of two councils (and a second board of the first) served from one workspace, through the
// real app over HTTP with the fake Slack: each channel's answers, reminders and Home stay on its
// board, a question may name another board and is then answered with that committee named, and
// the councils' records never mix (both have an "Audit Committee" that met on the same day).
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/boards/workspace.ts';
import { createLogger } from '../../src/logger.ts';
import { startReminders } from '../../src/reminders/scheduler.ts';
import { ActionIds, InputIds, ViewIds } from '../../src/slack/ids.ts';
import { ADMIN, MEMBER, buttonClick, startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';
import { homeSelect, viewSubmission } from './support/slack-payloads.ts';
import {
  NORTH_AUDIT_CHANNEL,
  NORTH_AUDIT_REQUEST,
  PUPILS_REQUEST,
  RIVER_CHANNEL,
  RIVER_REQUEST,
  SB2,
  SB2_CHANNEL,
  openSynced,
  twoCouncils,
  type TwoCouncils,
} from './support/two-councils.ts';

type AnyBlock = Record<string, any>;
const text = (body: Record<string, any>) => `${body.text ?? ''}\n${JSON.stringify(body.blocks ?? body.view?.blocks ?? [])}`;

let councils: TwoCouncils;
let workspace: Workspace;
let h: SlackHarness;

beforeEach(async () => {
  councils = await twoCouncils();
  workspace = await openSynced(councils);
  h = await startSignedSlack({ boards: workspace.boards, clock: councils.clock, env: councils.env });
});
afterEach(async () => {
  await h.stop();
  await councils.close();
});

let asked = 0;
/** `/scrutiny <words>` in a channel; the ephemeral answer. */
async function ask(channel: string, words: string, user = MEMBER): Promise<Record<string, any>> {
  const id = `ask-${++asked}`;
  await h.command(words, { channel, user, responseId: id });
  return (await h.slack.waitFor('response_url', { where: (c) => c.id === id })).body;
}

/** Tie NORTH_AUDIT_CHANNEL to the Northshire audit board from the App Home's form, as a co-ordinator. */
async function tieFromHome(): Promise<void> {
  await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.tieChannel, value: 'tie', container: { type: 'view', view_id: 'VHOME1' }, view: { id: 'VHOME1', type: 'home' } }));
  const opened = await h.slack.waitFor('views.open');
  expect(opened.body.view.callback_id).toBe(ViewIds.channelBoard);
  const reply = await h.action(
    viewSubmission({
      user: ADMIN,
      callbackId: ViewIds.channelBoard,
      values: {
        [InputIds.channel]: { [InputIds.value]: { type: 'conversations_select', selected_conversation: NORTH_AUDIT_CHANNEL } },
        [InputIds.board]: { [InputIds.value]: { type: 'static_select', selected_option: { value: 'north-audit' } } },
      },
    }),
  );
  expect(reply.status).toBe(200);
  await h.slack.waitFor('views.publish', { where: (c) => text(c.body).includes('now about Audit Committee (Northshire County Council)') });
}

describe('two councils in one workspace', () => {
  it("answers each channel about its own board, and a question naming another board with that committee named", async () => {
    // Riverton's channel is tied in Slack by a co-ordinator; a member cannot change it.
    expect((await ask(RIVER_CHANNEL, 'board river-audit')).text).toMatch(/^Only the scrutiny co-ordinators/);
    expect((await ask(RIVER_CHANNEL, 'board Riverton audit', ADMIN)).text).toBe('This channel is now about Audit Committee (Riverton Borough Council).');
    await tieFromHome();
    expect((await ask(RIVER_CHANNEL, 'board')).text).toBe('This channel is about Audit Committee (Riverton Borough Council).');

    // Next meeting: each channel its own committee's, though all three meet within three weeks.
    const sb2 = await ask(SB2_CHANNEL, 'next meeting');
    expect(sb2.text).toContain('Thursday 12 March 2026');
    expect(text(sb2)).toContain('School Place Planning');
    const river = await ask(RIVER_CHANNEL, 'next meeting');
    expect(river.text).toContain('Thursday 5 March 2026');
    expect(text(river)).toContain('Treasury Management Strategy');
    expect(text(river)).not.toContain('External Audit Plan');
    const northAudit = await ask(NORTH_AUDIT_CHANNEL, 'next meeting');
    expect(northAudit.text).toContain('Monday 23 March 2026');
    expect(text(northAudit)).not.toContain('Treasury Management Strategy');

    // Requests: each board's own, never another council's.
    const riverRequests = text(await ask(RIVER_CHANNEL, 'outstanding requests'));
    expect(riverRequests).toContain(RIVER_REQUEST);
    for (const other of [PUPILS_REQUEST, NORTH_AUDIT_REQUEST]) expect(riverRequests).not.toContain(other);
    const sb2Requests = text(await ask(SB2_CHANNEL, 'outstanding requests'));
    expect(sb2Requests).toContain(PUPILS_REQUEST);
    for (const other of [RIVER_REQUEST, NORTH_AUDIT_REQUEST]) expect(sb2Requests).not.toContain(other);

    // Attendance counts the council's own meetings only: Councillor J Smith sent apologies in
    // Riverton and attended in Northshire on the same day.
    const smith = await ask(RIVER_CHANNEL, 'attendance of Councillor J Smith');
    expect(smith.text).toContain('attended 0, apologies 1, absent 0 of 1 meeting');
    expect((await ask(NORTH_AUDIT_CHANNEL, 'attendance of Councillor J Smith')).text).toContain('attended 1, apologies 0, absent 0 of 1 meeting');

    // A question naming another board: answered by that board, with its committee (and council) named.
    const crossCouncil = await ask(RIVER_CHANNEL, "when is the next meeting of the Education and Children's Services Scrutiny Board?");
    expect(crossCouncil.text).toContain(`${SB2} (Northshire County Council)`);
    expect(crossCouncil.text).toContain('Thursday 12 March 2026');
    const sameCouncil = await ask(SB2_CHANNEL, 'next meeting of the audit committee');
    expect(sameCouncil.text).toContain('Audit Committee');
    expect(sameCouncil.text).toContain('Monday 23 March 2026');
    expect(sameCouncil.text).not.toContain('Riverton');
    // Where one record holds several committees, each entry names its committee.
    expect(text(sameCouncil)).toContain('*Audit Committee*');

    // "Show more" and "Share" re-ask in the channel, so they stay on its board.
    const share = (sb2.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []).find((e: AnyBlock) => e.action_id === ActionIds.shareAnswer);
    await h.action(buttonClick({ harness: h, user: MEMBER, actionId: ActionIds.shareAnswer, value: share.value, channel: SB2_CHANNEL, responseId: 'share', container: { type: 'message', is_ephemeral: true } }));
    const shared = await h.slack.waitFor('chat.postMessage');
    expect(shared.body.channel).toBe(SB2_CHANNEL);
    expect(shared.body.text).toContain('Thursday 12 March 2026');
  });

  it("posts each channel's digest and agenda reminder about its own board only", async () => {
    await tieFromHome();
    await ask(RIVER_CHANNEL, 'board river-audit', ADMIN);
    // One digest set by command, one from the App Home's reminder form, one agenda reminder.
    expect((await ask(SB2_CHANNEL, 'remind requests weekly on Monday at 09:00', ADMIN)).text).toMatch(/every Monday, at 09:00/);
    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.addReminder, value: 'add', container: { type: 'view', view_id: 'VHOME1' }, view: { id: 'VHOME1', type: 'home' } }));
    expect((await h.slack.waitFor('views.open', { count: 2 })).body.view.callback_id).toBe(ViewIds.reminder);
    const form = (channel: string, time: string | null) =>
      viewSubmission({
        user: ADMIN,
        callbackId: ViewIds.reminder,
        values: {
          [InputIds.channel]: { [InputIds.value]: { type: 'conversations_select', selected_conversation: channel } },
          [InputIds.kind]: { [InputIds.value]: { type: 'radio_buttons', selected_option: { value: 'requests' } } },
          [InputIds.daysBefore]: { [InputIds.value]: { type: 'static_select', selected_option: { value: '7' } } },
          [InputIds.day]: { [InputIds.value]: { type: 'static_select', selected_option: { value: 'week:1' } } },
          [InputIds.time]: { [InputIds.value]: { type: 'timepicker', selected_time: time } },
          [InputIds.news]: { [InputIds.value]: { type: 'checkboxes', selected_options: [{ value: 'on' }] } },
        },
      });
    // A form without a time goes back with the problem beside its input, and changes nothing.
    const refused = await h.action(form(RIVER_CHANNEL, null));
    expect(JSON.parse(refused.body)).toEqual({ response_action: 'errors', errors: { [InputIds.time]: 'Choose a time of day.' } });
    expect(workspace.store.state().subscriptions.map((s) => s.channel)).toEqual([SB2_CHANNEL]);
    expect((await h.action(form(RIVER_CHANNEL, '09:00'))).status).toBe(200);
    await h.slack.waitFor('views.publish', { where: (c) => text(c.body).includes('Reminder saved') });
    await ask(NORTH_AUDIT_CHANNEL, 'remind agenda 7 days before at 09:00', ADMIN);

    // "remind list": its heading once, and one line on where the options are rather than all of them.
    const list = await ask(SB2_CHANNEL, 'remind list');
    expect(list.text).toBe('This channel gets one reminder.');
    expect(text(list).match(/Reminders in this channel/g)).toHaveLength(1);
    expect(text(list)).toContain(`about ${SB2} (Northshire County Council)`);
    expect(text(list)).not.toContain('remind off agenda|requests|all');

    const reminders = startReminders({
      boards: workspace.boards,
      clock: councils.clock,
      logger: createLogger({ capture: true }),
      outlet: { kind: 'slack', client: new webApi.WebClient('xoxb-test-token', { slackApiUrl: h.slack.apiUrl, retryConfig: { retries: 0 } }) },
      intervalMs: 0,
    });
    try {
      // Monday 23 February 2026, 09:00 GMT: both digests.
      councils.clock.set('2026-02-23T09:00:00Z');
      await reminders.tick();
      const sb2 = h.slack.messages(SB2_CHANNEL).map((m) => text(m)).join('\n');
      const river = h.slack.messages(RIVER_CHANNEL).map((m) => text(m)).join('\n');
      expect(sb2).toContain(PUPILS_REQUEST);
      expect(river).toContain(RIVER_REQUEST);
      for (const other of [RIVER_REQUEST, NORTH_AUDIT_REQUEST]) expect(sb2).not.toContain(other);
      for (const other of [PUPILS_REQUEST, NORTH_AUDIT_REQUEST]) expect(river).not.toContain(other);
      expect(h.slack.messages(NORTH_AUDIT_CHANNEL)).toHaveLength(0);

      // Monday 16 March 2026, 09:00 GMT: the Northshire audit channel's agenda, 7 days before its meeting.
      councils.clock.set('2026-03-16T09:00:00Z');
      await reminders.tick();
      const [agenda] = h.slack.messages(NORTH_AUDIT_CHANNEL);
      expect(agenda?.text).toContain('Monday 23 March 2026');
      expect(text(agenda!)).toContain('External Audit Plan');
      for (const channel of [SB2_CHANNEL, RIVER_CHANNEL]) expect(h.slack.messages(channel).map((m) => text(m)).join('\n')).not.toContain('External Audit Plan');
    } finally {
      await reminders.stop();
    }
    // Remove from the App Home takes one channel's reminder off, and only that one.
    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.removeReminder, value: `${RIVER_CHANNEL}:requests`, container: { type: 'view', view_id: 'VHOME1' }, view: { id: 'VHOME1', type: 'home' } }));
    await h.slack.waitFor('views.publish', { where: (c) => text(c.body).includes('Removed the reminder: requests weekly on Monday at 09:00') });
    expect(workspace.store.state().subscriptions.map((s) => s.channel).sort()).toEqual([NORTH_AUDIT_CHANNEL, SB2_CHANNEL]);
  });

  it('shows each member the Home of the board they choose, and co-ordinators the settings', async () => {
    await h.event({ type: 'app_home_opened', user: MEMBER, channel: 'DMEMBER1', tab: 'home' });
    const first = (await h.slack.waitFor('views.publish')).body.view;
    expect(text({ blocks: first.blocks })).toContain('Thursday 12 March 2026');
    expect(text({ blocks: first.blocks })).toContain('Open requests (1)');
    // A member sees neither settings nor buttons they cannot use.
    const actionIds = JSON.stringify(first.blocks);
    for (const id of [ActionIds.markRequestDone, ActionIds.editCoordinators, ActionIds.addReminder, ActionIds.tieChannel]) expect(actionIds).not.toContain(id);

    await h.action(homeSelect({ user: MEMBER, actionId: ActionIds.homeBoard, value: 'river-audit' }));
    const river = (await h.slack.waitFor('views.publish', { count: 2 })).body.view;
    const riverText = text({ blocks: river.blocks });
    expect(riverText).toContain('Thursday 5 March 2026');
    expect(riverText).toContain('Insurance Fund Review');
    expect(riverText).not.toContain('School Place Planning');
    expect(riverText).not.toContain('Home to School Transport');

    // A co-ordinator's Home has the settings; the co-ordinators form adds a second co-ordinator.
    await h.event({ type: 'app_home_opened', user: ADMIN, channel: 'DADMIN1', tab: 'home' });
    const settings = (await h.slack.waitFor('views.publish', { count: 3 })).body.view;
    expect(JSON.stringify(settings.blocks)).toContain(ActionIds.editCoordinators);
    expect(text({ blocks: settings.blocks })).toContain(`<#${SB2_CHANNEL}>: ${SB2} (Northshire County Council)`);
    const none = await h.action(viewSubmission({ user: ADMIN, callbackId: ViewIds.coordinators, values: { [InputIds.coordinators]: { [InputIds.value]: { type: 'multi_users_select', selected_users: [] } } } }));
    expect(JSON.parse(none.body).response_action).toBe('errors');
    await h.action(viewSubmission({ user: ADMIN, callbackId: ViewIds.coordinators, values: { [InputIds.coordinators]: { [InputIds.value]: { type: 'multi_users_select', selected_users: [ADMIN, 'UCOORD2'] } } } }));
    await h.slack.waitFor('views.publish', { where: (c) => text(c.body).includes('Co-ordinators saved: 2 people') });
    expect(workspace.boards.coordinators()).toEqual([ADMIN, 'UCOORD2']);
    expect((await ask(RIVER_CHANNEL, 'board river-audit', 'UCOORD2')).text).toBe('This channel is now about Audit Committee (Riverton Borough Council).');
    // A member's forged submission changes nothing.
    await h.action(viewSubmission({ user: MEMBER, callbackId: ViewIds.coordinators, values: { [InputIds.coordinators]: { [InputIds.value]: { type: 'multi_users_select', selected_users: [MEMBER] } } } }));
    await h.slack.waitFor('views.publish', { where: (c) => c.body.user_id === MEMBER && text(c.body).includes('Only the scrutiny co-ordinators can change these settings') });
    expect(workspace.boards.coordinators()).toEqual([ADMIN, 'UCOORD2']);
  });

  it("keeps each council's record in its own store", () => {
    const [north, river] = workspace.councils;
    expect(north!.store.path).not.toBe(river!.store.path);
    expect(new Set(north!.store.record().meetings.map((m) => m.committee))).toEqual(new Set([SB2, 'Audit Committee']));
    expect(river!.store.record().meetings.map((m) => m.committee)).toEqual(['Audit Committee', 'Audit Committee']);
    // The same committee name on the same day, in two councils: two meetings, each in its own record.
    expect(north!.store.record().meetings.filter((m) => m.date === '2026-02-02')).toHaveLength(1);
    expect(river!.store.record().meetings.filter((m) => m.date === '2026-02-02')).toHaveLength(1);
    expect(river!.store.record().requests.map((r) => r.text)).toEqual([RIVER_REQUEST]);
    // The workspace's own store keeps settings, not a record.
    expect(workspace.store.record().meetings).toHaveLength(0);
  });
});
