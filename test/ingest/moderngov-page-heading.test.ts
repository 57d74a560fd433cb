// ModernGov meeting pages whose date stands only in the page's heading, and the chair such a page names.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/ingest/line-kinds.ts';
import { onlyMeeting } from './only-meeting.ts';

const only = onlyMeeting;
const heading = (text: string) => classifyLine({ text, blank: false, bullet: false, emphasis: false, indent: 0 } as never, 0).meetingHeading;

const rows = (first = 'Apologies for absence were received from Councillor Ruth Adeyemi.') =>
  [
    'No. | Item |',
    '---|---|',
    `1. | Apologies for Absence Minutes: ${first} |`,
    '2. | Declarations of Interest Minutes: There were none. |',
    '3. | Minutes PDF 210 KB Minutes: RESOLVED – That the minutes of the meeting held on 2 April 2025 be approved. |',
    '4. | Car Parking Strategy PDF 340 KB Minutes: RESOLVED – That the strategy be recommended to Cabinet. |',
  ].join('\n');

describe('the date only in the page heading', () => {
  it('reads a window title run into one line with no dash', () => {
    expect(heading('Agenda and minutes Planning Committee Wednesday 14 May 2025 6.30 pm')).toEqual({ committee: 'Planning Committee', date: '2025-05-14', time: '18:30', cancelled: false });
    expect(heading('Agenda and minutes | Planning Committee - Wednesday, 14th May, 2025 6.30 pm')?.committee).toBe('Planning Committee');
    const m = only(`Agenda and minutes Planning Committee Wednesday 14 May 2025 6.30 pm\n\n${rows()}`);
    expect([m.committee, m.date, m.time, m.items.length]).toEqual(['Planning Committee', '2025-05-14', '18:30', 4]);
  });

  it('does not read a minute title or a sentence after "Minutes" as a committee', () => {
    expect(heading('MINUTES OF THE MEETING HELD ON 10 DECEMBER 2025')).toBeNull();
    expect(heading('Agenda and minutes of the meeting held on 4 March 2025')).toBeNull();
    expect(heading('Agenda item the Board asked for on 4 March 2025')).toBeNull();
  });

  it('reads the committee and date printed above the item table with no venue or contact', () => {
    const m = only(`Planning Committee\nWednesday, 14th May, 2025 6.30 pm\n\n${rows()}`);
    expect([m.committee, m.date, m.time, m.items.length]).toEqual(['Planning Committee', '2025-05-14', '18:30', 4]);
  });
});

describe('the chair of a meeting page', () => {
  it('is named by a "Chair:" line in the page header, and the venue below it is nobody', () => {
    const m = only(`Cabinet - Tuesday, 3rd June, 2025 10.00 am\n\nChair: Councillor Imogen Fairweather\nVenue: Committee Room 2, Riverside House\nContact: Callum Deane\n\n${rows()}`);
    expect(m.chair).toBe('Councillor Imogen Fairweather');
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Imogen Fairweather']);
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Ruth Adeyemi']);
  });

  it('is named in the first minutes ("Councillor X in the Chair") and counted present', () => {
    const m = only(`Cabinet - Tuesday, 3rd June, 2025 10.00 am\n\n${rows('Councillor Omar Reyes in the Chair. Apologies for absence were received from Councillor Ruth Adeyemi.')}`);
    expect(m.chair).toBe('Councillor Omar Reyes');
    expect(m.present.find((p) => p.chair)?.name).toBe('Councillor Omar Reyes');
  });
});

describe('the older "Meeting documents" page', () => {
  it('names "The Council" over its date, and reads the words under each title as the minute', () => {
    const m = only(
      [
        'Meeting documents',
        '',
        'The Council',
        'Thursday, 16th October, 2025 6.30 pm',
        '',
        'ItemDescriptionResolution',
        '101 Apologies for absence.',
        'Apologies for absence were received from Councillor Dunmore.',
        '102 Minutes',
        'Resolved:-',
        'That the Minutes be confirmed.',
        '103 Communications',
        'The Mayor reported on the civic service.',
      ].join('\n'),
    );
    expect([m.kind, m.committee, m.date, m.time]).toEqual(['minutes', 'The Council', '2025-10-16', '18:30']);
    expect(m.items.find((i) => i.number === '102')?.resolutions.map((r) => r.text)).toEqual(['That the Minutes be confirmed.']);
  });

  it('keeps an item table without a resolution column an agenda', () => {
    const m = only(['Meeting documents', '', 'The Council', 'Thursday, 16th October, 2025 6.30 pm', '', 'No. Item', '101 Apologies for absence', 'To receive apologies.', '102 Minutes', 'To confirm the minutes.'].join('\n'));
    expect(m.kind).toBe('agenda');
  });
});
