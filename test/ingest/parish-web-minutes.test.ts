// Parish minutes published as web pages: a heading and its minute on one line, an agenda's wording as a
// title, an item's first lettered part on its number's line, and a page title printed twice.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/ingest/line-kinds.ts';
import { onlyMeeting } from './only-meeting.ts';

const heading = (text: string) => classifyLine({ text, blank: false, bullet: false, emphasis: false, indent: 0 } as never, 0).heading;

describe('headings of parish web minutes', () => {
  it('reads a sentence after a colon as the minute, stop or no stop, and a subtitle after a colon as the title', () => {
    expect(heading('612. Apologies for Absence: There were no absentees')).toMatchObject({ number: '612', title: 'Apologies for Absence', rest: 'There were no absentees' });
    expect(heading('7. Planning: Land at Mill Lane')).toMatchObject({ number: '7', title: 'Planning: Land at Mill Lane', rest: null });
  });

  it('reads an agenda\'s wording as the title before a stop', () => {
    expect(heading('613. To invite Councillors to declare an interest in matters on the Agenda. None were declared')).toMatchObject({
      title: 'To invite Councillors to declare an interest in matters on the Agenda',
      rest: 'None were declared',
    });
  });

  it('reads "615.  a) Planning applications" as item 615, its first part\'s title', () => {
    expect(heading('615.  a) Planning applications')).toMatchObject({ number: '615', title: 'Planning applications' });
    expect(heading('615a) Planning applications')).toMatchObject({ number: '615a' });
  });
});

describe('a page title printed twice', () => {
  it('heads one set of minutes', () => {
    const text = [
      'Minutes of Meeting, Tuesday, 4th February 2025',
      '',
      'Minutes of Meeting, Tuesday, 4th February 2025',
      '',
      'The Parish Council met on Tuesday, 4th February in the Methodist Hall, at 7.30pm',
      '',
      'Councillors: R. Castle, J. Fenwick',
      '',
      '1. Apologies for Absence: There were no absentees',
      '',
      '2. Speedwatch',
      '',
      'Dates for speedwatch have been set.',
    ].join('\n');
    const m = onlyMeeting(text);
    expect([m.date, m.time, m.items.map((i) => i.title)]).toEqual(['2025-02-04', '19:30', ['Apologies for Absence', 'Speedwatch']]);
  });
});

describe('a town council\'s minutes as a post on its site', () => {
  const post = (tail: string) =>
    [
      'Menu',
      '',
      'Home',
      'Contact Us',
      '',
      'Minutes of Full Council – 9 January 2025',
      '',
      'Posted on 15 January 2025',
      '',
      'MINUTES OF THE MEETING OF HARROWBY TOWN COUNCIL HELD ON THURSDAY 9 JANUARY 2025 AT 7.00PM',
      '',
      'PRESENT: Cllr D Foulkes (Town Mayor), Cllr A Greenhalgh, Cllr P Nwosu',
      '',
      'APOLOGIES FOR ABSENCE',
      '',
      'Apologies were received from Cllr M Harker.',
      '',
      'CHRISTMAS LIGHTS',
      '',
      'Cllr Greenhalgh reported on the switch-on event.',
      '',
      'DATE OF NEXT MEETING',
      '',
      'Thursday 13 February 2025 at 7.00pm.',
      '',
      'The meeting closed at 8.40pm.',
      '',
      tail,
    ].join('\n');

  it('is one meeting: the "Related" links below it are no minutes, "Posted on" is no item', () => {
    const m = onlyMeeting(post('Share this:\nFacebook\n\nRelated\n\nMinutes of Full Council – 12 December 2024\nMinutes of Planning Committee – 5 December 2024\n\nPrivacy Policy\nCookies'));
    expect(m.date).toBe('2025-01-09');
    expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'CHRISTMAS LIGHTS', 'DATE OF NEXT MEETING']);
  });

  it('reads the town mayor in brackets as the chair and the present as those listed', () => {
    const m = onlyMeeting(post(''));
    expect(m.chair).toBe('Councillor D Foulkes');
    expect(m.present.map((p) => p.name)).toEqual(['Councillor D Foulkes', 'Councillor A Greenhalgh', 'Councillor P Nwosu']);
  });
});

describe('a parish\'s chairman named by surname on a line of their own', () => {
  it('reads "Chairman Hollins" as the chair and "Vice Chairman Mbeki" as present', () => {
    const text = [
      'Minutes of Meeting, Tuesday, 4th February 2025',
      '',
      'The Parish Council met on Tuesday, 4th February in the Methodist Hall, at 7.30pm',
      '',
      'Chairman Hollins',
      '',
      'Vice Chairman Mbeki',
      '',
      'Councillors: R. Castle, J. Fenwick',
      '',
      '1. Apologies for Absence: There were no absentees',
      '',
      '2. Speedwatch',
      '',
      'Dates for speedwatch have been set.',
    ].join('\n');
    const m = onlyMeeting(text);
    expect(m.chair).toBe('Hollins');
    expect(m.present.map((p) => p.name)).toEqual(['Hollins', 'Mbeki', 'Councillor R. Castle', 'Councillor J. Fenwick']);
  });
});
