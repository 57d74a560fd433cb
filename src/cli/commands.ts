// The command line's commands: each lives in src/cli/<command>.ts and exports run(args, io) and its
// SPEC (name, usage, options), so every command answers --help and -h, and names an option it does not take.
import type { CliIo } from './io.ts';

const COMMANDS = {
  parse: () => import('./parse.ts'),
  ingest: () => import('./ingest.ts'),
  ask: () => import('./ask.ts'),
  sync: () => import('./sync.ts'),
  requests: () => import('./requests.ts'),
  request: () => import('./request.ts'),
  backup: () => import('./backup.ts'),
  restore: () => import('./restore.ts'),
} as const;

export const COMMAND_NAMES = Object.keys(COMMANDS) as (keyof typeof COMMANDS)[];

const USAGE = `Usage: npm run scrutiny -- <command> [options]

Commands:
  parse FILE                   what the parser reads from one file (stores nothing)
  ingest [PATH ...]            add files and folders to the store (default: the bundled corpus)
  ask QUESTION...              answer a question as the bot would
  sync                         one sync from the council's ModernGov service
  requests [--open]            the board's requests, with their ids and status
  request done|reopen ID       mark a request done, or open it again
  backup DEST                  copy the store (record and state together) into the folder DEST
  restore SRC                  replace the store with the backup SRC

Every command takes --help (or -h) for its options. Settings come from the environment and a .env
file (see README.md, "Configuration"): SCRUTINY_DB names the store, SCRUTINY_NOW the date to work as of.`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(USAGE);
    return 2;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return 0;
  }
  if (name.startsWith('-')) {
    io.err(`scrutiny: unknown option ${name}; a command comes first (see npm run scrutiny -- --help)`);
    return 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS] : undefined;
  if (!load) {
    io.err(`scrutiny: unknown command "${name}"; the commands are ${COMMAND_NAMES.join(', ')} (see npm run scrutiny -- --help)`);
    return 2;
  }
  const command = await load();
  return command.run(args, io);
}
