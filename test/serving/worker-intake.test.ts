// The answer worker's thread takes what arrives in order, one request per turn, and runs the bot's
// own background work only once no member's question waits for its answer.
import { describe, expect, it } from 'vitest';
import { workerIntake } from '../../src/serving/worker-intake.ts';

interface Request {
  type: 'ask' | 'query';
  id: string;
  background?: boolean;
}

const ask = (id: string): Request => ({ type: 'ask', id });
const backgroundQuery = (id: string): Request => ({ type: 'query', id, background: true });
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An intake whose questions are answered only when the test says, logging what it served and when. */
function heldIntake() {
  const intake = workerIntake<Request>((request) => request.type === 'ask', { pollMs: 1 });
  const served: string[] = [];
  const taken: string[] = [];
  const answer = new Map<string, () => void>();
  intake.serveWith(async (request) => {
    taken.push(request.id);
    if (request.type === 'ask') await new Promise<void>((resolve) => answer.set(request.id, resolve));
    served.push(request.id);
  });
  const until = async (done: () => boolean) => {
    for (let turns = 0; !done(); turns++) {
      if (turns > 1_000) throw new Error('never came');
      await turn();
    }
  };
  return { intake, served, taken, answer, until };
}

describe("the answer worker's intake", () => {
  it('runs background work at once when no question waits', async () => {
    const { intake, served, until } = heldIntake();
    intake.arrived(backgroundQuery('check'));
    await until(() => served.length === 1);
    expect(served).toEqual(['check']);
  });

  it('holds background work until the questions that came before and after it are answered', async () => {
    const { intake, served, taken, answer, until } = heldIntake();
    for (const id of ['q1', 'q2']) intake.arrived(ask(id));
    intake.arrived(backgroundQuery('check'));
    intake.arrived(ask('q3'));
    await until(() => taken.length === 3);
    // A question that arrives once the work has come to its turn, while it waits, is waited for too.
    intake.arrived(ask('q4'));
    await until(() => taken.length === 4);
    expect(taken).toEqual(['q1', 'q2', 'q3', 'q4']);
    for (const id of ['q3', 'q1', 'q4']) {
      answer.get(id)!();
      // Many turns, and polls, go by: the work still waits while any question does.
      for (let i = 0; i < 20; i++) await turn();
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(served).not.toContain('check');
    }
    answer.get('q2')!();
    await until(() => served.length === 5);
    expect(served).toEqual(['q3', 'q1', 'q4', 'q2', 'check']);
  });

  it('serves what arrived before serving began, in its order, one per turn', async () => {
    const intake = workerIntake<Request>((request) => request.type === 'ask');
    for (const id of ['a', 'b', 'c']) intake.arrived(ask(id));
    const taken: Array<[string, number]> = [];
    let turnNow = 0;
    const ticking = (async () => {
      for (let i = 0; i < 10; i++) (await turn(), turnNow++);
    })();
    intake.serveWith(async (request) => void taken.push([request.id, turnNow]));
    await ticking;
    expect(taken.map(([id]) => id)).toEqual(['a', 'b', 'c']);
    // Each on a turn of its own.
    expect(new Set(taken.map(([, at]) => at)).size).toBe(3);
  });
});
