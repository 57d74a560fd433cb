// Composition root: config -> store -> demo corpus (when wanted) -> answer engine -> Slack or console -> reminders -> sync.
import { configuredClock } from './clock.ts';
import { ConfigError, loadConfig, readEnvironment } from './config.ts';
import { createHealth } from './health.ts';
import { createLogger } from './logger.ts';
import { processIo } from './cli/io.ts';
import { startArguments } from './cli/start.ts';
import { createShutdown, exitOnSignals, type Stoppable } from './shutdown.ts';
import { claimStore } from './store/bot-claim.ts';
import { openStore } from './store/lowdb-store.ts';
import { StoreBusyError, StoreError } from './store/store.ts';
import { watchStore } from './store/watch-store.ts';
import { loadDemoCorpus } from './demo-corpus.ts';
import { createEngine } from './answers/engine.ts';
import type { RunningSlack } from './slack/start.ts';
import { startConsole } from './console/console.ts';
import { startReminders, type ReminderOutlet } from './reminders/scheduler.ts';
import { startSync } from './sync/schedule.ts';

/** How often the bot looks for what other processes wrote to its store. */
const STORE_WATCH_MS = 2_000;

async function main(): Promise<number> {
  const early = startArguments(process.argv.slice(2), processIo({}));
  if (early !== null) return early;
  let config;
  try {
    config = loadConfig(readEnvironment(process.env));
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const logger = createLogger({
    level: config.logLevel,
    format: config.logFormat,
    secrets: [config.slack.botToken, config.slack.appToken, config.slack.signingSecret],
  });
  const clock = configuredClock(config.now);

  let store;
  try {
    // One bot per store; commands beside it (ingest, sync, backup) take the store's short write locks instead.
    await claimStore(config.dbPath);
    store = await openStore(config.dbPath, { clock });
  } catch (error) {
    if (error instanceof StoreBusyError) {
      logger.error(error.message);
      return 1;
    }
    if (error instanceof StoreError) {
      logger.error(`Cannot open the store: ${error.message}.`);
      return 1;
    }
    throw error;
  }

  await loadDemoCorpus(config, store, logger);
  const engine = await createEngine({ store, clock, logger });
  const health = createHealth({ store, clock });

  let outlet: ReminderOutlet;
  let stopSurface: () => Promise<void>;
  let closed: Promise<void> = new Promise(() => {});
  let slack: RunningSlack | null = null;
  if (config.mode === 'console') {
    const terminal = startConsole({ store, engine, clock, logger, input: process.stdin, output: process.stdout });
    outlet = { kind: 'console', print: terminal.print };
    stopSurface = terminal.stop;
    closed = terminal.closed;
  } else {
    // Bolt is loaded only here: the console never pays for it.
    const { SlackStartError, startSlack } = await import('./slack/start.ts');
    try {
      slack = await startSlack({ config, store, engine, clock, logger, health });
    } catch (error) {
      if (error instanceof SlackStartError) {
        logger.error(error.message);
        return 1;
      }
      throw error;
    }
    outlet = { kind: 'slack', client: slack.client };
    stopSurface = slack.stop;
  }

  const reminders = startReminders({ store, engine, clock, logger, outlet });
  slack?.useReminders(reminders);
  const sync = config.moderngov
    ? startSync({ moderngov: config.moderngov, store, engine, clock, logger, reminders })
    : null;

  if (sync && config.moderngov) health.watchSync(sync.status, config.moderngov.intervalMinutes);

  // What other processes write to the store (`scrutiny ingest`, `scrutiny restore`) reaches the answers.
  store.onChange((change) => {
    if (change.origin === 'reload') engine.refresh();
  });
  const storeWatch = watchStore(store, {
    intervalMs: STORE_WATCH_MS,
    onError: (error) => logger.warn('Reading what another process wrote to the store failed; trying again shortly.', error),
  });

  const shutdown = createShutdown({
    logger,
    timeoutMs: config.shutdownTimeoutMs,
    onStopping: health.markStopping,
    parts: (): Stoppable[] => [
      { name: config.mode === 'console' ? 'the console' : 'Slack events', stop: stopSurface },
      ...(sync ? [{ name: 'the ModernGov sync', stop: sync.stop }] : []),
      { name: 'reminder posts', stop: reminders.stop },
      { name: 'the search index snapshot', stop: engine.saved },
      { name: 'the store watch', stop: storeWatch.stop },
    ],
  });
  exitOnSignals(shutdown, { logger, exit: (code) => process.exit(code) });
  await closed;
  await shutdown('The console input ended');
  return 0;
}

process.exitCode = await main();
