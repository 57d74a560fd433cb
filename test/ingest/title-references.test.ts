import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

// Invented minutes whose headings carry the agenda's reference in brackets after the title.
const MINUTES = `MINUTES OF THE MEETING OF THE COUNCIL OF THE BOROUGH OF WOLDHAM HELD AT THE TOWN HALL ON TUESDAY 20th JANUARY 2026 AT 6.30 P.M.

PRESENT: Councillors Abbas, Carver, Drummond and Everett.

1 MINUTES (REF: 1)

Resolved: That the Minutes of the meeting held on 9th December 2025 be approved as a correct record.

2 APOLOGIES FOR ABSENCE

Apologies for absence were received on behalf of Councillor Iqbal.

3 MEMBERS' CONDUCT (REF: 2.1)

The Mayor reminded Members of the need to observe proper conduct at meetings.

4 LOCAL PLAN REVIEW (PHASE 2)

The Council noted the timetable for the second phase of the review.
`;

describe('a reference after an item title', () => {
  it('is no part of the title; a title ending in other words in brackets keeps them', () => {
    const items = parseDocument(MINUTES, 'council.pdf').meetings[0]!.items;
    expect(items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 MINUTES', '2 APOLOGIES FOR ABSENCE', "3 MEMBERS' CONDUCT", '4 LOCAL PLAN REVIEW (PHASE 2)']);
  });
});
