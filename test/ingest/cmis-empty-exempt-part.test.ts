// A CMIS page's "Exempt Items" part that says it holds nothing ("- NIL -", "None", "There are no exempt items") holds
// no items: the membership and footer lines the page prints below it are no sealed business. An exempt item printed
// there with its own number stays sealed.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { cmisPageHead } from './cmis-page-head.ts';

const page = (exempt: string[]) =>
  [
    ...cmisPageHead({ summary: false, committee: 'Licensing and Regulatory Committee', when: '12 Jan 2026 - 14:00 to 15:30' }),
    'Public Items',
    '1',
    'Apologies for Absence',
    'To receive apologies for absence.',
    '2',
    'Street Trading Policy Review',
    'To consider the report of the Licensing Manager on the consultation responses.',
    'Exempt Items',
    ...exempt,
  ].join('\n');
const items = (text: string) => parseDocument(text, 'page.txt').meetings.flatMap((m) => m.items.map((i) => [i.number, i.title, i.private]));
const below = ['', 'Committee Membership', 'The Committee has fifteen members appointed at the annual meeting of the Council.', '', 'Find out more', 'Committee Services can be reached on 01632 960 118.'];
const publicItems = [
  ['1', 'Apologies for Absence', false],
  ['2', 'Street Trading Policy Review', false],
];

describe('an exempt part that holds nothing', () => {
  it('reads no item from the lines below "- NIL -", "None" or "There are no exempt items"', () => {
    for (const nothing of ['- NIL -', 'None', 'There are no exempt items.']) expect(items(page([nothing, ...below])), nothing).toEqual(publicItems);
  });

  it('keeps an exempt item that stands there with its own number sealed', () => {
    const parsed = parseDocument(page(['- NIL -', '3', 'Depot Site - Lease Terms', 'To consider the terms offered for the lease of the depot site.']), 'page.txt');
    expect(parsed.meetings[0]!.items.map((i) => [i.number, i.title, i.private])).toEqual([...publicItems, ['3', 'Depot Site - Lease Terms', true]]);
    expect(JSON.stringify(parsed)).not.toContain('terms offered');
  });

  it('reads a page cut off under its tabs, before its first part, without failing', () => {
    const cut = page([]).split('\n').slice(0, 7).join('\n');
    expect(parseDocument(cut, 'page.txt').warnings.filter((w) => w.startsWith('the parser could not read'))).toEqual([]);
  });
});

describe('a page cut off at a part heading', () => {
  it('reads without failing when the last line of the page is a part heading', () => {
    const cut = ['Meeting Details', '', 'Full Council', '18 Feb 2026 - 10:00 to 12:30', 'Occurred', '  • Documents', '  • Attendance', '  • Declarations of Interest'].join('\n');
    expect(parseDocument(cut, 'page.txt').warnings.filter((w) => w.startsWith('the parser could not read'))).toEqual([]);
  });
});
