// A command's replay key: the ack goes out at once, the answer only once the key is written, so a
// slow disk never delays an ack and a restart never forgets a request it already answered; a replay
// arriving while the key is still being written is caught in memory.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { closedAfterTest, signedSlackOver } from '../support/slack-test-bed.ts';
import { createBoard, type Board } from './support/board.ts';
import { CHANNEL, MEMBER, commandBody, startSignedSlack, type SlackHarness } from './support/signed-slack.ts';

let board: Board;
let h: SlackHarness;
beforeEach(async () => ({ board, h } = await signedSlackOver(await createBoard('2018-02-01T09:00:00Z'))));

/** The board's store, its state writes held until `gate` opens. */
function heldStateWrites(store: Store, gate: Promise<void>): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'updateState') return (change: Parameters<Store['updateState']>[0]) => gate.then(() => target.updateState(change));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('a command whose replay key is still being written', () => {
  it('is acknowledged at once, answered once the key is written, and its replay meanwhile is not answered', async () => {
    await h.stop();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    h = closedAfterTest(await startSignedSlack({ ...board, store: heldStateWrites(board.store, gate) }));
    const body = commandBody('next meeting', { user: MEMBER, channel: CHANNEL, responseUrl: h.slack.responseUrl('held') });

    const acked = await h.post(body, 'application/x-www-form-urlencoded');
    expect(acked.status).toBe(200);
    const replay = await h.post(body, 'application/x-www-form-urlencoded');
    expect(replay.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.slack.calls('response_url')).toEqual([]);
    expect(Object.keys(board.store.state().seenEvents)).toEqual([]);

    open();
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'held' })).body.text).toContain('Thursday 8 March 2018');
    expect(Object.keys(board.store.state().seenEvents)).toHaveLength(1);
    // A later command is answered: by then a second answer to the replay would be there too.
    await h.command('outstanding requests', { responseId: 'later' });
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'later' });
    expect(h.slack.calls('response_url').filter((c) => c.id === 'held')).toHaveLength(1);
  });
});
