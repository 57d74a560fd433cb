// The last line of defence for a long-running bot: an error that escapes every handler (a promise
// nobody awaited, an exception thrown in a callback) is logged and the process keeps serving the
// other members, instead of Node's default of ending the process. Installed once, by main.ts.
import type { Logger } from '@slack/bolt';

export interface ProcessGuard {
  /** How many escaped errors were logged: for tests and the health report. */
  readonly escaped: () => number;
  remove(): void;
}

export function guardProcess(logger: Logger, target: NodeJS.Process = process): ProcessGuard {
  let escaped = 0;
  const onRejection = (reason: unknown) => {
    escaped++;
    logger.error('An error escaped its handler (unhandled rejection); the bot keeps serving', reason);
  };
  const onException = (error: Error, origin: string) => {
    escaped++;
    logger.error(`An error escaped its handler (${origin}); the bot keeps serving`, error);
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return {
    escaped: () => escaped,
    remove() {
      target.off('unhandledRejection', onRejection);
      target.off('uncaughtException', onException);
    },
  };
}
