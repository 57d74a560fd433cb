// The Slack requests the bot has handled in the last day, by replay key (an event's id, a command's or
// a click's trigger id: see src/slack/middleware/dedupe-events.ts), in a file of their own, one JSON line
// each: a burst of commands appends a few short lines instead of rewriting the state file, which every
// reader of the store (the answer thread) would then read and check again.
//
// Only the running bot reads or writes it (one bot per store: ./bot-claim.ts), the first time it asks.
// A line that cannot be read (a write cut short, a damaged sector) is skipped and loses that key alone;
// a last line without its newline is overwritten by the next append. Keys older than a day are dropped
// from memory as keys are added, and from the file when it is rewritten (atomically) with the day's keys
// alone, once it holds twice as many lines as those and more than `slackLines` besides.
import { open } from 'node:fs/promises';
import { appendAt } from './append-lines.ts';

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
  /** One write at a time: each starts at the offset the last one left. */
  #writing: Promise<unknown> = Promise.resolve();
  readonly #file: string | null;
  readonly #writeText: (file: string, text: string) => Promise<void>;
  readonly #slackLines: number;

  /** `file` null: the keys are kept in memory only. `writeText` writes a whole file atomically (the store's adapter). */
  constructor(file: string | null, writeText: (file: string, text: string) => Promise<void>, slackLines = REPLAY_SLACK_LINES) {
    this.#file = file;
    this.#writeText = writeText;
    this.#slackLines = slackLines;
  }

  /**
   * Read the file (before any write): the keys in it, after `seed` (keys kept elsewhere before, which are
   * then written into the file at once). Resolves true when the file holds the seed's keys (false: they
   * are in memory only, the disk refused); rejects when the file cannot be read.
   */
  async load(seed: Record<string, string> = {}): Promise<boolean> {
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
   * before (or earlier in `keys`). Memory changes only once the disk has the new lines; when the disk
   * refuses, the error is thrown and none is noted.
   */
  record(keys: readonly string[], at: Date): Promise<boolean[]> {
    const done = this.#writing.then(() => this.#record(keys, at));
    this.#writing = done.catch(() => undefined);
    return done;
  }

  async #record(keys: readonly string[], at: Date): Promise<boolean[]> {
    const now = at.getTime();
    this.#dropBefore(now - REPLAY_KEY_TTL_MS);
    const fresh = new Set<string>();
    const isNew = keys.map((key) => {
      if (this.#keys.has(key) || fresh.has(key)) return false;
      fresh.add(key);
      return true;
    });
    if (fresh.size === 0) return isNew;
    if (this.#file) {
      const lines = [...fresh].map((key) => line(key, now));
      if (this.#lines + lines.length > 2 * (this.#keys.size + lines.length) + this.#slackLines) {
        await this.#rewrite(lines);
      } else {
        const text = lines.join('');
        await appendAt(this.#file, this.#offset, text);
        this.#lines += lines.length;
        this.#offset += Buffer.byteLength(text);
      }
    }
    for (const key of fresh) this.#keys.set(key, now);
    return isNew;
  }

  /** Write the file anew (atomically) with the keys kept and `lines` after them. */
  async #rewrite(lines: string[]): Promise<void> {
    const kept = [...this.#keys].map(([key, when]) => line(key, when));
    const text = [...kept, ...lines].join('');
    await this.#writeText(this.#file!, text);
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
