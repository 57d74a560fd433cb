// Where a decision's own words begin after the motion that carried it, decisions printed inside a matter's
// paragraph, and tasks and papers asked for in a decision's words; each form beside a near miss.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string) => extractMinuteContent(text).resolutions.map((r) => r.text);
const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('the motion before a decision is not the decision', () => {
  it('reads a label followed by its proposer and seconder from "that"', () => {
    expect(decisions('Resolved, proposed Cllr Penrose, seconded Cllr Oduya, that Mira Thorne be co-opted to the council. Unanimously agreed')).toEqual([
      'Mira Thorne be co-opted to the council.',
    ]);
    // A label with no motion before its words keeps them all.
    expect(decisions('Resolved, that these minutes be agreed as a true record')).toEqual(['these minutes be agreed as a true record']);
  });

  it('reads "Motion (XX) & seconded (YY) that ..." after the matter it decides', () => {
    expect(decisions('Full Council 14/3/2025 - Motion (GW) & seconded (LP) that the minutes be approved as a true record. Unanimously agreed and signed by the Chairman.')).toEqual([
      'the minutes be approved as a true record.',
    ]);
  });

  it('reads what a named mover moved once it was seconded', () => {
    expect(decisions('The Chairman of the Council MOVED and it was duly SECONDED that the minutes of the meeting held on 4 March 2025 be signed as a correct record.\n\nThe Motion was put to the vote and declared CARRIED.')).toEqual([
      'the minutes of the meeting held on 4 March 2025 be signed as a correct record.',
    ]);
    expect(decisions('Councillor Penhale MOVED and Councillor Jago SECONDED that the Winter Service Plan be approved.')).toEqual(['the Winter Service Plan be approved.']);
    // Moved and never seconded: no motion carried.
    expect(decisions('The Chairman of the Council moved that the item be deferred.')).toEqual([]);
  });

  it('keeps the resolution, not the motion it carried, when the motion says more', () => {
    const text = [
      'Councillor Trevanion MOVED and Councillor Hosking SECONDED that under Procedure Rule 9.2 the meeting be adjourned until Tuesday, 4th March 2025 at 7.00 p.m. so that the budget papers could be reprinted.',
      'On being put to the VOTE the MOTION was CARRIED.',
      'RESOLVED that the meeting be adjourned until Tuesday, 4th March 2025 at 7.00 p.m.',
    ].join('\n\n');
    expect(decisions(text)).toEqual(['the meeting be adjourned until Tuesday, 4th March 2025 at 7.00 p.m.']);
    // A resolution that says more than the motion is kept as it is.
    const fuller = 'It was proposed and seconded that Councillor Rowe be elected Vice-Chair.\n\nRESOLVED: That Councillor Rowe be elected Vice-Chair of the Panel for 2025/26.';
    expect(decisions(fuller)).toEqual(['Councillor Rowe be elected Vice-Chair of the Panel for 2025/26.']);
  });
});

describe('decisions inside a matter of a minute', () => {
  it('reads a decision set off from the matter by a dash', () => {
    expect(decisions('Several actions on the tracker were overdue – it was agreed that the Scrutiny Officer would chase the owners before the next meeting.')).toEqual([
      'it was agreed that the Scrutiny Officer would chase the owners before the next meeting.',
    ]);
    // A dash before "it was noted" records no decision.
    expect(decisions('Several actions on the tracker were overdue – it was noted that two were with the Cabinet.')).toEqual([]);
  });

  it('reads a numbered matter that runs on from its name into its minute', () => {
    const text = '5 Matters arising\n\n5.1 Bus shelter - the glazing had been replaced.\n\n5.2 Planters - the Clerk had asked two firms to price the work. It was unanimously agreed to ask Cllr Morvah to obtain a third quote.';
    expect(decisions(text)).toEqual(['It was unanimously agreed to ask Cllr Morvah to obtain a third quote.']);
  });
});

describe('what a decision asks for', () => {
  it('reads a task set on one of the board’s officers as a request', () => {
    const text = 'RESOLVED:\n\n(1) That the progress on the actions be noted;\n\n(2) That the Scrutiny Officer be requested to canvass the Members for a date for the budget workshop.';
    expect(requests(text)).toEqual(['That the Scrutiny Officer be requested to canvass the Members for a date for the budget workshop.']);
    expect(requests('RESOLVED: That the Democratic Adviser be asked to find a date for the site visit.')).toEqual(['the Democratic Adviser be asked to find a date for the site visit.']);
    // Asking another body to act is its decision, not a request to the board's officers.
    expect(requests('RESOLVED: That the Cabinet be requested to review the parking charges.')).toEqual([]);
  });

  it('reads asking someone for a quote or a paper as a request', () => {
    expect(requests('It was unanimously agreed to ask Cllr Morvah to reconsider and provide a new quote.')).toEqual([
      'It was unanimously agreed to ask Cllr Morvah to reconsider and provide a new quote.',
    ]);
    // Asking someone to do a thing that brings the board nothing is not one.
    expect(requests('It was agreed to ask the footpath warden to walk the route in May.')).toEqual([]);
  });
});

