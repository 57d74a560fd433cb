// `npm run scrutiny -- sync [--db PATH]`: one sync from the council's ModernGov service.
// Exit 0 when it ran, 1 when the service or the store failed, 2 when ModernGov is not configured.
import { configuredClock } from '../clock.ts';
import { openStore } from '../store/lowdb-store.ts';
import { StoreError } from '../store/store.ts';
import { ModernGovError } from '../sync/moderngov-client.ts';
import { summariseSync, syncOnce } from '../sync/sync-once.ts';
import { localConfig, readArgs, usageError, type CliIo, type CommandSpec } from './io.ts';

export const SPEC: CommandSpec = {
  name: 'sync',
  usage: `Usage: npm run scrutiny -- sync [--db PATH]

Run one sync from the council's ModernGov web service (MODERNGOV_URL, MODERNGOV_COMMITTEES) into
the store, and list what changed. The running bot syncs on its own every MODERNGOV_INTERVAL_MINUTES.

Options:
  --db PATH    the store (default: SCRUTINY_DB, else data/scrutiny.json)
  -h, --help   show this help

Exit code 0 when it ran, 1 when the service or the store failed, 2 when ModernGov is not configured.`,
  values: ['--db'],
};

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = readArgs(args, SPEC, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positional.length > 0) return usageError(io, SPEC, `unexpected argument "${parsed.positional[0]}"`);
  const config = localConfig(io);
  if (typeof config === 'number') return config;
  if (!config.moderngov) {
    io.err(
      'sync: ModernGov is not configured. Set MODERNGOV_URL (the council site, e.g. https://edemocracy.coventry.gov.uk) ' +
        'and MODERNGOV_COMMITTEES (committee ids, e.g. 569).',
    );
    return 2;
  }
  const clock = configuredClock(config.now);
  try {
    const store = await openStore(parsed.values.get('--db') ?? config.dbPath, { clock });
    const result = await syncOnce({ moderngov: config.moderngov, store, clock });
    io.out(summariseSync(result));
    for (const change of result.changes) io.out(`  ${change.line}`);
    for (const warning of result.warnings) io.err(`  ${warning}`);
    return 0;
  } catch (error) {
    if (error instanceof ModernGovError || error instanceof StoreError) {
      io.err(`sync: ${error.message}. The record was left as it was.`);
      return 1;
    }
    throw error;
  }
}
