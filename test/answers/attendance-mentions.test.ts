// Everyone's mentions in the record's attendance, read once for questions about people and for
// attendance rates: each reads its own of them, in the minutes' order, from the same columns.
import { describe, expect, it } from 'vitest';
import { attendanceMentions } from '../../src/answers/attendance/attendance-mentions.ts';
import { personKey } from '../../src/answers/attendance/people.ts';
import type { BoardRecord } from '../../src/model.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { contextOf } from './context.ts';
import { testMeeting } from './record-parts.ts';

const record: BoardRecord = {
  schemaVersion: 1,
  documents: [],
  meetings: [
    testMeeting('m1', '2021-06-10', {
      present: [
        { name: 'Councillor R Penhallow', role: 'member', chair: true, note: null },
        { name: 'Mr T Penhallow', role: 'employee', chair: false, note: 'Head of Libraries' },
      ],
      apologies: [{ name: 'Councillor S Penhallow', note: null }],
    }),
    testMeeting('m2', '2021-07-08', { status: 'cancelled', present: [{ name: 'Councillor R Penhallow', role: 'member', chair: false, note: null }] }),
    testMeeting('m3', '2021-09-16', {
      present: [{ name: 'Councillor V Penhallow', role: 'substitute', chair: true, note: null }],
      apologies: [],
      absent: [{ name: 'Councillor R Penhallow', note: null }],
    }),
    testMeeting('m4', '2021-11-11', { present: [{ name: 'Councillor Quarrie', role: 'co-opted', chair: false, note: null }] }),
  ],
  items: [],
  resolutions: [],
  requests: [],
  workProgramme: [],
};

const view = contextOf(openMemoryStore({ record }), new Date('2022-01-01T12:00:00Z')).view;
const mentions = attendanceMentions(view);
const everyone = view.calendar.length;
const penhallow = personKey('Penhallow')!;

describe('attendance mentions', () => {
  it('give a person\'s mentions as present or with apologies, of every meeting, in the minutes\' order', () => {
    const read = mentions.of({ rates: false, before: everyone, person: penhallow });
    expect(read.map((m) => [m.meeting.id, m.name, m.as])).toEqual([
      ['m1', 'Councillor R Penhallow', 'chair'],
      ['m1', 'Mr T Penhallow', 'employee'],
      ['m1', 'Councillor S Penhallow', 'apologies'],
      ['m2', 'Councillor R Penhallow', 'member'],
      ['m3', 'Councillor V Penhallow', 'chair'],
    ]);
  });

  it('give rates the mentions of meetings held with attendance recorded, absences included, each with its seat', () => {
    const read = mentions.of({ rates: true, before: everyone, person: penhallow });
    expect(read.map((m) => [m.meeting.id, m.name, m.presence, m.seat])).toEqual([
      ['m1', 'Councillor R Penhallow', 'attended', true],
      ['m1', 'Mr T Penhallow', 'attended', false],
      ['m1', 'Councillor S Penhallow', 'apologies', true],
      ['m3', 'Councillor V Penhallow', 'attended', false],
      ['m3', 'Councillor R Penhallow', 'absent', true],
    ]);
    expect(mentions.ratedMeetings('Test Scrutiny Board', everyone).map((m) => m.id)).toEqual(['m1', 'm3', 'm4']);
  });

  it('tell people of one surname apart by initial, and know only the meetings before the one asked', () => {
    const r = personKey('Cllr R Penhallow')!;
    expect(mentions.of({ rates: false, before: everyone, person: r }).map((m) => m.meeting.id)).toEqual(['m1', 'm2']);
    const before = view.calendar.findIndex((m) => m.id === 'm3');
    expect(mentions.of({ rates: true, before, person: r }).map((m) => m.meeting.id)).toEqual(['m1']);
    expect(mentions.ratedMeetings('Test Scrutiny Board', before).map((m) => m.id)).toEqual(['m1']);
  });

  it('give the question reader each surname with the names printed first, never a recorded absence', () => {
    const surnames = [...mentions.surnames(5)];
    expect(surnames.map((s) => s.surname)).toEqual(['penhallow', 'quarrie']);
    expect(surnames[0]!.names).toEqual(['Councillor R Penhallow', 'Mr T Penhallow', 'Councillor S Penhallow', 'Councillor R Penhallow', 'Councillor V Penhallow']);
    expect([...mentions.surnames(2)][0]!.names).toHaveLength(2);
  });
});
