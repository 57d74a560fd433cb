import { describe, expect, it } from 'vitest';
import { type PdfTextItem, pdfPageText } from '../../src/ingest/pdf-page-text.ts';

/** A piece of 10 pt type whose baseline starts at (x, y) (PDF space: y grows up the page), about 5 pt a character wide. */
const piece = (str: string, x: number, y: number, size = 10): PdfTextItem => ({ str, hasEOL: false, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5 });
const line = (str: string, y: number, x = 72): PdfTextItem => ({ ...piece(str, x, y), hasEOL: true });

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

  it('keeps a column of a grid of names apart on the row where a long name left only a word space before it', () => {
    // Columns at x 72, 172, 272; "Hartley-Brown, J.M." (19 characters, 95 pt) runs to x 267, 5 pt short of the last column.
    const items = [
      piece('Ainsley', 72, 800), piece('Dobson', 172, 800), piece('Oakes', 272, 800),
      piece('Barraclough', 72, 788), piece('Eccles', 172, 788), piece('Pickering', 272, 788),
      piece('Bramley', 72, 776), piece('Hartley-Brown, J.M.', 172, 776), piece('Rowntree, A.', 272, 776),
    ];
    const rows = pdfPageText(items).split('\n');
    expect(rows[2]).toMatch(/Hartley-Brown, J\.M\. {3,}Rowntree, A\./);
    // A word space alone, with no column under it on other rows, stays a word space.
    expect(pdfPageText([piece('Hartley-Brown,', 72, 700), piece('J.', 147, 700)])).toBe('Hartley-Brown, J.');
  });

  it('lays out columns drawn one after the other side by side, each at its place on the line', () => {
    // A label column, then the names beside the labels, as a PDF built from a table holds them.
    const items = [line('Chairman', 800), line('Vice-Chairman', 788), line('Councillors', 776), line('Councillor R Bulmer', 800, 172), line('Councillor G Pettinger', 788, 172), line('A Colville and T Upcott', 776, 172), line('and P Nash', 764, 172)];
    expect(pdfPageText(items)).toBe(
      ['Chairman            Councillor R Bulmer', 'Vice-Chairman       Councillor G Pettinger', 'Councillors         A Colville and T Upcott', '                    and P Nash'].join('\n'),
    );
  });

  it('joins the pieces of one line with a space, a raised "th" and a number in its margin included', () => {
    const items = [piece('12', 72, 800), line('BUDGET MONITORING', 800, 92), piece('Held on 4', 72, 788), piece('th', 117, 791, 6), line('June 2026.', 788, 127), line('The report was noted.', 776)];
    expect(pdfPageText(items)).toBe('12 BUDGET MONITORING\nHeld on 4th June 2026.\nThe report was noted.');
  });

  it('leaves a page of too few lines to tell its line step without blank lines', () => {
    expect(pdfPageText([line('MINUTES', 800), line('Thursday 4 June 2026', 760)])).toBe('MINUTES\nThursday 4 June 2026');
  });

  it('reads a page whose items carry no position in the order of the file', () => {
    expect(pdfPageText([{ str: 'Page 3', hasEOL: true }, { type: 'beginMarkedContent' }, { str: 'of 9' }])).toBe('Page 3\nof 9');
  });
});

describe('a PDF page that cannot be laid out line by line', () => {
  it('reads a page printed sideways (its lines running up the page) in the order of the file', () => {
    const sideways = (str: string, x: number): PdfTextItem => ({ str, hasEOL: true, transform: [0, 10, -10, 0, x, 100], width: 50 });
    expect(pdfPageText([sideways('Work Programme 2026/27', 100), sideways('June: Budget Monitoring', 112), sideways('July: Annual Report', 124)])).toBe(
      'Work Programme 2026/27\nJune: Budget Monitoring\nJuly: Annual Report',
    );
  });

  it('keeps a piece placed far off the page within a printed line', () => {
    const text = pdfPageText([line('Minutes', 800), line('far away', 788, 1e12), line('Page 1', 776)]);
    expect(text.split('\n').every((l) => l.length <= 420)).toBe(true);
    expect(text).toContain('far away');
  });
});
