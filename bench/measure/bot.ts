// The bot as its users run it: `npm start` in the repository, configured by the
// environment only (Slack over HTTP, pointed at the fake Slack on 127.0.0.1),
// in a process group of its own so it can be stopped with everything npm
// started. Output goes to a log file, not through this process.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
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
  /** V8 flags the probe sets in the bot (see ServingPlan.v8Flags); only with the probe. */
  v8Flags?: string;
}

export interface RunningBot {
  pid: number;
  /** performance.now() just before the spawn. */
  spawnedAt: number;
  /** Resolves with the exit code (or signal) when the process group leader exits. */
  exited: Promise<string>;
  /** Stops the bot as a service manager does (SIGTERM to the bot's process), waits for every process npm started to end; SIGKILL after 30 s. */
  stop(): Promise<void>;
  /** Whether a process npm started holds the listening socket on `port` (see listensOn); null where /proc cannot tell. */
  listensOn(port: number): boolean | null;
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
    if (options.v8Flags) env.BENCH_V8_FLAGS = options.v8Flags;
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
    listensOn: (port) => listensOn(groupProcesses(child.pid!), port),
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
  return groupProcesses(groupId).filter((pid) => {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return command.some((arg) => !/\s/.test(arg) && BOT_ENTRY.test(arg)) && !command.some((arg) => /tsx[\\/]dist[\\/]cli/.test(arg) || arg.endsWith('/tsx'));
    } catch {
      return false; // the process ended meanwhile
    }
  });
}

/** The processes of a process group (read from /proc; none elsewhere). */
function groupProcesses(groupId: number): number[] {
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
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === groupId) found.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

/**
 * Whether one of `pids` holds the socket listening on TCP `port` (Linux: the socket's inode in
 * /proc/net/tcp and tcp6, among the processes' open files); null where /proc cannot be read.
 */
export function listensOn(pids: number[], port: number): boolean | null {
  const inodes = new Set<string>();
  let read = false;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    read = true;
    for (const line of text.split('\n').slice(1)) {
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || fields[3] !== '0A') continue;
      if (Number.parseInt(fields[1]!.split(':')[1] ?? '', 16) === port) inodes.add(`socket:[${fields[9]}]`);
    }
  }
  if (!read) return null;
  if (inodes.size === 0) return false;
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return true;
      } catch {
        // closed meanwhile
      }
    }
  }
  return false;
}

/** How many ports a bot is given before a start on a free port gives up. */
const PORT_ATTEMPTS = 3;

/**
 * The bot started on a free port: a port found free may be taken by another process before the bot
 * binds it (the bot then exits, or the other process answers in its place), so the bot is started
 * again on another port when the port's listener is not the bot's, or the bot could not bind its
 * ports (the HTTP port or the probe's); at most PORT_ATTEMPTS times.
 */
export async function startBotOnFreePort(
  options: Omit<BotOptions, 'port' | 'probePort'> & { probe?: boolean },
  timeoutMs: number,
): Promise<{ bot: RunningBot; port: number; probePort: number | null }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const probePort = options.probe ? await freePort() : null;
    const { probe: _probe, ...rest } = options;
    const logged = logBytes(options.logFile);
    const bot = startBot({ ...rest, port, ...(probePort !== null ? { probePort } : {}) });
    let failure: unknown = null;
    try {
      await waitForPort(port, timeoutMs, bot.exited);
    } catch (error) {
      failure = error;
    }
    if (failure === null && bot.listensOn(port) !== false) return { bot, port, probePort };
    await bot.stop();
    const portTaken = failure === null || /EADDRINUSE|already in use/.test(readLog(options.logFile, logged));
    if (!portTaken || attempt === PORT_ATTEMPTS) throw failure ?? new Error(`another process took the port the bot was given, ${PORT_ATTEMPTS} times`);
  }
}

/** The log's text from byte `from` on (what this start wrote: the log is appended to). */
function readLog(file: string, from: number): string {
  try {
    return readFileSync(file).subarray(from).toString('utf8');
  } catch {
    return '';
  }
}

function logBytes(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
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
