// `npm run scrutiny -- backup [--db PATH] DEST`: copy the store (its record and
// state together, as of one moment) into the folder DEST, while the bot runs.
import { backupStore, type StoreSummary } from '../store/backup.ts';
import { StoreBusyError, StoreError } from '../store/store.ts';
import { localConfig, readArgs, usageError, type CliIo, type CommandSpec } from './io.ts';

export const SPEC: CommandSpec = {
  name: 'backup',
  usage: `Usage: npm run scrutiny -- backup [--db PATH] DEST

Copy the store into the folder DEST, which must be new or empty: the record's parts, its
catalogue, the state and the request statuses, all as of one moment. It may run while the bot
runs: the copy waits for a write in progress to finish, and the bot's next write waits for the
copy. The backup is itself a store (open it with --db DEST/<name>.json); put it back with
npm run scrutiny -- restore DEST.

Options:
  --db PATH    the store (default: SCRUTINY_DB, else data/scrutiny.json)
  -h, --help   show this help

Exit code 0 when the backup was written and checked, 1 when it could not be, 2 on a bad use.`,
  values: ['--db'],
};

export function describeStore(summary: StoreSummary): string {
  const { counts } = summary;
  const mb = (summary.bytes / 1e6).toFixed(1);
  return `${counts.documents} documents, ${counts.meetings} meetings, ${counts.items} agenda items, ${summary.requestStatuses} request statuses (${mb} MB)`;
}

/** A store operation's failure as one line, or rethrown when it is not one. */
export function storeFailure(io: CliIo, name: string, error: unknown, after: string): number {
  if (error instanceof StoreError || error instanceof StoreBusyError) {
    io.err(`${name}: ${error.message}. ${after}`);
    return 1;
  }
  if ((error as NodeJS.ErrnoException).code) {
    io.err(`${name}: a file could not be read or written (${(error as Error).message}). ${after}`);
    return 1;
  }
  throw error;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = readArgs(args, SPEC, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positional.length !== 1) return usageError(io, SPEC, parsed.positional.length === 0 ? 'name the folder to copy the store into' : 'name one folder');
  const config = localConfig(io);
  if (typeof config === 'number') return config;
  const storePath = parsed.values.get('--db') ?? config.dbPath;
  try {
    const summary = await backupStore(storePath, parsed.positional[0]!);
    io.out(`Backed up ${storePath} to ${summary.catalogue}: ${describeStore(summary)}.`);
    return 0;
  } catch (error) {
    return storeFailure(io, 'backup', error, 'The store was not changed.');
  }
}
