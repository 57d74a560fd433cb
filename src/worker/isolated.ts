// Work on untrusted input (a paper shared in Slack, a ModernGov meeting's minutes, a file given to
// `scrutiny ingest`) runs in a worker thread with a time budget and memory limits, so that a
// pathological paper costs one refusal and never the other members' answers: the event loop keeps
// acknowledging Slack while a paper is read, and a paper that takes too long or too much memory is
// stopped (the worker is ended, whatever it was doing) and the next job gets a fresh worker.
//
// A job is an exported function of one of the app's own modules, named by the code that runs it:
//   const job = isolatedJob<typeof parsePaper>(new URL('./paper-job.ts', import.meta.url), 'parsePaper');
//   const parsed = await runner.run(job, [bytes, name]);
// Arguments and results cross by structured clone. Jobs run one at a time, in order.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export interface WorkerLimits {
  /** A job running longer than this is stopped. */
  timeBudgetMs: number;
  /** The worker's JavaScript heap (V8's old generation), in MB. */
  maxHeapMb: number;
  /**
   * How far the process's resident memory may grow while a job runs, in MB. The heap limit does not
   * see buffers (a PDF stream unpacked into a typed array, say); this does.
   */
  maxGrowthMb: number;
  /** The worker's stack, in MB. */
  stackMb: number;
  /** An idle worker is ended after this long (it is started again for the next job). */
  idleMs: number;
}

/**
 * Enough for a 20 MB agenda pack on a busy machine; a paper needing more is not a council paper. An idle
 * worker (some 40 MB with the parsers loaded) is ended soon after its last paper: papers come in bursts
 * (a sync's, read one after another) and rarely between them, and a new worker starts in a fraction of
 * the time a paper takes to read.
 */
export const DEFAULT_WORKER_LIMITS: WorkerLimits = { timeBudgetMs: 60_000, maxHeapMb: 768, maxGrowthMb: 768, stackMb: 4, idleMs: 2_000 };

/** How often the process's memory is looked at while a job runs. */
const MEMORY_CHECK_MS = 100;

/** A function of a module, runnable in the worker; `F` types its arguments and result. */
export interface IsolatedJob<F extends (...args: any[]) => unknown> {
  module: string;
  name: string;
  /** Phantom: carries F for type inference only. */
  readonly _type?: F;
}

export function isolatedJob<F extends (...args: any[]) => unknown>(module: URL, name: string): IsolatedJob<F> {
  return { module: module.href, name };
}

export type IsolationFailure = 'time' | 'memory' | 'crashed';

/** The job was stopped or its worker died: the input is the likely cause, and nothing else was affected. */
export class IsolationError extends Error {
  override name = 'IsolationError';
  constructor(
    readonly reason: IsolationFailure,
    message: string,
  ) {
    super(message);
  }
}

/** The job itself threw (inside the worker): its error's name and message. */
export class JobError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export interface JobRequest {
  id: number;
  module: string;
  name: string;
  args: unknown[];
}

export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string } };

export interface IsolatedRunner {
  run<F extends (...args: any[]) => unknown>(job: IsolatedJob<F>, args: Parameters<F>, options?: { timeBudgetMs?: number }): Promise<Awaited<ReturnType<F>>>;
  /** Jobs finished so far, by how they ended: for tests and the logs. */
  readonly stats: { done: number; failed: number; stopped: number; workersStarted: number; running: number };
  close(): Promise<void>;
}

interface Pending {
  request: JobRequest;
  budgetMs: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

const WORKER_MAIN = new URL(`./worker-main${extensionOf(import.meta.url)}`, import.meta.url);

function extensionOf(url: string): string {
  return url.endsWith('.ts') ? '.ts' : '.js';
}

/**
 * A worker thread running `main`, a module of the app. Source files (.ts, as the tests and tools run
 * them) need tsx's loader in the worker too; built files (.js, as `npm start` runs them) are loaded as they are.
 */
export function spawnModuleWorker(main: URL, options: { resourceLimits?: WorkerOptions['resourceLimits']; workerData?: unknown } = {}): Worker {
  const settings: WorkerOptions = { execArgv: [], ...options };
  if (!main.href.endsWith('.ts')) return new Worker(main, settings);
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs');
  if (!existsSync(api)) throw new Error(`tsx's loader API was not found at ${api}`);
  const bootstrap =
    `import(${JSON.stringify(pathToFileURL(api).href)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(main.href)}); })` +
    `.catch((error) => { console.error(error); process.exit(70); });`;
  return new Worker(bootstrap, { ...settings, eval: true });
}

function spawnWorker(limits: WorkerLimits): Worker {
  return spawnModuleWorker(WORKER_MAIN, { resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: limits.stackMb } });
}

