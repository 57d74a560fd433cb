// The record's look-ups are built one slice at a time, with a turn of the event loop between, by one
// queue however many ask: the background after start or a change, and each question about to be
// answered that reads a look-up not built yet. Driven by each asker in turn, twenty questions waiting
// would run twenty slices between two turns, and every other question (and every read of what the
// bot wrote) would wait for all of them. Here one slice runs per turn, the look-ups a waiting question
// reads first, and the background's while no question is being answered (see `hold`): a question
// that needs nothing unbuilt never waits behind a look-up. Under a stream of questions that never
// pauses, the background still gets one slice each time it has waited `heldLimitMs`, so the look-ups
// no question reads (and whoever waits for them: `later`'s callers) are finished all the same.
import { DEFAULT_BUDGET, type SliceBudget, type SlicedJob } from '../search/slices.ts';

/**
 * How long questions being answered may hold the background off before it gets a slice: a slice
 * (20 ms) at most once in this time adds that much to the questions answered meanwhile.
 */
export const BACKGROUND_HELD_LIMIT_MS = 100;

/** Resolves after `ms` milliseconds; it must not keep the process alive. */
export type Wake = (ms: number) => Promise<void>;

const wakeAfter: Wake = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** One look-up to build over a view: its work in slices, or null (or nothing) when it is built already or was built at once. */
export type BuildStep<V> = (view: V) => SlicedJob<unknown> | null | void;

interface Run<V> {
  /** Taken when the run starts (a background run waits its turn before it reads the view). */
  view: V | null;
  readonly steps: ReadonlyArray<BuildStep<V>>;
  next: number;
  job: SlicedJob<unknown> | null;
  /** Called once, with the step's error when one threw. */
  readonly ended: (failed: { error: unknown } | null) => void;
}

export class LookupQueue<V> {
  readonly #questions: Array<Run<V>> = [];
  readonly #background: Array<Run<V>> = [];
  #driving = false;
  /** Questions being answered: the background waits while there are any, up to `heldLimitMs` at a time. */
  #held = 0;
  /** Since when (budget.now()) the background has waited for held questions: their first hold, or its last slice since. */
  #heldOffSince = 0;
  /** A drive is due when the background's wait reaches its limit. */
  #wakeSet = false;

  /**
   * `current` gives the view to build over now; `valid` says whether a view is still the record's
   * (a run over an older one stops: its look-ups would be for a record no one reads). `wake` is the
   * timer that gives the background its slice when questions have held it off for `heldLimitMs`.
   */
  constructor(
    readonly current: () => V,
    readonly valid: (view: V) => boolean,
    readonly budget: SliceBudget = DEFAULT_BUDGET,
    readonly heldLimitMs: number = BACKGROUND_HELD_LIMIT_MS,
    readonly wake: Wake = wakeAfter,
  ) {}

  /**
   * Build `steps` over the current view for a question, before anything queued in the background.
   * Look-ups built already cost nothing: when none is left to build in slices this resolves without
   * waiting for a turn. Rejects with a step's error.
   */
  first(steps: ReadonlyArray<BuildStep<V>>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const run: Run<V> = { view: this.current(), steps, next: 0, job: null, ended: (failed) => (failed ? reject(failed.error) : resolve()) };
      try {
        if (this.#startNext(run)) return this.#end(run, this.#questions);
      } catch (error) {
        return this.#end(run, this.#questions, { error });
      }
      this.#questions.push(run);
      this.#drive();
    });
  }

  /** Build `steps` in the background, after the runs queued before, over the view current when the run starts. Errors go to `onError`. */
  later(steps: ReadonlyArray<BuildStep<V>>, onError: (error: unknown) => void): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#background.push({
        view: null,
        steps,
        next: 0,
        job: null,
        ended: (failed) => {
          if (failed) onError(failed.error);
          resolve();
        },
      });
      this.#drive();
    });
  }

  /**
   * A question is being answered until the returned function is called: the background gets no slice
   * meanwhile (but one each `heldLimitMs` while questions follow each other without a pause), so the
   * question waits only for the look-ups it reads itself (`first`).
   */
  hold(): () => void {
    if (this.#held++ === 0) this.#heldOffSince = this.budget.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#held--;
      if (this.#held === 0) this.#drive();
    };
  }

  /**
   * The run whose turn it is: the background's once questions have held it off for its limit, else a
   * question's, else the background's while no question is held.
   */
  #nextRun(): { run: Run<V>; queue: Array<Run<V>> } | null {
    const background = this.#background[0];
    if (background && this.#held > 0 && this.#heldOffFor() >= this.heldLimitMs) return { run: background, queue: this.#background };
    if (this.#questions[0]) return { run: this.#questions[0], queue: this.#questions };
    if (background && this.#held === 0) return { run: background, queue: this.#background };
    return null;
  }

  #heldOffFor(): number {
    return this.budget.now() - this.#heldOffSince;
  }

  /** While questions hold the background off, a drive when its wait reaches the limit (one timer at a time). */
  #wakeWhenDue(): void {
    if (this.#wakeSet || this.#held === 0 || !this.#background[0]) return;
    this.#wakeSet = true;
    void this.wake(Math.max(0, this.heldLimitMs - this.#heldOffFor())).then(() => {
      this.#wakeSet = false;
      this.#drive();
    });
  }

  #drive(): void {
    if (this.#driving) return;
    if (!this.#nextRun()) return this.#wakeWhenDue();
    this.#driving = true;
    void (async () => {
      try {
        for (;;) {
          await this.budget.turn();
          const next = this.#nextRun();
          if (!next) return;
          this.#advance(next.run, next.queue);
          // The background's slice, taken while questions hold it off: it waits its limit again.
          if (next.queue === this.#background && this.#held > 0) this.#heldOffSince = this.budget.now();
        }
      } finally {
        this.#driving = false;
        this.#wakeWhenDue();
      }
    })();
  }

  /** One turn's work on a run: a slice of its look-up in progress, or the calls of its next steps. */
  #advance(run: Run<V>, queue: Array<Run<V>>): void {
    try {
      run.view ??= this.current();
      if (!this.valid(run.view)) {
        run.job?.stop();
        return this.#end(run, queue);
      }
      if (run.job && !run.job.stopped) {
        if (!run.job.slice(this.budget)) return;
        run.job = null;
        // Finished within the slice: the next step is called on the next turn.
        if (run.next < run.steps.length) return;
      }
      if (this.#startNext(run)) this.#end(run, queue);
    } catch (error) {
      this.#end(run, queue, { error });
    }
  }

  /**
   * Call the run's next steps until one gives work to do in slices, or those built at once have taken
   * a slice's time; true when none is left. A job stopped by someone else is asked for again (its
   * step starts the work anew).
   */
  #startNext(run: Run<V>): boolean {
    if (run.job?.stopped) run.next--;
    run.job = null;
    const start = this.budget.now();
    while (run.next < run.steps.length) {
      const job = run.steps[run.next++]!(run.view!);
      if (job && !job.done) {
        run.job = job;
        return false;
      }
      if (this.budget.now() - start >= this.budget.budgetMs) return run.next >= run.steps.length;
    }
    return true;
  }

  #end(run: Run<V>, queue: Array<Run<V>>, failed: { error: unknown } | null = null): void {
    const at = queue.indexOf(run);
    if (at >= 0) queue.splice(at, 1);
    run.ended(failed);
  }
}
