// A sync also reads each meeting's public linked papers from the council's site: a work programme
// PDF becomes that programme's rows, a briefing note's words and figures join its item's text, an
// exempt paper is never fetched, and a paper is read again only when its content changed.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { openMemoryStore, openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { createModernGovClient } from '../../src/sync/moderngov-client.ts';
import { syncOnce } from '../../src/sync/sync-once.ts';
import { withCommittee } from '../../src/sync/moderngov-papers.ts';
import { parsePaper } from '../../src/ingest/paper-job.ts';
import { parserFingerprint } from '../../src/ingest/parser-fingerprint.ts';
import { olderReading } from '../store/support/older-reading.ts';
import { layoutTextToPdf } from '../support/layout-pdf.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from './fake-moderngov.ts';

const COMMITTEE = "Education and Children's Services Scrutiny Board (2)";
const NOW = '2026-01-20T09:00:00Z';
const ELSEWHERE = 'https://edemocracy.example.gov.uk/documents/';

// Invented, in the layout of a board's work programme as councils publish it.
const WORK_PROGRAMME = `Education and Children's Services Scrutiny Board (2)

Work Programme 2025-26

Last updated 12th January 2026

29th January 2026
- Special Educational Needs and Disabilities (SEND) Update
- School Place Planning – Secondary Expansion Programme

19th March 2026 – 10am
- Youth Justice Plan 2026-27
- Home to School Transport Review

Date to be determined
- Kinship Carers Support Offer
`;

const BRIEFING = `Briefing Note

To: Education and Children's Services Scrutiny Board (2)   Date: 29 January 2026

Subject: Special Educational Needs and Disabilities (SEND) Update

1 Purpose of the Note

1.1 To update the Board on the SEND improvement plan.

2 Performance

2.1 In the calendar year 2025, 71.4 per cent of new Education, Health and Care Plans were issued
within the statutory 20 weeks, against 48.9 per cent in 2024.

2.2 The number of children with an Education, Health and Care Plan rose to 3,912.
`;

let mg: FakeModernGov;
let dir: string;
let workProgrammePdf: Uint8Array;
beforeEach(async () => {
  const routes = boardRoutes();
  mg = await startFakeModernGov(routes);
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-papers-'));
  // The meeting of 29 January links its papers on the council's own site; the minutes paper stays elsewhere.
  let meeting = routes.meeting['9103']!;
  for (const id of ['s71002', 's71003', 's71004']) meeting = meeting.replace(`${ELSEWHERE}${id}/`, `${mg.url}/documents/${id}/`);
  // Declarations of Interest becomes an exempt item whose paper is on the site too.
  meeting = meeting.replace(
    /(<agendaitemtitle>Declarations of Interest<\/agendaitemtitle>[\s\S]*?<isrestricted>)False(<\/isrestricted>[\s\S]*?<linkeddocuments>)/,
    `$1True$2<linkeddoc><title>Exempt Appendix</title><url>${mg.url}/documents/s71009/paper.pdf</url><isrestricted>False</isrestricted></linkeddoc>`,
  );
  routes.meeting['9103'] = meeting;
  workProgrammePdf = await layoutTextToPdf(WORK_PROGRAMME);
  mg.routes.papers = {
    '/documents/s71002/paper.pdf': { body: await layoutTextToPdf(BRIEFING), contentType: 'application/pdf' },
    '/documents/s71003/paper.pdf': { body: 'exempt', contentType: 'application/pdf' },
    '/documents/s71004/paper.pdf': { body: workProgrammePdf, contentType: 'application/pdf' },
    '/documents/s71009/paper.pdf': { body: 'exempt', contentType: 'application/pdf' },
  };
});
afterEach(async () => {
  await mg.close();
  await rm(dir, { recursive: true, force: true });
});

function sync(store: Store, clock = new ManualClock(NOW)) {
  const client = createModernGovClient({ baseUrl: mg.url, sleep: async () => {} });
  return syncOnce({ moderngov: { url: mg.url, committees: ['569'] }, store, clock, client });
}

const paperPaths = () => mg.calls('paper').map((c) => c.path);

