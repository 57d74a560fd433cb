// A document whose head names its meeting keeps that meeting when no item follows (an excerpt, a page cut short):
// Scotland's singular "Minute ... Meeting of the Council <date>", a committee over its date with the place and
// "Attendance Details" between it and "Present:", and a dated running head whose first print heads the first page.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

describe('meeting heads over attendance with no items', () => {
  it('reads the Scottish singular "Minute" as the title of minutes, its kind of meeting no part of the body', () => {
    const m = onlyMeeting(
      [
        'Page 88.',
        '',
        'Minute Ordinary Meeting of the Council Thursday, 5 March 2026, 10:00.',
        '',
        'Present Councillors Ailsa Begg, Rory Tait and Kirsten Drever.',
        '',
        'Apologies: Councillor Neil Spence.',
      ].join('\n'),
    );
    expect([m.kind, m.committee, m.date, m.time]).toEqual(['minutes', 'Council', '2026-03-05', '10:00']);
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Ailsa Begg', 'Councillor Rory Tait', 'Councillor Kirsten Drever']);
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Neil Spence']);
    expect(m.items).toEqual([]);
  });

  it('reads a committee over its date, with the place and a note between them and "Present:", as minutes', () => {
    const m = onlyMeeting(
      [
        'Meeting documents',
        '',
        'Licensing Committee',
        'Tuesday, 3rd March, 2026 2.00 pm',
        '',
        'Place:',
        'Committee Room 1, Civic Centre',
        '',
        'Please note: all Minutes are subject to approval at the next Meeting',
        '',
        'Attendance Details',
        '',
        'Present:',
        'Councillor A Bryce, Councillor Mrs C Dunne, Councillor E Foley',
        'Apologies for absence:',
        'Councillor Gault',
      ].join('\n'),
    );
    expect([m.date, m.time]).toEqual(['2026-03-03', '14:00']);
    expect(m.present.map((p) => p.name)).toEqual(['Councillor A Bryce', 'Councillor Mrs C Dunne', 'Councillor E Foley']);
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Gault']);
  });

  it('keeps the first print of a dated running head that heads the first page, and with it the date', () => {
    const m = onlyMeeting(
      [
        'B 1',
        '',
        'CABINET, 9th February 2026',
        '',
        'PRESENT:',
        '',
        'Councillor T Marsh (Chair), Councillors A Dale, B Lister and C Noble.',
        '',
        'B 1',
        '',
        'CABINET, 9th February 2026',
        '',
        '12 MINUTES',
        '',
        'RESOLVED that the minutes of the meeting held on 12th January 2026 be approved.',
        '',
        'B 2',
        '',
        'CABINET, 9th February 2026',
        '',
        '13 DECLARATIONS OF INTEREST',
        '',
        'There were none.',
      ].join('\n'),
    );
    expect(m.date).toBe('2026-02-09');
    expect(m.items.map((i) => i.number)).toEqual(['12', '13']);
  });
});
