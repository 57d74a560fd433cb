// The Slack requests the bot has handled in the last day, by replay key (an event's id, a command's or
// a click's trigger id: see src/slack/middleware/dedupe-events.ts), in a file of their own, one JSON line
// each: a burst of commands appends a few short lines instead of rewriting the state file, which every
// reader of the store (the answer thread) would then read and check again.
//
// Only the running bot reads or writes it (one bot per store: ./bot-claim.ts), the first time it asks,
// so it keeps the file open while requests come (./append-lines.ts). Keys noted while a write is on its
// way, or in the same turn of the event loop, are written together (twenty commands at once cost a write
// or two, not twenty in a queue), and each caller learns which of its keys were new once the disk has them.
// A line that cannot be read (a write cut short, a damaged sector) is skipped and loses that key alone;
// a last line without its newline is overwritten by the next append. Keys older than a day are dropped
// from memory as keys are added, and from the file when it is rewritten (atomically) with the day's keys
// alone, once it holds twice as many lines as those and more than `slackLines` besides.
import { open } from 'node:fs/promises';
import { KeptOpenJournal } from './append-lines.ts';

/** How long a replay key is kept: Slack retries an event within minutes, and a signed request is good for five. */
export const REPLAY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** Lines beyond twice the day's keys that the file may hold before it is rewritten. */
export const REPLAY_SLACK_LINES = 2000;

export class ReplayJournal {
  /** Key -> when it was handled (ms), oldest first. */
  readonly #keys = new Map<string, number>();
  /** Lines in the file, read or skipped, and the bytes up to the end of the last whole one. */
  #lines = 0;
  #offset = 0;
  /** Calls waiting for the next write, and whether one is on its way (one at a time: each starts at the offset the last one left). */
  #waiting: Waiting[] = [];
  #flushing = false;
  readonly #file: string | null;
  readonly #appender: KeptOpenJournal | null;
  readonly #writeText: (file: string, text: string) => Promise<void>;
  readonly #slackLines: number;

  /** `file` null: the keys are kept in memory only. `writeText` writes a whole file atomically (the store's adapter). */
  constructor(file: string | null, writeText: (file: string, text: string) => Promise<void>, slackLines = REPLAY_SLACK_LINES) {
    this.#file = file;
    this.#appender = file ? new KeptOpenJournal(file) : null;
    this.#writeText = writeText;
    this.#slackLines = slackLines;
  }