describe("a meeting's linked papers", () => {
  it('bring the work programme PDF into the record as its rows, in one write, never fetching an exempt paper', async () => {
    const store = await openStore(join(dir, 'scrutiny.json'));
    let writes = 0;
    store.onChange(() => writes++);
    const result = await sync(store);

    expect(writes).toBe(1);
    expect(result.papers).toBe(2);
    expect(paperPaths().sort()).toEqual(['/documents/s71002/paper.pdf', '/documents/s71004/paper.pdf']);
    const rows = store.record().workProgramme.filter((w) => w.origin === 'plan');
    expect(rows.map((w) => [w.date, w.slot, w.title]).sort()).toEqual([
      ['2026-01-29', 'dated', 'Special Educational Needs and Disabilities (SEND) Update'],
      ['2026-01-29', 'dated', 'School Place Planning – Secondary Expansion Programme'],
      ['2026-03-19', 'dated', 'Youth Justice Plan 2026-27'],
      ['2026-03-19', 'dated', 'Home to School Transport Review'],
      [null, 'to-be-determined', 'Kinship Carers Support Offer'],
    ].sort());
    expect(new Set(rows.map((w) => w.committee))).toEqual(new Set([COMMITTEE]));
    expect(store.record().documents.some((d) => d.name === 'Work Programme 2025/26 (ModernGov paper)')).toBe(true);
    // Its dated rows are the meetings ModernGov knows, not new ones.
    expect(store.record().meetings.filter((m) => m.date === '2026-03-19')).toHaveLength(1);
  });

  it("make a briefing note's figures searchable under its item", async () => {
    const store = openMemoryStore();
    await sync(store);
    const send = store.record().items.find((i) => i.title.startsWith('Special Educational Needs'))!;
    expect(send.body).toContain('71.4 per cent of new Education, Health and Care Plans');
    // Asked after the meeting, so the answer quotes what was before it.
    const engine = await createEngine({ store, clock: new ManualClock('2026-02-02T09:00:00Z'), snapshotPath: null });
    const answer = JSON.stringify(engine.ask('anything on plans issued within the statutory 20 weeks'));
    expect(answer).toContain('Special Educational Needs');
    expect(answer).toContain('71.4 per cent');
    // The exempt item keeps its title only.
    const meeting = store.record().meetings.find((m) => m.externalId === 'moderngov:569:9103')!;
    const exempt = store.record().items.find((i) => i.meetingId === meeting.id && i.title === 'Declarations of Interest')!;
    expect(exempt).toMatchObject({ private: true, body: '' });
  });

  it('are read again only when their content changed', async () => {
    const store = openMemoryStore();
    const clock = new ManualClock(NOW);
    await sync(store, clock);
    const version = store.version();
    const documents = store.record().documents.length;

    // The next sync that day fetches the meeting again but not its papers.
    const again = await sync(store, clock);
    expect(again.papers).toBe(0);
    expect(paperPaths()).toHaveLength(2);
    expect(store.version()).toBe(version);

    // A week on they are fetched again; unchanged, they change nothing.
    clock.set('2026-01-27T09:00:00Z');
    const week = await sync(store, clock);
    expect(week.papers).toBe(2);
    expect(store.version()).toBe(version);
    expect(store.record().documents).toHaveLength(documents);

    // A revised programme is read into the record.
    const revised = WORK_PROGRAMME.replace('- Kinship Carers Support Offer', '- Kinship Carers Support Offer\n- Child Exploitation Annual Report');
    mg.routes.papers!['/documents/s71004/paper.pdf'] = { body: await layoutTextToPdf(revised), contentType: 'application/pdf' };
    clock.set('2026-02-04T09:00:00Z');
    await sync(store, clock);
    expect(store.record().workProgramme.map((w) => w.title)).toContain('Child Exploitation Annual Report');
  });

  it('a paper the record holds as an older parser read it is read again by the sync', async () => {
    const store = openMemoryStore();
    const read = await parsePaper(workProgrammePdf, 'paper.pdf');
    if (!read.ok) throw new Error(read.reason);
    const sha256 = createHash('sha256').update(workProgrammePdf).digest('hex');
    const name = 'Work Programme 2025/26 (ModernGov paper)';
    await store.ingest(olderReading(withCommittee(read.parsed, COMMITTEE)), { name, sha256, bytes: workProgrammePdf.byteLength, kind: read.parsed.kind, parser: 'older' });
    expect(store.record().workProgramme.map((w) => w.title)).toContain('Draft Work Programme Page Footer');

    await sync(store);
    expect(store.document(sha256)).toMatchObject({ name, parser: await parserFingerprint() });
    const titles = store.record().workProgramme.filter((w) => w.origin === 'plan').map((w) => w.title);
    expect(titles).not.toContain('Draft Work Programme Page Footer');
    expect(titles).toContain('Kinship Carers Support Offer');
  });

  it('a paper the site cannot give is one warning, and the rest of the sync goes on', async () => {
    delete mg.routes.papers!['/documents/s71002/paper.pdf'];
    const store = openMemoryStore();
    const result = await sync(store);
    expect(result.warnings.some((w) => w.includes('SEND Update - Briefing Note') && w.includes('404'))).toBe(true);
    // A paper linked on another host is not fetched at all (so no warning says it failed).
    expect(result.warnings.some((w) => w.includes('Printed minutes'))).toBe(false);
    expect(store.record().workProgramme.some((w) => w.title === 'Youth Justice Plan 2026-27')).toBe(true);

    // Gone for good, it is looked for again with the weekly look, not on every sync.
    const asked = paperPaths().length;
    const again = await sync(store);
    expect(again.papers).toBe(0);
    expect(paperPaths()).toHaveLength(asked);
  });

  it('a paper the site failed to give for now is tried again next sync', async () => {
    mg.failNext('paper', { status: 503 });
    const store = openMemoryStore();
    const first = await sync(store);
    expect(first.warnings.filter((w) => w.includes('the site answered 503'))).toHaveLength(1);
    const again = await sync(store);
    expect(again.papers).toBe(2);
    expect(again.warnings.filter((w) => w.includes('was not read'))).toEqual([]);
    expect(store.record().workProgramme.some((w) => w.title === 'Youth Justice Plan 2026-27')).toBe(true);
    const send = store.record().items.find((i) => i.title.startsWith('Special Educational Needs'))!;
    expect(send.body).toContain('71.4 per cent');
  });

  it("are left alone where the council's settings say papers: false", async () => {
    const store = openMemoryStore();
    const client = createModernGovClient({ baseUrl: mg.url, sleep: async () => {} });
    const result = await syncOnce({ moderngov: { url: mg.url, committees: ['569'], papers: false }, store, clock: new ManualClock(NOW), client });
    expect(result.papers).toBe(0);
    expect(mg.calls('paper')).toEqual([]);
    expect(store.record().workProgramme.filter((w) => w.origin === 'plan')).toEqual([]);
  });

  it('follow redirects only on the council site', async () => {
    mg.failNext('paper', { redirect: 'http://127.0.0.2:9/documents/s71004/paper.pdf' });
    const store = openMemoryStore();
    const result = await sync(store);
    expect(result.warnings.some((w) => /the paper "[^"]+" was not read: the site sent it to another host/.test(w))).toBe(true);
    expect(mg.calls('paper')).toHaveLength(2);
  });
});
