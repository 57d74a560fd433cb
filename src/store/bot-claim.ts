// One bot per store. Two bots on one store would both post every reminder and
// both answer every sync, so the running bot claims its store for as long as it
// runs; a second one is refused with a sentence saying which process has it.
// Commands (ingest, sync, backup) do not claim the store: they take the short
// write locks beside the running bot, which then reads what they wrote.
import { unlinkSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { readHolder, StoreBusyError, tryLock, unlock } from './file-lock.ts';
import { storeFiles } from './store-files.ts';

export interface StoreClaim {
  release(): Promise<void>;
}

/** Claim the store for this bot; throws StoreBusyError when another live bot has it. */
export async function claimStore(storePath: string): Promise<StoreClaim> {
  const files = storeFiles(storePath);
  await mkdir(files.folder, { recursive: true });
  if (!(await tryLock(files.botLock, 'bot'))) {
    const holder = await readHolder(files.botLock);
    const who = holder ? `process ${holder.pid}, running since ${holder.since}` : 'another process';
    throw new StoreBusyError(
      files.botLock,
      holder,
      `Another scrutiny bot (${who}) already serves the store ${storePath}. Stop it first, or set SCRUTINY_DB to another store.`,
    );
  }
  // A bot that exits without stopping (an uncaught error) still lets go; one killed outright is taken over by the next.
  const onExit = () => {
    try {
      unlinkSync(files.botLock);
    } catch {
      // Already gone.
    }
  };
  process.once('exit', onExit);
  return {
    async release() {
      process.removeListener('exit', onExit);
      await unlock(files.botLock);
    },
  };
}
