// `npm start` in a child process with only the environment given (nothing leaks in from the shell running
// the tests, not even a .env file), its output collected, and helpers to wait for a line or the exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Child {
  process: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr matches, or rejects after `timeoutMs` with what was written. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** The port a bot started with PORT=0 (or HEALTH_PORT=0) bound, as its start-up line names it. */
  port(timeoutMs?: number): Promise<number>;
}

export function startBot(env: Record<string, string>, options: { script?: string; args?: string[] } = {}): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', options.script ?? 'src/main.ts', ...(options.args ?? [])], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', SCRUTINY_ENV_FILE: '/dev/null', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    exit,
    stdout: () => stdout,
    stderr: () => stderr,
    async waitFor(pattern, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (!pattern.test(stderr)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`no line matching ${pattern}; stderr:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async port(timeoutMs = 90_000) {
      await this.waitFor(BOUND_PORT, timeoutMs);
      return boundPort(stderr)!;
    },
  };
}

/**
 * "Serving Slack over HTTP on port 41237: ...", "Connected to Slack in Socket Mode; GET /healthz on port 41237": a bot
 * told PORT=0 binds a port no other process holds and names it, so tests never pick a port that is free when
 * they look and taken when the bot binds it.
 */
const BOUND_PORT = /\b(?:Serving Slack over HTTP|Connected to Slack in Socket Mode)\b.*? on port (\d+)\b/;

/** The port a bot's start-up line in `log` names, or null before it has started. */
export function boundPort(log: string): number | null {
  const m = BOUND_PORT.exec(log);
  return m ? Number(m[1]) : null;
}

/** What `read` gives once it gives something, polled; rejects with `problem()` after `timeoutMs`. */
export async function whenKnown<T>(read: () => T | null, timeoutMs: number, problem: () => string): Promise<T> {
  for (const until = Date.now() + timeoutMs; ; ) {
    const value = read();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(problem());
    await new Promise((r) => setTimeout(r, 50));
  }
}
