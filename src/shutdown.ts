// Stopping well. On SIGTERM or SIGINT the bot stops taking new work (Slack connection or HTTP
// server closed, timers cleared), lets work in flight (a sync, a reminder post, an ingest of a shared
// paper, an answer) finish for a bounded time, then exits 0. Work still running then is abandoned,
// which is safe: every write of the store replaces its file whole, so the record is as it was before
// that work. A second signal exits at once.
import type { Logger } from '@slack/bolt';

/** Work in flight, counted so a shutdown can wait for it. */
export class InFlight {
  #count = 0;
  #idle: Array<() => void> = [];

  get count(): number {
    return this.#count;
  }

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.#count++;
    try {
      return await work();
    } finally {
      this.#count--;
      if (this.#count === 0) for (const resolve of this.#idle.splice(0)) resolve();
    }
  }

  /** Resolves once nothing is in flight. */
  idle(): Promise<void> {
    return this.#count === 0 ? Promise.resolve() : new Promise((resolve) => this.#idle.push(resolve));
  }
}

export interface Stoppable {
  /** What the log calls it: "the ModernGov sync". */
  name: string;
  /** Stop taking new work; resolves when its work in flight has finished. */
  stop(): Promise<void>;
}

export interface ShutdownDeps {
  logger: Logger;
  timeoutMs: number;
  /** Everything that takes work, in the order to stop it (the surfaces first, so nothing new comes in). */
  parts: () => Stoppable[];
  /** Told first, before anything stops (health answers 503 from then on). */
  onStopping?: () => void;
}

const SIGNAL_NUMBER: Record<string, number> = { SIGINT: 2, SIGTERM: 15 };

/**
 * Stop every part and wait for its work, for at most `timeoutMs`. Resolves true when all of it
 * finished, false when some was abandoned. Called once; later calls get the same promise.
 */
export function createShutdown(deps: ShutdownDeps): (reason: string) => Promise<boolean> {
  let stopping: Promise<boolean> | null = null;
  return (reason) => {
    stopping ??= (async () => {
      deps.onStopping?.();
      const parts = deps.parts();
      const seconds = Math.round(deps.timeoutMs / 100) / 10;
      deps.logger.info(`${reason}: taking no new work; finishing what is in flight (at most ${seconds} s)`);
      const pending = new Set(parts.map((p) => p.name));
      const finished = Promise.all(
        parts.map((part) =>
          part.stop().then(
            () => void pending.delete(part.name),
            (error: unknown) => {
              pending.delete(part.name);
              deps.logger.error(`Stopping ${part.name} failed`, error);
            },
          ),
        ),
      ).then(() => true);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), deps.timeoutMs);
      });
      const clean = await Promise.race([finished, timedOut]);
      clearTimeout(timer);
      if (clean) deps.logger.info('Stopped: all work in flight finished');
      else {
        deps.logger.warn(
          `Stopped after ${seconds} s with work still in flight (${[...pending].join(', ')}); it was abandoned, ` +
            'and the store holds what was written before it.',
        );
      }
      return clean;
    })();
    return stopping;
  };
}

/**
 * SIGTERM and SIGINT: the first stops gracefully and exits 0; a second exits at once
 * (128 + the signal's number, as a shell reports a process killed by it).
 */
export function exitOnSignals(
  shutdown: (reason: string) => Promise<boolean>,
  deps: { logger: Logger; exit: (code: number) => void; on?: (signal: NodeJS.Signals, listener: () => void) => void },
): void {
  const on = deps.on ?? ((signal, listener) => void process.on(signal, listener));
  let received = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    on(signal, () => {
      if (received) {
        deps.logger.warn(`${signal} again: exiting now, abandoning the work in flight`);
        deps.exit(128 + (SIGNAL_NUMBER[signal] ?? 0));
        return;
      }
      received = true;
      void shutdown(signal).then(() => deps.exit(0));
    });
  }
}
