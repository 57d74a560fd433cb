// One queue builds the record's look-ups for everyone who asks: one slice per turn of the event
// loop however many questions wait, a waiting question's look-ups before the background's, and the
// background none while a question is being answered, unless questions have held it off for its limit.
import { describe, expect, it } from 'vitest';
import { LookupQueue, type BuildStep } from '../../src/answers/lookup-queue.ts';
import { SlicedJob, type SliceBudget, type Steps } from '../../src/search/slices.ts';

interface View {
  version: number;
}

/** The time the look-ups below take: each unit of work a millisecond. */
const clock = { ms: 0 };

/** A budget of one unit of work per slice, whose turns are counted and logged. */
function countedBudget(log: string[]): SliceBudget & { turns: number } {
  const budget = {
    turns: 0,
    budgetMs: 1,
    now: () => clock.ms,
    turn: () =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          budget.turns++;
          log.push('turn');
          resolve();
        }),
      ),
  };
  return budget;
}

/** A look-up of `units` units of work, logging each under `name`, built once per view. */
function lookup(name: string, units: number, log: string[]): BuildStep<View> & { job: SlicedJob<number> | null } {
  const step = ((_view: View) => {
    if (step.job?.done) return null;
    step.job ??= new SlicedJob(
      (function* (): Steps<number> {
        for (let i = 0; i < units; i++) {
          log.push(name);
          clock.ms++;
          yield;
        }
        return units;
      })(),
    );
    return step.job;
  }) as BuildStep<View> & { job: SlicedJob<number> | null };
  step.job = null;
  return step;
}

/** A timer on the look-ups' clock, which moves only with their work: it never goes off by itself. */
const standingStill = () => new Promise<void>(() => {});

function queueOver(view: View, budget: SliceBudget, record = { version: view.version }, heldLimitMs = 1_000): LookupQueue<View> {
  return new LookupQueue<View>(
    () => view,
    (v) => v.version === record.version,
    budget,
    heldLimitMs,
    standingStill,
  );
}

/** The work logged between two turns. */
function slicesPerTurn(log: string[]): string[][] {
  const turns: string[][] = [[]];
  for (const entry of log) {
    if (entry === 'turn') turns.push([]);
    else turns.at(-1)!.push(entry);
  }
  return turns;
}

