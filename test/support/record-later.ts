// A store as the running bot's own thread has it in Slack: opened with recordLater, its record read
// once something waits for it (Store.ready). This one refuses to be read from before then, so that a
// test shows what reads the record waits for it rather than reading it all in one turn of the event loop.
import { openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';

const RECORD_READERS = new Set(['record', 'version', 'meeting', 'itemsOf', 'item', 'request', 'resolution', 'resolutionsOf', 'requestsOf', 'counts', 'fromDocument', 'hasDocument']);

export const READ_TOO_SOON = 'before the record was read';

/** The store at `db`, opened with recordLater, throwing on any read of the record before ready() has resolved. */
export async function storeReadOnlyOnceReady(db: string): Promise<Store> {
  const store = await openStore(db, { recordLater: true });
  let read = false;
  return new Proxy(store, {
    get(target, key) {
      if (key === 'ready') return () => target.ready().then(() => void (read = true));
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (!read && RECORD_READERS.has(String(key))) throw new Error(`${String(key)}() ${READ_TOO_SOON}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/**
 * The store at `db`, opened with recordLater, refusing ever to read its record (ready() included): the
 * running bot's own thread when the answer thread answers everything it needs of the record.
 */
export async function storeNeverRead(db: string): Promise<Store> {
  const store = await openStore(db, { recordLater: true });
  return new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === 'ready' || RECORD_READERS.has(String(key))) throw new Error(`${String(key)}(): ${NEVER_READ}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

export const NEVER_READ = 'this thread reads no copy of the record';
