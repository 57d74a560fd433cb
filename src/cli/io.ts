// Where a command writes: stdout for results, stderr for warnings and problems.
// Commands take a CliIo so tests can read what they print.
import type { Clock } from '../clock.ts';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { openStore } from '../store/lowdb-store.ts';
import { StoreError, type Store } from '../store/store.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

/** The terminal, with the environment the entry point read once (see readEnvironment). */
export function processIo(env: Record<string, string | undefined>): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env,
  };
}

export function memoryIo(env: Record<string, string | undefined> = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, env, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** Split `--flag value` and `--flag` options from positional arguments. */
export function parseArgs(
  args: string[],
  spec: { flags?: string[]; values?: string[] },
): { flags: Set<string>; values: Map<string, string>; positional: string[]; unknown: string[] } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [key, inline] = arg.split('=', 2) as [string, string | undefined];
      if (spec.flags?.includes(key)) flags.add(key);
      else if (spec.values?.includes(key)) {
        const value = inline ?? args[++i];
        if (value === undefined) unknown.push(`${key} needs a value`);
        else values.set(key, value);
      } else unknown.push(`unknown option ${key}`);
    } else positional.push(arg);
  }
  return { flags, values, positional, unknown };
}

/** A command's name, options and help: what `readArgs` checks its arguments against. */
export interface CommandSpec {
  /** The words after `scrutiny`: "ask", "request done". */
  name: string;
  /** The whole help text; its first line is "Usage: ...". */
  usage: string;
  flags?: string[];
  values?: string[];
  /** How to ask for the help (default: npm run scrutiny -- NAME --help). */
  help?: string;
}

export interface CommandArgs {
  flags: Set<string>;
  values: Map<string, string>;
  positional: string[];
}

/** `--help` or `-h` before any `--`. */
export function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** One line on stderr about a bad use of the command, pointing at its help; the exit code 2. */
export function usageError(io: CliIo, spec: CommandSpec, problem: string): number {
  io.err(`${spec.name}: ${problem} (see ${spec.help ?? `npm run scrutiny -- ${spec.name} --help`})`);
  return 2;
}

/**
 * A command's arguments, or the exit code when there is nothing more to do: 0 after printing the
 * help (--help, -h), 2 after one line naming an option it does not take.
 */
export function readArgs(args: string[], spec: CommandSpec, io: CliIo): CommandArgs | number {
  if (wantsHelp(args)) {
    io.out(spec.usage);
    return 0;
  }
  const { unknown, ...parsed } = parseArgs(args, spec);
  if (unknown.length > 0) return usageError(io, spec, unknown.join('; '));
  return parsed;
}

/** The configuration for a command that never talks to Slack, or the exit code 2 after its problems. */
export function localConfig(io: CliIo): Config | number {
  try {
    return loadConfig(io.env, { ignoreSlack: true });
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}

/** The store for a command, or the exit code 1 after one line saying why it could not be opened. */
export async function openCommandStore(io: CliIo, spec: CommandSpec, path: string, clock: Clock): Promise<Store | number> {
  try {
    return await openStore(path, { clock });
  } catch (error) {
    if (error instanceof StoreError) {
      io.err(`${spec.name}: cannot open the store: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
