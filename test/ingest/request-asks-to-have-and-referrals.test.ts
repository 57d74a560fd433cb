// Asks that principal councils' minutes word without "requested that ... be provided": a paper the board asked to see or
// have, a paper the minute says members will be given, an answer "to follow", a matter referred to one of the board's
// groups or asked to be worked up for the board, a decision that a paper be prepared; beside the paper of the meeting
// itself ("would be presented at the meeting"), which leaves nothing to wait for, and an ask taken up by the next
// sentence ("Officers agreed to circulate this information"), which is one request, not two.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('asks worded as having or seeing a paper', () => {
  it('reads a paper the board asked to see or to receive', () => {
    expect(requests('Councillor Okafor asked to see the revised allotment waiting list.')).toEqual(['Councillor Okafor asked to see the revised allotment waiting list.']);
    expect(requests('Members requested to receive a copy of the bus strategy consultation report.')).toHaveLength(1);
  });

  it('leaves the agenda asking the board to see something', () => {
    expect(requests('Members were asked to see the appendix as a draft.')).toEqual([]);
  });

  it('reads a paper promised to members and an answer still to follow', () => {
    expect(requests('Members would be provided with the breakdown of fly-tipping reports by ward.')).toHaveLength(1);
    expect(requests('A member queried the cost of the new signage. Details to follow.')).toEqual(['Details to follow.']);
  });
});

describe('matters sent on to come back', () => {
  it('reads a referral to a working group and an ask to be worked up for the board', () => {
    expect(requests('The matter was referred to the Budget Working Group.')).toHaveLength(1);
    expect(requests('Members asked for the options to be worked up by the task group, for further consideration by the Panel in March.')).toHaveLength(1);
  });

  it('leaves a referral made before the meeting', () => {
    expect(requests('The scheme had been referred to the Member Working Group last year.')).toEqual([]);
  });

  it('reads a decision that a paper be prepared, not one that a paper be noted', () => {
    expect(requests('RESOLVED that a timetable be prepared showing when each recommendation will be implemented.')).toHaveLength(1);
    expect(requests('RESOLVED that the report be noted.')).toEqual([]);
  });
});

describe('the paper of the meeting itself', () => {
  it('leaves a paper to be presented at this meeting, and reads one for a meeting to come', () => {
    expect(requests('The Cabinet Member said that the revised report would be presented at the meeting.')).toEqual([]);
    expect(requests('The Cabinet Member said that the revised report would be presented at the meeting in March.')).toHaveLength(1);
  });
});

describe('an ask and the undertaking that meets it', () => {
  it('gives one request quoting both sentences', () => {
    expect(requests('Councillor Lindqvist asked for the number of agency social workers in each team. Officers agreed to circulate this information.')).toEqual([
      'Councillor Lindqvist asked for the number of agency social workers in each team. Officers agreed to circulate this information.',
    ]);
  });

  it('keeps two asks for two things', () => {
    expect(requests('Councillor Lindqvist asked for the number of agency social workers. The Director agreed to circulate the recruitment plan.')).toHaveLength(2);
  });
});

describe('a list under a stem that asks', () => {
  it('reads each item under "The Committee requested that:", roman-numbered or lettered', () => {
    const text =
      'Members discussed the draft strategy.\n\nThe Committee requested that:\n\ni) a breakdown of grant spending by parish be circulated to Members;\n\nii) the Director report back on vacancies in January 2026; and\n\niii) the survey responses be shared with the Committee.\n';
    expect(requests(text)).toEqual([
      'a breakdown of grant spending by parish be circulated to Members',
      'the Director report back on vacancies in January 2026',
      'the survey responses be shared with the Committee.',
    ]);
  });

  it('reads each clause of a resolution whose stem asks, but not a clause that only notes', () => {
    const text = 'RESOLVED that the Committee requests that:\n\n(a) a breakdown of grant spending by parish be circulated to Members;\n\n(b) the Director attends the March meeting; and\n\n(c) the update be noted.\n';
    expect(requests(text)).toEqual(['a breakdown of grant spending by parish be circulated to Members', 'the Director attends the March meeting']);
  });
});

describe('an owner set a task in a later clause of the sentence', () => {
  it('reads "... and Clerk would cover this", "... but PT will make an informal approach", "JS agreed to complete ..."', () => {
    expect(requests('The new houses at Mill Lane should also be included and Clerk would cover this.')).toHaveLength(1);
    expect(requests('Rain had stopped the field being used but PT will make an informal approach to the organisers.')).toHaveLength(1);
    expect(requests('JS agreed to complete the end of year return for the grant.')).toHaveLength(1);
  });

  it('leaves a clause that names someone but sets no task', () => {
    expect(requests('The grant was agreed and the Clerk would be pleased to hear from applicants.')).toEqual([]);
    expect(requests('Members noted the report and RD will be away in June.')).toEqual([]);
  });
});

describe('a paper to be available to the board', () => {
  it('reads a paper available later for the board, not one available at the meeting', () => {
    expect(requests('He confirmed that the readmission figures should be available in the autumn for the Panel to consider.')).toHaveLength(1);
    expect(requests('The plans will be available for members to view at the meeting.')).toEqual([]);
  });
});

