// The running bot reads what other processes wrote to its store (`scrutiny
// ingest`, `scrutiny restore`, a request marked done at the terminal) every few
// seconds: a look at three files' identity, and a read of what changed only
// when one did. What it reads reaches the change feed (store.onChange); onNews hears of any change,
// a commit to a record not read yet (see Store.refresh) included.
import type { Store } from './store.ts';

export interface StoreWatch {
  /** Stop looking; resolves when a look in progress has finished. */
  stop(): Promise<void>;
}

export function watchStore(store: Store, options: { intervalMs: number; onError: (error: unknown) => void; onNews?: () => void }): StoreWatch {
  let looking: Promise<void> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    looking = store
      .refresh()
      .then((changed) => {
        if (changed) options.onNews?.();
      }, options.onError)
      .finally(() => {
        busy = false;
      });
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await looking;
    },
  };
}
