// A fake ModernGov web service on 127.0.0.1 serving recorded XML.
//
//   const mg = await startFakeModernGov(boardRoutes());
//   mg.url                                   // the "site": {url}/mgWebService.asmx/GetMeetings?...
//   mg.calls('GetMeeting')                   // each request: operation and query
//   mg.routes.meeting['9103'] = fixture('board-meeting-9103-moved.xml')   // change what it serves
//   mg.failNext('GetMeetings', { status: 500 }, 2)   // or { status: 403 }, { body: 'not xml' }, { delayMs: 200 }
//   await mg.close()
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const FIXTURES = new URL('../fixtures/moderngov/', import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export interface Routes {
  committees: string;
  /** GetMeetings answers by lCommitteeId. */
  meetings: Record<string, string>;
  /** GetMeeting answers by lMeetingId. */
  meeting: Record<string, string>;
}

export interface Fault {
  status?: number;
  body?: string;
  delayMs?: number;
}

export interface ServedCall {
  operation: string;
  query: URLSearchParams;
}

export interface FakeModernGov {
  url: string;
  routes: Routes;
  calls(operation?: string): ServedCall[];
  failNext(operation: string, fault: Fault, times?: number): void;
  close(): Promise<void>;
}

/** The board of the hand-written fixtures, as the service answers on 20 January 2026. */
export function boardRoutes(): Routes {
  return {
    committees: fixture('board-committees.xml'),
    meetings: { '569': fixture('board-meetings.xml') },
    meeting: Object.fromEntries(['9001', '9101', '9102', '9103', '9104'].map((id) => [id, fixture(`board-meeting-${id}.xml`)])),
  };
}

export async function startFakeModernGov(routes: Routes): Promise<FakeModernGov> {
  const served: ServedCall[] = [];
  const faults = new Map<string, Fault[]>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/mgWebService\.asmx\/(\w+)$/.exec(url.pathname);
    const operation = match?.[1] ?? '';
    served.push({ operation, query: url.searchParams });
    const fault = faults.get(operation)?.shift();
    const answer = () => {
      if (fault?.status) {
        res.writeHead(fault.status, { 'content-type': 'text/html' });
        res.end(fault.body ?? `<html><body>${fault.status}</body></html>`);
        return;
      }
      let body: string | undefined = fault?.body;
      if (body === undefined) {
        if (operation === 'GetCommittees') body = routes.committees;
        else if (operation === 'GetMeetings') body = routes.meetings[url.searchParams.get('lCommitteeId') ?? ''];
        else if (operation === 'GetMeeting') body = routes.meeting[url.searchParams.get('lMeetingId') ?? ''];
      }
      if (body === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not Found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
      res.end(body);
    };
    if (fault?.delayMs) setTimeout(answer, fault.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    calls: (operation) => served.filter((c) => operation === undefined || c.operation === operation),
    failNext(operation, fault, times = 1) {
      const list = faults.get(operation) ?? [];
      for (let i = 0; i < times; i++) list.push(fault);
      faults.set(operation, list);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
