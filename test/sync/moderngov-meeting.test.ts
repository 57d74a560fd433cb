import { describe, expect, it } from 'vitest';
import { externalMeetingId, meetingToDocument } from '../../src/sync/moderngov-meeting.ts';
import { readMeeting, type MgMeeting } from '../../src/sync/moderngov-xml.ts';
import { fixture } from './fake-moderngov.ts';

const BOARD = { id: '569', title: "Education and Children's Services Scrutiny Board (2)" };
const read = (name: string) => meetingToDocument(readMeeting(fixture(name)), BOARD);

describe('a meeting with published minutes', () => {
  const doc = read('board-meeting-9101.xml');
  const meeting = doc.meetings[0]!;
  const item = (n: string) => meeting.items.find((i) => i.number === n)!;

  it('is one ModernGov meeting with its date, time, place and identity', () => {
    expect(doc.kind).toBe('moderngov');
    expect(doc.meetings).toHaveLength(1);
    expect(meeting).toMatchObject({
      committee: BOARD.title,
      date: '2025-09-18',
      time: '14:00',
      place: 'Diamond Rooms 1 and 2, Council House',
      kind: 'minutes',
      status: 'minutes',
      externalId: 'moderngov:569:9101',
    });
    expect(externalMeetingId('569', '9101')).toBe(meeting.externalId);
  });

  it('keeps who attended, the chair and apologies; not the absent', () => {
    expect(meeting.chair).toBe('Councillor B Christopher');
    expect(meeting.present.map((p) => [p.name, p.role, p.chair])).toEqual([
      ['Councillor B Christopher', 'member', true],
      ['Councillor S Gray', 'member', false],
      ['Mrs S Hanson', 'co-opted', false],
      ['Councillor P Seaman', 'cabinet', false],
    ]);
    expect(meeting.apologies.map((a) => a.name)).toEqual(['Councillor K Sandhu']);
  });

  it('reads items with numbers, titles, report authors and papers', () => {
    expect(meeting.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies and Substitutions'],
      ['2', 'Declarations of Interest'],
      ['3', 'Minutes'],
      ['4', 'Private Fostering Annual Report 2024/25'],
      ['5', 'Work Programme 2025/26'],
      ['6', "Children's Residential Care Placements Contract"],
    ]);
    expect(item('4').reportAuthor).toBe("Briefing Note of the Director of Children's Services");
    expect(item('5').reportAuthor).toBe('Scrutiny Co-ordinator');
    expect(item('4').papers.map((p) => [p.title, p.url])).toEqual([
      ['Private Fostering Annual Report 2024/25', 'https://edemocracy.example.gov.uk/documents/s70002/paper.pdf'],
      ['Appendix 1 - Communication Plan', 'https://edemocracy.example.gov.uk/documents/s70003/paper.pdf'],
    ]);
  });

  it('runs the minute text through the same resolution and request extraction as files', () => {
    expect(item('4').body).toContain('The Board requested information on the following:');
    expect(item('4').body).not.toMatch(/<\/?p|&nbsp;|&rsquo;/);
    expect(item('4').resolutions.map((r) => r.text)).toEqual([
      'Notes the annual report.',
      'Requests an update on private fostering awareness raising in schools in March 2026.',
    ]);
    const requests = item('4').requests;
    expect(requests.filter((r) => r.kind === 'information').map((r) => r.text)).toEqual([
      'The number of private fostering notifications received from schools',
      'The timeliness of statutory visits to privately fostered children',
    ]);
    expect(requests.find((r) => r.kind === 'update')?.due?.date).toBe('2026-03-31');
    expect(item('5').workProgrammeAdditions).toEqual(['Elective Home Education', "Children's Mental Health Support in Schools"]);
  });

  it('keeps the approval of the previous minutes as this meeting\'s item, with the minutes paper as a link', () => {
    // The last meeting's minutes "agreed and signed as a true record" are this meeting's decision on its record.
    expect(item('3').resolutions.map((r) => r.text)).toEqual(['The minutes of the meeting held on 17 July 2025 were agreed and signed as a true record.']);
    expect(item('3').requests).toEqual([]);
    expect(item('3').papers).toEqual([
      {
        title: "Printed minutes 17th-Jul-2025 14.00 Education and Children's Services Scrutiny Board (2)",
        url: 'https://edemocracy.example.gov.uk/documents/s70001/paper.pdf',
        restricted: false,
      },
    ]);
  });

  it('keeps a restricted item as exempt: title only, even though its minutes resolve something', () => {
    expect(item('6')).toMatchObject({ private: true, body: '', reportAuthor: null, resolutions: [], requests: [] });
    expect(item('6').papers).toEqual([{ title: 'Residential Care Placements - Evaluation of Bids', url: null, restricted: true }]);
  });
});

