// Schedule 12A on an agenda whose private part is announced in words the readers did not know: a heading for the
// items the committee "may wish to consider with the press and public excluded", or an exempt mark printed before the
// item's number ("(EXEMPT) 5 - Title"). Either alone makes the item private; without them the exempt item's words
// ran into the public item above it.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const HEAD = [
  'Meeting details',
  '- Strathmore Area Committee',
  '- 14 March 2024 - 10:00AM',
  '- Council Chamber, Tay House, Mill Street, Kinross.',
  'Agenda Items',
  '1 - Declaration of Members\' Interests',
  '3 - Minute of Meeting of 15 February 2024',
  '(03) Minute - 15 February 2024.pdf',
  '4 - Roads Maintenance Programme 2024/25',
  '(04) Roads Report.pdf',
];
const EXEMPT_WORDS = 'Paragraph 9 - Terms of a proposed contract. The Zephyrine Partnership offer of £410,000 is set out in the report.';

function items(lines: string[]) {
  const doc = parseDocument(lines.join('\n'));
  return doc.meetings.flatMap((m) => m.items);
}

function expectWithheld(lines: string[]) {
  const all = items(lines);
  const last = all.find((i) => i.number === '5');
  expect(last, 'the exempt item is read as an item').toBeDefined();
  expect(last!.private).toBe(true);
  for (const item of all) if (!item.private) expect(JSON.stringify(item)).not.toMatch(/zephyrine|410,000/i);
}

describe('an agenda private part announced in other words', () => {
  it('an exempt mark before the number makes the item private, its title kept with the mark', () => {
    const lines = [...HEAD, '(EXEMPT) 5 - Disposal of Former Depot at Quillbrook Road', EXEMPT_WORDS];
    expectWithheld(lines);
    expect(items(lines).find((i) => i.number === '5')!.title).toMatch(/^Disposal of Former Depot at Quillbrook Road \(EXEMPT\)$/);
  });

  it.each([
    'ITEM WHICH THE COMMITTEE MAY WISH TO CONSIDER WITH THE PRESS AND PUBLIC EXCLUDED',
    'Items which are likely to be considered in the absence of the press and public',
    'Business that the Board is expected to take in private',
  ])('a heading for the items taken with the public excluded makes the items under it private: %s', (heading) => {
    expectWithheld([...HEAD, heading, '5 - Disposal of Former Depot at Quillbrook Road', EXEMPT_WORDS]);
  });

  it('an item that only names the exclusion ("Items to be considered in the absence of the public and press") leaves the items after it public', () => {
    const all = items([...HEAD, '5 - Items to be considered in the absence of the public and press', 'To identify where resolutions may be moved to exclude the public and press.', '6 - Budget Monitoring Report', '(06) Budget Report.pdf']);
    expect(all.find((i) => i.number === '6')?.private).toBe(false);
  });
});