describe('decisions a rendering set apart from their label or their item', () => {
  it('reads "RESOLVED that 1) ...;" with the next clause on the next line as two decisions', () => {
    const text = 'Moved by Councillor Ashby and seconded by Councillor Lund\nRESOLVED that 1) the response of the Executive be noted;\n2) Officers monitor the actions and provide update reports in March.';
    expect(decisions(text)).toEqual(['the response of the Executive be noted', 'Officers monitor the actions and provide update reports in March.']);
    expect(requests(text)).toEqual(['Officers monitor the actions and provide update reports in March.']);
  });

  it('reads the record of the last meeting beside a decision whose label was dropped', () => {
    const text = 'The Minutes of the last Meeting held on 2 May 2025 were agreed as a correct record.\n\nA Member asked about the vacancies on the Committee.\n\nThat the vacancies be filled as a priority.';
    expect(decisions(text)).toEqual(['The Minutes of the last Meeting held on 2 May 2025 were agreed as a correct record.', 'the vacancies be filled as a priority.']);
    // Beside a labelled decision, a view the members shared is still no decision of its own.
    expect(decisions('Members agreed that the scheme had worked well.\n\nRESOLVED that the report be noted.')).toEqual(['the report be noted.']);
  });

  it('reads a decision an item’s title states when the title is the whole sentence', () => {
    expect(extractMinuteContent('', { title: 'It was agreed to donate £40 to the village fete.' }).resolutions.map((r) => r.text)).toEqual(['It was agreed to donate £40 to the village fete.']);
    expect(extractMinuteContent('', { title: 'The grass verges on Mill Lane need cutting.' }).resolutions).toEqual([]);
    expect(extractMinuteContent('', { title: 'Approval of the minutes' }).resolutions).toEqual([]);
  });
});

describe('prices and errands asked for', () => {
  it('reads estimates or quotes asked for as a request', () => {
    expect(requests('Resolved: Estimates requested for the hedge work.')).toEqual(['Estimates requested for the hedge work.']);
    // Quotes already in hand are not asked for.
    expect(requests('Three quotes were received and considered.')).toEqual([]);
  });

  it('reads a councillor set to collate and circulate', () => {
    expect(requests('Adams to collate the suggestions and circulate to Council.')).toEqual(['Adams to collate the suggestions and circulate to Council.']);
  });
});

describe('closing words and motions as small councils print them', () => {
  it('reads "RESOLVED and noted." and "RESOLVED accordingly." as closing the sentence they decide', () => {
    expect(decisions('A letter from the County Council about the resurfacing of Station Road in May was received. RESOLVED and noted.')).toEqual([
      'A letter from the County Council about the resurfacing of Station Road in May was received.',
    ]);
    expect(decisions('The Clerk recommended that the allotment rents stay at £30 a plot.\nRESOLVED accordingly.')).toEqual([
      'The Clerk recommended that the allotment rents stay at £30 a plot.',
    ]);
    // "and noted" after another word is no closing label.
    expect(decisions('The Clerk reported on the bank balances and noted the interest earned.')).toEqual([]);
  });

  it('reads "RESOLVED: 1) That ... 2) That ..." run together as two decisions', () => {
    expect(decisions('RESOLVED: 1) That the report be noted. 2) That the Director provide a briefing note on the backlog.')).toEqual([
      'That the report be noted.',
      'That the Director provide a briefing note on the backlog.',
    ]);
  });

  it('reads "proposed by A and seconded by B to ..." from "to"', () => {
    expect(decisions('It was proposed by Cllr Amos and seconded by Cllr Bell to accept the quote of £640 for the gate.')).toEqual(['to accept the quote of £640 for the gate.']);
    // "... and it was the unanimous decision to ..." is read from the decision, not from "to" after the seconder.
    expect(decisions('It was proposed by Cllr. Amos and seconded by Cllr. Bell and it was the unanimous decision to repaint the shelter.')).toEqual([
      'it was the unanimous decision to repaint the shelter.',
    ]);
  });

  it('reads a matter taken on as a future piece of work as a request', () => {
    expect(requests('It was agreed to add this as a future piece of work.')).toEqual(['It was agreed to add this as a future piece of work.']);
    expect(requests('It was agreed that the matter was a piece of work for the Cabinet.')).toEqual([]);
  });
});

