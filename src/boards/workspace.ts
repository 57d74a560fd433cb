// Opening what a deployment serves: the workspace store (SCRUTINY_DB: channels' boards,
// co-ordinators, reminders) and each council's store with its answer engine. A store is opened once
// even when a council shares the workspace's path (the one-council case, as the environment gives).
import path from 'node:path';
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Deployment } from '../config-file.ts';
import { SOLE_COUNCIL_ID } from '../config-file.ts';
import { createEngine, type Engine } from '../answers/engine.ts';
import type { AnswerThread } from '../serving/answer-thread.ts';
import { startWorkerEngine, type StartedWorkerEngine } from '../serving/answer-worker.ts';
import { claimStore, type StoreClaim } from '../store/bot-claim.ts';
import { openStore } from '../store/lowdb-store.ts';
import { StoreError, type Store } from '../store/store.ts';
import { BoardDirectory, type CouncilRecord } from './board-directory.ts';

/** A council's record as the running bot holds it: its engine also keeps the search index snapshot. */
export interface OpenCouncil extends CouncilRecord {
  engine: Engine & {
    saved(): Promise<void>;
    /** Resolves when the engine's start-up work is done (its index loaded, its first look-ups built). */
    prepared(): Promise<void>;
    /** Questions its answer thread has not answered yet (none for an engine of this thread's own). */
    answersAwaited?(): number;
  };
}

export interface Workspace {
  boards: BoardDirectory;
  /** The workspace store (SCRUTINY_DB). */
  store: Store;
  councils: OpenCouncil[];
  /** Every store opened, each once (the workspace's and the councils'). */
  stores: Store[];
  /** Let go of the stores' bot claims (the process is stopping). */
  release(): Promise<void>;
}

export interface WorkspaceDeps {
  deployment: Deployment;
  /** The workspace store's path (SCRUTINY_DB). */
  dbPath: string;
  clock: Clock;
  logger?: Logger;
  /** Claim each store for this bot (the running bot does; tests and tools need not). Default true. */
  claim?: boolean;
  /** Where engines keep their search index snapshot; default beside each store, null: never saved. */
  snapshots?: boolean;
  /**
   * Build answers in a worker thread per council, off the event loop that acknowledges Slack (the
   * running bot in Slack mode, which gives the threads it started first, by council id); default
   * false: in this thread.
   */
  answerWorkers?: boolean | ReadonlyMap<string, AnswerThread>;
  /** Called once each council's store is open, before its engine is made (the demo papers go in here). */
  prepare?: (council: CouncilRecord['settings'], store: Store) => Promise<void>;
}

/**
 * A council store records whose record it holds; opening it for another council is refused, so that a
 * renamed council or a store path copied between councils cannot mix two councils' records.
 */
async function checkCouncil(store: Store, councilId: string): Promise<void> {
  // The environment's one council has no name of its own: its store may later become any council's.
  if (councilId === SOLE_COUNCIL_ID) return;
  const held = store.state().council;
  if (held && held !== SOLE_COUNCIL_ID && held !== councilId) {
    throw new StoreError(store.path, `holds the record of council "${held}", not "${councilId}"; give each council its own store (its "store" setting in the configuration file)`);
  }
  if (held !== councilId) {
    await store.updateState((state) => {
      state.council = councilId;
    });
  }
}

export async function openWorkspace(deps: WorkspaceDeps): Promise<Workspace> {
  const claims: StoreClaim[] = [];
  const stores = new Map<string, Store>();
  const open = async (file: string): Promise<Store> => {
    const key = path.resolve(file);
    const known = stores.get(key);
    if (known) return known;
    if (deps.claim ?? true) claims.push(await claimStore(file));
    // With answer threads, which hold the record they answer from, this thread reads its own copy later
    // (see StoreOptions.recordLater): it needs it for writes, reminders and Home, not to start serving.
    const store = await openStore(file, { clock: deps.clock, recordLater: Boolean(deps.answerWorkers) });
    stores.set(key, store);
    return store;
  };
  const release = async () => {
    for (const claim of claims.splice(0)) await claim.release();
  };
  const engineDeps = {
    clock: deps.clock,
    ...(deps.logger ? { logger: deps.logger } : {}),
    ...(deps.snapshots === false ? { snapshotPath: null } : {}),
  };
  const workers = new Map<string, StartedWorkerEngine>();
  try {
    // Each council's worker starts first: it reads a store that is already current (the record, the
    // index snapshot) on the other core while this thread opens it too and loads Slack.
    if (deps.answerWorkers) {
      for (const settings of deps.deployment.councils) {
        const thread = typeof deps.answerWorkers === 'object' ? deps.answerWorkers.get(settings.id) : undefined;
        workers.set(settings.id, startWorkerEngine({ ...engineDeps, storePath: settings.storePath, ...(thread ? { thread } : {}) }));
      }
    }
    const workspace = await open(deps.dbPath);
    const councils = new Map<string, OpenCouncil>();
    for (const settings of deps.deployment.councils) {
      const store = await open(settings.storePath);
      // A new or older store is rewritten as it opens: its worker opens it now (and follows this thread's writes).
      const worker = workers.get(settings.id) ?? null;
      worker?.attach(store);
      await checkCouncil(store, settings.id);
      await deps.prepare?.(settings, store);
      const engine = worker ?? (await createEngine({ ...engineDeps, store }));
      councils.set(settings.id, { settings, store, engine, ...(worker ? { records: worker.records } : {}) });
    }
    const boards = new BoardDirectory({ deployment: deps.deployment, councils, workspace });
    return { boards, store: workspace, councils: [...councils.values()], stores: [...stores.values()], release };
  } catch (error) {
    await Promise.all([...workers.values()].map((worker) => worker.close()));
    await release();
    throw error;
  }
}
