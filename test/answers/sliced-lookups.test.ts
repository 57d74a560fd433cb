// A long look-up built in slices after start: the event loop gets its turns
// meanwhile, and a question that needs it first finishes the same work rather
// than starting it again.
import { describe, expect, it } from 'vitest';
import { DerivedLookups, lookupKey, RecordViews, type RecordView } from '../../src/answers/record-view.ts';
import type { Steps } from '../../src/search/slices.ts';
import { corpusEngine } from './corpus.ts';

const KEY = lookupKey<number>('test-sum');

/** Sums 0..n-1, one number per step, counting the steps run. */
function counting(n: number, ran: { steps: number }, spinMs = 0): () => Steps<number> {
  return function* () {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const until = performance.now() + spinMs;
      while (performance.now() < until) {
        // work that holds the thread
      }
      ran.steps++;
      sum += i;
      yield;
    }
    return sum;
  };
}

describe('a look-up built in slices', () => {
  it('is finished by the first question that needs it, each step run once', () => {
    const derived = new DerivedLookups();
    const ran = { steps: 0 };
    const job = derived.start(KEY, counting(100, ran))!;
    job.slice({ budgetMs: 0, now: () => 0, turn: async () => {} });
    expect(ran.steps).toBeGreaterThan(0);
    expect(ran.steps).toBeLessThan(100);
    expect(derived.has(KEY)).toBe(false);
    expect(derived.get(KEY, () => -1)).toBe(4950);
    expect(ran.steps).toBe(100);
    // Built: neither started again nor rebuilt.
    expect(derived.start(KEY, counting(100, ran))).toBeNull();
    expect(derived.get(KEY, () => -1)).toBe(4950);
    expect(ran.steps).toBe(100);
  });

  it('is built again when its slices were stopped before the end', () => {
    const derived = new DerivedLookups();
    const ran = { steps: 0 };
    const job = derived.start(KEY, counting(10, ran))!;
    void job.run({ budgetMs: 0, now: () => 0, turn: async () => {} }, () => false);
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect(job.stopped).toBe(true);
        expect(derived.get(KEY, () => 123)).toBe(123);
        resolve();
      }),
    );
  });

  it('lets timers and requests run between its slices when prepared in the background', async () => {
    const { store } = await corpusEngine();
    const views = new RecordViews(store);
    const ran = { steps: 0 };
    let stepsWhenTimerRan = -1;
    const steps = counting(40, ran, 5);
    // 40 steps of 5 ms: four times a 50 ms wait in one turn, were it not sliced. A timer
    // set during the first step fires before the last one only if the loop had a turn.
    await views.prepare([
      (view) =>
        view.derived.start(KEY, function* () {
          setTimeout(() => (stepsWhenTimerRan = ran.steps), 0);
          return yield* steps();
        }),
    ]);
    expect(ran.steps).toBe(40);
    expect(stepsWhenTimerRan).toBeGreaterThan(0);
    expect(stepsWhenTimerRan).toBeLessThan(40);
    expect(views.current().derived.has(KEY)).toBe(true);
    expect(views.current().derived.get(KEY, () => -1)).toBe(780);
  });

  it('is built for a question that reads it beside the background, sharing its work, the event loop free between slices', async () => {
    const { store } = await corpusEngine();
    const views = new RecordViews(store);
    const ran = { steps: 0 };
    let stepsWhenTimerRan = -1;
    const steps = counting(40, ran, 5);
    const step = (view: RecordView) =>
      view.derived.start(KEY, function* () {
        setTimeout(() => (stepsWhenTimerRan = ran.steps), 0);
        return yield* steps();
      });
    const background = views.prepare([step]);
    await views.build([step]);
    // Built when the question goes on: by both, each step once.
    expect(views.current().derived.has(KEY)).toBe(true);
    expect(ran.steps).toBe(40);
    expect(stepsWhenTimerRan).toBeGreaterThan(0);
    expect(stepsWhenTimerRan).toBeLessThan(40);
    await background;
    expect(ran.steps).toBe(40);
    expect(views.current().derived.get(KEY, () => -1)).toBe(780);
  });
});