export function createIsolatedRunner(overrides: Partial<WorkerLimits> = {}): IsolatedRunner {
  const limits: WorkerLimits = { ...DEFAULT_WORKER_LIMITS, ...overrides };
  const queue: Pending[] = [];
  const stats = { done: 0, failed: 0, stopped: 0, workersStarted: 0, running: 0 };
  let worker: Worker | null = null;
  let current: Pending | null = null;
  let budgetTimer: NodeJS.Timeout | null = null;
  let memoryTimer: NodeJS.Timeout | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const settle = (): Pending | null => {
    const job = current;
    current = null;
    stats.running = 0;
    if (budgetTimer) clearTimeout(budgetTimer);
    budgetTimer = null;
    if (memoryTimer) clearInterval(memoryTimer);
    memoryTimer = null;
    return job;
  };

  /** End the worker (a stopped job or a dead worker); the next job starts a fresh one. */
  const discard = (failure: IsolationError | null): void => {
    const dead = worker;
    worker = null;
    const job = settle();
    if (job && failure) {
      stats.stopped++;
      job.reject(failure);
    }
    if (dead) void dead.terminate().catch(() => undefined);
    pump();
  };

  const start = (): Worker => {
    const w = spawnWorker(limits);
    stats.workersStarted++;
    w.on('message', (reply: JobReply) => {
      if (w !== worker || !current || reply.id !== current.request.id) return;
      const job = settle()!;
      if (reply.ok) {
        stats.done++;
        job.resolve(reply.value);
      } else {
        stats.failed++;
        job.reject(new JobError(reply.error.name, reply.error.message));
      }
      pump();
    });
    w.on('error', (error: Error & { code?: string }) => {
      if (w !== worker) return;
      discard(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new IsolationError('memory', `it needed more than ${limits.maxHeapMb} MB of memory to read`)
          : new IsolationError('crashed', `the reader stopped unexpectedly (${error.message.split('\n')[0]})`),
      );
    });
    w.on('exit', (code) => {
      if (w !== worker) return;
      discard(new IsolationError('crashed', `the reader stopped unexpectedly (exit code ${code})`));
    });
    return w;
  };

  function pump(): void {
    if (current || closed) return;
    const job = queue.shift();
    if (!job) {
      worker?.unref();
      if (worker && !idleTimer) {
        idleTimer = setTimeout(() => {
          idleTimer = null;
          if (!current && queue.length === 0 && worker) {
            const idle = worker;
            worker = null;
            void idle.terminate().catch(() => undefined);
          }
        }, limits.idleMs);
        idleTimer.unref();
      }
      return;
    }
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    try {
      worker ??= start();
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
      pump();
      return;
    }
    worker.ref();
    current = job;
    stats.running = 1;
    budgetTimer = setTimeout(() => {
      discard(new IsolationError('time', `reading it took longer than ${formatSeconds(job.budgetMs)}, so it was stopped`));
    }, job.budgetMs);
    // Jobs run one at a time, so what the process gains meanwhile is the job's (give or take).
    const baseline = process.memoryUsage.rss();
    memoryTimer = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > limits.maxGrowthMb * 1024 * 1024) {
        discard(new IsolationError('memory', `it needed more than ${limits.maxGrowthMb} MB of memory to read`));
      }
    }, MEMORY_CHECK_MS);
    worker.postMessage(job.request);
  }

  return {
    stats,
    run(job, args, options = {}) {
      if (closed) return Promise.reject(new Error('the paper reader is closed'));
      return new Promise((resolve, reject) => {
        queue.push({
          request: { id: nextId++, module: job.module, name: job.name, args },
          budgetMs: options.timeBudgetMs ?? limits.timeBudgetMs,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        pump();
      });
    },
    async close() {
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      const job = settle();
      job?.reject(new Error('the paper reader was closed'));
      for (const waiting of queue.splice(0)) waiting.reject(new Error('the paper reader was closed'));
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

let shared: IsolatedRunner | null = null;

/**
 * The process's one runner for untrusted papers, started on first use. Its worker is ended when
 * idle and never keeps the process alive on its own.
 */
export function sharedRunner(): IsolatedRunner {
  shared ??= createIsolatedRunner();
  return shared;
}
