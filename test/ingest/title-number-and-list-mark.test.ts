import { describe, expect, it } from 'vitest';
import { readsAsTitle } from '../../src/ingest/line-kinds.ts';
import { numberOffTitle } from '../../src/ingest/readers/title-number.ts';
import { splitRowHead } from '../../src/ingest/readers/moderngov-table.ts';
import { titleBeforeListMark } from '../../src/ingest/title-list-mark.ts';

const asTitle = (head: string) => readsAsTitle(head);

describe('an item number printed at the head of its title', () => {
  it('is taken off when it is the item number printed a second time', () => {
    expect(numberOffTitle('4', '4 To receive the report of the Treasurer')).toEqual({ number: '4', title: 'To receive the report of the Treasurer' });
    expect(numberOffTitle('12', '12. Date of next meeting')).toEqual({ number: '12', title: 'Date of next meeting' });
  });

  it('is the item number when the item has none, whatever its style', () => {
    expect(numberOffTitle(null, '207/P/25 To note the planning decisions')).toEqual({ number: '207/P/25', title: 'To note the planning decisions' });
    expect(numberOffTitle(null, 'WC 41/26 Burial Ground')).toEqual({ number: 'WC 41/26', title: 'Burial Ground' });
    expect(numberOffTitle(null, '88.24 Grass cutting contract')).toEqual({ number: '88.24', title: 'Grass cutting contract' });
    expect(numberOffTitle(null, '2210FINANCIAL STATEMENT')).toEqual({ number: '2210', title: 'FINANCIAL STATEMENT' });
    expect(numberOffTitle(null, 'IV STREET TRADING LICENCES')).toEqual({ number: 'IV', title: 'STREET TRADING LICENCES' });
  });

  it("stays where it is the title's own year, date or figure", () => {
    expect(numberOffTitle(null, '2025/26 Budget Monitoring')).toEqual({ number: null, title: '2025/26 Budget Monitoring' });
    expect(numberOffTitle(null, '14.03.2026 Site visit report')).toEqual({ number: null, title: '14.03.2026 Site visit report' });
    expect(numberOffTitle('3', '30 mph limit on the High Street')).toEqual({ number: '3', title: '30 mph limit on the High Street' });
    expect(numberOffTitle(null, 'I Spy Trail for the village fete')).toEqual({ number: null, title: 'I Spy Trail for the village fete' });
  });
});

describe('the first mark of a list or a paragraph number after a title', () => {
  it('ends the title, the text after it being the minute', () => {
    expect(titleBeforeListMark('Finance Cyllid (7) Three invoices were paid.', asTitle)).toEqual({ title: 'Finance Cyllid', rest: 'Three invoices were paid.' });
    expect(titleBeforeListMark('ROADS / FFYRDD 6.1 The Clerk reported a pothole.', asTitle)).toEqual({ title: 'ROADS / FFYRDD', rest: 'The Clerk reported a pothole.' });
    expect(titleBeforeListMark('Civic Matters i) Election of the Town Mayor', asTitle)).toEqual({ title: 'Civic Matters', rest: 'Election of the Town Mayor' });
  });

  it('stays inside a sentence, after a word it belongs to, and inside a longer number', () => {
    expect(titleBeforeListMark('The police had recorded four (4) thefts in the month', asTitle)).toBeNull();
    expect(titleBeforeListMark('Amendment to Standing Order (2) Motions', asTitle)).toBeNull();
    expect(titleBeforeListMark('Local Plan Review 2.3 Consultation Responses', asTitle)).toBeNull();
    expect(titleBeforeListMark('Members agreed (1) That the grant be paid', asTitle)).toBeNull();
  });

  it('ends a table row title where the agenda lists the item parts', () => {
    expect(splitRowHead('Civic Matters a) Election of the Town Mayor b) Appointment of the Deputy To elect a Town Mayor for the year.')).toMatchObject({ title: 'Civic Matters' });
  });
});
