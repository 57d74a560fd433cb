// A requests digest that would say what the last one said is not posted (the default for
// digests); a change to the requests posts the next one; a co-ordinator can ask for every one.
// Driven through the real app in HTTP mode and the scheduler posting to the fake Slack.
import { describe, expect, it } from 'vitest';
import { answerTo } from '../support/slack-test-bed.ts';
import { ADMIN, CHANNEL } from '../slack/support/signed-slack.ts';
import { subscribe } from '../reminders/fixtures.ts';
import { boardWith, moderngov, remindOnce, slackFor, syncFrom } from './support.ts';

describe('a requests digest with nothing new', () => {
  it('is skipped, until the requests change or the channel asks for every digest', async () => {
    const mg = await moderngov();
    const board = await boardWith('2026-02-01T09:00:00Z');
    await syncFrom(mg, board.store, board.clock);
    const h = await slackFor(board);
    await subscribe(board.store, { channel: CHANNEL, kind: 'requests', createdAt: '2026-02-01T12:00:00Z' });

    // Mondays at 09:00.
    board.clock.set('2026-02-09T09:00:00Z');
    await remindOnce(board, h.slack.apiUrl);
    expect(h.slack.messages(CHANNEL)).toHaveLength(1);

    board.clock.set('2026-02-16T09:00:00Z');
    await remindOnce(board, h.slack.apiUrl);
    expect(h.slack.messages(CHANNEL)).toHaveLength(1);
    const skipped = Object.values(board.store.state().deliveries).find((d) => d.dueAt === '2026-02-16T09:00:00.000Z');
    expect(skipped).toMatchObject({ state: 'skipped', reason: 'nothing changed since the last digest' });

    // A request closed: the next digest has something to say.
    const awareness = board.requestId('Requests an update on private fostering awareness');
    await board.store.setRequestState(awareness, 'done', ADMIN, new Date('2026-02-18T10:00:00Z'));
    board.clock.set('2026-02-23T09:00:00Z');
    await remindOnce(board, h.slack.apiUrl);
    expect(h.slack.messages(CHANNEL)).toHaveLength(2);

    // A co-ordinator asks for every digest.
    const said = JSON.stringify(await answerTo(h, 'remind unchanged post', { user: ADMIN }));
    expect(said).toContain('posted even when nothing changed');
    board.clock.set('2026-03-02T09:00:00Z');
    await remindOnce(board, h.slack.apiUrl);
    expect(h.slack.messages(CHANNEL)).toHaveLength(3);
  });
});
