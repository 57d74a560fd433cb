// The decision-block fallback: minutes whose item headings were all lost have one untitled item per decision recorded,
// the prose above a decision being its item's, where nothing else found an item.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

describe('the decision-block fallback', () => {
  it('reads each decision with the prose above it as an item whose title was lost', () => {
    const m = onlyMeeting(
      [
        'The Parks Manager reported on the replanting of the avenue of limes along the river walk.',
        '',
        'RESOLVED that the replanting plan be approved.',
        '',
        '',
        'Members discussed the condition of the play area at Bell Green and the cost of new surfacing.',
        '',
        'AGREED that the Clerk obtain three quotations for resurfacing.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Untitled item'],
      [null, 'Untitled item'],
    ]);
    expect(m.items.map((i) => i.resolutions.map((r) => r.text))).toEqual([['the replanting plan be approved.'], ['the Clerk obtain three quotations for resurfacing.']]);
  });

  it('keeps the lettered clauses of a decision in its own item', () => {
    const m = onlyMeeting(
      [
        'The Head of Housing presented the report on empty homes brought back into use.',
        '',
        'RESOLVED that the Committee:',
        '',
        '(a) notes the report; and',
        '',
        '(b) asks for a further report in the spring.',
      ].join('\n'),
    );
    expect(m.items).toHaveLength(1);
    expect(m.items[0]!.resolutions.map((r) => r.text)).toEqual(['notes the report', 'asks for a further report in the spring.']);
  });

  it('reads the last minutes approved in a paragraph of a page saved without blank lines', () => {
    const m = onlyMeeting(
      [
        'MINUTES of the Meeting held in the Pump Rooms, Westerholm on Tuesday 14th April 2026 from 7:00 pm to 8:40 pm.',
        'PRESENT: Councillor Rhona Vale (Chairman), Councillors Tate, Upton and Wynn.',
        'APOLOGIES: Councillors Sorrel and Penrose.',
        'The Minutes of the Meeting held on 10th February 2026 were taken as read, approved and signed by the Chairman as a correct record.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.title)).toEqual(['Untitled item']);
    expect(m.items[0]!.resolutions).toHaveLength(1);
  });

  it('reads nothing after an exclusion of the press and public', () => {
    const m = onlyMeeting(
      [
        'The Treasurer presented the accounts for the quarter to the end of March.',
        '',
        'RESOLVED that the accounts be received.',
        '',
        'RESOLVED that the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
        '',
        'RESOLVED that the tender of Hollin Contractors be accepted.',
      ].join('\n'),
    );
    expect(m.items).toHaveLength(1);
    expect(m.items[0]!.resolutions.map((r) => r.text)).toEqual(['the accounts be received.']);
  });

});
