import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { nextMeeting } from '../../src/answers/meetings/meeting-queries.ts';
import { contextOf } from '../answers/context.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { parserFingerprint } from '../../src/ingest/parser-fingerprint.ts';
import { openMemoryStore, openStore, statePathFor } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { createModernGovClient } from '../../src/sync/moderngov-client.ts';
import { syncOnce, summariseSync } from '../../src/sync/sync-once.ts';
import { hasNews } from '../../src/reminders/posts.ts';
import { boardRoutes, fixture, startFakeModernGov, type FakeModernGov } from './fake-moderngov.ts';

const COMMITTEE = "Education and Children's Services Scrutiny Board (2)";
const NOW = '2026-01-20T09:00:00Z';

let mg: FakeModernGov;
let dir: string;
beforeEach(async () => {
  mg = await startFakeModernGov(boardRoutes());
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-sync-'));
});
afterEach(async () => {
  await mg.close();
  await rm(dir, { recursive: true, force: true });
});

function sync(store: Store, clock = new ManualClock(NOW)) {
  const client = createModernGovClient({ baseUrl: mg.url, sleep: async () => {} });
  return syncOnce({ moderngov: { url: mg.url, committees: ['569'] }, store, clock, client });
}

const fetchedIds = () => mg.calls('GetMeeting').map((c) => c.query.get('lMeetingId'));
const meetingByExternal = (store: Store, id: string) => store.record().meetings.find((m) => m.externalId === `moderngov:569:${id}`);

