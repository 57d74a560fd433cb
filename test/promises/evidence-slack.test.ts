// Evidence for requests through the real app in HTTP mode: later papers (files, and an agenda from
// the fake ModernGov) proposed as answers in /scrutiny answers, the requests digest and the Home
// tab; a co-ordinator confirms (closing the request with the evidence recorded) or dismisses with
// one click; anyone else is refused and nothing changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEvidenceRef } from '../../src/slack/blocks/action-values.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import { ADMIN, CHANNEL, MEMBER, buttonClick } from '../slack/support/signed-slack.ts';
import { answerTo, buttonsIn as buttons } from '../support/slack-test-bed.ts';
import { laterPaper } from '../answers/promises-corpus.ts';
import { subscribe } from '../reminders/fixtures.ts';
import { WITH_CORPUS, boardWith, moderngov, remindOnce, slackFor, syncFrom } from './support.ts';

type AnyBlock = Record<string, any>;

function evidenceButton(blocks: AnyBlock[] | undefined, actionId: string, requestId: string): AnyBlock {
  const found = buttons(blocks, actionId).find((b) => decodeEvidenceRef(b.value)?.r === requestId);
  if (!found) throw new Error(`no ${actionId} button for ${requestId}`);
  return found;
}

const ephemeral = { type: 'message', is_ephemeral: true, message_ts: '1520000000.000100', channel_id: CHANNEL };

describe('proposed answers in /scrutiny, confirmed or dismissed by a co-ordinator', () => {
  it('shows the evidence, refuses a member, closes with the evidence for a co-ordinator, and puts a wrong one aside', async () => {
    const board = await boardWith('2018-03-05T12:00:00Z', [...WITH_CORPUS, laterPaper('2018-03-01-minutes.txt')]);
    const h = await slackFor(board);
    const fostering = board.requestId('Requests a report back following implementation');
    const exclusions = board.requestId('the Scrutiny Board agrees that Exclusions');

    // A member sees the evidence but no buttons to decide on it.
    const memberView = await answerTo(h, 'outstanding requests');
    expect(JSON.stringify(memberView.blocks)).toContain('Possibly answered by Thursday 1 March 2018 · Minute 42');
    expect(buttons(memberView.blocks, ActionIds.confirmEvidence)).toHaveLength(0);
    expect(buttons(memberView.blocks, ActionIds.dismissEvidence)).toHaveLength(0);

    const open = await answerTo(h, 'outstanding requests', { user: ADMIN });
    const text = JSON.stringify(open.blocks);
    expect(text).toContain('Possibly answered by Thursday 1 March 2018 · Minute 42 · Private Fostering - Report Back: cites Minute 34 of 11 Jan 2018');
    expect(text).toContain('Further to Minute 34/18, the Scrutiny Board received a briefing note');
    const confirm = evidenceButton(open.blocks, ActionIds.confirmEvidence, fostering);
    expect(confirm.text.text).toBe('Answered by Minute 42');

    // A member's click (a button passed on from a co-ordinator's answer) changes nothing.
    await h.action(buttonClick({ user: MEMBER, actionId: ActionIds.confirmEvidence, value: confirm.value, channel: CHANNEL, responseId: 'member', harness: h, container: ephemeral }));
    const refused = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'member' })).body;
    expect(refused.text).toMatch(/Only the scrutiny co-ordinators/);
    expect(board.store.requestState(fostering).status).toBe('open');
    expect(board.store.state().evidence?.[fostering]).toBeUndefined();

    // A co-ordinator's click closes the request with the evidence recorded, and shows the answer again.
    await h.action(buttonClick({ user: ADMIN, actionId: ActionIds.confirmEvidence, value: confirm.value, channel: CHANNEL, responseId: 'admin', harness: h, container: ephemeral }));
    const replaced = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'admin' })).body;
    expect(replaced.replace_original).toBe(true);
    expect(JSON.stringify(replaced.blocks)).toContain('Marked done, answered by Private Fostering - Report Back');
    expect(board.store.requestState(fostering)).toMatchObject({ status: 'done', changedBy: ADMIN });
    expect(board.store.state().evidence?.[fostering]).toMatchObject([{ decision: 'confirmed', by: ADMIN }]);

    const all = JSON.stringify((await answerTo(h, 'all requests')).blocks);
    expect(all).toContain('Answered by Thursday 1 March 2018 · Minute 42 · Private Fostering - Report Back · confirmed by UADMIN1');

    // Dismissing leaves the request open and the paper aside.
    const dismiss = evidenceButton(open.blocks, ActionIds.dismissEvidence, exclusions);
    expect(dismiss.text.text).toBe('Not Minute 43');
    await h.action(buttonClick({ user: ADMIN, actionId: ActionIds.dismissEvidence, value: dismiss.value, channel: CHANNEL, responseId: 'dismiss', harness: h, container: ephemeral }));
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'dismiss' });
    expect(board.store.requestState(exclusions).status).toBe('open');
    const after = await answerTo(h, 'outstanding requests', { user: ADMIN });
    expect(buttons(after.blocks, ActionIds.dismissEvidence).some((b) => decodeEvidenceRef(b.value)?.r === exclusions)).toBe(false);
    expect(JSON.stringify(after.blocks)).toContain('Exclusions and Pupil Referral Unit (PRU) be added to the next agenda');
  });
});

