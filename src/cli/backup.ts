// `npm run scrutiny -- backup [--db PATH] DEST`: copy the store (its record and
// state together, as of one moment) into the folder DEST, while the bot runs.
import { ConfigError, loadConfig } from '../config.ts';
import { backupStore, type StoreSummary } from '../store/backup.ts';
import { StoreBusyError, StoreError } from '../store/store.ts';
import { parseArgs, type CliIo } from './io.ts';

const USAGE = `Usage: npm run scrutiny -- backup [--db PATH] DEST

Copies the store (SCRUTINY_DB, or --db) into the folder DEST, which must be new or empty:
the record's parts, its catalogue, the state and the request statuses, all as of one
moment. It may run while the bot runs: the copy waits for a write in progress to finish,
and the bot's next write waits for the copy. The backup is itself a store (open it with
--db DEST/<name>.json); put it back with \`npm run scrutiny -- restore DEST\`.`;

export function describeStore(summary: StoreSummary): string {
  const { counts } = summary;
  const mb = (summary.bytes / 1e6).toFixed(1);
  return `${counts.documents} documents, ${counts.meetings} meetings, ${counts.items} agenda items, ${summary.requestStatuses} request statuses (${mb} MB)`;
}

/** The store path from --db, else the configuration; a string is a problem to print. */
export function storePathOf(values: Map<string, string>, io: CliIo): string | { problem: string } {
  const given = values.get('--db');
  if (given) return given;
  try {
    return loadConfig(io.env, { ignoreSlack: true }).dbPath;
  } catch (error) {
    if (error instanceof ConfigError) return { problem: error.message };
    throw error;
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, values, positional, unknown } = parseArgs(args, { flags: ['--help'], values: ['--db'] });
  if (flags.has('--help')) {
    io.out(USAGE);
    return 0;
  }
  if (unknown.length > 0 || positional.length !== 1) {
    const problems = [...unknown, ...(positional.length === 0 ? ['name the folder to copy the store into'] : positional.length > 1 ? ['name one folder'] : [])];
    io.err(`backup: ${problems.join('; ')}\n\n${USAGE}`);
    return 2;
  }
  const storePath = storePathOf(values, io);
  if (typeof storePath !== 'string') {
    io.err(storePath.problem);
    return 2;
  }
  try {
    const summary = await backupStore(storePath, positional[0]!);
    io.out(`Backed up ${storePath} to ${summary.catalogue}: ${describeStore(summary)}.`);
    return 0;
  } catch (error) {
    if (error instanceof StoreError || error instanceof StoreBusyError) {
      io.err(`backup: ${error.message}. The store was not changed.`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) {
      io.err(`backup: the copy could not be written (${(error as Error).message}). The store was not changed.`);
      return 1;
    }
    throw error;
  }
}
