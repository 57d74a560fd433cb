// Builders of the parts of a hand-made record for answer tests: a meeting, an agenda item and a
// resolution with every field a test does not care about filled in, so a test names only what it tests.
import type { AgendaItem, Meeting, Resolution } from '../../src/model.ts';

/** A meeting of minutes from document d1, nobody recorded, unless `fields` says otherwise. */
export function testMeeting(id: string, date: string, fields: Partial<Meeting> = {}): Meeting {
  return {
    id,
    committee: 'Test Scrutiny Board',
    date,
    time: '10:00',
    place: 'Committee Room 1',
    status: 'minutes',
    chair: null,
    present: [],
    apologies: [],
    closingTime: null,
    sources: ['d1'],
    externalId: null,
    ...fields,
  };
}

/** A public agenda item from document d1, with no author, pages, sub-items or papers unless `fields` says otherwise. */
export function testItem(id: string, meetingId: string, number: string, title: string, fields: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    meetingId,
    number,
    title,
    body: '',
    reportAuthor: null,
    pages: null,
    subItems: [],
    papers: [],
    private: false,
    sources: ['d1'],
    ...fields,
  };
}

/** A resolution not recorded as unanimous, unless `unanimous` is given. */
export function testResolution(id: string, meetingId: string, itemId: string, clause: number, text: string, unanimous = false): Resolution {
  return { id, meetingId, itemId, clause, text, unanimous };
}
