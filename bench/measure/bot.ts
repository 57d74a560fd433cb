// The bot as its users run it: `npm start` in the repository, configured by the
// environment only (Slack over HTTP, pointed at the fake Slack on 127.0.0.1),
// in a process group of its own so it can be stopped with everything npm
// started. Output goes to a log file, not through this process.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BOT_ENTRY } from '../probe/bot-entry.mjs';

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
  /** Stops the bot as a service manager does (SIGTERM to the bot's process), waits for every process npm started to end; SIGKILL after 30 s. */
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
        // SIGTERM to the bot's own process, as a service manager stops it (npm does not pass
        // the signal on); it finishes its work, the index snapshot among it. Then wait for the group.
        const bots = botProcesses(child.pid!);
        for (const pid of bots.length > 0 ? bots : [child.pid!]) {
          try {
            process.kill(pid, 'SIGTERM');
          } catch {
            // gone already
          }
        }
        const deadline = performance.now() + 30_000;
        while (performance.now() < deadline && groupAlive(group)) await new Promise((r) => setTimeout(r, 50));
        try {
          process.kill(group, 'SIGKILL');
        } catch {
          // all gone
        }
        await exited;
      })();
      return stopped;
    },
  };
}

/** The processes of npm's group that run the bot (its start script or its main module; read from /proc; none elsewhere). */
function botProcesses(groupId: number): number[] {
  const found: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return found;
  }
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start with the state; the group id is the third.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (command.some((arg) => !/\s/.test(arg) && BOT_ENTRY.test(arg)) && !command.some((arg) => /tsx[\\/]dist[\\/]cli/.test(arg) || arg.endsWith('/tsx'))) found.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

function groupAlive(group: number): boolean {
  try {
    process.kill(group, 0);
    return true;
  } catch {
    return false;
  }
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
  /** CPU time of each thread of the bot's process, by thread id (the main thread's is the pid); empty where /proc is not. */
  threads: { tid: number; cpuMs: number }[];
}

/** What the probe in the bot saw since its last reset. */
export async function probe(port: number, path: '/stats' | '/reset' = '/stats'): Promise<ProbeStats> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return (await response.json()) as ProbeStats;
}
