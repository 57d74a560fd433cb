// `npm run scrutiny -- restore [--db PATH] SRC`: put a backup back as the store.
import { restoreStore } from '../store/backup.ts';
import { describeStore, storeFailure } from './backup.ts';
import { localConfig, readArgs, usageError, type CliIo, type CommandSpec } from './io.ts';

export const SPEC: CommandSpec = {
  name: 'restore',
  usage: `Usage: npm run scrutiny -- restore [--db PATH] SRC

Replace the store with the backup SRC (a folder written by npm run scrutiny -- backup, or its
catalogue file): the record and the state together. The backup is checked entry by entry before
anything is replaced. It may run while the bot runs: the bot reads the restored store within a
few seconds. If a restore is cut short (the machine stops), run it again.

Options:
  --db PATH    the store to replace (default: SCRUTINY_DB, else data/scrutiny.json)
  -h, --help   show this help

Exit code 0 when the store was restored, 1 when it could not be, 2 on a bad use.`,
  values: ['--db'],
};

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = readArgs(args, SPEC, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positional.length !== 1) return usageError(io, SPEC, parsed.positional.length === 0 ? 'name the backup to restore' : 'name one backup');
  const config = localConfig(io);
  if (typeof config === 'number') return config;
  const storePath = parsed.values.get('--db') ?? config.dbPath;
  try {
    const summary = await restoreStore(storePath, parsed.positional[0]!);
    io.out(`Restored ${storePath} from ${parsed.positional[0]}: ${describeStore(summary)}.`);
    return 0;
  } catch (error) {
    return storeFailure(io, 'restore', error, 'Nothing was restored.');
  }
}
