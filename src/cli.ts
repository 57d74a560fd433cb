// `npm run scrutiny -- <command> ...`: the project's command line.
// Each command lives in src/cli/<command>.ts and exports run(args, io).
import type { CliIo } from './cli/io.ts';
import { processIo } from './cli/io.ts';

const COMMANDS = {
  parse: () => import('./cli/parse.ts'),
  ingest: () => import('./cli/ingest.ts'),
  ask: () => import('./cli/ask.ts'),
  sync: () => import('./cli/sync.ts'),
  backup: () => import('./cli/backup.ts'),
  restore: () => import('./cli/restore.ts'),
} as const;

const USAGE = `Usage: npm run scrutiny -- <command> [options]

Commands:
  parse [--json] FILE                      what the parser reads from one file (stores nothing)
  ingest [--db PATH] [PATH ...]            add files and folders to the store (default: the bundled corpus)
  ask [--now DATE] [--json] [--db PATH] QUESTION...
                                           answer a question as the bot would
  sync [--db PATH]                         one sync from the council's ModernGov service
  backup [--db PATH] DEST                  copy the store (record and state together) into the folder DEST
  restore [--db PATH] SRC                  replace the store with the backup SRC`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name as keyof typeof COMMANDS];
  if (!load) {
    io.err(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  const command = await load();
  return command.run(args, io);
}

const code = await runCli(process.argv.slice(2), processIo());
process.exitCode = code;
