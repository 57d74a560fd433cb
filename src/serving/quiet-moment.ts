// Work the bot does for itself once it serves (checking the store's parts after start, looking for
// documents an older parser read) gives way to members: each piece of it waits for a moment when no
// member's question is waiting for its answer. A member asking in the first seconds after start-up
// then waits for no start-up work but the piece under way. Under a stream of questions that never
// pauses, a piece goes ahead once it has waited `maxWaitMs`, so the work is never skipped, only spread.

/** How often a piece waiting for a quiet moment looks again. */
export const QUIET_POLL_MS = 20;

/** The longest a piece of background work waits for a quiet moment before it goes ahead between questions. */
export const QUIET_MAX_WAIT_MS = 2_000;

export interface QuietOptions {
  pollMs?: number;
  maxWaitMs?: number;
  /** Resolves after `ms` (default a timer that does not keep the process alive). */
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Resolves at a turn of the event loop when `busy()` says no question is waiting (what arrived
 * meanwhile is counted first), or once it has waited `maxWaitMs` in all.
 */
export async function quietMoment(busy: () => boolean, options: QuietOptions = {}): Promise<void> {
  const pollMs = options.pollMs ?? QUIET_POLL_MS;
  const maxWaitMs = options.maxWaitMs ?? QUIET_MAX_WAIT_MS;
  const sleep = options.sleep ?? sleepFor;
  await new Promise<void>((resolve) => setImmediate(resolve));
  for (let waited = 0; busy() && waited < maxWaitMs; waited += pollMs) await sleep(pollMs);
}
