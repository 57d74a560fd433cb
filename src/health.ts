// GET /healthz: can the bot serve its members? It reports the Slack connection, the store (opened,
// writable, room on the disk) and the last ModernGov sync, and answers 503 when any of them is not
// well, or while the process is stopping. Over HTTP it is a route of Slack's receiver; in Socket
// Mode a small listener of its own serves it (serveHealth).
import { constants } from 'node:fs';
import { access, statfs } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, isAbsolute } from 'node:path';
import type { Clock } from './clock.ts';
import { redact } from './logger.ts';
import type { Store } from './store/store.ts';

export const HEALTH_PATH = '/healthz';

/** Socket Mode reconnects routinely (Slack refreshes each connection every few hours): a short gap is not an illness. */
export const RECONNECT_GRACE_MS = 60_000;
/** Below this much free space a write of the record would likely fail. */
export const MIN_FREE_BYTES = 16 * 1024 * 1024;
/** A failing sync is an illness once the record has gone this many intervals without one succeeding. */
export const STALE_SYNC_INTERVALS = 3;

export type SocketState = 'connecting' | 'connected' | 'reconnecting' | 'disconnecting' | 'disconnected';

export interface SlackHealth {
  ok: boolean;
  mode: 'socket' | 'http';
  state: SocketState | 'listening';
  since: string;
}

export interface StoreHealth {
  ok: boolean;
  opened: boolean;
  writable: boolean;
  freeBytes: number | null;
  problem?: string;
}

/** What the sync scheduler knows of its runs. */
export interface SyncStatus {
  startedAt: Date;
  running: boolean;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
}

export interface SyncHealth {
  ok: boolean;
  running: boolean;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
}

export interface HealthReport {
  status: 'ok' | 'unhealthy' | 'stopping';
  checkedAt: string;
  slack: SlackHealth | null;
  store: StoreHealth;
  /** null when ModernGov is not configured. */
  sync: SyncHealth | null;
}

export interface Health {
  check(): Promise<HealthReport>;
  /** Follow a Socket Mode client's connection events. */
  watchSocket(client: { on(event: string, listener: () => void): unknown }): void;
  /** Over HTTP the receiver answering /healthz is itself the connection. */
  watchHttp(): void;
  watchSync(status: () => SyncStatus, intervalMinutes: number): void;
  /** From a shutdown signal on: 503, so a load balancer stops sending work. */
  markStopping(): void;
}

/** Can the store's file be rewritten? Its folder must take the temporary file it is renamed from. */
export async function checkStore(path: string | null): Promise<StoreHealth> {
  // A store kept in memory (tests, demos) has no file: openStore always gives an absolute path.
  if (path === null || !isAbsolute(path)) return { ok: true, opened: true, writable: true, freeBytes: null };
  const folder = dirname(path);
  let writable = true;
  let problem: string | undefined;
  try {
    await access(folder, constants.W_OK);
    await access(path, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  } catch (error) {
    writable = false;
    problem = `the store cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  let freeBytes: number | null = null;
  try {
    const fs = await statfs(folder);
    freeBytes = Number(fs.bavail) * Number(fs.bsize);
  } catch {
    // Not every file system reports its free space; writability above is the check that counts.
  }
  if (writable && freeBytes !== null && freeBytes < MIN_FREE_BYTES) {
    writable = false;
    problem = `the disk holding the store is nearly full (${Math.floor(freeBytes / 1024 / 1024)} MB free)`;
  }
  return { ok: writable, opened: true, writable, freeBytes, ...(problem ? { problem } : {}) };
}

export function syncHealth(status: SyncStatus, intervalMinutes: number, now: Date): SyncHealth {
  const lastGood = status.lastSuccessAt ?? status.startedAt;
  const failing = status.lastErrorAt !== null && (status.lastSuccessAt === null || status.lastErrorAt > status.lastSuccessAt);
  const stale = now.getTime() - lastGood.getTime() > STALE_SYNC_INTERVALS * intervalMinutes * 60_000;
  return {
    ok: !(failing && stale),
    running: status.running,
    lastSuccessAt: status.lastSuccessAt?.toISOString() ?? null,
    lastErrorAt: status.lastErrorAt?.toISOString() ?? null,
    lastError: status.lastError === null ? null : redact(status.lastError),
  };
}

export function createHealth(deps: { store: Pick<Store, 'path'> | null; clock: Clock; reconnectGraceMs?: number }): Health {
  const { clock } = deps;
  const graceMs = deps.reconnectGraceMs ?? RECONNECT_GRACE_MS;
  let slack: (() => SlackHealth) | null = null;
  let sync: (() => SyncHealth) | null = null;
  let stopping = false;

  return {
    async check() {
      const now = clock.now();
      const store = await checkStore(deps.store?.path ?? null);
      const report = { slack: slack?.() ?? null, store, sync: sync?.() ?? null };
      const well = store.ok && (report.slack?.ok ?? true) && (report.sync?.ok ?? true);
      return { status: stopping ? 'stopping' : well ? 'ok' : 'unhealthy', checkedAt: now.toISOString(), ...report };
    },
    watchSocket(client) {
      let state: SocketState = 'connecting';
      let since = clock.now();
      const become = (next: SocketState) => {
        if (next === state) return;
        state = next;
        since = clock.now();
      };
      for (const next of ['connecting', 'connected', 'reconnecting', 'disconnecting', 'disconnected'] as const) client.on(next, () => become(next));
      // The client says "reconnecting" only when it tries again, seconds after the socket closed.
      client.on('close', () => {
        if (state === 'connected') become('reconnecting');
      });
      slack = () => ({
        ok: state === 'connected' || (state !== 'disconnected' && clock.now().getTime() - since.getTime() < graceMs),
        mode: 'socket',
        state,
        since: since.toISOString(),
      });
    },
    watchHttp() {
      const since = clock.now().toISOString();
      slack = () => ({ ok: true, mode: 'http', state: 'listening', since });
    },
    watchSync(status, intervalMinutes) {
      sync = () => syncHealth(status(), intervalMinutes, clock.now());
    },
    markStopping() {
      stopping = true;
    },
  };
}

/** The route's answer: 200 when healthy, 503 otherwise, the report as JSON; never cached. */
export function healthHandler(health: Health) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    health.check().then(
      (report) => {
        res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(report));
      },
      () => {
        res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify({ status: 'unhealthy' }));
      },
    );
  };
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/** Another GET route the listener serves beside /healthz (the boards' calendars). */
export interface ExtraRoute {
  prefix: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** A listener for /healthz (Socket Mode has no HTTP server of its own), and `routes`. Rejects with the listen error, e.g. EADDRINUSE. */
export async function serveHealth(health: Health, port: number, host?: string, routes: readonly ExtraRoute[] = []): Promise<HealthServer> {
  const handle = healthHandler(health);
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) return handle(req, res);
    const route = routes.find((r) => path.startsWith(r.prefix));
    if (route) return route.handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(routes.length > 0 ? 'Not found.\n' : 'Not found: this port serves GET /healthz only.\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
