// Items a ModernGov page marks as exempt by their title or by the link to why they are restricted: only the title
// may be read, on an issue page as on a meeting page.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { EXEMPT_ITEM_MARK } from '../../src/ingest/rules.ts';

describe('a title or link that marks an item exempt', () => {
  it.each([
    'Sale of Land at Mill Road (Exempt)',
    'Depot Relocation - Confidential',
    'EXEMPT - Staffing Restructure',
    'Tender Award for Leisure Management (Part 2)',
    'View the reasons why item 14 is restricted',
  ])('%s', (text) => expect(EXEMPT_ITEM_MARK.test(text)).toBe(true));

  it.each(['Confidential Reporting (Whistleblowing) Policy', 'Exempt Information and the Public Interest Test', 'Part 2 of the Local Plan Review', 'View the reasons why document 14./1 is restricted'])(
    '%s is not marked',
    (text) => expect(EXEMPT_ITEM_MARK.test(text)).toBe(false),
  );
});

describe('on an issue page', () => {
  const page = [
    'Issue - meetings',
    '',
    'Disposal of the Former Tannery Site',
    '',
    'Meeting: 14/01/2026 - Cabinet (Item 88)',
    '',
    '88 Disposal of the Former Tannery Site (Exempt)',
    '',
    'Minutes:',
    '',
    'RESOLVED that the site be disposed of to the preferred bidder for £1.2m.',
    '',
    'Meeting: 03/02/2026 - Overview and Scrutiny Committee (Item 41)',
    '',
    '41 Confidential Reporting Policy Review',
    '',
    'Minutes:',
    '',
    'RESOLVED that the revised policy be endorsed.',
  ].join('\n');

  it('keeps only the title of the exempt item, and reads the public one', () => {
    const [cabinet, scrutiny] = parseDocument(page).meetings;
    expect(cabinet!.items[0]).toMatchObject({ title: 'Disposal of the Former Tannery Site (Exempt)', private: true, resolutions: [] });
    expect(JSON.stringify(cabinet)).not.toContain('1.2m');
    expect(scrutiny!.items[0]).toMatchObject({ private: false });
    expect(scrutiny!.items[0]!.resolutions).toHaveLength(1);
  });
});

describe('on a meeting page', () => {
  it('the item whose agenda words link to why it is restricted', () => {
    const page = [
      'Agenda and minutes',
      '',
      'Cabinet - Wednesday, 14th January, 2026 10.00 am',
      '',
      'Items',
      'No. Item',
      '',
      '87.',
      '',
      'Minutes of the previous meeting',
      '',
      'Minutes:',
      '',
      'The minutes were approved as a correct record.',
      '',
      '88.',
      '',
      'Disposal of the Former Tannery Site',
      '',
      'View the reasons why item 88 is restricted',
      '',
      'Minutes:',
      '',
      'RESOLVED that the site be disposed of for £1.2m.',
    ].join('\n');
    const meeting = parseDocument(page).meetings[0]!;
    expect(meeting.items.map((i) => i.private)).toEqual([false, true]);
    expect(JSON.stringify(meeting)).not.toContain('1.2m');
  });
});
