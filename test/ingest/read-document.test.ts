import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BYTES, readDocument } from '../../src/ingest/read-document.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { CORPUS, FILES } from './corpus.ts';
import { makePdf } from './make-pdf.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const file = (name: string) => path.join(dir, name);

function reason(result: Awaited<ReturnType<typeof readDocument>>): string {
  if (result.ok) throw new Error('expected a refusal');
  expect(result.reason).not.toContain('\n');
  return result.reason;
}

describe('readDocument', () => {
  it('reads a corpus file with the sha256 of its bytes', async () => {
    const p = `${CORPUS}${FILES.minutes2018}`;
    const result = await readDocument(p);
    const bytes = await readFile(p);
    expect(result).toMatchObject({ ok: true, name: FILES.minutes2018, bytes: bytes.length });
    if (!result.ok) return;
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(result.text).toContain('Minutes of the Meeting of');
  });

  it('refuses a missing path and a directory', async () => {
    expect(reason(await readDocument(file('missing.txt')))).toBe('no such file');
    expect(reason(await readDocument(dir))).toBe('is a directory, not a file');
  });

  it('refuses an unsupported extension, naming the accepted ones', async () => {
    await writeFile(file('notes.docx'), 'hello');
    expect(reason(await readDocument(file('notes.docx')))).toBe(
      'unsupported file type ".docx" (accepted: .txt .text .md .html .htm .pdf)',
    );
  });

  it('refuses an empty file and one of only white space', async () => {
    await writeFile(file('empty.txt'), '');
    await writeFile(file('blank.md'), ' \n\n\t\n');
    expect(reason(await readDocument(file('empty.txt')))).toBe('empty file');
    expect(reason(await readDocument(file('blank.md')))).toMatch(/^empty file/);
  });

  it('refuses a binary file', async () => {
    await writeFile(file('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x10]));
    expect(reason(await readDocument(file('image.txt')))).toBe('binary file, not text');
  });

  it('refuses a 50 MB file without reading it', async () => {
    // A sparse file: its size is 50 MB but nothing is written.
    await writeFile(file('huge.txt'), '');
    await truncate(file('huge.txt'), 50 * 1024 * 1024);
    expect(reason(await readDocument(file('huge.txt')))).toBe(`file too large (50 MB; the limit is ${MAX_BYTES / 1024 / 1024} MB)`);
  });

  it('reads older Windows-1252 text', async () => {
    await writeFile(file('old.txt'), Buffer.from('Children\x92s Services \x96 \x93Good\x94', 'latin1'));
    const result = await readDocument(file('old.txt'));
    expect(result.ok && result.text).toBe('Children\u2019s Services \u2013 \u201cGood\u201d');
  });

  it('turns an HTML page into text the parser reads', async () => {
    const minutes = await readFile(`${CORPUS}${FILES.minutes2018}`, 'utf8');
    const html = `<!DOCTYPE html><html><head><title>Minutes</title><script>alert(1)</script></head><body>${minutes
      .split('\n\n')
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/'/g, '&#8217;').replace(/\n/g, '<br/>')}</p>`)
      .join('\n')}</body></html>`;
    await writeFile(file('minutes.html'), html);
    const result = await readDocument(file('minutes.html'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).not.toContain('<p>');
    expect(result.text).not.toContain('alert(1)');
    const m = parseDocument(result.text).meetings[0]!;
    expect(m.date).toBe('2018-01-11');
    expect(m.items.map((i) => i.number)).toEqual(['32', '33', '34', '35', '36', '37', '38', '39']);
  });

  it('extracts the text layer of a PDF', async () => {
    await writeFile(
      file('minutes.pdf'),
      makePdf([
        'Coventry City Council',
        'Minutes of the Meeting of Audit and Procurement Committee',
        'held at 3.00 pm on Monday, 5 March 2018',
        'Present:',
        'Members: Councillor A Smith (Chair)',
        '1. Declarations of Interests',
        'There were no declarations.',
        '2. Internal Audit Plan',
        'RESOLVED that the plan be approved.',
        '(Meeting closed at 4.15 pm)',
      ]),
    );
    const result = await readDocument(file('minutes.pdf'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const m = parseDocument(result.text).meetings[0]!;
    expect(m).toMatchObject({ committee: 'Audit and Procurement Committee', date: '2018-03-05', time: '15:00', closingTime: '16:15', chair: 'Councillor A Smith' });
    expect(m.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([
      ['1', 'Declarations of Interests', 0],
      ['2', 'Internal Audit Plan', 1],
    ]);
  });

  it('says so when a PDF has no text layer', async () => {
    await writeFile(file('scan.pdf'), makePdf(null));
    expect(reason(await readDocument(file('scan.pdf')))).toMatch(/^PDF has no text layer/);
  });

  it('refuses a file named .pdf that is not a PDF', async () => {
    await writeFile(file('fake.pdf'), 'just some text');
    expect(reason(await readDocument(file('fake.pdf')))).toMatch(/^not a PDF file/);
  });
});
