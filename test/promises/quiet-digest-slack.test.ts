// A requests digest that would say what the last one said is not posted (the default for
// digests); a change to the requests posts the next one; a co-ordinator can ask for every one.
// Driven through the real app in HTTP mode and the scheduler posting to the fake Slack.
import { afterEach, describe, expect, it } from 'vitest';
import type { Board } from '../slack/support/board.ts';
import { ADMIN, CHANNEL, startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';
import { subscribe } from '../reminders/fixtures.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from '../sync/fake-moderngov.ts';
import { boardWith, remindOnce, syncFrom } from './support.ts';

let board: Board | null = null;
let h: SlackHarness | null = null;
let mg: FakeModernGov | null = null;
afterEach(async () => {
  await h?.stop();
  await board?.close();
  await mg?.close();
  h = board = mg = null;
});

describe('a requests digest with nothing new', () => {
  it('is skipped, until the requests change or the channel asks for every digest', async () => {
    mg = await startFakeModernGov(boardRoutes());
    board = await boardWith('2026-02-01T09:00:00Z');
    await syncFrom(mg, board.store, board.clock);
    h = await startSignedSlack(board);
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
    await h.command('remind unchanged post', { user: ADMIN, responseId: 'every' });
    const said = JSON.stringify((await h.slack.waitFor('response_url', { where: (c) => c.id === 'every' })).body);
    expect(said).toContain('posted even when nothing changed');
    board.clock.set('2026-03-02T09:00:00Z');
    await remindOnce(board, h.slack.apiUrl);
    expect(h.slack.messages(CHANNEL)).toHaveLength(3);
  });
});
