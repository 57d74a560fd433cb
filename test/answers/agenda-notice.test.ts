// When a meeting's agenda counts as out, as of a date before the meeting: five clear
// working days ahead for a meeting known only from its minutes; at once for one whose
// agenda pack the record holds.
import { describe, expect, it } from 'vitest';
import { agendaOutBy, agendaPublishedOn, buildView } from '../../src/answers/record-view.ts';
import { londonInstant } from '../../src/london.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { smallRecord } from './small-record.ts';

describe('the statutory notice of an agenda', () => {
  it('is published on the sixth working day before the meeting, weekends skipped', () => {
    expect(agendaPublishedOn('2017-07-13')).toBe('2017-07-05'); // Thursday: the pack is dated Wednesday 5 July
    expect(agendaPublishedOn('2018-01-11')).toBe('2018-01-03');
    expect(agendaPublishedOn('2024-03-11')).toBe('2024-03-01'); // Monday: back over one weekend
  });

  it('counts a minutes-only meeting out from the start of that day, and one with its own agenda pack at once', () => {
    const record = smallRecord();
    record.documents.push({ id: 'd3', name: '2024-03-07-agenda.txt', kind: 'agenda-pack', bytes: 100, ingestedAt: '2024-01-01T00:00:00.000Z' });
    const agendaItems = structuredClone(record);
    for (const item of agendaItems.items) if (item.meetingId === 'm1') item.sources = ['d3', 'd1'];
    const viewOf = (r: typeof record) => {
      const store = openMemoryStore({ record: r });
      return buildView(store, store.record(), store.version());
    };
    const view = viewOf(record);
    const minutesOnly = { ...view.meetings.get('m1')!, sources: ['d1'], minutesSource: 'd1' };
    // Another meeting's pack listing this date in its work programme is a source of the meeting, not its agenda.
    const listedInAPlan = { ...minutesOnly, sources: ['d3', 'd1'] };
    // Thursday 7 March 2024: five clear working days are 29 February to 6 March, so out from Wednesday 28 February.
    expect(agendaPublishedOn('2024-03-07')).toBe('2024-02-28');
    expect(agendaOutBy(view, minutesOnly, londonInstant('2024-02-27', '23:59').getTime())).toBe(false);
    expect(agendaOutBy(view, minutesOnly, londonInstant('2024-02-28', '00:00').getTime())).toBe(true);
    expect(agendaOutBy(view, listedInAPlan, londonInstant('2024-02-01', '12:00').getTime())).toBe(false);
    expect(agendaOutBy(viewOf(agendaItems), listedInAPlan, londonInstant('2024-02-01', '12:00').getTime())).toBe(true);
  });
});
