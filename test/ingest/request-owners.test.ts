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

describe('a numbered paragraph read as an item whose title is the whole minute', () => {
  const titled = (title: string) => extractMinuteContent('', { title }).requests.map((r) => r.text);

  it('reads the request the title sentence makes', () => {
    expect(titled('Clerk to write to the County Council about the flooding at Ford Lane.')).toEqual(['Clerk to write to the County Council about the flooding at Ford Lane.']);
    expect(titled('The clerk was asked to chase the electricity board about the street light.')).toHaveLength(1);
  });

  it("leaves a title in the agenda's words, a report of what was done and a title that is no sentence alone", () => {
    expect(titled('To receive an update from the Chair on the village hall.')).toEqual([]);
    expect(titled('The grit bin at the church gate was refilled by the county.')).toEqual([]);
    expect(titled('Clerk to write to the County Council about the flooding')).toEqual([]);
  });
});

describe('a post named by its capitalised title, and a matter put off to a meeting still to come', () => {
  it('reads any post the minute names by its title undertaking something', () => {
    expect(requests('The Chief Inspector agreed to share the patrol data for the town centre wards.')).toHaveLength(1);
    expect(requests('The Assistant Commissioner agreed to circulate the action plan from the staff survey.')).toHaveLength(1);
    // The same post reporting what happened, or a title in lower case that is no post, asks nothing.
    expect(requests('The Chief Inspector said that two further officers had joined the team.')).toEqual([]);
    expect(requests('The old fence agreed with the plans.')).toEqual([]);
    // The board itself wishing to look at something sets no one a task.
    expect(requests('The Board were keen to investigate the retention of staff as a task group.')).toEqual([]);
  });

  it('reads an update moved, deferred or adjourned to a meeting of the board', () => {
    expect(requests('The route plans were not final, which meant that the update would now be moved to the July Committee.')).toHaveLength(1);
    expect(requests('Consideration of the remaining business was adjourned until the next regular meeting of the Committee.')).toHaveLength(1);
    expect(requests('This item was deferred to allow the Chair of the task group to present the report at the next meeting.')).toHaveLength(1);
    // A meeting adjourned for a break, or a date moved with no meeting to come, is no request.
    expect(requests('The meeting was adjourned for ten minutes.')).toEqual([]);
    expect(requests('The fete was moved to a Sunday.')).toEqual([]);
  });
});

describe('a matter noted for a later agenda in shorthand', () => {
  it('reads "next agenda", an agenda item for a named meeting and "keep on agenda", with the title before a bare note', () => {
    expect(extractMinuteContent('next agenda.', { title: 'Speed indicator device' }).requests.map((r) => r.text)).toEqual(['Speed indicator device – next agenda.']);
    expect(requests('Heavy lorries on Dark Lane. Agenda item for Annual Parish Meeting.')).toEqual(['Heavy lorries on Dark Lane. Agenda item for Annual Parish Meeting.']);
    expect(requests('The audit letter came late; it will be on as an agenda item for next month.')).toHaveLength(1);
    expect(requests('Nothing new to report, keep on agenda until the survey is back.')).toHaveLength(1);
    // The agenda of this meeting, or one already sent, is no matter to come back to.
    expect(requests('This was not an agenda item for the meeting.')).toEqual([]);
    expect(requests('The next agenda was circulated late.')).toEqual([]);
  });
});

describe('someone named taking a task on in so many words', () => {
  it('reads "agreed to", "offered to" or "undertook to" and any task after a named member or post', () => {
    expect(requests('The fence is not needed, so the Clerk agreed to remove the broken section.')).toHaveLength(1);
    expect(requests('County Councillor Hale offered to facilitate a meeting with the residents group.')).toHaveLength(1);
    expect(requests('The Town Clerk agreed to take a note of the meeting for the next regular meeting.')).toHaveLength(1);
    // An office taken, a position kept, a proposal accepted or cheques signed at the meeting set no task.
    expect(requests('Cllr Trent agreed to stand as the tree warden for another year.')).toEqual([]);
    expect(requests('Mr Oakes agreed to continue as the representative on the hall committee.')).toEqual([]);
    expect(requests('The Clerk agreed to the proposal.')).toEqual([]);
    expect(requests('The Chairman agreed to sign the cheques.')).toEqual([]);
  });
});

describe('where a request ends', () => {
  it('ends a sentence before a part letter run into the line, and keeps a letter that opens a sentence with it', () => {
    expect(requests('Hall lease – The clerk will liaise with the hall committee. e. Footpaths officer: A Stacey. f. Tree warden: H Kidd.')).toEqual([
      'Hall lease – The clerk will liaise with the hall committee.',
    ]);
    expect(requests('The hedge was cut. b. The clerk will write to the landowner about the ditch.')).toEqual(['b. The clerk will write to the landowner about the ditch.']);
  });
});

describe("someone's ask of the board", () => {
  it('reads the board asking that something be done, not a request made to it', () => {
    expect(requests('Could we request that the verge by the school is repaired.')).toHaveLength(1);
    expect(requests('The Clerk made a request that the emergency arrangements agreed in March be re-established.')).toEqual([]);
  });
});
