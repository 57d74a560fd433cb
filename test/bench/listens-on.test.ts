// A port found free may be taken by another process before the bot binds it: the benchmark tells the
// bot's listener from another process's by whose open files hold the listening socket.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { listensOn } from '../../bench/measure/bot.ts';

const servers: Server[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  for (const child of children) child.kill();
});

async function listenHere(): Promise<number> {
  const server = createServer();
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as { port: number }).port;
}

/** A port another process listens on, and that process's id. */
async function listenElsewhere(): Promise<{ pid: number; port: number }> {
  const child = spawn(process.execPath, ['-e', "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => console.log(s.address().port));"], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { pid: child.pid!, port: Number(line.toString().trim()) };
}

describe.runIf(process.platform === 'linux')('which process listens on a port', () => {
  it('is this one for its own listener, not for another process\'s or a closed port', async () => {
    const own = await listenHere();
    const other = await listenElsewhere();
    expect(listensOn([process.pid], own)).toBe(true);
    expect(listensOn([process.pid], other.port)).toBe(false);
    expect(listensOn([other.pid], other.port)).toBe(true);
    const closed = await listenHere();
    const closing = servers.pop()!;
    await new Promise((resolve) => closing.close(resolve));
    expect(listensOn([process.pid], closed)).toBe(false);
  });
});
