import { describe, expect, it } from 'vitest';
import { withoutHostFurniture } from '../../src/ingest/host-furniture.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const banner = [
  'MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD ON …',
  '',
  '9',
  '',
  'Download',
  'Report',
  'Post on 14-Feb-2021',
  '12 views',
  'Category:',
  'Documents',
  'owenuploads',
  'Welcome message from author',
  'Shared for anyone who wants it.',
  'TRANSCRIPT',
  'Page 1: MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD ON …',
  'ASHCOMBE PARISH COUNCIL',
  'Minutes of the meeting held on Monday 6th October 2025 at 7.30pm',
  'Present: Councillors R Dunn (Chair), K Webb and P Lister',
  '1. Apologies',
  'None.',
  '-- 1 of 2 --',
  '2. Finance',
  'Page 2: MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD ON …',
  'RESOLVED that the accounts be approved.',
].join('\n');

describe('a document-sharing site\'s furniture', () => {
  it('drops the banner over the document and the page markers inside it', () => {
    const out = withoutHostFurniture(banner).split('\n').filter(Boolean);
    expect(out[0]).toBe('ASHCOMBE PARISH COUNCIL');
    expect(out).not.toContain('Download');
    expect(out).not.toContain('owenuploads');
    expect(out).not.toContain('-- 1 of 2 --');
    expect(out.some((l) => l.startsWith('Page 2:'))).toBe(false);
    expect(out).toContain('RESOLVED that the accounts be approved.');
  });

  it('dates the meeting by its own heading, not by the upload', () => {
    const [meeting] = parseDocument(banner, 'ashcombe.pdf.txt').meetings;
    expect(meeting?.date).toBe('2025-10-06');
    expect(meeting?.items[0]?.title).toBe('Apologies');
  });

  it('leaves a document with one such word of its own as it is', () => {
    const own = ['TOWN COUNCIL', 'Minutes of the meeting held on 3 March 2025', 'Report', 'The Clerk gave her report.', '12', 'Planning'].join('\n');
    expect(withoutHostFurniture(own)).toBe(own);
  });

  it("keeps a council page's own item numbers printed alone between two navigation words", () => {
    const page = [
      'Home',
      'Minutes of the Parish Council held on Monday 3 March 2025 at 7.30pm',
      'Present: Cllr A Bell (Chair), Cllr C Dunn',
      '1',
      'Apologies',
      'Apologies were received from Cllr E Frost.',
      '2',
      'Footpaths',
      'The clerk reported on the repairs to the stile.',
      'Print',
    ].join('\n');
    const kept = withoutHostFurniture(page).split('\n');
    expect(kept).toContain('1');
    expect(kept).toContain('2');
    expect(kept).not.toContain('Home');
  });
});
