// The personal Home, end to end: a member is linked to their name on the board (claimed once by
// themselves, or by a co-ordinator, who can undo a claim) through /scrutiny in the real app in
// HTTP mode; their Home then shows their attendance and the requests they raised, read from
// minutes synced from the fake ModernGov. Without a link, Home says how to get one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFollowRef } from '../../src/slack/blocks/action-values.ts';
import { ActionIds, InputIds, ViewIds } from '../../src/slack/ids.ts';
import { viewSubmission } from '../boards/support/slack-payloads.ts';
import { ADMIN, MEMBER, buttonClick, type SlackHarness } from '../slack/support/signed-slack.ts';
import { answerTo, buttonsIn } from '../support/slack-test-bed.ts';
import { boardWith, moderngov, slackFor, syncFrom } from './support.ts';

const OTHER = 'UMEMBER2';
let homes = 0;

/** The member's Home as published, and its personal part alone (from its header to the next divider). */
async function home(h: SlackHarness, user: string): Promise<{ text: string; blocks: Array<Record<string, any>> }> {
  const n = ++homes;
  await h.event({ type: 'app_home_opened', user, channel: `D0HOME${n}`, tab: 'home', event_ts: `1775000000.00${100 + n}` });
  const blocks: Array<Record<string, any>> = (await h.slack.waitFor('views.publish', { count: n })).body.view.blocks;
  const start = blocks.findIndex((b) => b.type === 'header' && /^You(?::| on the board)/.test(b.text.text));
  const end = blocks.findIndex((b, i) => i > start && b.type === 'divider');
  const mine = start < 0 ? [] : blocks.slice(start, end);
  return { text: JSON.stringify(mine), blocks: mine };
}

const said = async (h: SlackHarness, text: string, user: string) => (await answerTo(h, text, { user })).text as string;

/** A board whose minutes of 19 March 2026 (synced) record Councillor S Gray asking for figures. */
async function boardWithMinutes() {
  const mg = await moderngov();
  mg.routes.meeting['9104'] = readFileSync(new URL('../fixtures/promises/moderngov/board-meeting-9104-minutes.xml', import.meta.url), 'utf8');
  const board = await boardWith('2026-04-01T09:00:00Z');
  await syncFrom(mg, board.store, board.clock);
  return board;
}

