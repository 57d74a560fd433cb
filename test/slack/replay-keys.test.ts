// A command's replay key, written while the command is acknowledged and answered: the ack goes out at
// once, a question is answered meanwhile and posted only once its key is written, a command that
// changes state acts only then, so a slow disk never delays an ack and a restart never forgets a request
// whose answer or change was made; a replay arriving while the key is still being written is caught in
// memory, and one after a restart by the key on disk.
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answers/engine.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { startFakeSlack } from '../support/fake-slack.ts';
import { closedAfterTest, signedSlackOver } from '../support/slack-test-bed.ts';
import { boardOf, createBoard, replayKeysOnDisk, type Board } from './support/board.ts';
import { ADMIN, CHANNEL, MEMBER, commandBody, startSignedSlack, type SlackHarness } from './support/signed-slack.ts';

let board: Board;
let h: SlackHarness;
beforeEach(async () => ({ board, h } = await signedSlackOver(await createBoard('2018-02-01T09:00:00Z'))));

/** The board's store, its replay keys' writes held until `gate` opens. */
function heldReplayKeys(store: Store, gate: Promise<void>): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'recordReplayKeys') return (...args: Parameters<Store['recordReplayKeys']>) => gate.then(() => target.recordReplayKeys(...args));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The board's engine, telling `asked` of each question it is asked (however the listener asks it). */
function watchedEngine(engine: Engine, asked: (question: string) => void): Engine {
  return new Proxy(engine, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      if (property !== 'ask' && property !== 'answer' && property !== 'answerReply') return method;
      return (question: string, ...rest: unknown[]) => {
        asked(question);
        return method(question, ...rest);
      };
    },
  });
}

/** The app started again over the board, its replay keys' writes held until `open()`; `questions`: those its engine was asked. */
async function appWithKeysHeld(deps: { replayKeyGraceMs?: number } = {}): Promise<{ open: () => void; questions: string[] }> {
  await h.stop();
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const questions: string[] = [];
  const engine = watchedEngine(board.engine, (q) => questions.push(q));
  h = closedAfterTest(await startSignedSlack({ ...board, store: heldReplayKeys(board.store, gate) }, { engine, deps }));
  return { open, questions };
}

/** Until `condition` holds, for at most 30 s (a cap for a loaded machine, as the fake Slack's). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 30_000) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a command whose replay key is still being written', () => {
  it('is acknowledged at once, answered once the key is written, and its replay meanwhile is not answered', async () => {
    // A grace far longer than the test: on a loaded machine the ack, the replay and the pause can outlast the default
    // second, and the answer would then rightly go ahead without its key.
    const { open } = await appWithKeysHeld({ replayKeyGraceMs: 60_000 });
    const body = commandBody('next meeting', { user: MEMBER, channel: CHANNEL, responseUrl: h.slack.responseUrl('held') });

    const acked = await h.post(body, 'application/x-www-form-urlencoded');
    expect(acked.status).toBe(200);
    const replay = await h.post(body, 'application/x-www-form-urlencoded');
    expect(replay.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.slack.calls('response_url')).toEqual([]);
    expect(await replayKeysOnDisk(board)).toEqual([]);

    open();
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'held' })).body.text).toContain('Thursday 8 March 2018');
    expect(await replayKeysOnDisk(board)).toEqual([`command:${new URLSearchParams(body).get('trigger_id')}`]);
    // A later command is answered: by then a second answer to the replay would be there too.
    await h.command('outstanding requests', { responseId: 'later' });
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'later' });
    expect(h.slack.calls('response_url').filter((c) => c.id === 'held')).toHaveLength(1);
  });

  it('replayed after a restart (the store read again from disk) is acknowledged and not answered', async () => {
    await h.stop();
    // One fake Slack for both runs of the bot: the replay's response_url is still there to post to.
    const slack = closedAfterTest(await startFakeSlack());
    h = closedAfterTest(await startSignedSlack(board, { slack }));
    const body = commandBody('next meeting', { user: MEMBER, channel: CHANNEL, responseUrl: slack.responseUrl('asked') });
    await h.post(body, 'application/x-www-form-urlencoded');
    await slack.waitFor('response_url', { where: (c) => c.id === 'asked' });
    await h.stop();

    const store = await openStore(join(board.dir, 'scrutiny.json'));
    const restarted = boardOf(board.dir, store, await createEngine({ store, clock: board.clock, snapshotPath: null }), board.clock);
    h = closedAfterTest(await startSignedSlack(restarted, { slack }));
    expect((await h.post(body, 'application/x-www-form-urlencoded')).status).toBe(200);
    await h.command('outstanding requests', { responseId: 'after' });
    await slack.waitFor('response_url', { where: (c) => c.id === 'after' });
    expect(slack.calls('response_url').map((c) => c.id)).toEqual(['asked', 'after']);
  });

  it('is written without the state file, so the answer thread has nothing to read again', async () => {
    const reader = await openStore(join(board.dir, 'scrutiny.json'), { asReader: true });
    await h.command('next meeting', { responseId: 'asked' });
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'asked' });
    expect(await replayKeysOnDisk(board)).toHaveLength(1);
    expect(await reader.refresh()).toBe(false);
  });
});

describe('what waits for the replay key (written for as long as the test holds it)', () => {
  it('a question is answered while its key is written, and posted only once it is', async () => {
    const { open, questions } = await appWithKeysHeld({ replayKeyGraceMs: 60_000 });

    expect((await h.command('next meeting', { responseId: 'early' })).status).toBe(200);
    await until(() => questions.includes('next meeting'), 'the question to be asked');
    expect(await replayKeysOnDisk(board)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.slack.calls('response_url')).toEqual([]);

    open();
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'early' })).body.text).toContain('Thursday 8 March 2018');
    expect(await replayKeysOnDisk(board)).toHaveLength(1);
  });

  it('a command that changes state does nothing until its key is written, though a question after it is answered meanwhile', async () => {
    const { open, questions } = await appWithKeysHeld({ replayKeyGraceMs: 60_000 });

    await h.command('remind agenda', { user: ADMIN, responseId: 'remind' });
    await h.command('next meeting', { responseId: 'question' });
    await until(() => questions.includes('next meeting'), 'the question after it to be asked');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(board.store.state().subscriptions).toEqual([]);
    expect(h.slack.calls('response_url')).toEqual([]);

    open();
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'remind' });
    expect(board.store.state().subscriptions).toHaveLength(1);
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'question' });
  });
});
