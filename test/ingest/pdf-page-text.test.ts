import { describe, expect, it } from 'vitest';
import { type PdfTextItem, pdfPageText } from '../../src/ingest/pdf-page-text.ts';

/** One printed line of 10 pt type with its baseline at `y` (PDF space: y grows up the page). */
const line = (str: string, y: number, size = 10): PdfTextItem => ({ str, hasEOL: true, transform: [size, 0, 0, size, 72, y] });

describe('a PDF page read into lines', () => {
  it('puts a blank line where the page steps down further than its usual line step', () => {
    const items = [
      line('Present: Councillor A Brannock (Chair), Councillors B Quayle and', 800),
      line('C Oduya.', 788),
      line('(a) Apologies for Absence -', 764),
      line('None were received.', 740),
      line('(b) Minutes -', 716),
      line('RESOLVED - T H A T the minutes be approved as a', 692),
      line('correct record.', 680),
    ];
    expect(pdfPageText(items)).toBe(
      [
        'Present: Councillor A Brannock (Chair), Councillors B Quayle and',
        'C Oduya.',
        '',
        '(a) Apologies for Absence -',
        '',
        'None were received.',
        '',
        '(b) Minutes -',
        '',
        'RESOLVED - T H A T the minutes be approved as a',
        'correct record.',
      ].join('\n'),
    );
  });

  it('keeps the pieces of one line together and a second column (drawn after the first, higher up) unbroken', () => {
    const items: PdfTextItem[] = [
      { str: '12', hasEOL: false, transform: [10, 0, 0, 10, 72, 800] },
      { str: ' ', hasEOL: false, transform: [10, 0, 0, 10, 84, 800] },
      { str: 'Budget Monitoring', hasEOL: true, transform: [10, 0, 0, 10, 96, 800] },
      line('Members', 788),
      line('Councillor D Pike', 776),
      line('Councillor E Venn', 764),
      line('Attended', 788),
      line('Apologies', 776),
    ];
    expect(pdfPageText(items)).toBe(['12 Budget Monitoring', 'Members', 'Councillor D Pike', 'Councillor E Venn', 'Attended', 'Apologies'].join('\n'));
  });

  it('leaves a page of too few lines to tell its line step as the PDF gives it', () => {
    expect(pdfPageText([line('MINUTES', 800), line('Thursday 4 June 2026', 760)])).toBe('MINUTES\nThursday 4 June 2026');
  });

  it('reads items without a position, and marked-content entries, as text only', () => {
    expect(pdfPageText([{ str: 'Page 3', hasEOL: true }, { type: 'beginMarkedContent' }, { str: 'of 9' }])).toBe('Page 3\nof 9');
  });
});
