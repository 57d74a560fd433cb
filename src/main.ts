// Composition root: config -> the workspace's and councils' stores (the demo papers only when wanted) ->
// answer engines -> Slack or console -> reminders -> each council's sync.
//
// Only what reads the configuration is loaded before the answer threads start (in Slack); the rest
// (the store, the answers, the search, the ingest, Bolt) loads while they read the record and the index
// snapshot.
import { configuredClock } from './clock.ts';
import { ConfigError, loadConfig, readEnvironment } from './config.ts';
import { createLogger, lineWriter } from './logger.ts';
import { guardProcess } from './process-guard.ts';
import { limitHeapGrowth } from './heap-growth.ts';
import { youngGenerationsAsStarted } from './young-generation.ts';
import { StoreBusyError, StoreError } from './store/store.ts';
import { ANSWERS_READY, answerThreadData, spawnAnswerThread } from './serving/answer-thread.ts';
import { quietMoment } from './serving/quiet-moment.ts';
import type { Stoppable } from './shutdown.ts';
import type { RunningSlack } from './slack/start.ts';
import type { ReminderOutlet } from './reminders/scheduler.ts';

/** How often the bot looks for what other processes wrote to its store. */
const STORE_WATCH_MS = 2_000;

async function main(): Promise<number> {
  // `npm start` takes no arguments but --help: the usual start loads nothing of the commands' argument handling.
  if (process.argv.length > 2) {
    const [{ processIo }, { startArguments }] = await Promise.all([import('./cli/io.ts'), import('./cli/start.ts')]);
    const early = startArguments(process.argv.slice(2), processIo({}));
    if (early !== null) return early;
  }
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
    write: lineWriter(process.stderr),
  });
  // An error that escapes every handler is logged and the bot keeps serving (see process-guard.ts).
  guardProcess(logger);
  const clock = configuredClock(config.now);
  // In Slack, answers are built off the event loop that acknowledges Slack's requests, in a thread per
  // council, started before anything else loads (see serving/answer-worker.ts), with the young
  // generation it is started with, not the main thread's (see young-generation.ts).
  youngGenerationsAsStarted();
  const threads =
    config.mode === 'console' ? null : new Map(config.deployment.councils.map((council) => [council.id, spawnAnswerThread(answerThreadData(council.storePath, clock))]));
  const [
    { createHealth },
    { createShutdown, exitOnSignals },
    { watchStore },
    { loadDemoCorpus },
    { openWorkspace },
    { combinedSyncStatus, startupWarnings },
    { startConsole },
    { startReminders },
    { startSync },
    { rereadAtStart },
  ] = await Promise.all([
    import('./health.ts'),
    import('./shutdown.ts'),
    import('./store/watch-store.ts'),
    import('./demo-corpus.ts'),
    import('./boards/workspace.ts'),
    import('./boards/startup.ts'),
    import('./console/console.ts'),
    import('./reminders/scheduler.ts'),
    import('./sync/schedule.ts'),
    import('./reread-at-start.ts'),
  ]).catch(async (error: unknown) => {
    await Promise.all([...(threads?.values() ?? [])].map((thread) => thread.worker.terminate()));
    throw error;
  });

  let workspace;
  try {
    // One bot per store; commands beside it (ingest, sync, backup) take the store's short write locks instead.
    workspace = await openWorkspace({
      deployment: config.deployment,
      dbPath: config.dbPath,
      clock,
      logger,
      answerWorkers: threads ?? false,
      // The demo papers go only into the first council's record, and only when wanted (see demo-corpus.ts).
      prepare: async (council, store) => {
        if (council.id === config.deployment.councils[0]?.id) await loadDemoCorpus(config, store, logger);
      },
    });
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
  // Each answer thread limits the heaps' growth once it has read its record (see heap-growth.ts); without
  // them the records were read here, as the workspace opened.
  if (!threads) limitHeapGrowth();
  const { boards } = workspace;
  for (const line of startupWarnings(boards, config)) logger.warn(line);
  const health = createHealth({ store: workspace.store, clock });

  let outlet: ReminderOutlet;
  let stopSurface: () => Promise<void>;
  let closed: Promise<void> = new Promise(() => {});
  let slack: RunningSlack | null = null;
  if (config.mode === 'console') {
    const terminal = startConsole({ boards, clock, logger, input: process.stdin, output: process.stdout });
    outlet = { kind: 'console', print: terminal.print };
    stopSurface = terminal.stop;
    closed = terminal.closed;
  } else {
    // Bolt is loaded only here: the console never pays for it.
    const { SlackStartError, startSlack } = await import('./slack/start.ts');
    try {
      slack = await startSlack({ config, boards, clock, logger, health });
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

  // This thread's copy of the record is read only when something here needs it (its stores were opened
  // without it in Slack, see openWorkspace): the answer threads hold the record and answer for it. Its
  // parts are still checked as opening checks them, once every council's engine has done its start-up
  // work, keeping none of them: a record that cannot be read stops the bot, as it would have at start.
  // Each part waits for a moment when no member's question waits for its answer (see quiet-moment.ts).
  // Once every council's engine has done its start-up work (its look-ups built, its index in memory).
  const answersReady = Promise.all(workspace.councils.map((council) => council.engine.prepared().catch(() => {})));
  const questionsWaiting = () => workspace.councils.some((council) => (council.engine.answersAwaited?.() ?? 0) > 0);
  void answersReady.then(() => {
    // At council scale the look-ups take minutes after the port opens: until then some answers wait for them.
    if (threads) logger.info(ANSWERS_READY);
    for (const store of workspace.stores) {
      void store.checkParts({ before: () => quietMoment(questionsWaiting) }).catch((error: unknown) => {
        logger.error(`Cannot open the store: ${error instanceof Error ? error.message : String(error)}.`);
        void shutdown('The store could not be read').finally(() => process.exit(1));
      });
    }
  });

  // After an upgrade, what an older parser read is read again by this one, once the answers are ready
  // (see reread-at-start.ts): one council after another, each in one write.
  const rereading = answersReady.then(async () => {
    for (const council of workspace.councils) {
      await rereadAtStart({
        records: boards.recordsOf(council),
        store: council.store,
        heldElsewhere: council.records !== undefined,
        engine: council.engine,
        logger,
        ...(workspace.councils.length > 1 ? { council: council.settings.name } : {}),
      }).catch((error: unknown) => logger.warn("Reading documents again with this version's parser failed; the record keeps their older reading.", error));
    }
  });

  const reminders = startReminders({ boards, clock, logger, outlet });
  slack?.useReminders(reminders);
  // Each council with ModernGov settings syncs into its own record.
  const syncs = workspace.councils.flatMap((council) =>
    council.settings.moderngov
      ? [{ council, sync: startSync({ moderngov: council.settings.moderngov, store: council.store, engine: council.engine, clock, logger, reminders }) }]
      : [],
  );
  if (syncs.length > 0) {
    health.watchSync(
      () => combinedSyncStatus(syncs.map((s) => s.sync.status())),
      Math.min(...syncs.map((s) => s.council.settings.moderngov!.intervalMinutes)),
    );
  }

  // What other processes write to the stores (`scrutiny ingest`, `scrutiny restore`) reaches the answers.
  for (const council of workspace.councils) {
    council.store.onChange((change) => {
      if (change.origin === 'reload') council.engine.refresh();
    });
  }
  const storeWatches = workspace.stores.map((store) =>
    watchStore(store, {
      intervalMs: STORE_WATCH_MS,
      // A commit this thread has not read (its copy unread) still reaches the answers at once.
      onNews: () => {
        for (const council of workspace.councils) if (council.store === store) council.engine.refresh();
      },
      onError: (error) => logger.warn(`Reading what another process wrote to the store ${store.path} failed; trying again shortly.`, error),
    }),
  );

  const shutdown = createShutdown({
    logger,
    timeoutMs: config.shutdownTimeoutMs,
    onStopping: health.markStopping,
    parts: (): Stoppable[] => [
      { name: config.mode === 'console' ? 'the console' : 'Slack events', stop: stopSurface },
      ...syncs.map(({ council, sync }) => ({ name: syncs.length > 1 ? `the ModernGov sync of ${council.settings.name}` : 'the ModernGov sync', stop: sync.stop })),
      { name: 'reminder posts', stop: reminders.stop },
      { name: 'documents being read again', stop: () => rereading },
      { name: 'the search index snapshot', stop: () => Promise.all(workspace.councils.map((c) => c.engine.saved())).then(() => undefined) },
      { name: 'the store watch', stop: () => Promise.all(storeWatches.map((w) => w.stop())).then(() => undefined) },
    ],
  });
  exitOnSignals(shutdown, { logger, exit: (code) => process.exit(code) });
  await closed;
  await shutdown('The console input ended');
  return 0;
}

const code = await main();
process.exitCode = code;
// A start that failed ends here, answer threads and all (they would keep the process running).
if (code !== 0) process.exit(code);
