// Backups of a store: the record and its state copied together, while the bot
// runs. A backup holds the store's record and state write locks for the time
// of the copy, so it is of one moment: between two writes of an ingest, never
// in the middle of one. A backup is itself a store (the same files, in a folder
// of its own), so it can be opened, checked and restored like any other.
// A restore copies a backup's parts in beside the store's, then its state, and
// commits by replacing the catalogue; the running bot reads it on its next look.
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { TextFile } from 'lowdb/node';
import { withFileLock } from './file-lock.ts';
import { openStore } from './lowdb-store.ts';
import { Catalogue, isCatalogue } from './record-parts.ts';
import { storeFiles, type StoreFiles } from './store-files.ts';
import { StoreError, type RecordCounts } from './store.ts';

export interface StoreSummary {
  /** The catalogue of the store written (the backup's, or the restored store's). */
  catalogue: string;
  counts: RecordCounts;
  requestStatuses: number;
  /** The record's parts and catalogue, in bytes. */
  bytes: number;
}

const LOCK_TIMEOUT_MS = 60_000;

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function copyIfThere(from: string, to: string): Promise<void> {
  if (await exists(from)) await copyFile(from, to);
}

/** Hold both write locks of a store (record first, as every writer takes them). */
function holdingStore<T>(files: StoreFiles, storeName: string, what: string, work: () => Promise<T>): Promise<T> {
  const options = { timeoutMs: LOCK_TIMEOUT_MS, storeName };
  return withFileLock(files.recordLock, what, options, () => withFileLock(files.stateLock, what, options, work));
}

async function readCatalogue(file: string): Promise<Catalogue> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf-8'));
  } catch (error) {
    throw new StoreError(file, `cannot be read as a store catalogue (${(error as Error).message})`);
  }
  const checked = Catalogue.safeParse(json);
  if (!checked.success) throw new StoreError(file, 'is not a scrutiny store catalogue');
  return checked.data;
}

/** The store's record and state as of one moment, summed up (opening checks every part's hash). */
async function summarise(catalogue: string): Promise<StoreSummary> {
  const store = await openStore(catalogue);
  const parts = (await readCatalogue(catalogue)).parts;
  return {
    catalogue,
    counts: store.counts(),
    requestStatuses: Object.keys(store.state().requests).length,
    bytes: Object.values(parts).reduce((n, p) => n + p.bytes, (await stat(catalogue)).size),
  };
}

/** Copy the store at `storePath` into the folder `dest` (new, or empty), as of one moment. */
export async function backupStore(storePath: string, dest: string): Promise<StoreSummary> {
  // Opening first: a store of one record file is split into parts, and a corrupt store is refused before anything is copied.
  await openStore(storePath);
  const files = storeFiles(storePath);
  if ((await exists(dest)) && (await readdir(dest)).length > 0) {
    throw new StoreError(dest, 'is not empty: a backup goes into a new or empty folder, so that it never mixes with another');
  }
  const copy = storeFiles(path.join(dest, path.basename(files.catalogue)));
  await mkdir(copy.parts, { recursive: true });
  await holdingStore(files, storePath, 'backup', async () => {
    const text = await readFile(files.catalogue, 'utf-8');
    const catalogue = await readCatalogue(files.catalogue);
    for (const part of Object.values(catalogue.parts)) await copyFile(path.join(files.parts, part.file), path.join(copy.parts, part.file));
    await copyIfThere(files.state, copy.state);
    await copyIfThere(files.requests, copy.requests);
    await copyIfThere(files.requestLog, copy.requestLog);
    // The catalogue last: a backup cut short has none, and cannot be mistaken for a whole one.
    await new TextFile(copy.catalogue).write(text);
  });
  return summarise(copy.catalogue);
}

/** The catalogue of a backup: the folder's one store catalogue, or the file named. */
export async function backupCatalogue(src: string): Promise<string> {
  if (!(await stat(src).catch(() => null))?.isDirectory()) return src;
  const found: string[] = [];
  for (const name of (await readdir(src)).filter((n) => n.endsWith('.json') && !n.endsWith('.state.json') && !n.endsWith('.index.json'))) {
    try {
      if (isCatalogue(JSON.parse(await readFile(path.join(src, name), 'utf-8')))) found.push(path.join(src, name));
    } catch {
      // Not a catalogue.
    }
  }
  if (found.length !== 1) {
    throw new StoreError(src, found.length === 0 ? 'holds no store catalogue: it is not a backup' : `holds ${found.length} store catalogues: name the one to restore`);
  }
  return found[0]!;
}

/**
 * Replace the store at `storePath` with the backup at `src` (its folder or catalogue). The backup
 * is checked first; the store's old part files are removed by its next write.
 */
export async function restoreStore(storePath: string, src: string): Promise<StoreSummary> {
  const from = storeFiles(await backupCatalogue(src));
  // Every part of the backup read and checked before the store is touched.
  await openStore(from.catalogue);
  const backup = await readCatalogue(from.catalogue);
  const files = storeFiles(storePath);
  await mkdir(files.parts, { recursive: true });
  await holdingStore(files, storePath, 'restore', async () => {
    let generation = 0;
    if (await exists(files.catalogue)) {
      const json: unknown = JSON.parse(await readFile(files.catalogue, 'utf-8'));
      if (isCatalogue(json)) generation = (await readCatalogue(files.catalogue)).generation;
      // A store of one record file (never opened since parts came in) is kept, as a migration keeps it.
      else if (!(await exists(files.legacyRecord))) await copyFile(files.catalogue, files.legacyRecord);
    }
    for (const part of Object.values(backup.parts)) {
      const target = path.join(files.parts, part.file);
      if (!(await exists(target))) await copyFile(path.join(from.parts, part.file), target);
    }
    const write = (file: string, text: string) => new TextFile(file).write(text);
    await write(files.requests, (await exists(from.requests)) ? await readFile(from.requests, 'utf-8') : JSON.stringify({ schemaVersion: 1, requests: {} }));
    await write(files.requestLog, (await exists(from.requestLog)) ? await readFile(from.requestLog, 'utf-8') : '');
    if (await exists(from.state)) await write(files.state, await readFile(from.state, 'utf-8'));
    // The commit: a new generation, so that a running bot reads it all again.
    const restored: Catalogue = { ...backup, generation: Math.max(generation, backup.generation) + 1 };
    await write(files.catalogue, `${JSON.stringify(restored, null, 1)}\n`);
  });
  return summarise(files.catalogue);
}
