// Minutes with no title or heading: the text's first lines are its first items, so a date in one of their sentences (the
// last meeting's minutes agreed, a decision called in from another meeting) is never the meeting's own.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const minutes = [
  'Apologies for absence',
  '',
  'An apology for absence was received from Cllr Petra Lindqvist.',
  '',
  'Minutes of the previous meeting',
  '',
  'The minutes of the Scrutiny Committee held on Wednesday, 9 April 2025 were agreed and signed by the Chair.',
  '',
  'The decision called in from the Cabinet meeting of 28 April 2025 concerns the leisure centre operator contract.',
  '',
  'Call ins - Item 11: Leisure centre operator contract',
  '',
  'The Committee noted the report and agreed that the Cabinet Member be invited to its next meeting.',
].join('\n');

describe('a meeting whose text gives no date of its own', () => {
  it('takes no date from the minutes item or from a sentence of an item', () => {
    const doc = parseDocument(minutes);
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]!.date).toBeNull();
    expect(doc.warnings.join(' ')).toMatch(/no meeting date/);
  });

  it('still takes the date from a heading sentence that says when the meeting was held', () => {
    const doc = parseDocument(['Planning Committee', '', 'Meeting held on Tuesday, 23rd January, 2024 at 6.30 pm.', '', 'Present:- Councillors Ada Rowe (Chair) and Ben Tull', '', '1. Apologies', '', 'None.'].join('\n'));
    expect(doc.meetings[0]!.date).toBe('2024-01-23');
  });

  it('reads the "Minutes of the previous meeting" item as an item, never as the title of the document (naming a committee "previous")', () => {
    const doc = parseDocument(minutes);
    expect(doc.meetings[0]!.committee ?? '').not.toMatch(/previous/i);
  });
});
