// Requests owned by someone the minute names: members' initials, two councillors under one title, posts such as the
// Leader or the Chief Executive, and business put on the agenda of a meeting the minute names; each beside a near miss.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('requests owned by initials, named members and posts', () => {
  it('reads a task set against initials whatever the verb, one pair of initials too', () => {
    expect(requests('KB to discuss the lease with the bowls club.')).toEqual(['KB to discuss the lease with the bowls club.']);
    expect(requests('The hall was booked. TW & JN to work with the school on a date for the fair.')).toEqual(['TW & JN to work with the school on a date for the fair.']);
    // Initials that did something, or an organisation's letters before "to be", ask nothing.
    expect(requests('KB reported that the lease had been signed.')).toEqual([]);
    expect(requests('NHS to be thanked for the vaccination clinic.')).toEqual([]);
  });

  it('reads two councillors named under one title, and enquiries someone will make', () => {
    expect(requests('Cllrs Hale and Orton will prepare a specification for the new fence.')).toHaveLength(1);
    expect(requests('The Clerk will make enquiries about insurance for the new bench.')).toHaveLength(1);
    expect(requests('Cllr Orton agreed to enquire at the garage about the parking.')).toHaveLength(1);
    // What two councillors did, and enquiries already made, are past.
    expect(requests('Cllrs Hale and Orton prepared a specification for the new fence.')).toEqual([]);
    expect(requests('The Clerk had made enquiries about insurance in January.')).toEqual([]);
  });

  it('reads the Leader, the Chief Executive or the Town Clerk undertaking something', () => {
    expect(requests('The Leader undertook to liaise with the licensing team about the late opening.')).toHaveLength(1);
    expect(requests('The Chief Executive agreed to arrange a briefing for all councillors on the review.')).toHaveLength(1);
    expect(requests('The Town Clerk agreed to contact the bus operator about the timetable.')).toHaveLength(1);
    expect(requests('The Leader said that the railings had been repaired.')).toEqual([]);
  });

  it('reads business put on the agenda of a meeting, a date or a committee the minute names', () => {
    expect(requests('It was agreed to add to the agenda of the June meeting a report on the permit scheme.')).toHaveLength(1);
    expect(requests('No quote as yet; it was agreed to put it on the agenda for the finance committee.')).toHaveLength(1);
    expect(requests('The closure report is to be added to the agenda for 20 March 2026.')).toHaveLength(1);
    expect(requests('Members regretted the report not being added to the agenda for the March meeting.')).toEqual([]);
  });
});
