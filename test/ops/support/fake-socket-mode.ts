// Just enough of Slack for a Socket Mode connection on 127.0.0.1: auth.test, apps.connections.open and
// a WebSocket that says hello. `drop()` ends the connection and refuses new ones, as an outage would.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export interface FakeSocketMode {
  apiUrl: string;
  /** Connections opened so far. */
  connections(): number;
  drop(): void;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  let refusing = false;
  let opened = 0;
  const server = createServer((req, res) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
    req.resume();
    const reply = (body: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (method === 'auth.test') return reply({ ok: true, user: 'scrutiny', user_id: 'UBOT', bot_id: 'BBOT', team: 'Council', team_id: 'T1' });
    if (method === 'apps.connections.open') {
      if (refusing) return reply({ ok: false, error: 'internal_error' });
      const { port } = server.address() as AddressInfo;
      return reply({ ok: true, url: `ws://127.0.0.1:${port}/link` });
    }
    reply({ ok: false, error: 'unknown_method' });
  });
  const sockets = new WebSocketServer({ server });
  sockets.on('connection', (socket) => {
    opened++;
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { host: 'fake' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    connections: () => opened,
    drop() {
      refusing = true;
      for (const socket of sockets.clients) socket.terminate();
    },
    async close() {
      refusing = true;
      for (const socket of sockets.clients) socket.terminate();
      await new Promise((resolve) => sockets.close(resolve));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
