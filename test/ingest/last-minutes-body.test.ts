// A meeting whose reading named no body takes the body whose last minutes one of its first items confirms.
import { describe, expect, it } from 'vitest';
import type { ParsedItem, ParsedMeeting } from '../../src/model.ts';
import { withBodyFromLastMinutes } from '../../src/ingest/last-minutes-body.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const item = (title: string, body = '', extra: Partial<ParsedItem> = {}): ParsedItem =>
  ({ number: null, title, body, reportAuthor: null, pages: null, subItems: [], papers: [], private: false, resolutions: [], requests: [], workProgrammeAdditions: [], ...extra }) as ParsedItem;
const meeting = (items: ParsedItem[], committee: string | null = null): ParsedMeeting =>
  ({ kind: 'minutes', committee, date: null, time: null, chair: null, present: [], apologies: [], items }) as unknown as ParsedMeeting;
const bodyOf = (m: ParsedMeeting) => {
  withBodyFromLastMinutes([m]);
  return m.committee;
};

describe('the body named by the last minutes item', () => {
  it('names a headless page\'s committee from the minutes it confirms', () => {
    const text = [
      'Agenda and minutes', '', 'Venue: The Guildhall. View directions', '', 'Contact: Ann Lee', '', 'No. Item', '',
      'Minutes of Previous Meeting', '', 'To confirm as a correct record the minutes of the meeting of the Licensing and Regulatory Committee held on 3 February 2026.', '',
      'Minutes:', '', 'The minutes were confirmed as a correct record.', '',
      'Taxi Fares', '', 'Minutes:', '', 'RESOLVED that the fares be increased by 3%.',
    ].join('\n');
    expect(parseDocument(text, 'page.txt').meetings[0]!.committee).toBe('Licensing and Regulatory Committee');
  });

  it('reads the body after the date of the committee system\'s own title for the item', () => {
    expect(bodyOf(meeting([item('Minutes of meeting Tuesday, 3 February 2026 of Executive Cabinet')]))).toBe('Executive Cabinet');
    expect(bodyOf(meeting([item('Minutes', 'To confirm the minutes of the Parish Council meeting held on 2 March 2026.')]))).toBe('Parish Council');
  });

  it('takes no body from a name that is no body\'s, a record only received, or an exempt item', () => {
    expect(bodyOf(meeting([item('Minutes', 'That the minutes of the Committee held on 2 March 2026 be confirmed.')]))).toBeNull();
    expect(bodyOf(meeting([item('Minutes', 'That the minutes of the Annual General Meeting of the Authority held on 2 March 2026 be signed.')]))).toBeNull();
    expect(bodyOf(meeting([item('Minutes of Committees', 'To receive the minutes of the Planning Committee held on 2 March 2026.')]))).toBeNull();
    expect(bodyOf(meeting([item('Staffing', 'To confirm the minutes of the Staffing Panel held on 2 March 2026.', { private: true })]))).toBeNull();
  });

  it('never replaces the committee the reading found', () => {
    expect(bodyOf(meeting([item('Minutes', 'To confirm the minutes of the Planning Committee held on 2 March 2026.')], 'Council'))).toBe('Council');
  });
});
