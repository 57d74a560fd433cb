import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModernGovClient, ModernGovError, serviceUrl } from '../../src/sync/moderngov-client.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from './fake-moderngov.ts';

let mg: FakeModernGov;
let waits: number[];
const sleep = async (ms: number) => {
  waits.push(ms);
};

beforeEach(async () => {
  mg = await startFakeModernGov(boardRoutes());
  waits = [];
});
afterEach(async () => {
  await mg.close();
});

describe('ModernGov client', () => {
  it('asks GetMeetings with dd/mm/yyyy dates', async () => {
    const client = createModernGovClient({ baseUrl: `${mg.url}/`, sleep });
    const meetings = await client.getMeetings('569', '2025-01-19', '2027-01-21');
    expect(meetings.map((m) => m.id)).toEqual(['9001', '9101', '9102', '9103', '9104']);
    const [call] = mg.calls('GetMeetings');
    expect(call!.query.get('lCommitteeId')).toBe('569');
    expect(call!.query.get('sFromDate')).toBe('19/01/2025');
    expect(call!.query.get('sToDate')).toBe('21/01/2027');
    expect(serviceUrl('https://x.gov.uk/', 'GetMeetings', { sFromDate: '19/01/2025' })).toBe(
      'https://x.gov.uk/mgWebService.asmx/GetMeetings?sFromDate=19/01/2025',
    );
    expect(serviceUrl('https://x.gov.uk/mgWebService.asmx/', 'GetCommittees', {})).toBe('https://x.gov.uk/mgWebService.asmx/GetCommittees');
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    mg.failNext('GetMeeting', { status: 500 }, 2);
    const client = createModernGovClient({ baseUrl: mg.url, sleep, backoffMs: 100 });
    const { meeting } = await client.getMeeting('9103');
    expect(meeting.id).toBe('9103');
    expect(mg.calls('GetMeeting')).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it('gives up after a bounded number of tries, naming the call', async () => {
    mg.failNext('GetCommittees', { status: 503 }, 10);
    const client = createModernGovClient({ baseUrl: mg.url, sleep, attempts: 3 });
    const error = await client.getCommittees().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModernGovError);
    expect((error as Error).message).toMatch(/^ModernGov GetCommittees failed \(http:\/\/127\.0\.0\.1:\d+\/mgWebService\.asmx\/GetCommittees\): the server answered 503.*after 3 tries$/);
    expect(mg.calls('GetCommittees')).toHaveLength(3);
  });

  it('retries a timeout', async () => {
    // The stalled answer never comes, so the first try always times out; the timeout leaves a healthy answer
    // from this machine's own fake ten seconds, so a busy machine can't make the retry time out too.
    mg.failNext('GetCommittees', { heldUntil: new Promise<void>(() => {}) });
    const client = createModernGovClient({ baseUrl: mg.url, sleep, timeoutMs: 10_000 });
    const committees = await client.getCommittees();
    expect(committees).toHaveLength(3);
    expect(mg.calls('GetCommittees')).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('stops at once on a 403 and says why', async () => {
    mg.failNext('GetMeetings', { status: 403 });
    const client = createModernGovClient({ baseUrl: mg.url, sleep });
    const error = (await client.getMeetings('569', '2025-01-01', '2026-12-31').catch((e: unknown) => e)) as ModernGovError;
    expect(error).toBeInstanceOf(ModernGovError);
    expect(error.call).toBe('GetMeetings');
    expect(error.url).toContain('/mgWebService.asmx/GetMeetings?lCommitteeId=569&sFromDate=01/01/2025&sToDate=31/12/2026');
    expect(error.message).toContain('403 Forbidden');
    expect(error.message).toContain('block unknown clients');
    expect(mg.calls('GetMeetings')).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('names the call when the answer is broken XML', async () => {
    mg.failNext('GetMeeting', { body: mg.routes.meeting['9103']!.slice(0, 900) });
    const client = createModernGovClient({ baseUrl: mg.url, sleep });
    await expect(client.getMeeting('9103')).rejects.toThrow(/^ModernGov GetMeeting failed \(.*GetMeeting\?lMeetingId=9103\): the answer is not well-formed XML/);
    expect(mg.calls('GetMeeting')).toHaveLength(1);
  });

  it('says when nothing answers', async () => {
    const client = createModernGovClient({ baseUrl: 'http://127.0.0.1:9', sleep, attempts: 2 });
    await expect(client.getCommittees()).rejects.toThrow(/GetCommittees failed .*could not connect.*after 2 tries/);
  });
});

describe('ModernGov answers are bounded', () => {
  it('stops reading an answer past the byte cap, without a length, and says so', async () => {
    mg.failNext('GetMeeting', { streamBytes: 600 * 1024 * 1024 });
    const client = createModernGovClient({ baseUrl: mg.url, sleep, maxBytes: 2 * 1024 * 1024 });
    await expect(client.getMeeting('9103')).rejects.toThrow(/GetMeeting failed .*: the answer is larger than 2 MB, so it was not read$/);
    expect(mg.calls('GetMeeting')).toHaveLength(1);
    expect(mg.streamed[0]!.completed).toBe(false);
    expect(mg.streamed[0]!.sentBytes).toBeLessThan(2 * 1024 * 1024 + 16 * 1024 * 1024);
  });

  it('does not follow a redirect to another host', async () => {
    const other = await startFakeModernGov(boardRoutes());
    try {
      mg.failNext('GetCommittees', { redirect: `${other.url}/mgWebService.asmx/GetCommittees` });
      const client = createModernGovClient({ baseUrl: mg.url, sleep });
      await expect(client.getCommittees()).rejects.toThrow(/redirected to another host \(http:\/\/127\.0\.0\.1:\d+\)/);
      expect(other.calls()).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('follows a redirect on the same site', async () => {
    mg.failNext('GetCommittees', { redirect: `/mgWebService.asmx/GetCommittees?moved=1` });
    const client = createModernGovClient({ baseUrl: mg.url, sleep });
    expect(await client.getCommittees()).toHaveLength(3);
    expect(mg.calls('GetCommittees')).toHaveLength(2);
  });
});
