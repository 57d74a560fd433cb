// A server on another port of 127.0.0.1: another origin, standing for a host that is not Slack's
// (or not the council's). It records what reaches it, so a test can assert that nothing did.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtherHost {
  url: string;
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

export async function startOtherHost(body = 'Minutes of the Scrutiny Board held on 1 March 2024\nPresent: Councillor A\n1. Item\nRESOLVED that it be noted.\n'): Promise<OtherHost> {
  const requests: OtherHost['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '/', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
