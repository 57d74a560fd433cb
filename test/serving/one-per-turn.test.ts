// Requests posted to a thread arrive in one run of its message port, with no turn of the event loop
// between them; taken one per turn, work that waits for a turn (a slice of a look-up) gets it before
// the requests that came after it, not once none is left.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { onePerTurn } from '../../src/serving/one-per-turn.ts';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Posts `count` messages at once; the first one's work waits for a turn. The order things happened in. */
async function fiftyAtOnce(take: (work: () => void) => void, count = 50): Promise<string[]> {
  const { port1, port2 } = new MessageChannel();
  const order: string[] = [];
  try {
    await new Promise<void>((resolve) => {
      port2.on('message', (n: number) =>
        take(() => {
          order.push(`took ${n}`);
          if (n === 0) void turn().then(() => order.push('the first, after its turn'));
          if (n === count - 1) resolve();
        }),
      );
      for (let n = 0; n < count; n++) port1.postMessage(n);
    });
    await turn();
    return order;
  } finally {
    port1.close();
  }
}

describe('one per turn', () => {
  it('gives work that waits for a turn its turn before the messages behind it are taken', async () => {
    const order = await fiftyAtOnce(onePerTurn());
    expect(order.filter((step) => step.startsWith('took'))).toEqual(Array.from({ length: 50 }, (_, n) => `took ${n}`));
    expect(order.indexOf('the first, after its turn')).toBeLessThan(5);
  });

  it('goes on with the next item when one fails', async () => {
    const take = onePerTurn();
    const taken: number[] = [];
    const failures: unknown[] = [];
    const onError = (error: unknown) => failures.push(error);
    process.on('uncaughtException', onError);
    try {
      await new Promise<void>((resolve) => {
        take(() => {
          throw new Error('the first one fails');
        });
        take(() => taken.push(2));
        take(() => {
          taken.push(3);
          resolve();
        });
      });
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(taken).toEqual([2, 3]);
  });
});
