// Appending lines to a journal file (./request-journal.ts, ./replay-journal.ts) at the offset its
// owner has read up to: a last line without its newline is a write cut short, which the next
// append overwrites instead of gluing a new line onto it. A write the disk refuses part-way (a
// full disk takes some bytes, then none) is cut back to where it started, so no half line stays.
//
// Plain file descriptors and callbacks rather than fs/promises' FileHandle: a journal appended on
// every Slack request pays for each round trip's promise and for every FileHandle's stat object.
import fs from 'node:fs';

type Done<T> = (error: NodeJS.ErrnoException | null, value: T) => void;

function call<T>(run: (done: Done<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

async function openForWriting(file: string): Promise<number> {
  try {
    return await call<number>((done) => fs.open(file, 'r+', done));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return call<number>((done) => fs.open(file, 'w', done));
  }
}

const closeQuietly = (fd: number) => fs.close(fd, () => {});

/**
 * Write `text` at `offset` of the open file, every byte of it; when the disk refuses, cut the file back
 * to `offset` (where that can be done) and throw.
 */
async function writeAllAt(fd: number, offset: number, text: string): Promise<void> {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) {
      const wrote = await call<number>((done) => fs.write(fd, bytes, written, bytes.length - written, offset + written, done));
      if (wrote === 0) throw Object.assign(new Error('the disk took none of the bytes written'), { code: 'EIO' });
      written += wrote;
    }
  } catch (error) {
    if (written > 0) await call<void>((done) => fs.ftruncate(fd, offset, (e) => done(e, undefined))).catch(() => {});
    throw error;
  }
}

/** Cut what lies past `offset` (a cut line, a refused write) before writing there. */
async function cutPast(fd: number, offset: number): Promise<fs.Stats> {
  const info = await call<fs.Stats>((done) => fs.fstat(fd, done));
  if (info.size > offset) await call<void>((done) => fs.ftruncate(fd, offset, (e) => done(e, undefined)));
  return info;
}

/**
 * Write `text` at `offset` in `file` (created when missing), over anything after `offset`; when the
 * disk refuses, the file is cut back to `offset` and the error thrown. Resolves with the file's inode.
 * Opens and closes the file each time: for a journal another process may append to as well.
 */
export async function appendAt(file: string, offset: number, text: string): Promise<{ ino: number }> {
  const fd = await openForWriting(file);
  try {
    const { ino } = await cutPast(fd, offset);
    await writeAllAt(fd, offset, text);
    return { ino };
  } finally {
    closeQuietly(fd);
  }
}

/** How long a kept-open journal stays open with nothing written to it. */
export const IDLE_CLOSE_MS = 5000;

/**
 * A journal file that one process alone writes (./bot-claim.ts), kept open while writes keep coming:
 * each append is then one write, not an open, a stat, a write, a stat and a close. Closed after
 * IDLE_CLOSE_MS without a write, after a refused write (the next append opens it again and cuts what
 * lies past its offset first), and by `close` when the file was replaced (an atomic rewrite).
 * The owner makes one append at a time.
 */
export class KeptOpenJournal {
  readonly #file: string;
  #fd: number | null = null;
  #writing = false;
  #lastWrite = 0;
  #idleTimer: NodeJS.Timeout | null = null;

  constructor(file: string) {
    this.#file = file;
  }

  /** Write `text` at `offset` (see appendAt); the error thrown when the disk refuses, with the file cut back. */
  async append(offset: number, text: string): Promise<void> {
    this.#writing = true;
    try {
      if (this.#fd === null) {
        const fd = await openForWriting(this.#file);
        try {
          await cutPast(fd, offset);
        } catch (error) {
          closeQuietly(fd);
          throw error;
        }
        this.#fd = fd;
      }
      try {
        await writeAllAt(this.#fd, offset, text);
      } catch (error) {
        this.close();
        throw error;
      }
    } finally {
      this.#writing = false;
      this.#lastWrite = performance.now();
      this.#closeWhenIdle();
    }
  }

  /** Close the file now (the next append opens it again). */
  close(): void {
    if (this.#fd !== null) closeQuietly(this.#fd);
    this.#fd = null;
  }

  #closeWhenIdle(): void {
    if (this.#idleTimer !== null || this.#fd === null) return;
    const check = () => {
      const quiet = performance.now() - this.#lastWrite;
      if (!this.#writing && quiet >= IDLE_CLOSE_MS) {
        this.#idleTimer = null;
        this.close();
        return;
      }
      this.#idleTimer = setTimeout(check, Math.max(1, IDLE_CLOSE_MS - quiet));
      this.#idleTimer.unref();
    };
    this.#idleTimer = setTimeout(check, IDLE_CLOSE_MS);
    this.#idleTimer.unref();
  }
}