describe('a member linked to their name on the board', () => {
  it('claims once, sees their attendance and the requests they raised on Home, and a co-ordinator can undo and relink', async () => {
    const board = await boardWithMinutes();
    const h = await slackFor(board);

    const unlinked = await home(h, MEMBER);
    expect(unlinked.text).toContain('You on the board');
    expect(unlinked.text).toContain('/scrutiny link me Councillor A Name');
    expect(unlinked.text).not.toContain('Requests you raised');
    expect(await said(h, 'link', MEMBER)).toBe('You are not linked to a member of the board yet.');
    // Help lists the commands of following, linking and the calendar.
    const help = JSON.stringify((await answerTo(h, 'help')).blocks);
    for (const ask of ['follow SEND', 'following', 'snooze 2 weeks', 'link me Councillor A Name', 'calendar']) expect(help).toContain(`• ${ask}`);

    expect(await said(h, 'link me Councillor Nobody', MEMBER)).toContain("The board's minutes do not name Councillor Nobody as a member");
    expect(await said(h, 'link me Councillor Gray', MEMBER)).toBe('You are now linked to Councillor S Gray.');
    expect(await said(h, 'link me Councillor B Christopher', MEMBER)).toBe('You are already linked to Councillor S Gray.');
    expect(await said(h, 'link me Cllr S Gray', OTHER)).toBe('Councillor S Gray is already linked to someone else.');
    expect(await said(h, 'link <@UMEMBER3|sam> Councillor K Sandhu', OTHER)).toBe('Nothing was changed.');
    expect(board.store.state().memberLinks).toEqual({ [MEMBER]: expect.objectContaining({ name: 'Councillor S Gray', by: MEMBER, claimed: true }) });

    const linked = await home(h, MEMBER);
    expect(linked.text).toContain('You: Councillor S Gray');
    expect(linked.text).toMatch(/Councillor S Gray: attended 2, apologies 0, absent 0 of 2 meetings \(100%\)/);
    expect(linked.text).toContain('• Thursday 19 March 2026, 2.00 pm · attended');
    expect(linked.text).toContain('Requests you raised (1)');
    expect(linked.text).toContain('Councillor S Gray asked that the reoffending rates of the first-time entrants cohort be circulated to Members.');
    // The Board's own requests are no one member's.
    expect(linked.text).not.toContain('breakdown of notifications by school phase');
    const raised = buttonsIn(linked.blocks, ActionIds.follow).map((b) => decodeFollowRef(b.value));
    expect(raised).toContainEqual({ k: 'request', t: board.requestId('Councillor S Gray asked that the reoffending rates') });

    // A co-ordinator undoes the claim: the member cannot claim again, the co-ordinator links them.
    expect(await said(h, `unlink <@${MEMBER}|member>`, ADMIN)).toBe('No one is linked to Councillor S Gray now.');
    expect(await said(h, 'link me Councillor S Gray', MEMBER)).toBe('A scrutiny co-ordinator undid your link, so it cannot be claimed again.');
    expect(await said(h, `link <@${MEMBER}> Councillor Sandhu`, ADMIN)).toBe('Linked to Councillor K Sandhu.');
    expect(await said(h, 'link', MEMBER)).toBe('You are Councillor K Sandhu (linked by a co-ordinator).');
    expect(await said(h, `link <@${OTHER}> Councillor K Sandhu`, ADMIN)).toBe('Councillor K Sandhu is already linked to someone else.');
    // A mention Slack did not escape cannot be told from a name.
    expect(await said(h, 'link @gray Councillor S Gray', ADMIN)).toBe('Name the person as a Slack mention.');
    // Words after "link" that name no one are a question for the record.
    expect(await said(h, 'link to the minutes of 19 March 2026', MEMBER)).not.toMatch(/Nothing was changed|linked/);
    expect(board.store.state().memberLinks).toEqual({ [MEMBER]: expect.objectContaining({ name: 'Councillor K Sandhu', by: ADMIN, claimed: false }) });
    expect(board.store.state().claimsUndone).toEqual([MEMBER]);

    const relinked = await home(h, MEMBER);
    expect(relinked.text).toContain('You: Councillor K Sandhu');
    expect(relinked.text).toContain('apologies');
    expect(relinked.text).toContain('Requests you raised: none in the record names you');

    // A co-ordinator unlinks by the member's name too; a member cannot.
    expect(await said(h, 'unlink Councillor K Sandhu', MEMBER)).toBe('Nothing was changed.');
    expect(await said(h, 'unlink Councillor K Sandhu', ADMIN)).toBe('No one is linked to Councillor K Sandhu now.');
    expect(board.store.state().memberLinks).toEqual({});
    expect((await home(h, MEMBER)).text).toContain('You on the board');
  });

  it("is linked by a co-ordinator from the Home's settings form", async () => {
    const board = await boardWithMinutes();
    const h = await slackFor(board);
    const linkForm = (user: string, name: string) => ({
      [InputIds.member]: { [InputIds.value]: { type: 'users_select', selected_user: user } },
      [InputIds.memberName]: { [InputIds.value]: { type: 'plain_text_input', value: name } },
    });

    await h.event({ type: 'app_home_opened', user: ADMIN, channel: 'DADMIN1', tab: 'home', event_ts: '1775000000.009001' });
    const settings = (await h.slack.waitFor('views.publish')).body.view.blocks as Array<Record<string, any>>;
    const members = settings.find((b) => b.block_id === 'settings_members')!;
    expect(members.text.text).toContain('Nobody yet');
    const [button] = buttonsIn(settings, ActionIds.linkMember);
    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.linkMember, value: '', container: { type: 'view', view_id: 'VHOME1' }, view: { id: 'VHOME1', type: 'home' } }));
    const form = (await h.slack.waitFor('views.open')).body.view;
    expect(form.callback_id).toBe(ViewIds.memberLink);
    expect(button!.text.text).toBe('Link');

    const empty = await h.action(viewSubmission({ user: ADMIN, callbackId: ViewIds.memberLink, values: linkForm('', ' ') }));
    expect(JSON.parse(empty.body)).toMatchObject({ response_action: 'errors', errors: { [InputIds.member]: 'Choose the person.' } });
    await h.action(viewSubmission({ user: ADMIN, callbackId: ViewIds.memberLink, values: linkForm(OTHER, 'Cllr Gray') }));
    const after = await h.slack.waitFor('views.publish', { where: (c) => JSON.stringify(c.body).includes('Linked to Councillor S Gray.') });
    expect(JSON.stringify(after.body.view.blocks)).toContain(`• <@${OTHER}>: Councillor S Gray`);
    expect(board.store.state().memberLinks?.[OTHER]).toMatchObject({ name: 'Councillor S Gray', by: ADMIN, claimed: false });

    // A member's forged submission changes nothing.
    await h.action(viewSubmission({ user: MEMBER, callbackId: ViewIds.memberLink, values: linkForm(MEMBER, 'Councillor B Christopher') }));
    await h.slack.waitFor('views.publish', { where: (c) => c.body.user_id === MEMBER && JSON.stringify(c.body).includes('Only the scrutiny co-ordinators') });
    expect(board.store.state().memberLinks?.[MEMBER]).toBeUndefined();
  });
});
