// `npm run scrutiny -- sync [--db PATH]`: one sync from the council's ModernGov service.
// Exit 0 when it ran, 1 when the service or the store failed, 2 when ModernGov is not configured.
import { clockStartingAt, systemClock } from '../clock.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { openStore } from '../store/lowdb-store.ts';
import { StoreError } from '../store/store.ts';
import { ModernGovError } from '../sync/moderngov-client.ts';
import { summariseSync, syncOnce } from '../sync/sync-once.ts';
import { parseArgs, type CliIo } from './io.ts';

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { values: ['--db'] });
  if (parsed.unknown.length > 0 || parsed.positional.length > 0) {
    io.err(`sync: ${[...parsed.unknown, ...parsed.positional.map((p) => `unexpected argument "${p}"`)].join('; ')}\nUsage: npm run scrutiny -- sync [--db PATH]`);
    return 2;
  }
  let config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  if (!config.moderngov) {
    io.err(
      'sync: ModernGov is not configured. Set MODERNGOV_URL (the council site, e.g. https://edemocracy.coventry.gov.uk) ' +
        'and MODERNGOV_COMMITTEES (committee ids, e.g. 569).',
    );
    return 2;
  }
  const clock = config.now ? clockStartingAt(config.now) : systemClock;
  try {
    const store = await openStore(parsed.values.get('--db') ?? config.dbPath);
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
