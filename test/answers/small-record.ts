// A small hand-made record for cases the bundled corpus does not have: a cancelled
// meeting, an exempt item, a meeting known only from the plan, a request marked done.
import type { BoardRecord, Meeting } from '../../src/model.ts';
import { testItem, testMeeting } from './record-parts.ts';

const doc = (id: string, name: string) => ({ id, name, kind: 'minutes' as const, bytes: 100, ingestedAt: '2024-01-01T00:00:00.000Z' });

function meeting(id: string, date: string, time: string | null, status: Meeting['status'], extra: Partial<Meeting> = {}): Meeting {
  return testMeeting(id, date, { time, status, ...extra });
}

export function smallRecord(): BoardRecord {
  return {
    schemaVersion: 1,
    documents: [doc('d1', '2024-03-07-minutes.txt'), doc('d2', 'work-programme-2024-25.txt')],
    meetings: [
      meeting('m1', '2024-03-07', '14:00', 'minutes', {
        present: [{ name: 'Councillor B Able', role: 'member', chair: true, note: null }],
        apologies: [{ name: 'Councillor C Baker', note: null }],
      }),
      meeting('m2', '2024-05-09', '10:00', 'cancelled'),
      meeting('m3', '2024-06-13', '10:00', 'agenda'),
    ],
    items: [
      testItem('i1', 'm1', '12', 'School Transport', {
        body: 'The Board considered home to school transport for pupils with SEND.',
        reportAuthor: 'Briefing Note of the Director of Education',
      }),
      testItem('i2', 'm1', '13', 'Transport Contract Award', { body: 'Secret figures about the bus contract with Acme Coaches.', private: true }),
      testItem('i3', 'm3', '4', 'School Transport Update', {
        reportAuthor: 'Report of the Director of Education',
        pages: 'Pages 5 - 10',
        papers: [{ title: 'Transport report', url: 'https://example.org/transport.pdf', restricted: false }],
      }),
    ],
    resolutions: [
      { id: 'r1', meetingId: 'm1', itemId: 'i1', clause: 1, text: 'Notes the school transport report.', unanimous: false },
      { id: 'r2', meetingId: 'm1', itemId: 'i2', clause: 1, text: 'Approves the award to Acme Coaches.', unanimous: false },
    ],
    requests: [
      { id: 'q1', meetingId: 'm1', itemId: 'i1', text: 'Requests an update on school transport at the next meeting.', kind: 'update', due: { text: 'next meeting', date: null, nextMeeting: true } },
      { id: 'q2', meetingId: 'm1', itemId: 'i1', text: 'Requests route figures for each school.', kind: 'information', due: { text: 'in April 2024', date: '2024-04-30', nextMeeting: false } },
    ],
    workProgramme: [
      { id: 'w1', year: '2024/25', date: '2024-07-11', slot: 'dated', title: 'Libraries Review', detail: 'Annual review', leads: ['A Person'], meetingNote: null, origin: 'plan', addedByItemId: null, sources: ['d2'] },
      { id: 'w2', year: '2024/25', date: null, slot: 'to-be-determined', title: 'Youth Services', detail: null, leads: [], meetingNote: null, origin: 'plan', addedByItemId: null, sources: ['d2'] },
    ],
  };
}
