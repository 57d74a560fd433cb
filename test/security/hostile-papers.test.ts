// Papers built to freeze the reader: each is read as `scrutiny ingest` reads a file (in the paper
// worker), and each ends in an outcome a member or the engineer can act on: parsed, or refused
// with a reason. No wall-clock time is asserted: a freeze shows as the paper worker's time budget
// stopping the read (a refusal that names it), which these assertions would catch.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { MAX_PDF_PAGES } from '../../src/ingest/read-document.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { disguisedBombPdf, inflatingPdf, manyPagesPdf } from './support/hostile-pdf.ts';

const HEAD = 'Minutes of the Scrutiny Board held on Friday 1 March 2024\n\nPresent: Councillor A Smith (Chair)\n\n1. Work of the board\n\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function ingestOne(name: string, content: string | Uint8Array) {
  const path = join(dir, name);
  await writeFile(path, content);
  const store = openMemoryStore();
  const report = await ingestPaths(store, [path]);
  return { file: report.files[0]!, store };
}

describe('papers built to freeze the reader', () => {
  it('"Meeting closed:" followed by 8 KB of tabs is read, its meeting found', async () => {
    const { file, store } = await ingestOne('closed-tabs.txt', `${HEAD}RESOLVED that the report be noted.\n\nMeeting closed:${'\t'.repeat(8 * 1024)})x\n`);
    expect(file.ok, file.message).toBe(true);
    expect(store.record().meetings.map((m) => m.date)).toEqual(['2024-03-01']);
  });

  it('a line of 200 KB of spaces is read', async () => {
    const { file, store } = await ingestOne('spaces.txt', `${HEAD}The board noted${' '.repeat(200 * 1024)}the report.\n\nRESOLVED that it be noted.\n`);
    expect(file.ok, file.message).toBe(true);
    expect(store.record().resolutions.map((r) => r.text)).toEqual([expect.stringMatching(/it be noted/)]);
  });

  it.each([
    ['an unclosed <a ', '<a '.repeat(100_000)],
    ['an unclosed <!--', '<!--'.repeat(75_000)],
    ['an unclosed <script>', '<script>'.repeat(37_500)],
  ])('HTML with %s (300 KB) is read up to it', async (_what, tail) => {
    const html = `<html><body><h1>Minutes of the Scrutiny Board held on Friday 1 March 2024</h1><p>Present: Councillor A Smith (Chair)</p><h2>1. Work of the board</h2><p>RESOLVED that the report be noted.</p>${tail}`;
    expect(html.length).toBeGreaterThan(290_000);
    const { file, store } = await ingestOne(`unclosed-${tail.slice(1, 4).replace(/\W/g, '')}.html`, html);
    expect(file.ok, file.message).toBe(true);
    expect(store.record().resolutions).toHaveLength(1);
  });

  it('12,000 RESOLVED lines are read and refused with their count: no council paper holds that many', async () => {
    // Each line a decision of its own: the parser keeps one of a decision printed twice over.
    const lines = Array.from({ length: 12_000 }, (_, i) => `RESOLVED that report ${i} be noted.\n`).join('');
    const { file, store } = await ingestOne('resolved.txt', `${HEAD}${lines}`);
    expect(file.ok).toBe(false);
    expect(file.message).toMatch(/^it reads as 12,00\d meetings, items, resolutions and requests, far more than any council paper, so it was not added$/);
    expect(store.counts().documents).toBe(0);
  });

  it('100,000 RESOLVED lines are refused once 20,000 are seen, before any reader runs', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `RESOLVED that report ${i} be noted.\n`).join('');
    const { file, store } = await ingestOne('resolved.txt', `${HEAD}${lines}`);
    expect(file.ok).toBe(false);
    expect(file.message).toBe('it reads as over 20,000 meetings, items, resolutions and requests, far more than any council paper, so it was not added');
    expect(store.counts().documents).toBe(0);
  });

  it('150,000 blank lines inside minutes are read, not taken for "not a council document"', async () => {
    const { file, store } = await ingestOne('blank.txt', `${HEAD}${'\n'.repeat(150_000)}RESOLVED that it be noted.\n`);
    expect(file.ok, file.message).toBe(true);
    expect(store.record().resolutions).toHaveLength(1);
  });

  it('an 8 MB text of minutes is read', async () => {
    const text = `${HEAD}${'The board noted the report on the service and asked questions of the officers.\n'.repeat(110_000)}RESOLVED that it be noted.\n`;
    expect(text.length).toBeGreaterThan(8 * 1024 * 1024);
    const { file, store } = await ingestOne('big.txt', text);
    expect(file.ok, file.message).toBe(true);
    expect(store.record().meetings).toHaveLength(1);
  });

  it('100,000 paragraphs each owned by an "ACTION:" line under it are read and refused with their count', async () => {
    // Each owner line looks back for the requests of the paragraph above it only: walking every request read so far
    // grew with the square of the paragraphs and ran out of the worker's time budget (a refusal naming the budget).
    const paragraphs = Array.from({ length: 100_000 }, (_, n) => `The hedge at plot ${n} was discussed.\nACTION: Clerk\n`).join('\n');
    const { file, store } = await ingestOne('owned.txt', `${HEAD}${paragraphs}`);
    expect(file.ok).toBe(false);
    expect(file.message).toMatch(/^it reads as 100,00\d meetings, items, resolutions and requests, far more than any council paper, so it was not added$/);
    expect(store.counts().documents).toBe(0);
  });
});

describe('PDFs beyond the caps', () => {
  it(`a PDF of more than ${MAX_PDF_PAGES} pages is refused with the reason`, async () => {
    const { file, store } = await ingestOne('pages.pdf', manyPagesPdf(MAX_PDF_PAGES + 1));
    expect(file).toMatchObject({ ok: false, message: `the PDF has ${MAX_PDF_PAGES + 1} pages; papers of up to ${MAX_PDF_PAGES} pages can be read` });
    expect(store.counts().documents).toBe(0);
  });

  it('a 300 KB PDF that unpacks to 300 MB is refused before it is read', async () => {
    const pdf = inflatingPdf(300);
    expect(pdf.length).toBeLessThan(400 * 1024);
    const { file } = await ingestOne('bomb.pdf', pdf);
    expect(file).toMatchObject({ ok: false, message: 'the PDF unpacks to more than 256 MB, far more than any council paper' });
  });

  it.each(['packed-twice', 'indirect-filter', 'claims-image', 'claims-image-behind-an-array', 'form-behind-string'] as const)(
    'a small PDF whose page unpacks to 300 MB, %s, is refused before it is read',
    async (disguise) => {
      const pdf = disguisedBombPdf(disguise);
      expect(pdf.length).toBeLessThan(400 * 1024);
      const { file } = await ingestOne(`${disguise}.pdf`, pdf);
      expect(file).toMatchObject({ ok: false, message: 'the PDF unpacks to more than 256 MB, far more than any council paper' });
    },
  );

  it('a PDF within the caps is read', async () => {
    const { file } = await ingestOne('fine.pdf', inflatingPdf(3));
    expect(file).toMatchObject({ ok: true, message: 'added 1 meeting' });
  });
});
