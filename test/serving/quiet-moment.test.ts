// The bot's background work waits for a moment when no member's question waits, and is never skipped.
import { describe, expect, it } from 'vitest';
import { QUIET_MAX_WAIT_MS, QUIET_POLL_MS, quietMoment } from '../../src/serving/quiet-moment.ts';

/** A sleep that returns at once and counts how often it was asked to wait. */
function countedSleep() {
  const slept: number[] = [];
  return { slept, sleep: async (ms: number) => void slept.push(ms) };
}

describe('a quiet moment for background work', () => {
  it('comes at the next turn when no question is waiting', async () => {
    const { slept, sleep } = countedSleep();
    await quietMoment(() => false, { sleep });
    expect(slept).toEqual([]);
  });

  it('waits while questions are waiting, looking again every little while, and comes when they are answered', async () => {
    const { slept, sleep } = countedSleep();
    let waiting = 3;
    await quietMoment(() => waiting-- > 0, { sleep });
    expect(slept).toEqual([QUIET_POLL_MS, QUIET_POLL_MS, QUIET_POLL_MS]);
  });

  it('counts a question that arrived in the same turn as the work', async () => {
    const { slept, sleep } = countedSleep();
    let waiting = 0;
    const moment = quietMoment(() => waiting > 0, { sleep: (ms) => ((waiting = 0), sleep(ms)) });
    waiting = 1;
    await moment;
    expect(slept).toEqual([QUIET_POLL_MS]);
  });

  it('comes all the same under questions that never stop, once it has waited its longest', async () => {
    const { slept, sleep } = countedSleep();
    await quietMoment(() => true, { sleep });
    expect(slept.reduce((a, b) => a + b, 0)).toBe(QUIET_MAX_WAIT_MS);
    const custom = countedSleep();
    await quietMoment(() => true, { sleep: custom.sleep, pollMs: 10, maxWaitMs: 50 });
    expect(custom.slept).toEqual([10, 10, 10, 10, 10]);
  });
});
