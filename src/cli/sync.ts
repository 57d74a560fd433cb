// `npm run scrutiny -- sync [--council ID] [--db PATH]`: one sync from each council's ModernGov service.
// Exit 0 when it ran, 1 when the service or the store failed, 2 when ModernGov is not configured.
import { configuredClock } from '../clock.ts';
import { openStore } from '../store/lowdb-store.ts';
import { StoreError } from '../store/store.ts';
import { ModernGovError } from '../sync/moderngov-client.ts';
import { summariseSync, syncOnce } from '../sync/sync-once.ts';
import { localConfig, readArgs, usageError, type CliIo, type CommandSpec } from './io.ts';

export const SPEC: CommandSpec = {
  name: 'sync',
  usage: `Usage: npm run scrutiny -- sync [--council ID] [--db PATH]

Run one sync from the council's ModernGov web service (MODERNGOV_URL, MODERNGOV_COMMITTEES, or each
council of the configuration file SCRUTINY_CONFIG) into its store, and list what changed. The running
bot syncs on its own every MODERNGOV_INTERVAL_MINUTES.

Options:
  --council ID  only this council of the configuration file
  --db PATH     the store (default: the council's store: SCRUTINY_DB, else data/scrutiny.json)
  -h, --help    show this help

Exit code 0 when it ran, 1 when the service or the store failed, 2 when ModernGov is not configured.`,
  values: ['--db', '--council'],
};

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = readArgs(args, SPEC, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positional.length > 0) return usageError(io, SPEC, `unexpected argument "${parsed.positional[0]}"`);
  const config = localConfig(io);
  if (typeof config === 'number') return config;
  const wanted = parsed.values.get('--council');
  const councils = config.deployment.councils.filter((c) => c.moderngov && (wanted === undefined || c.id === wanted));
  if (wanted !== undefined && councils.length === 0) {
    const known = config.deployment.councils.filter((c) => c.moderngov).map((c) => c.id);
    return usageError(io, SPEC, `--council ${wanted}: no council of that id has ModernGov settings${known.length ? ` (they are ${known.join(', ')})` : ''}`);
  }
  if (councils.length > 1 && parsed.values.has('--db')) return usageError(io, SPEC, '--db names one store: give --council too');
  if (councils.length === 0) {
    io.err(
      'sync: ModernGov is not configured. Set MODERNGOV_URL (the council site, e.g. https://edemocracy.coventry.gov.uk) ' +
        'and MODERNGOV_COMMITTEES (committee ids, e.g. 569).',
    );
    return 2;
  }
  const clock = configuredClock(config.now);
  let failed = false;
  for (const council of councils) {
    const name = councils.length > 1 || config.deployment.source === 'file' ? `${council.name}: ` : '';
    try {
      const store = await openStore(parsed.values.get('--db') ?? council.storePath, { clock });
      const result = await syncOnce({ moderngov: council.moderngov!, store, clock });
      io.out(`${name}${summariseSync(result)}`);
      for (const change of result.changes) io.out(`  ${change.line}`);
      for (const warning of result.warnings) io.err(`  ${warning}`);
    } catch (error) {
      if (error instanceof ModernGovError || error instanceof StoreError) {
        io.err(`sync: ${name}${error.message}. The record was left as it was.`);
        failed = true;
        continue;
      }
      throw error;
    }
  }
  return failed ? 1 : 0;
}