describe('the look-up queue', () => {
  it('runs one slice per turn of the event loop however many questions wait, each question\'s look-ups in the order asked', async () => {
    const log: string[] = [];
    const queue = queueOver({ version: 1 }, countedBudget(log));
    const a = lookup('a', 3, log);
    const b = lookup('b', 3, log);
    const c = lookup('c', 3, log);
    await Promise.all([queue.first([a]), queue.first([b]), queue.first([c, a])]);
    const work = slicesPerTurn(log).filter((turn) => turn.length > 0);
    // Driven by each waiting question on its own, three slices would run between two turns.
    expect(work.every((turn) => turn.length === 1)).toBe(true);
    expect(work.flat()).toEqual(['a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'c']);
  });

  it('builds what a waiting question reads before the background, and the background while no question is answered', async () => {
    const log: string[] = [];
    const queue = queueOver({ version: 1 }, countedBudget(log));
    const slow = lookup('background', 6, log);
    const needed = lookup('question', 2, log);
    const background = queue.later([slow], () => {});
    // Let the background start, then a question that reads another look-up arrives.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const startedBefore = log.filter((e) => e === 'background').length;
    expect(startedBefore).toBeGreaterThan(0);
    await queue.first([needed]);
    const work = log.filter((e) => e !== 'turn');
    // Nothing of the background ran between the question's arrival and its look-up being built.
    expect(work.slice(startedBefore, startedBefore + 2)).toEqual(['question', 'question']);
    await background;
    expect(log.filter((e) => e === 'background')).toHaveLength(6);
  });

  it('gives the background no slice while a question is being answered, and goes on once it is', async () => {
    const log: string[] = [];
    const budget = countedBudget(log);
    const queue = queueOver({ version: 1 }, budget);
    const answering = queue.hold();
    let done = false;
    const background = queue.later([lookup('background', 3, log)], () => {}).then(() => (done = true));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(log.filter((e) => e === 'background')).toHaveLength(0);
    expect(done).toBe(false);
    answering();
    // Told twice (an answer and a failure in one), it counts once.
    answering();
    await background;
    expect(log.filter((e) => e === 'background')).toHaveLength(3);
    // A second question held and released leaves the queue free again.
    const again = queue.hold();
    again();
    await queue.later([lookup('more', 1, log)], () => {});
    expect(log.filter((e) => e === 'more')).toHaveLength(1);
  });

  it('answers a question whose look-ups are built without waiting for a turn, even while the background builds', async () => {
    const log: string[] = [];
    const budget = countedBudget(log);
    const queue = queueOver({ version: 1 }, budget);
    const built = lookup('built', 1, log);
    await queue.first([built]);
    void queue.later([lookup('background', 50, log)], () => {});
    const turnsBefore = budget.turns;
    let answered = false;
    const asked = queue.first([built, () => undefined]).then(() => (answered = true));
    // Resolved in microtasks: no turn of the event loop, so no slice of the background, came first.
    await Promise.resolve();
    await Promise.resolve();
    expect(answered).toBe(true);
    expect(budget.turns).toBe(turnsBefore);
    await asked;
  });

  it('stops a run once the record has moved on, and tells a question of a step that failed', async () => {
    const log: string[] = [];
    const record = { version: 1 };
    const queue = queueOver({ version: 1 }, countedBudget(log), record);
    const long = lookup('old', 10, log);
    const background = queue.later([long], () => {});
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    record.version = 2;
    await background;
    expect(log.filter((e) => e === 'old').length).toBeLessThan(10);
    expect(long.job!.stopped).toBe(true);

    const failing: BuildStep<View> = () => {
      throw new Error('no such look-up');
    };
    const errors: unknown[] = [];
    record.version = 1;
    await expect(queue.first([failing])).rejects.toThrow('no such look-up');
    await queue.later([failing], (error) => errors.push(error));
    expect(errors).toHaveLength(1);
  });

  it('gives the background a slice each time a stream of questions has held it off for its limit, and no more', async () => {
    const log: string[] = [];
    const budget = countedBudget(log);
    const limit = 10;
    const queue = queueOver({ version: 1 }, budget, { version: 1 }, limit);
    const sliceTimes: number[] = [];
    const slow: BuildStep<View> = lookup('background', 4, log);
    const timed: BuildStep<View> = (view) => {
      const job = slow(view);
      if (!job) return job;
      // Each slice of the background is one unit of work: note when it ran.
      return new SlicedJob(
        (function* (): Steps<void> {
          while (!job.slice({ ...budget, budgetMs: 0 })) {
            sliceTimes.push(clock.ms);
            yield;
          }
          sliceTimes.push(clock.ms);
        })(),
      );
    };
    let done = false;
    // Questions follow each other with no pause: the next is held before the last is released.
    let answering = queue.hold();
    const background = queue.later([timed], () => {}).then(() => (done = true));
    for (let asked = 0; asked < 200 && !done; asked++) {
      const next = queue.hold();
      await queue.first([lookup(`question ${asked}`, 1, log)]);
      answering();
      answering = next;
    }
    expect(done).toBe(true);
    answering();
    await background;
    expect(log.filter((e) => e === 'background')).toHaveLength(4);
    // Never two background slices closer than the limit while questions held it off.
    const gaps = sliceTimes.slice(1).map((t, i) => t - sliceTimes[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(limit);
  });

  it('gives the background its slice when its limit is up while a question is held and nothing else happens', async () => {
    const log: string[] = [];
    const limit = 10;
    const timers: number[] = [];
    // The timer moves the look-ups' clock by what it was set for, and goes off on the next turn.
    const wake = (ms: number) => {
      timers.push(ms);
      clock.ms += ms;
      return new Promise<void>((resolve) => setImmediate(resolve));
    };
    const queue = new LookupQueue<View>(() => ({ version: 1 }), () => true, countedBudget(log), limit, wake);
    // A question waiting for something other than a look-up (the search index loading) holds the background off throughout.
    const answering = queue.hold();
    const background = queue.later([lookup('background', 3, log)], () => {});
    for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(log.filter((e) => e === 'background')).toHaveLength(3);
    await background;
    expect(timers.length).toBeGreaterThan(0);
    expect(timers.every((ms) => ms <= limit)).toBe(true);
    answering();
  });
});
