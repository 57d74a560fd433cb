// `npm start` in a child process with only the environment given (nothing leaks in from the shell running
// the tests, not even a .env file), its output collected, and helpers to wait for a line or the exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Child {
  process: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr matches, or rejects after `timeoutMs` with what was written. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
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
  };
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