describe('parish decisions and errands in prose', () => {
  it('reads "it was discussed and agreed", two words before "agreed", and "agreed <thing> to be ..."', () => {
    expect(decisions('It was discussed and agreed that the council would again hire the summer skip.')).toEqual(['It was discussed and agreed that the council would again hire the summer skip.']);
    expect(decisions('It was finally unanimously agreed that no further action be taken.')).toEqual(['It was finally unanimously agreed that no further action be taken.']);
    expect(decisions('It was agreed work to be completed by the end of May.')).toEqual(['It was agreed work to be completed by the end of May.']);
  });

  it('reads an appointment confirmed in the passive, but not a decision of an earlier meeting', () => {
    expect(decisions('Appointment of Rhoda Penn as Clerk was confirmed and the contract signed.')).toEqual(['Appointment of Rhoda Penn as Clerk was confirmed and the contract signed.']);
    expect(decisions('The budget for the signs was approved at a previous meeting.')).toEqual([]);
  });

  it('reads a motion whose proposer is named and which a vote carried, without the vote', () => {
    expect(decisions('Cllr Kirk proposed minutes agreed, Cllr Tanner seconded, all in favour.')).toEqual(['Cllr Kirk proposed minutes agreed, Cllr Tanner seconded.']);
    // Proposed and never voted on: no decision.
    expect(decisions('Cllr Kirk proposed a new bench for the green.')).toEqual([]);
  });

  it('reads errands set in the passive, answers awaited, matters put to a later meeting and things the council asks to be done', () => {
    expect(requests('The clerk was tasked with discussing the signs with the highways team.')).toEqual(['The clerk was tasked with discussing the signs with the highways team.']);
    expect(requests('War Memorial – Awaiting response from the trustees')).toEqual(['War Memorial – Awaiting response from the trustees']);
    expect(requests('The inspection report has been circulated and discussion will be held at November meeting.')).toEqual([
      'The inspection report has been circulated and discussion will be held at November meeting.',
    ]);
    expect(requests('Cllr Bense reported potholes, could we request that the verge outside the school is repaired.')).toEqual([
      'Cllr Bense reported potholes, could we request that the verge outside the school is repaired.',
    ]);
    expect(requests('A date will be agreed and posted on the website and notice boards.')).toEqual(['A date will be agreed and posted on the website and notice boards.']);
    expect(requests('Phone Box – Cllr Jones to make inquiries to find a restorer.')).toEqual(['Phone Box – Cllr Jones to make inquiries to find a restorer.']);
    // An answer already in hand, a report already given: nothing owed.
    expect(requests('War Memorial – Response received from the trustees.')).toEqual([]);
    expect(requests('The discussion was held at the October meeting.')).toEqual([]);
  });
});

describe('the record of the last meeting in a word or two', () => {
  it('reads "Approved and signed as a correct record." under the minutes item', () => {
    expect(decisions('Approved and signed as a correct record.')).toEqual(['Approved and signed as a correct record.']);
    expect(decisions('Approved and signed by the contractor.')).toEqual([]);
  });
});

describe('decisions whose subject the minute leaves out', () => {
  it('reads "Agreed we ask that ...", "Agreed the Clerk write ...", "Agreed that we wait ...", and councillors appointing', () => {
    const text = 'Footbridge. Agreed we ask that the loose handrail be repaired before Easter.\n\nSeats. Agreed the Clerk write a letter to the chapel about a second bench.\n\nCouncillors appointed Mair Prosser as acting clerk.';
    expect(decisions(text)).toEqual([
      'Agreed we ask that the loose handrail be repaired before Easter.',
      'Agreed the Clerk write a letter to the chapel about a second bench.',
      'Councillors appointed Mair Prosser as acting clerk.',
    ]);
    // Each ask once, in the decision's words.
    expect(requests(text)).toEqual(['Agreed we ask that the loose handrail be repaired before Easter.', 'Agreed the Clerk write a letter to the chapel about a second bench.']);
    expect(decisions('Agreed with the Clerk that the hedge was overgrown.')).toEqual([]);
  });

  it('reads a matter put off "To be revisited then." and a clerk asked to request a meeting', () => {
    expect(requests('A joint meeting with the county is planned for May. To be revisited then.')).toEqual(['A joint meeting with the county is planned for May. To be revisited then.']);
    expect(requests('The clerk was asked to request a meeting with the rights of way officer.')).toEqual(['The clerk was asked to request a meeting with the rights of way officer.']);
  });
});

describe('a matter put off until something comes back', () => {
  it('reads "deferred pending further information" as a request, and a plain deferral to a date as none', () => {
    expect(requests('The matter was deferred pending further information from the county.')).toEqual(['The matter was deferred pending further information from the county.']);
    expect(requests('The bench was deferred because of the weather.')).toEqual([]);
  });
});
