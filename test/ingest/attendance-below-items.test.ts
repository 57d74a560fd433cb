// A meeting page that prints its minutes under its agenda items (CMIS): the apologies minute under the apologies item,
// and the attendance below the last item ("Councillor X (in the Chair); Councillors A and B.", a substitute's
// sentence, "Also in attendance:" over the officers).
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const names = (people: { name: string }[]) => people.map((p) => p.name);

const page = (below: string[], apologiesMinute = '') =>
  onlyMeeting(
    [
      'Meeting Details',
      '',
      'Licensing Sub-Committee',
      '04 Feb 2026 - 10:00 to 11:10',
      'Occurred',
      '',
      'Agenda',
      '',
      '1 APOLOGIES FOR ABSENCE',
      '',
      'To receive any apologies for absence.',
      '',
      apologiesMinute,
      '',
      '2 MINUTES',
      '',
      'To confirm the minutes of the meeting held on the 10 December 2025.',
      '',
      '2',
      '',
      'The minutes of the meeting held on 10 December 2025 were agreed.',
      '',
      ...below,
    ].join('\n'),
  );

describe('attendance printed below the items of a meeting page', () => {
  it('reads who chaired and who came from the lines below the last item', () => {
    const m = page([
      'Councillor M Okoro (in the Chair); Councillors Alder and Brisbane.',
      '',
      'Also in attendance:',
      '',
      'Mrs J Tennant (Licensing Officer) and Ms F Corrie (Democratic Services Officer).',
    ]);
    expect(m.chair).toBe('Councillor M Okoro');
    expect(names(m.present)).toEqual(['Councillor M Okoro', 'Councillor Alder', 'Councillor Brisbane', 'Mrs J Tennant', 'Ms F Corrie']);
  });

  it('reads no attendance into a page that reports no meeting held', () => {
    const m = page(['Members of the public may attend this meeting.']);
    expect(m.present).toEqual([]);
    expect(m.chair).toBeNull();
  });

  it('reads the apologies the minute under the apologies item reports, with the substitute it names, and none from the agenda\'s words alone', () => {
    const reported = page([], '1\n\nApologies for absence were received from Councillor Pennock (substituted by Councillor Iredale) and Councillors Ashby & Lumb.');
    expect(names(reported.apologies)).toEqual(['Councillor Pennock', 'Councillor Ashby', 'Councillor Lumb']);
    expect(names(reported.present)).toEqual(['Councillor Iredale']);
    expect(page([]).apologies).toEqual([]);
  });
});
