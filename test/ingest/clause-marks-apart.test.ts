// A clause's mark printed apart from its text: in a paragraph of its own inside a list item, and a star before a dated
// decision record's title.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-to-text.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

describe('a list item whose first paragraph holds only the mark', () => {
  it("prints the mark and its text on one line, without the list's own mark", () => {
    const html = '<p>RESOLVED: That the Committee:</p><ol><li><p>(a)</p><p>notes the report; and</p></li><li><p>(b)</p><p>asks the Director to report back in June.</p></li></ol>';
    expect(htmlToText(html)).toBe('RESOLVED: That the Committee:\n\n(a) notes the report; and\n\n(b) asks the Director to report back in June.');
  });

  it('keeps a list item whose first paragraph says more than a mark as it was', () => {
    expect(htmlToText('<ul><li><p>Budget</p><p>Approved.</p></li></ul>')).toBe('-\n\nBudget\n\nApproved.');
  });

  it('reads the two clauses of the decision from the page', () => {
    const html =
      '<h1>Agenda item</h1><h2>Parks Review</h2><p>Minutes:</p><p>The Committee considered the report.</p><p>RESOLVED: That the Committee:</p><ol><li><p>(a)</p><p>notes the report; and</p></li><li><p>(b)</p><p>asks the Director to report back in June.</p></li></ol>';
    const item = parseDocument(htmlToText(html)).meetings[0]!.items[0]!;
    expect(item.resolutions.map((r) => r.text)).toEqual(['notes the report', 'asks the Director to report back in June.']);
  });
});

describe('a dated decision record whose title carries a star', () => {
  it('keeps the date and the title, without the star', () => {
    const text = ['Issue - decisions', '', 'Changes to scrutiny arrangements', '', '30/05/2019 - *Changes to scrutiny arrangements', '', 'RESOLVED:', '', '1.  That the changes be agreed.', '', '2.  That the proposals be noted.'].join('\n');
    const meeting = parseDocument(text).meetings[0]!;
    expect(meeting.date).toBe('2019-05-30');
    expect(meeting.items.map((i) => i.title)).toEqual(['Changes to scrutiny arrangements']);
  });
});
