// Long work (building the index, loading or saving its snapshot, applying a big
// change) runs as a generator that yields between small units of work. Driven
// in slices, it gives the event loop back whenever a slice has run for its
// budget, so acks and answers get their turn; finished at once (a question that
// cannot wait for it), the same steps run to the end without a pause.

/** When to end a slice, and how to give the event loop a turn. Injected in tests. */
export interface SliceBudget {
  /** Milliseconds a slice may run before the event loop gets a turn. */
  budgetMs: number;
  /** A monotonic clock in milliseconds. */
  now(): number;
  /** Resolves after the event loop has had a turn (timers, I/O, other requests). */
  turn(): Promise<void>;
}

/** Slices of 20 ms, well under the 50 ms an ack may wait, with a turn of the event loop (setImmediate) between. */
export const DEFAULT_BUDGET: SliceBudget = {
  budgetMs: 20,
  now: () => performance.now(),
  turn: () => new Promise((resolve) => setImmediate(resolve)),
};

/** Steps of work: each `yield` marks a point where the work may pause. */
export type Steps<T> = Generator<void, T, void>;

/**
 * One piece of long work, run in slices in the background or finished at once by whoever needs it first.
 * Once done (or stopped) it lets go of its steps: a finished generator still holds what its steps held
 * (a snapshot's whole text, a look-up's working lists), and a job is often kept for its result.
 */
export class SlicedJob<T> {
  #steps: Steps<T> | null;
  #result: { value: T } | null = null;
  #stopped = false;

  constructor(steps: Steps<T>) {
    this.#steps = steps;
  }

  get done(): boolean {
    return this.#result !== null;
  }

  /** Stopped before the end (see `run`): it has no result and never will. */
  get stopped(): boolean {
    return this.#stopped && this.#result === null;
  }

  /** One unit of work; true once the work is done. */
  #step(): boolean {
    if (this.#result) return true;
    // A stopped job ends with no value, as its returned generator would.
    const next = this.#steps?.next() ?? { done: true as const, value: undefined as T };
    if (next.done) {
      this.#result = { value: next.value };
      this.#steps = null;
    }
    return next.done === true;
  }

  /** One slice of the budget, now; true once the work is done. */
  slice(budget: SliceBudget = DEFAULT_BUDGET): boolean {
    const start = budget.now();
    while (!this.#step()) {
      if (budget.now() - start >= budget.budgetMs) return false;
    }
    return true;
  }

  /** Stop before the end, letting go of the steps: the work will never have a result. */
  stop(): void {
    if (this.#result) return;
    this.#stopped = true;
    this.#steps?.return(undefined as T);
    this.#steps = null;
  }

  /** What is left, now, without a pause. */
  finishNow(): T {
    while (!this.#step()) {
      // one unit after another
    }
    return this.#result!.value;
  }

  /** The result, once done. */
  get result(): T | undefined {
    return this.#result?.value;
  }

  /**
   * What is left, in slices of the budget with a turn of the event loop before each.
   * `wanted` is asked after each turn: once it says no, the work stops (resolves null).
   */
  async run(budget: SliceBudget = DEFAULT_BUDGET, wanted: () => boolean = () => true): Promise<T | null> {
    // Whatever ran before (another job, a first slice) had its slice: the event loop gets a turn first.
    await budget.turn();
    let start = budget.now();
    while (!this.#step()) {
      if (budget.now() - start < budget.budgetMs) continue;
      await budget.turn();
      if (this.#result) break;
      if (this.#stopped || !wanted()) {
        this.stop();
        return null;
      }
      start = budget.now();
    }
    return this.#result!.value;
  }
}
