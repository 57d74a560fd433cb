// The bot as its users run it: `npm start` in the repository, configured by the
// environment only (Slack over HTTP, pointed at the fake Slack on 127.0.0.1),
// in a process group of its own so it can be stopped with everything npm
// started. Output goes to a log file, not through this process.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PROBE = fileURLToPath(new URL('../probe/bot-probe.mjs', import.meta.url));

export const SIGNING_SECRET = 'bench-signing-secret';
export const ADMIN = 'U0BENCHCOORD';

export interface BotOptions {
  /** SCRUTINY_DB: the store the bot serves. */
  db: string;
  /** PORT of the Slack HTTP receiver. */
  port: number;
  /** SLACK_API_URL: the fake Slack. */
  slackApiUrl: string;
  /** SCRUTINY_NOW: the tier's "now" (ISO), so "next meeting" means what it would have then. */
  now: string;
  logFile: string;
  /** Load the in-process probe (bench/probe/bot-probe.mjs) answering on this port. */
  probePort?: number;
}

export interface RunningBot {
  pid: number;
  /** performance.now() just before the spawn. */
  spawnedAt: number;
  /** Resolves with the exit code (or signal) when the process group leader exits. */
  exited: Promise<string>;
  /** Stops npm and everything it started (SIGTERM to the group, SIGKILL after 5 s). */
  stop(): Promise<void>;
}

/** The environment a deployment would set, and nothing of this process's own. */
export function botEnvironment(options: BotOptions): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: process.env.LANG ?? 'C.UTF-8',
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.slackApiUrl,
    SCRUTINY_DB: options.db,
    SCRUTINY_ADMINS: ADMIN,
    SCRUTINY_NOW: options.now,
    PORT: String(options.port),
  };
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  if (options.probePort) {
    env.NODE_OPTIONS = `--import=${PROBE}`;
    env.BENCH_PROBE_PORT = String(options.probePort);
  }
  return env;
}

export function startBot(options: BotOptions): RunningBot {
  const log = openSync(options.logFile, 'a');
  const spawnedAt = performance.now();
  const child = spawn('npm', ['start'], { cwd: ROOT, env: botEnvironment(options), detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  let stopped: Promise<void> | null = null;
  return {
    pid: child.pid!,
    spawnedAt,
    exited,
    stop() {
      stopped ??= (async () => {
        const group = -child.pid!;
        try {
          process.kill(group, 'SIGTERM');
        } catch {
          return;
        }
        const late = setTimeout(() => {
          try {
            process.kill(group, 'SIGKILL');
          } catch {
            // already gone
          }
        }, 5_000);
        await exited;
        clearTimeout(late);
        // npm exits first; make sure nothing it started outlives it.
        try {
          process.kill(group, 'SIGKILL');
        } catch {
          // already gone
        }
      })();
      return stopped;
    },
  };
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port; rejects at the deadline or when `gone` settles first. */
export async function waitForPort(port: number, timeoutMs: number, gone?: Promise<unknown>): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let exited = false;
  void gone?.then(() => (exited = true));
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (exited) throw new Error('the bot exited before it served');
    if (performance.now() > deadline) throw new Error(`nothing served on port ${port} within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export interface ProbeStats {
  pid: number;
  uptimeMs: number;
  windowMs: number;
  eventLoop: { maxMs: number; p99Ms: number; meanMs: number; longestGapMs: number; longestGapAtMs: number };
  memory: { rss: number; peakRss: number; peakRssEver: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
  cpuMs: number;
}

/** What the probe in the bot saw since its last reset. */
export async function probe(port: number, path: '/stats' | '/reset' = '/stats'): Promise<ProbeStats> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return (await response.json()) as ProbeStats;
}
