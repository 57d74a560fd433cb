// A lock between processes on one machine: a file created exclusively (O_EXCL)
// that names its holder. A holder that died (kill -9, a crash) leaves its file
// behind; the next process that finds the named process gone takes the lock
// over. Within one process the lock is also a queue, so that two writers of the
// same process never wait on each other's file.
import { open, readFile, stat, unlink } from 'node:fs/promises';
import os from 'node:os';

export interface LockHolder {
  pid: number;
  host: string;
  /** What the holder is doing: "ingest", "Mark done", "backup". */
  what: string;
  since: string;
}

export class StoreBusyError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | null,
    message: string,
  ) {
    super(message);
    this.name = 'StoreBusyError';
  }
}

export interface LockOptions {
  /** How long to wait for another process to finish before giving up. */
  timeoutMs: number;
  /** Which store, for the message. */
  storeName: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function readHolder(lockFile: string): Promise<LockHolder | null> {
  try {
    const holder = JSON.parse(await readFile(lockFile, 'utf-8')) as LockHolder;
    return typeof holder.pid === 'number' ? holder : null;
  } catch {
    return null;
  }
}

/** Whether the lock file's holder is gone: a process of this machine that no longer runs, or a file left half-written long ago. */
async function abandoned(lockFile: string, holder: LockHolder | null): Promise<boolean> {
  if (holder) return holder.host === os.hostname() && holder.pid !== process.pid && !alive(holder.pid);
  try {
    return Date.now() - (await stat(lockFile)).mtimeMs > 10_000;
  } catch {
    return false;
  }
}

/** Create the lock file if nobody holds it; false when another live process does. */
export async function tryLock(lockFile: string, what: string): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      try {
        const holder: LockHolder = { pid: process.pid, host: os.hostname(), what, since: new Date().toISOString() };
        await handle.writeFile(JSON.stringify(holder));
      } finally {
        await handle.close();
      }
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lockFile);
    if (!(await abandoned(lockFile, holder))) return false;
    await unlink(lockFile).catch(() => {});
  }
  return false;
}

export async function unlock(lockFile: string): Promise<void> {
  await unlink(lockFile).catch(() => {});
}

const queues = new Map<string, Promise<unknown>>();

/** Run `work` holding the lock; waits for another process up to the timeout, then throws StoreBusyError. */
export async function withFileLock<T>(lockFile: string, what: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const before = queues.get(lockFile) ?? Promise.resolve();
  const run = before.catch(() => {}).then(() => holding(lockFile, what, options, work));
  queues.set(lockFile, run);
  try {
    return await run;
  } finally {
    if (queues.get(lockFile) === run) queues.delete(lockFile);
  }
}

async function holding<T>(lockFile: string, what: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  let pause = 5;
  while (!(await tryLock(lockFile, what))) {
    if (Date.now() - started >= options.timeoutMs) {
      const holder = await readHolder(lockFile);
      const who = holder ? `process ${holder.pid} (${holder.what}, since ${holder.since})` : 'another process';
      throw new StoreBusyError(
        lockFile,
        holder,
        `The store ${options.storeName} is busy: ${who} is still writing it after ${Math.round(options.timeoutMs / 1000)} s. Nothing was changed; try again when it has finished.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 100);
  }
  try {
    return await work();
  } finally {
    await unlock(lockFile);
  }
}