describe('one sync', () => {
  it('brings the meetings of the window into the record, filtering a server that ignores the range', async () => {
    const store = openMemoryStore();
    const result = await sync(store);

    expect(fetchedIds()).toEqual(['9101', '9102', '9103', '9104']);
    expect(result.window).toEqual({ from: '2025-01-19', to: '2027-01-21' });
    expect(result.committees).toEqual([{ id: '569', title: COMMITTEE, meetings: 4 }]);
    const record = store.record();
    expect(record.meetings.map((m) => [m.date, m.status, m.committee])).toEqual([
      ['2025-09-18', 'minutes', COMMITTEE],
      ['2026-01-27', 'cancelled', COMMITTEE],
      ['2026-01-29', 'agenda', COMMITTEE],
      ['2026-03-19', 'planned', COMMITTEE],
    ]);

    const minutes = meetingByExternal(store, '9101')!;
    expect(minutes).toMatchObject({ time: '14:00', place: 'Diamond Rooms 1 and 2, Council House', chair: 'Councillor B Christopher' });
    const items = record.items.filter((i) => i.meetingId === minutes.id);
    expect(items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    const fostering = items.find((i) => i.number === '4')!;
    expect(record.resolutions.filter((r) => r.itemId === fostering.id).map((r) => r.text)).toEqual([
      'Notes the annual report.',
      'Requests an update on private fostering awareness raising in schools in March 2026.',
    ]);
    expect(record.requests.filter((r) => r.itemId === fostering.id)).toHaveLength(3);
    const exempt = items.find((i) => i.number === '6')!;
    expect(exempt).toMatchObject({ private: true, body: '' });
    expect(record.resolutions.some((r) => r.itemId === exempt.id)).toBe(false);
    expect(record.workProgramme.filter((w) => w.origin === 'resolution').map((w) => w.title).sort()).toEqual([
      "Children's Mental Health Support in Schools",
      'Elective Home Education',
    ]);

    expect(result.news.newMinutesMeetingIds).toEqual([minutes.id]);
    expect(result.news.newAgendaMeetingIds).toContain(meetingByExternal(store, '9103')!.id);
    expect(result.news.newResolutionIds.length).toBeGreaterThanOrEqual(2);
    expect(result.changes.map((c) => c.line)).toContain(`${COMMITTEE}, Tuesday 27 January 2026: new, cancelled`);
    expect(summariseSync(result)).toBe(
      `ModernGov sync (${COMMITTEE}): 4 meetings listed between Sunday 19 January 2025 and Thursday 21 January 2027, 4 fetched, 4 changed.`,
    );
  });

  it('keeps with each meeting it records the fingerprint of the parser that read it', async () => {
    const store = openMemoryStore();
    await sync(store);
    const documents = store.record().documents;
    expect(documents.length).toBeGreaterThan(0);
    const fingerprint = await parserFingerprint();
    for (const document of documents) expect(document.parser).toBe(fingerprint);
  });

  it('writes the record once per run, whatever number of meetings changed', async () => {
    const store = await openStore(join(dir, 'scrutiny.json'));
    const writes: number[] = [];
    store.onChange((change) => writes.push(change.documents.length));
    await sync(store);
    expect(writes).toEqual([4]);
    expect(JSON.parse(await readFile(join(dir, 'scrutiny.json'), 'utf-8')).generation).toBe(1);
    expect(Object.keys(store.state().sync)).toHaveLength(4);
  });

  it('never offers the cancelled meeting as the next meeting', async () => {
    const store = openMemoryStore();
    await sync(store);
    const next = nextMeeting(contextOf(store, new Date(NOW)));
    expect(next?.date).toBe('2026-01-29');
    expect(next?.externalId).toBe('moderngov:569:9103');
  });

  it('does not fetch settled meetings again, nor ingest unchanged content', async () => {
    const store = openMemoryStore();
    await sync(store);
    const version = store.version();
    const documents = store.record().documents.length;
    const before = mg.calls('GetMeeting').length;

    const again = await sync(store);
    // Minutes published (9101) and cancelled (9102) are settled; the two ahead are looked at again.
    expect(fetchedIds().slice(before)).toEqual(['9103', '9104']);
    expect(again.changes).toEqual([]);
    expect(hasNews(again.news)).toBe(false);
    expect(store.version()).toBe(version);
    expect(store.record().documents).toHaveLength(documents);
  });

  it('fetches settled meetings again at once when another parser read them (after an upgrade)', async () => {
    const store = openMemoryStore();
    await sync(store);
    // As a bot before the upgrade left them: each meeting read by another parser.
    await store.updateState((state) => {
      for (const [key, value] of Object.entries(state.sync)) state.sync[key] = JSON.stringify({ ...JSON.parse(value), parser: 'older' });
    });
    const before = mg.calls('GetMeeting').length;
    await sync(store);
    expect(fetchedIds().slice(before)).toEqual(['9101', '9102', '9103', '9104']);
    // Read by this parser now: settled again.
    const after = mg.calls('GetMeeting').length;
    await sync(store);
    expect(fetchedIds().slice(after)).toEqual(['9103', '9104']);
  });

  it('looks at settled meetings again after a week, and picks up corrected minutes', async () => {
    const store = openMemoryStore();
    const clock = new ManualClock(NOW);
    await sync(store, clock);
    mg.routes.meeting['9101'] = mg.routes.meeting['9101']!.replace('Notes the annual report.', 'Notes the annual report and its appendix.');

    clock.set('2026-01-26T09:00:00Z');
    const before = mg.calls('GetMeeting').length;
    await sync(store, clock);
    expect(fetchedIds().slice(before)).toEqual(['9103', '9104']);

    clock.set('2026-01-27T09:00:00Z');
    const weekLater = mg.calls('GetMeeting').length;
    const result = await sync(store, clock);
    expect(fetchedIds().slice(weekLater)).toEqual(['9101', '9102', '9103', '9104']);
    expect(result.changes.map((c) => c.externalId)).toEqual(['moderngov:569:9101']);
    expect(store.record().resolutions.map((r) => r.text)).toContain('Notes the annual report and its appendix.');
    expect(store.record().resolutions.map((r) => r.text)).not.toContain('Notes the annual report.');
  });

  it('moves a moved meeting instead of keeping it on its old date', async () => {
    const store = openMemoryStore();
    await sync(store);
    const id = meetingByExternal(store, '9103')!.id;
    const count = store.record().meetings.length;

    mg.routes.meetings['569'] = fixture('board-meetings-moved.xml');
    mg.routes.meeting['9103'] = fixture('board-meeting-9103-moved.xml');
    const result = await sync(store);

    expect(result.changes.map((c) => c.line)).toEqual([
      `${COMMITTEE}, Thursday 5 February 2026 (moved from Thursday 29 January 2026): updated, agenda: 5 items`,
    ]);
    const record = store.record();
    expect(record.meetings).toHaveLength(count);
    expect(record.meetings.some((m) => m.date === '2026-01-29')).toBe(false);
    expect(meetingByExternal(store, '9103')).toMatchObject({ id, date: '2026-02-05' });
    expect(record.items.filter((i) => i.meetingId === id)).toHaveLength(5);
    expect(nextMeeting(contextOf(store, new Date(NOW)))?.date).toBe('2026-02-05');
  });

  it('is one meeting with the same meeting ingested from its minutes file', async () => {
    const store = openMemoryStore();
    const report = await ingestPaths(store, [join(BUNDLED_CORPUS, '2018-01-11-minutes.txt')]);
    expect(report.allOk).toBe(true);
    const fromFile = store.record().meetings.filter((m) => m.date === '2018-01-11');
    expect(fromFile).toHaveLength(1);
    const resolutionsFromFile = store.record().resolutions.length;

    const result = await sync(store, new ManualClock('2018-01-20T09:00:00Z'));
    expect(fetchedIds()).toEqual(['9001']);
    expect(result.changes).toHaveLength(1);
    const record = store.record();
    const onDate = record.meetings.filter((m) => m.date === '2018-01-11');
    expect(onDate).toHaveLength(1);
    expect(onDate[0]).toMatchObject({ id: fromFile[0]!.id, externalId: 'moderngov:569:9001' });
    // The minutes file stays the record of the meeting: ModernGov adds its papers, never replaces or repeats its items.
    const items = record.items.filter((i) => i.meetingId === onDate[0]!.id);
    expect(items.map((i) => i.number)).toEqual(['32', '33', '34', '35', '36', '37', '38', '39']);
    const fostering = items.filter((i) => /private fostering/i.test(i.title));
    expect(fostering).toHaveLength(1);
    expect(fostering[0]!.papers.map((p) => p.title)).toEqual(['Private Fostering Briefing Note']);
    expect(record.resolutions.filter((r) => r.itemId === fostering[0]!.id)).toHaveLength(3);
    expect(record.resolutions).toHaveLength(resolutionsFromFile);
    expect(result.changes[0]!.line).toMatch(/papers and details for the minutes already in the record from a file/);
  });

  it('skips a committee the service does not list, and says so', async () => {
    const store = openMemoryStore();
    const client = createModernGovClient({ baseUrl: mg.url, sleep: async () => {} });
    const result = await syncOnce({ moderngov: { url: mg.url, committees: ['999'] }, store, clock: new ManualClock(NOW), client });
    expect(result.warnings).toEqual(['committee 999 is not listed by GetCommittees; skipped']);
    expect(mg.calls('GetMeetings')).toEqual([]);
    expect(store.record().meetings).toEqual([]);
  });
});

describe('a sync that fails leaves the record exactly as it was', () => {
  async function storedBytes(path: string) {
    return [await readFile(path), await readFile(statePathFor(path))];
  }

  it('on a 403, naming the call', async () => {
    const path = join(dir, 'scrutiny.json');
    const store = await openStore(path);
    await sync(store);
    const before = await storedBytes(path);

    mg.failNext('GetMeetings', { status: 403 });
    await expect(sync(store)).rejects.toThrow(/^ModernGov GetMeetings failed \(http:\/\/127\.0\.0\.1:\d+\/mgWebService\.asmx\/GetMeetings\?lCommitteeId=569&.*\): 403 Forbidden/);
    expect(await storedBytes(path)).toEqual(before);
  });

  it('on broken XML half-way, even when an earlier meeting had changed', async () => {
    const path = join(dir, 'scrutiny.json');
    const store = await openStore(path);
    await sync(store);
    const before = await storedBytes(path);
    const version = store.version();

    // 9103 has moved (a change that would be written) but 9104, fetched after it, is broken.
    mg.routes.meetings['569'] = fixture('board-meetings-moved.xml');
    mg.routes.meeting['9103'] = fixture('board-meeting-9103-moved.xml');
    mg.routes.meeting['9104'] = fixture('broken-truncated.xml');
    await expect(sync(store)).rejects.toThrow(/^ModernGov GetMeeting failed \(.*GetMeeting\?lMeetingId=9104\): the answer is not well-formed XML/);
    expect(await storedBytes(path)).toEqual(before);
    expect(store.version()).toBe(version);
    expect(meetingByExternal(store, '9103')!.date).toBe('2026-01-29');

    // The next sync, with the service mended, completes the move.
    mg.routes.meeting['9104'] = fixture('board-meeting-9104.xml');
    await sync(store);
    expect(meetingByExternal(store, '9103')!.date).toBe('2026-02-05');
  });

  it('on broken XML from GetCommittees', async () => {
    const path = join(dir, 'scrutiny.json');
    const store = await openStore(path);
    await sync(store);
    const before = await storedBytes(path);
    mg.failNext('GetCommittees', { body: '<committees><committee><committeeid>569</committeeid>' });
    await expect(sync(store)).rejects.toThrow(/ModernGov GetCommittees failed .*not well-formed XML/);
    expect(await storedBytes(path)).toEqual(before);
  });
});
