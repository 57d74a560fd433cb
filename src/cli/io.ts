// Where a command writes: stdout for results, stderr for warnings and problems.
// Commands take a CliIo so tests can read what they print.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
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