  /**
   * Read the file (before any write): the keys in it, after `seed` (keys kept elsewhere before, which are
   * then written into the file at once). Resolves true when the file holds the seed's keys (false: they
   * are in memory only, the disk refused); rejects when the file cannot be read.
   */
  async load(seed: Record<string, string> = {}): Promise<boolean> {
    this.#appender?.close();
    this.#keys.clear();
    this.#lines = 0;
    this.#offset = 0;
    const seeded = Object.entries(seed)
      .map(([key, at]) => ({ key, at: Date.parse(at) }))
      .sort((a, b) => a.at - b.at);
    for (const { key, at } of seeded) this.#remember(key, at);
    if (!this.#file) return true;
    const text = await readWhole(this.#file);
    const complete = text.lastIndexOf('\n') + 1;
    for (const line of text.slice(0, complete).split('\n')) {
      if (line === '') continue;
      this.#lines++;
      const entry = parsed(line);
      if (entry) this.#remember(entry.key, entry.at);
    }
    this.#offset = Buffer.byteLength(text.slice(0, complete));
    if (seeded.length === 0) return true;
    return this.#rewrite([]).then(
      () => true,
      () => false,
    );
  }

  /** Whether the key was handled (in the last day, or not yet dropped). */
  has(key: string): boolean {
    return this.#keys.has(key);
  }

  /** The keys kept, oldest first (for tests and inspection). */
  keys(): string[] {
    return [...this.#keys.keys()];
  }

  /**
   * Note keys as handled at `at`, dropping those older than a day; for each key, false when it was noted
   * before (or earlier in `keys`, or by a call written in the same write before this one). Memory changes
   * only once the disk has the new lines; when the disk refuses, the error is thrown to every call of that
   * write and none of their keys is noted.
   */
  record(keys: readonly string[], at: Date): Promise<boolean[]> {
    return new Promise<boolean[]>((resolve, reject) => {
      this.#waiting.push({ keys, at: at.getTime(), resolve, reject });
      if (this.#flushing) return;
      this.#flushing = true;
      // Written once the requests read in this turn of the event loop have noted theirs too.
      setImmediate(() => void this.#flush());
    });
  }

  /** Writes until no call is waiting: each write takes every call that came while the one before was on its way. */
  async #flush(): Promise<void> {
    while (this.#waiting.length > 0) {
      const group = this.#waiting;
      this.#waiting = [];
      try {
        const isNew = await this.#record(group);
        group.forEach((call, i) => call.resolve(isNew[i]!));
      } catch (error) {
        for (const call of group) call.reject(error);
      }
    }
    this.#flushing = false;
  }

  async #record(group: readonly Waiting[]): Promise<boolean[][]> {
    this.#dropBefore(Math.max(...group.map((call) => call.at)) - REPLAY_KEY_TTL_MS);
    const fresh = new Map<string, number>();
    const isNew = group.map(({ keys, at }) =>
      keys.map((key) => {
        if (this.#keys.has(key) || fresh.has(key)) return false;
        fresh.set(key, at);
        return true;
      }),
    );
    if (fresh.size === 0) return isNew;
    if (this.#file) {
      const lines = [...fresh].map(([key, at]) => line(key, at));
      if (this.#lines + lines.length > 2 * (this.#keys.size + lines.length) + this.#slackLines) {
        await this.#rewrite(lines);
      } else {
        const text = lines.join('');
        await this.#appender!.append(this.#offset, text);
        this.#lines += lines.length;
        this.#offset += Buffer.byteLength(text);
      }
    }
    for (const [key, at] of fresh) this.#keys.set(key, at);
    return isNew;
  }

  /** Write the file anew (atomically) with the keys kept and `lines` after them. */
  async #rewrite(lines: string[]): Promise<void> {
    const kept = [...this.#keys].map(([key, when]) => line(key, when));
    const text = [...kept, ...lines].join('');
    await this.#writeText(this.#file!, text);
    // The file open for appending is the one the rewrite replaced.
    this.#appender!.close();
    this.#lines = kept.length + lines.length;
    this.#offset = Buffer.byteLength(text);
  }

  #remember(key: string, at: number): void {
    if (!Number.isFinite(at)) return;
    this.#keys.delete(key);
    this.#keys.set(key, at);
  }

  /** Drop keys older than `cutoff` from the front: the map is in the order keys came, which is their time's. */
  #dropBefore(cutoff: number): void {
    for (const [key, at] of this.#keys) {
      if (at >= cutoff) return;
      this.#keys.delete(key);
    }
  }
}

/** A call of `record` waiting for its write. */
interface Waiting {
  keys: readonly string[];
  at: number;
  resolve: (isNew: boolean[]) => void;
  reject: (error: unknown) => void;
}

function line(key: string, at: number): string {
  return `${JSON.stringify({ key, at: new Date(at).toISOString() })}\n`;
}

function parsed(text: string): { key: string; at: number } | null {
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null) return null;
    const { key, at } = json as { key?: unknown; at?: unknown };
    if (typeof key !== 'string' || key === '' || typeof at !== 'string') return null;
    const when = Date.parse(at);
    return Number.isFinite(when) ? { key, at: when } : null;
  } catch {
    return null;
  }
}

/** The file's bytes as text ('' when there is none); only as many as its size says (never a device's endless stream). */
async function readWhole(file: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
  try {
    const size = (await handle.stat()).size;
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(buffer, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read).toString('utf-8');
  } finally {
    await handle.close();
  }
}
