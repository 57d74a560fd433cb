// The paper worker: a job that never ends or never stops allocating is stopped by its limits, the
// caller gets a reason, and the next job runs in a fresh worker. Limits are the worker's own
// (a time budget, a heap size); nothing here measures wall-clock time.
import { afterEach, describe, expect, it } from 'vitest';
import { createIsolatedRunner, IsolationError, isolatedJob, JobError, type IsolatedRunner } from '../../src/worker/isolated.ts';
import type { echo, neverFinishes, neverStopsAllocating, neverStopsFillingBuffers, throwsPlainly } from './support/stuck-job.ts';

const JOBS = new URL('./support/stuck-job.ts', import.meta.url);
const NEVER_FINISHES = isolatedJob<typeof neverFinishes>(JOBS, 'neverFinishes');
const NEVER_STOPS_ALLOCATING = isolatedJob<typeof neverStopsAllocating>(JOBS, 'neverStopsAllocating');
const NEVER_STOPS_FILLING_BUFFERS = isolatedJob<typeof neverStopsFillingBuffers>(JOBS, 'neverStopsFillingBuffers');
const THROWS = isolatedJob<typeof throwsPlainly>(JOBS, 'throwsPlainly');
const ECHO = isolatedJob<typeof echo<unknown>>(JOBS, 'echo');

let runner: IsolatedRunner;
afterEach(async () => {
  await runner.close();
});

describe('the paper worker', () => {
  it('stops a job that runs past its time budget, says so, and serves the next job from a fresh worker', async () => {
    runner = createIsolatedRunner({ timeBudgetMs: 3000 });
    const stuck = runner.run(NEVER_FINISHES, [new Uint8Array(1), 'stuck.txt']);
    // The next job's budget counts the fresh worker's start too, which a busy machine can take seconds over.
    const next = runner.run(ECHO, [{ still: 'served' }], { timeBudgetMs: 120_000 });
    const error = await stuck.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IsolationError);
    expect(error).toMatchObject({ reason: 'time', message: 'reading it took longer than 3 seconds, so it was stopped' });
    expect(await next).toEqual({ still: 'served' });
    expect(runner.stats).toMatchObject({ stopped: 1, done: 1, workersStarted: 2 });
  });

  it('stops a job that passes its memory limit', async () => {
    runner = createIsolatedRunner({ maxHeapMb: 96, timeBudgetMs: 120_000 });
    const error = await runner.run(NEVER_STOPS_ALLOCATING, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IsolationError);
    expect(error).toMatchObject({ reason: 'memory', message: 'it needed more than 96 MB of memory to read' });
    expect(await runner.run(ECHO, [7])).toBe(7);
  });

  it('stops a job that fills buffers outside the heap (which the heap limit does not see)', async () => {
    runner = createIsolatedRunner({ maxHeapMb: 96, maxGrowthMb: 160, timeBudgetMs: 120_000 });
    const error = await runner.run(NEVER_STOPS_FILLING_BUFFERS, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IsolationError);
    expect(error).toMatchObject({ reason: 'memory', message: 'it needed more than 160 MB of memory to read' });
    expect(await runner.run(ECHO, ['next'])).toBe('next');
  });

  it("passes a job's own error on, keeping its worker", async () => {
    runner = createIsolatedRunner();
    const error = await runner.run(THROWS, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobError);
    expect(error).toMatchObject({ name: 'RangeError', message: 'the paper said no' });
    expect(await runner.run(ECHO, ['again'])).toBe('again');
    expect(runner.stats).toMatchObject({ failed: 1, done: 1, workersStarted: 1 });
  });
});
