// Request statuses on disk: a snapshot plus a journal of changes since. Marking
// a request done appends one short line instead of rewriting (and re-checking)
// tens of thousands of statuses. The journal is folded into a new snapshot when
// it grows; a crash between the two only replays changes the snapshot already
// holds, which sets the same values again.
//
// Another process may append too (always under the state lock): catchUp() reads
// what it added since this process last looked; a journal replaced by a
// compaction (a new file) means reading the snapshot and journal again.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { RequestState } from '../model.ts';
import { appendAt } from './append-lines.ts';
import { StoreError } from './store.ts';

const Snapshot = z.object({ schemaVersion: z.literal(1), requests: z.record(z.string(), RequestState) });
const Line = z.object({ id: z.string().min(1), state: RequestState });

/** Journal size at which the next change folds it into a new snapshot (about 8,000 changes). */
export const COMPACT_AT_BYTES = 1_000_000;

export type RequestStates = Record<string, RequestState>;

export class RequestJournal {
  /** Where this process has read the journal up to, and which file that was. */
  #offset = 0;
  #ino = -1;
  /** The snapshot as last read or written: another one (a compaction elsewhere, a restore) means reading everything again. */
  #snapshotSeen = '';
  readonly #snapshotFile: string;
  readonly #logFile: string;

  readonly #compactAtBytes: number;
  /** Writes a whole file atomically (the store's lowdb adapter). */
  readonly #writeText: (file: string, text: string) => Promise<void>;

  /**
   * A reader beside the store's owner (see StoreOptions.asReader in ./lowdb-store.ts) takes the statuses
   * as the owner checked them, with their shape only: checking them again cost the answer thread
   * some 75 ms of CPU at every start at tier L (30,000 statuses).
   */
  readonly #trusted: boolean;

  constructor(snapshotFile: string, logFile: string, writeText: (file: string, text: string) => Promise<void>, compactAtBytes = COMPACT_AT_BYTES, trusted = false) {
    this.#snapshotFile = snapshotFile;
    this.#logFile = logFile;
    this.#writeText = writeText;
    this.#compactAtBytes = compactAtBytes;
    this.#trusted = trusted;
  }

  /** The statuses on disk: the snapshot (or `seed` when there is none yet) and every change since. */
  async load(seed: RequestStates = {}): Promise<RequestStates> {
    this.#snapshotSeen = identity(this.#snapshotFile);
    const states = (await this.#readSnapshot()) ?? { ...seed };
    this.#offset = 0;
    this.#ino = -1;
    await this.catchUp(states);
    return states;
  }

  /**
   * Apply to `states` what other processes appended since; true when anything changed. `changed`
   * hears each request id applied, or null when all were read again.
   */
  async catchUp(states: RequestStates, changed: (id: string | null) => void = () => {}): Promise<boolean> {
    if (identity(this.#snapshotFile) !== this.#snapshotSeen) {
      const fresh = await this.load();
      for (const key of Object.keys(states)) if (!(key in fresh)) delete states[key];
      Object.assign(states, fresh);
      changed(null);
      return true;
    }
    // Looked at and read at once, as the store looks at its other files before an answer (see seen in ./lowdb-store.ts).
    let info;
    try {
      info = statSync(this.#logFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw new StoreError(this.#logFile, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
    if (this.#ino !== -1 && (info.ino !== this.#ino || info.size < this.#offset)) {
      // Compacted by another process: start again from its snapshot.
      const fresh = await this.load();
      for (const key of Object.keys(states)) if (!(key in fresh)) delete states[key];
      Object.assign(states, fresh);
      changed(null);
      return true;
    }
    this.#ino = info.ino;
    if (info.size === this.#offset) return false;
    const handle = openSync(this.#logFile, 'r');
    let text: string;
    try {
      const buffer = Buffer.alloc(info.size - this.#offset);
      readSync(handle, buffer, 0, buffer.length, this.#offset);
      text = buffer.toString('utf-8');
    } finally {
      closeSync(handle);
    }
    // A last line without its newline is a write cut short: not applied, and overwritten by the next append.
    const complete = text.lastIndexOf('\n') + 1;
    let lineNumber = 0;
    for (const line of text.slice(0, complete).split('\n')) {
      lineNumber++;
      if (line.trim() === '') continue;
      let parsed;
      try {
        parsed = this.#trusted ? shaped(JSON.parse(line), isLine) : Line.safeParse(JSON.parse(line));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) throw new StoreError(this.#logFile, `has a line that is not a request status change (line ${lineNumber} after byte ${this.#offset}); it was left untouched`);
      states[parsed.data.id] = parsed.data.state;
      changed(parsed.data.id);
    }
    this.#offset += Buffer.byteLength(text.slice(0, complete));
    return complete > 0;
  }

  /** Append changes (already checked); throws, with the journal as it was, when the disk refuses. */
  async append(changes: Array<[string, RequestState]>, states: RequestStates): Promise<void> {
    if (changes.length === 0) return;
    const text = changes.map(([id, state]) => `${JSON.stringify({ id, state })}\n`).join('');
    // Over a write cut short (see catchUp), not after it.
    this.#ino = (await appendAt(this.#logFile, this.#offset, text)).ino;
    this.#offset += Buffer.byteLength(text);
    if (this.#offset >= this.#compactAtBytes) await this.compact({ ...states, ...Object.fromEntries(changes) }).catch(() => {});
  }

  /** Fold everything into a new snapshot and start an empty journal (each by an atomic rename). */
  async compact(states: RequestStates): Promise<void> {
    await this.#writeText(this.#snapshotFile, JSON.stringify({ schemaVersion: 1, requests: states }));
    this.#snapshotSeen = identity(this.#snapshotFile);
    await this.#writeText(this.#logFile, '');
    const info = await stat(this.#logFile);
    this.#ino = info.ino;
    this.#offset = 0;
  }

  async #readSnapshot(): Promise<RequestStates | null> {
    let text: string;
    try {
      text = await readFile(this.#snapshotFile, 'utf-8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreError(this.#snapshotFile, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new StoreError(this.#snapshotFile, `is not valid JSON (${(error as Error).message}); it was left untouched`);
    }
    const checked = this.#trusted ? shaped(json, isSnapshot) : Snapshot.safeParse(json);
    if (!checked.success) throw new StoreError(this.#snapshotFile, `is not a file of request statuses (${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message}); it was left untouched`);
    return checked.data.requests;
  }
}

type Checked<T> = { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };

/** What a trusted reader checks: the shape its code relies on, not each status. */
function shaped<T>(json: unknown, has: (json: unknown) => json is T): Checked<T> {
  return has(json) ? { success: true, data: json } : { success: false, error: { issues: [{ path: [], message: 'not the shape of the file' }] } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSnapshot(json: unknown): json is z.infer<typeof Snapshot> {
  return isObject(json) && isObject(json.requests);
}

function isLine(json: unknown): json is z.infer<typeof Line> {
  return isObject(json) && typeof json.id === 'string' && json.id !== '' && isObject(json.state);
}

/** A file's identity (inode, size, time), or '' when there is none. */
function identity(file: string): string {
  try {
    const info = statSync(file);
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch {
    return '';
  }
}