describe("the agenda's words printed above the minute", () => {
  it('leaves "[To receive a report on ...]" and reads a decision worded "To receive a further report ..."', () => {
    expect(requests('[To receive a report on community transport in the borough.]')).toEqual([]);
    expect(requests('It was RESOLVED:\n\n1.    To note the report; and\n\n2.    To receive a further report once the review of the depots is complete.\n')).toHaveLength(1);
  });
});

describe('an action line under the ask it meets', () => {
  it('gives one request for the ask and the action line under it, and keeps an action line under a paragraph that asked nothing', () => {
    const text =
      'The Head of Repairs introduced the report. Members asked for the number of open cases in each ward.\n\nACTION: Head of Repairs to circulate the figures to Members.\n\nMembers asked whether the new surveyors were in post. The Head of Repairs confirmed they were.\n\nAction: Scrutiny Officer to add a further update to the work programme for June.\n';
    expect(requests(text)).toEqual([
      'Members asked for the number of open cases in each ward. ACTION: Head of Repairs to circulate the figures to Members.',
      'Action: Scrutiny Officer to add a further update to the work programme for June.',
    ]);
  });
});

describe('an undertaking that goes on to say something else', () => {
  it('is quoted with the ask up to where it goes on', () => {
    expect(
      requests('Members requested that figures on the take-up of respite care be provided. Officers agreed to circulate this information and explained that the scheme had begun in the spring.'),
    ).toEqual(['Members requested that figures on the take-up of respite care be provided. Officers agreed to circulate this information.']);
  });
});

describe('a question answered in its own sentence', () => {
  it('asks nothing, unless the answer promises something', () => {
    expect(requests('Cllr Ibbotson enquired as to whether the closed reviews would be reported back to the Board and Cllr Marr directed him to the reasons given in the report.')).toEqual([]);
    expect(
      requests('Cllr Ibbotson asked whether the cycling review was included and Ruth Anand informed the board that it was still live, and that there would be a progress report coming to the Board in due course.'),
    ).toHaveLength(1);
    expect(requests('Members asked if the figures could be circulated.')).toHaveLength(1);
  });
});

describe('a table of actions', () => {
  it('reads each row under "Action  Owner  Date" as a request due by its date', () => {
    const text =
      'The Head of Transport presented the report.\n\nAction                                          Owner                 Date\nCirculate route numbers to Members              Head of Transport     March 2026\nAdd the tender to the work programme            Scrutiny Officer      April 2026\n\nRESOLVED that the report be noted.\n';
    const made = extractMinuteContent(text).requests;
    expect(made.map((r) => r.text)).toEqual(['Circulate route numbers to Members Head of Transport March 2026', 'Add the tender to the work programme Scrutiny Officer April 2026']);
    expect(made.map((r) => r.due?.date)).toEqual(['2026-03-31', '2026-04-30']);
  });

  it('reads the rows of a table saved with bars', () => {
    const text = 'Members discussed the depot.\n\n| Action | Owner | Date |\n| Share the lease terms | Head of Property | May 2026 |\n';
    expect(requests(text)).toEqual(['Share the lease terms Head of Property May 2026']);
  });
});

describe('a decision sending the board a paper or an answer', () => {
  it('reads a copy or figures sent to members and a question passed on for a response', () => {
    expect(requests('RESOLVED that Members receive a copy of the consultation report.')).toHaveLength(1);
    expect(requests('RESOLVED that the Committee be provided with the figures.')).toHaveLength(1);
    expect(requests('RESOLVED that the question be passed to the Director of Public Health for a written response.')).toHaveLength(1);
  });

  it('leaves the report before the meeting received, and the board\'s views sent on', () => {
    expect(requests('RESOLVED that the Committee receive the report.')).toEqual([]);
    expect(requests('RESOLVED that the comments of the Committee be passed to Cabinet.')).toEqual([]);
  });
});

describe('a matter taken up again later, and news the board is to have', () => {
  it('reads a matter to be picked up or revisited later, and members to be updated', () => {
    expect(requests('This would be picked up as part of the budget scrutiny in January.')).toHaveLength(1);
    expect(requests('The Committee would revisit the matter once the consultation closed.')).toHaveLength(1);
    expect(requests('Members would be updated on progress at a future meeting.')).toHaveLength(1);
  });

  it('leaves what was told at the meeting and work picked up by others', () => {
    expect(requests('Members were updated on progress.')).toEqual([]);
    expect(requests('The issue would be picked up by the contractor.')).toEqual([]);
  });
});

describe('an undertaking given, as a noun', () => {
  it('reads "gave an undertaking to ..." as "undertook to ..."', () => {
    expect(requests('The Scrutiny Officer, with the endorsement of the Panel, gave an undertaking to help arrange the visit.')).toHaveLength(1);
    expect(requests('The landlord had given an undertaking to the court in 2019.')).toEqual([]);
  });
});
