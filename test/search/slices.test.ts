import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SlicedJob, type SliceBudget, type Steps } from '../../src/search/slices.ts';

/** A full garbage collection, on demand. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** A job whose steps hold a large value in a local until they end; the value itself is only weakly referenced here. */
function jobHolding(): { job: SlicedJob<number>; held: WeakRef<object> } {
  const value = { rows: Array.from({ length: 1000 }, (_, i) => i) };
  function* steps(): Steps<number> {
    const rows = value.rows;
    yield;
    yield;
    return rows.length;
  }
  return { job: new SlicedJob(steps()), held: new WeakRef(value) };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const budget: SliceBudget = { budgetMs: 0, now: () => 0, turn };

describe('SlicedJob', () => {
  it('keeps its result but lets go of what its steps held once it has finished', async () => {
    const gc = collector();
    const { job, held } = jobHolding();
    expect(job.finishNow()).toBe(1000);
    await turn();
    gc();
    expect(held.deref()).toBeUndefined();
    expect(job.result).toBe(1000);
    expect(job.done).toBe(true);
  });

  it('lets go of what its steps held once it is stopped, and has no result', async () => {
    const gc = collector();
    const { job, held } = jobHolding();
    expect(await job.run(budget, () => false)).toBeNull();
    expect(job.stopped).toBe(true);
    await turn();
    gc();
    expect(held.deref()).toBeUndefined();
    expect(job.finishNow()).toBeUndefined();
  });

  it('holds what its steps hold while they run', async () => {
    const gc = collector();
    const { job, held } = jobHolding();
    job.slice({ budgetMs: 0, now: () => 0, turn });
    await turn();
    gc();
    expect(held.deref()).toBeDefined();
    expect(job.done).toBe(false);
    expect(job.finishNow()).toBe(1000);
  });
});