describe('other states of a meeting', () => {
  it('an agenda: decoded titles, a restricted appendix without its URL, nobody "present" yet', () => {
    const meeting = read('board-meeting-9103.xml').meetings[0]!;
    expect(meeting).toMatchObject({ date: '2026-01-29', time: '10:00', status: 'agenda', kind: 'agenda', present: [] });
    const send = meeting.items.find((i) => i.number === '4')!;
    expect(send.title).toBe('Special Educational Needs & Disabilities (SEND) Update');
    expect(send.reportAuthor).toBe('Briefing Note of the Director of Education and Skills');
    expect(send.private).toBe(false);
    expect(send.papers).toEqual([
      { title: 'SEND Update - Briefing Note', url: 'https://edemocracy.example.gov.uk/documents/s71002/paper.pdf', restricted: false },
      { title: 'Appendix 2 - Individual case reviews', url: null, restricted: true },
    ]);
    expect(meeting.items.flatMap((i) => i.resolutions)).toEqual([]);
  });

  it('cancelled and planned meetings', () => {
    expect(read('board-meeting-9102.xml').meetings[0]).toMatchObject({ date: '2026-01-27', status: 'cancelled', items: [] });
    expect(read('lgsf-meeting_no_minutes.xml').meetings[0]).toMatchObject({ date: '2026-01-13', status: 'cancelled' });
    expect(read('board-meeting-9104.xml').meetings[0]).toMatchObject({ date: '2026-03-19', time: '14:00', status: 'planned' });
  });

  it('the recorded LGSF meeting: the Minutes item approving earlier minutes resolves nothing of theirs', () => {
    const meeting = read('lgsf-meeting_with_minutes.xml').meetings[0]!;
    expect(meeting).toMatchObject({ date: '2026-02-10', time: '10:00', status: 'minutes', place: 'Council Antechamber, Level 2, Town Hall Extension' });
    expect(meeting.items.map((i) => [i.number, i.title, i.resolutions.length, i.requests.length])).toEqual([
      ['1', 'Minutes', 0, 0],
      ['9', 'Work Programme', 0, 0],
    ]);
    expect(meeting.items[0]!.papers[0]!.url).toBe('https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860');
    // "Expected" is who is due to come, not who came.
    expect(meeting.present).toEqual([]);
  });

  it('items after a resolution excluding the press and public are exempt', () => {
    const base = readMeeting(fixture('board-meeting-9101.xml'));
    const exclusion = {
      ...base.items[0]!,
      number: '7',
      title: 'Exclusion of Press and Public',
      minutesHtml:
        '<p>RESOLVED that, under Section 100(A)(4) of the Local Government Act 1972, the press and public be excluded from the meeting ' +
        'for the following item of business on the grounds that it involves the likely disclosure of exempt information.</p>',
    };
    const after = { ...base.items[3]!, number: '8', title: 'Placement Sufficiency Review', restricted: false };
    const meeting: MgMeeting = { ...base, items: [exclusion, after] };
    const items = meetingToDocument(meeting, BOARD).meetings[0]!.items;
    expect(items[1]).toMatchObject({ title: 'Placement Sufficiency Review', private: true, body: '', resolutions: [] });
    expect(items[1]!.papers.every((p) => p.url === null)).toBe(true);
  });
});
