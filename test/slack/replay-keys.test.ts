// A command's replay key: the ack goes out at once, the answer only once the key is written, so a
// slow disk never delays an ack and a restart never forgets a request it already answered; a replay
// arriving while the key is still being written is caught in memory.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answers/engine.ts';
import type { Store } from '../../src/store/store.ts';
import { closedAfterTest, signedSlackOver } from '../support/slack-test-bed.ts';
import { createBoard, type Board } from './support/board.ts';
import { ADMIN, CHANNEL, MEMBER, commandBody, startSignedSlack, type SlackHarness } from './support/signed-slack.ts';

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

/** The store, its first state write (the first command's replay key) held until `gate` opens; later ones go through. */
function firstStateWriteHeld(store: Store, gate: Promise<void>): Store {
  let held = false;
  return new Proxy(store, {
    get(target, property) {
      if (property === 'updateState') {
        return (change: Parameters<Store['updateState']>[0]) => {
          if (held) return target.updateState(change);
          held = true;
          return gate.then(() => target.updateState(change));
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('what waits for the replay key (written for as long as the test holds it)', () => {
  it('a question is answered while its key is written, and posted only once it is', async () => {
    await h.stop();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const questions: string[] = [];
    const engine = watchedEngine(board.engine, (q) => questions.push(q));
    h = closedAfterTest(await startSignedSlack({ ...board, store: heldStateWrites(board.store, gate) }, { engine, deps: { replayKeyGraceMs: 60_000 } }));

    expect((await h.command('next meeting', { responseId: 'early' })).status).toBe(200);
    await until(() => questions.includes('next meeting'), 'the question to be asked');
    expect(Object.keys(board.store.state().seenEvents)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.slack.calls('response_url')).toEqual([]);

    open();
    expect((await h.slack.waitFor('response_url', { where: (c) => c.id === 'early' })).body.text).toContain('Thursday 8 March 2018');
    expect(Object.keys(board.store.state().seenEvents)).toHaveLength(1);
  });

  it('a command that changes state does nothing until its key is written, though a question after it is answered meanwhile', async () => {
    await h.stop();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const questions: string[] = [];
    const engine = watchedEngine(board.engine, (q) => questions.push(q));
    h = closedAfterTest(await startSignedSlack({ ...board, store: firstStateWriteHeld(board.store, gate) }, { engine, deps: { replayKeyGraceMs: 60_000 } }));

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
