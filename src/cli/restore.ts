// `npm run scrutiny -- restore [--db PATH] SRC`: put a backup back as the store.
import { restoreStore } from '../store/backup.ts';
import { StoreBusyError, StoreError } from '../store/store.ts';
import { describeStore, storePathOf } from './backup.ts';
import { parseArgs, type CliIo } from './io.ts';

const USAGE = `Usage: npm run scrutiny -- restore [--db PATH] SRC

Replaces the store (SCRUTINY_DB, or --db) with the backup SRC (a folder written by
\`npm run scrutiny -- backup\`, or its catalogue file): the record and the state together.
The backup is checked entry by entry before anything is replaced. It may run while the
bot runs: the bot reads the restored store on its next look, within a few seconds.
If a restore is cut short (the machine stops), run it again.`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, values, positional, unknown } = parseArgs(args, { flags: ['--help'], values: ['--db'] });
  if (flags.has('--help')) {
    io.out(USAGE);
    return 0;
  }
  if (unknown.length > 0 || positional.length !== 1) {
    const problems = [...unknown, ...(positional.length === 0 ? ['name the backup to restore'] : positional.length > 1 ? ['name one backup'] : [])];
    io.err(`restore: ${problems.join('; ')}\n\n${USAGE}`);
    return 2;
  }
  const storePath = storePathOf(values, io);
  if (typeof storePath !== 'string') {
    io.err(storePath.problem);
    return 2;
  }
  try {
    const summary = await restoreStore(storePath, positional[0]!);
    io.out(`Restored ${storePath} from ${positional[0]}: ${describeStore(summary)}.`);
    return 0;
  } catch (error) {
    if (error instanceof StoreError || error instanceof StoreBusyError) {
      io.err(`restore: ${error.message}. Nothing was restored.`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) {
      io.err(`restore: the store could not be written (${(error as Error).message}); run the restore again once the problem is fixed.`);
      return 1;
    }
    throw error;
  }
}
