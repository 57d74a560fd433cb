// The PDF-family layout fixtures as real PDFs, read the way `scrutiny ingest`
// reads a PDF (readDocument -> unpdf -> parseDocument) and scored with the
// parse scorer. The PDF holds its columns one after the other and no blank
// lines; the reader lays the pieces out as the page shows them. What the PDF
// path still costs is held per fixture in pdf-baseline.json; no fixture may score
// lower than that through the PDF path. After a parser change that does better,
// rewrite it with: UPDATE_PDF_BASELINE=1 npx vitest run test/pdf
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { baselineOf, describeRegression, readBaseline, regressions, writeBaseline } from '../eval/baseline.ts';
import type { FixtureResult } from '../eval/evaluate.ts';
import { type Fixture, loadFixtures } from '../eval/fixtures.ts';
import { metrics, scoreParse } from '../eval/score.ts';
import { layoutTextToPdf } from '../support/layout-pdf.ts';

const PDF_BASELINE = fileURLToPath(new URL('./pdf-baseline.json', import.meta.url));
const fixtures = loadFixtures().filter((f) => f.documentPath.endsWith('.pdf.txt'));

interface PdfRun {
  fixture: Fixture;
  bytes: Uint8Array;
  text: string;
  result: FixtureResult;
}

const dir = mkdtempSync(path.join(tmpdir(), 'layout-pdfs-'));
const runs = new Map<string, PdfRun>();

beforeAll(async () => {
  for (const fixture of fixtures) {
    const bytes = await layoutTextToPdf(readFileSync(fixture.documentPath, 'utf8'));
    const file = path.join(dir, `${fixture.id.replace('/', '--')}.pdf`);
    writeFileSync(file, bytes);
    const read = await readDocument(file);
    const text = read.ok ? read.text : '';
    const doc = read.ok ? parseDocument(read.text, read.name) : { meetings: [], workProgramme: [] };
    const score = scoreParse(fixture.facts, doc);
    runs.set(fixture.id, {
      fixture,
      bytes,
      text,
      result: { id: fixture.id, family: fixture.family, ...score, metrics: metrics(score.tallies), unread: read.ok ? null : read.reason },
    });
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (id: string): PdfRun => {
  const found = runs.get(id);
  expect(found, id).toBeDefined();
  return found!;
};

describe('PDF-family layout fixtures made into real PDFs', () => {
  it('covers every PDF family', () => {
    const families = new Set(fixtures.map((f) => f.family));
    for (const family of ['pdf-minutes-county', 'pdf-minutes-district', 'pdf-minutes-unitary', 'pdf-minutes-metropolitan', 'pdf-minutes-london', 'pdf-minutes-welsh', 'pdf-minutes-scottish', 'pdf-minutes-parish', 'agenda-pack']) {
      expect(families, family).toContain(family);
    }
  });

  it('each reads through unpdf, with one PDF page for each page of the text', async () => {
    for (const { fixture, bytes, result } of runs.values()) {
      expect(result.unread, fixture.id).toBeNull();
      const pages = readFileSync(fixture.documentPath, 'utf8').split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '').length;
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      expect(pdf.numPages, fixture.id).toBe(pages);
    }
  });

  it('keeps running heads and footers on every page and hyphenated line ends', () => {
    const { text } = run('pdf-minutes-district/audit-committee-running-head');
    expect(text.match(/^ *Governance and Audit Committee - 16 July 2024$/gm)).toHaveLength(2);
    expect(text.match(/^ *Chairman's initials ______$/gm)).toHaveLength(2);
    expect(text).toMatch(/^ *Page 2 of 2$/m);
    expect(run('pdf-minutes-county/joint-health-slash-numbers').text).toMatch(/other chil-\ndren for a first check-up/);
  });

  it('lays side-by-side columns out line by line as the page shows them, though the PDF draws them a column at a time', async () => {
    const { bytes, text } = run('pdf-minutes-county/county-council-met-at');
    const page = await (await getDocumentProxy(new Uint8Array(bytes))).getPage(1);
    const drawn = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('\n');
    // The PDF holds the left column's names before the right column's ...
    expect(drawn.indexOf('Dr. R. Gilliat')).toBeLessThan(drawn.indexOf('Mr. K. Ingleby'));
    // ... and its text puts each right-hand name beside the left-hand one on its line, as PDF-to-text does.
    expect(text).toMatch(/^ *Mr\. A\.J\. Barraclough {3,}Mr\. K\. Ingleby$/m);
    expect(text).toMatch(/^ *Dr\. R\. Gilliat {3,}Mrs\. O\. Pemberton \(Vice-Chairman\)$/m);
    const welsh = run('pdf-minutes-welsh/town-council-two-column-bilingual').text;
    expect(welsh).toMatch(/^Yn bresennol: {3,}Present:$/m);
    expect(welsh).toMatch(/^Cyng\. Dafydd Rowlands {3,}Cllr\. Dafydd Rowlands$/m);
  });

  it('scores no lower through the PDF path than pdf-baseline.json holds for each fixture', () => {
    const current = baselineOf([...runs.values()].map((r) => r.result));
    if (process.env.UPDATE_PDF_BASELINE) {
      writeBaseline(current, PDF_BASELINE);
      return;
    }
    expect(regressions(readBaseline(PDF_BASELINE), current).map(describeRegression)).toEqual([]);
  });
});