describe('a ModernGov agenda as evidence, in the digest and on Home', () => {
  it("proposes the synced agenda item, never shows the exempt one, with its buttons on a co-ordinator's Home only", async () => {
    const mg = await moderngov();
    const board = await boardWith('2026-02-01T09:00:00Z');
    await syncFrom(mg, board.store, board.clock);
    mg.routes.meeting['9104'] = readFileSync(new URL('../fixtures/promises/moderngov/board-meeting-9104-agenda.xml', import.meta.url), 'utf8');
    board.clock.set('2026-02-09T08:00:00Z');
    await syncFrom(mg, board.store, board.clock);
    const h = await slackFor(board);
    const awareness = board.requestId('Requests an update on private fostering awareness');

    // Home: the member's open requests with their evidence.
    await h.event({ type: 'app_home_opened', user: ADMIN, channel: 'D0HOME', tab: 'home', event_ts: '1770624000.000100' });
    const home = JSON.stringify((await h.slack.waitFor('views.publish')).body.view.blocks);
    expect(home).toContain('Possibly answered by Thursday 19 March 2026 · Item 4 · Private Fostering Awareness in Schools - Update');

    // The weekly digest (Mondays at 09:00) carries the evidence; its buttons are the co-ordinators', on Home.
    await subscribe(board.store, { channel: CHANNEL, kind: 'requests', createdAt: '2026-02-01T12:00:00Z' });
    board.clock.set('2026-02-09T09:00:00Z');
    await remindOnce(board, h.slack.apiUrl);
    const [digest] = h.slack.messages(CHANNEL);
    const posted = JSON.stringify(digest!.blocks);
    expect(posted).toContain('Possibly answered by Thursday 19 March 2026 · Item 4 · Private Fostering Awareness in Schools - Update: cites Minute 4 of 18 Sep 2025');
    // The exempt item: neither proposed nor quoted; on Home's agenda its title shows, marked exempt.
    expect(posted).not.toContain('Named Child');
    for (const shown of [posted, home]) expect(shown).not.toContain('Confidential');
    expect(home).toContain('Private Fostering Placement - Named Child _(exempt)_');

    expect(buttons(digest!.blocks as AnyBlock[], ActionIds.confirmEvidence)).toHaveLength(0);

    // The co-ordinator confirms from Home, which is published again.
    const homeBlocks = (h.slack.calls('views.publish').at(-1)!.body.view.blocks) as AnyBlock[];
    const confirm = evidenceButton(homeBlocks, ActionIds.confirmEvidence, awareness);
    const published = h.slack.calls('views.publish').length;
    await h.action(
      buttonClick({
        user: ADMIN,
        actionId: ActionIds.confirmEvidence,
        value: confirm.value,
        harness: h,
        container: { type: 'view', view_id: 'V0HOME' },
        view: { id: 'V0HOME', type: 'home' },
      }),
    );
    await h.slack.waitFor('views.publish', { count: published + 1 });
    expect(board.store.requestState(awareness).status).toBe('done');
    expect(board.store.state().evidence?.[awareness]).toMatchObject([{ decision: 'confirmed', by: ADMIN }]);
  });
});
