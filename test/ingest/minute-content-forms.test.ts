// Decisions and requests in the wordings parish, town and other councils print inside an item,
// read by extractMinuteContent; each form beside a near miss that must not count.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string) => extractMinuteContent(text).resolutions.map((r) => r.text);
const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('decisions where parish and town minutes print them', () => {
  it('reads a label where a sentence starts inside a line, and what the line says after it', () => {
    const text = 'PA25/0311 – Garage at 9 Mill Lane: RESOLVED to support.\nPA25/0342 – Barn conversion: Cllr Hale left the room. RESOLVED to\nobject on highway grounds. Clerk to write to the planning officer.';
    expect(decisions(text)).toEqual(['to support.', 'to object on highway grounds.']);
    expect(requests(text)).toEqual(['Clerk to write to the planning officer.']);
  });

  it('reads a proposer and seconder running into the label, and a motion moved "that ..."', () => {
    expect(decisions('It was proposed by Cllr Okafor, seconded by Cllr Ruane and RESOLVED that the payments be approved.')).toEqual(['the payments be approved.']);
    expect(decisions('It was proposed by Cllr. A. Hughes and seconded by Cllr. B. Lloyd that the precept be set at £9,000.')).toEqual(['the precept be set at £9,000.']);
  });

  it('reads a decision "agreed by all" (the members) but not one approved by another body', () => {
    expect(decisions('The tender from Brackley Landscapes was agreed by all.')).toEqual(['The tender from Brackley Landscapes was agreed by all.']);
    expect(decisions('The scheme was approved by Cabinet in March.')).toEqual([]);
  });

  it("reads a label after the minute's running reference, spaced or run into it", () => {
    expect(decisions("25/36 Resolved that the payments listed in the Clerk's report be approved.")).toEqual(["the payments listed in the Clerk's report be approved."]);
    expect(decisions('25/41Resolved to renew the insurance with the same broker.')).toEqual(['to renew the insurance with the same broker.']);
  });

  it('reads the record decided under a label once, not again where the minute tells it ("The minutes were signed by the Chair.")', () => {
    expect(decisions('25/33 Resolved to approve the minutes of the meeting of 12th February. The minutes were signed by the Chair.')).toEqual([
      'to approve the minutes of the meeting of 12th February.',
    ]);
    expect(decisions('The minutes of the meeting held on 15 May were approved, subject to one correction.\nRESOLVED – That the minutes of the meeting held on 15 May be approved.')).toEqual([
      'the minutes of the meeting held on 15 May be approved.',
    ]);
  });

  it("ends a decision where the minute's next lettered part runs on in the same line", () => {
    expect(decisions('a. Payments. It was resolved to approve the payments listed on the schedule. b. Precept. The precept request of £8,400 was noted.')).toEqual([
      'to approve the payments listed on the schedule.',
    ]);
    expect(decisions('The clerk will write to the club. e. Footpaths: no change. f. Dispensations were granted to two members.')).toEqual(['Dispensations were granted to two members.']);
  });

  it('reads a minute that is its verdict alone as the decision, but not "Noted." or a label that lost its clauses', () => {
    expect(decisions('Approved and signed.')).toEqual(['Approved and signed.']);
    expect(decisions('\nAgreed unanimously.\n')).toEqual(['Agreed unanimously.']);
    expect(decisions('DEFERRED.')).toEqual(['DEFERRED.']);
    expect(decisions('Noted.')).toEqual([]);
    expect(decisions('RESOLVED')).toEqual([]);
  });

  it("reads no decision in the agenda's words for an item, only in its minute", () => {
    const title = 'To receive the notes of the meeting held on 6th February and agree for them to be signed as a true record.';
    const read = extractMinuteContent('It was RESOLVED to accept the notes and they were duly signed as a true record.', { title });
    expect(read.resolutions.map((r) => r.text)).toEqual(['to accept the notes and they were duly signed as a true record.']);
    // A numbered paragraph read as an item: its title is the minute's own sentence, and its decision.
    expect(extractMinuteContent('', { title: 'The minutes of the meeting held on 6th February were agreed as a true record.' }).resolutions).toHaveLength(1);
  });

  it('reads a motion after a phrase that sets the scene, but not one reported from elsewhere', () => {
    expect(decisions('Following a short discussion, it was proposed by Cllr Hale and seconded by Cllr Ames that the grant be approved.')).toEqual(['the grant be approved.']);
    expect(decisions('In view of the objections received, it was proposed by Cllr Ruane and seconded by Cllr Dunn that the item be deferred.')).toEqual(['the item be deferred.']);
    expect(decisions('The Clerk reported that it was proposed by the County Council that the road be closed.')).toEqual([]);
  });

  it('reads "This was seconded ... and agreed" after a motion as the vote on it, not a second decision', () => {
    expect(decisions('It was proposed by Cllr Vance that the hall be hired for the fete. This was seconded by the Chairman and agreed by all members.')).toEqual([
      'the hall be hired for the fete.',
    ]);
  });

  it('quotes a decision in capitals inside its sentence whole', () => {
    expect(decisions('418.1 Payments for May totalling £1,204.50 were APPROVED.\n418.2 The bank reconciliation was noted.')).toEqual(['Payments for May totalling £1,204.50 were APPROVED.']);
  });

  it('takes the sentence before a closing "Resolved." or "Agreed unanimously.", not the proposer and seconder', () => {
    expect(decisions('The allotment rent for 2026 was set at £32 a plot. Proposed by Cllr Dunn, seconded by Cllr Fell.\nResolved.')).toEqual(['The allotment rent for 2026 was set at £32 a plot.']);
    expect(decisions('A precept of £18,200 was proposed.\nAgreed unanimously.')).toEqual(['A precept of £18,200 was proposed.']);
  });

  it('leaves narrative alone: a label inside a sentence, a past decision, a vote without a decision', () => {
    expect(decisions('The Clerk reported that, as previously RESOLVED in March, the bench had been ordered.')).toEqual([]);
    expect(decisions('The motion was put to the vote. Carried.')).toEqual([]);
    expect(decisions('The Clerk reported that the grant had been approved by the County Council.')).toEqual([]);
    expect(decisions('The meeting accepted the apologies as proper reasons for absence.')).toEqual([]);
    expect(decisions('Members noted the update on the play area.')).toEqual([]);
    expect(decisions('Members agreed that more work was needed on communication.')).toEqual([]);
    expect(decisions('The budget was approved by Full Council in February.')).toEqual([]);
  });

  it('reads decisions a minute records only in narrative, each sentence whole', () => {
    expect(decisions('The minutes were agreed as a correct record.')).toEqual(['The minutes were agreed as a correct record.']);
    expect(decisions('Members discussed the new bins. The Committee noted the report and agreed to consult the parishes. The Chair thanked officers.')).toEqual([
      'The Committee noted the report and agreed to consult the parishes.',
    ]);
    expect(decisions('It was agreed to contribute £150.00 towards the hedge planting.')).toEqual(['It was agreed to contribute £150.00 towards the hedge planting.']);
    expect(decisions('The following grants were approved:\n- Scout hut roof £400\n- Lunch club £250')).toEqual(['The following grants were approved: - Scout hut roof £400 - Lunch club £250']);
  });

  it('reads a label after a paragraph letter, a label after "Following consideration", and one inside a sentence', () => {
    expect(decisions('a) Resolved: to approve the payments listed below.\nb) The bank reconciliation was noted.\nc) Unanimously resolved to accept the quote for the fence.')).toEqual([
      'to approve the payments listed below.',
      'to accept the quote for the fence.',
    ]);
    expect(decisions('Following consideration it was RESOLVED that the application be refused.')).toEqual(['the application be refused.']);
    expect(decisions('Cllr Ames accepted and as there were no other nominations it was resolved that Cllr Ames remain Chairman.')).toEqual([
      'it was resolved that Cllr Ames remain Chairman.',
    ]);
    expect(decisions('Two bids were received. Proposed by AB and seconded by CD that the lease go to the cricket club. Carried.')).toEqual([
      'the lease go to the cricket club.',
    ]);
  });

  it('reads "Decision:" or "Outcome:" alone on a line as the label of the list under it', () => {
    expect(decisions('Decision:\n\n- The Panel noted the results.\n- The Panel agreed that a task group review the process.')).toEqual([
      'The Panel noted the results.',
      'The Panel agreed that a task group review the process.',
    ]);
    expect(decisions('Outcome:\n\n• Members endorsed the draft policy.\n• Members agreed an eight-week consultation.')).toEqual([
      'Members endorsed the draft policy.',
      'Members agreed an eight-week consultation.',
    ]);
  });

  it('ends a decision where the minute does: paragraph numbers run on, a signature, a section head, a quoted motion', () => {
    expect(decisions('RESOLVED:\n\n2.1 That the outturn be noted.\n\n2.2 That the HRA position be noted.\n\n2.3 That authority be delegated to the Director to\n      approve movements to reserves.')).toEqual([
      'That the outturn be noted.',
      'That the HRA position be noted.',
      'That authority be delegated to the Director to approve movements to reserves.',
    ]);
    expect(decisions('The Committee resolved:-\n(i) to note the report;\n(ii) to approve the accounts.\n- COUNCILLOR REID, Convener')).toEqual(['to note the report', 'to approve the accounts.']);
    expect(decisions('RESOLVED: To note that none were received.\n\nRESOLVED ITEMS')).toEqual(['To note that none were received.']);
    expect(decisions('Moved by Mrs Ash and seconded by Mr Bray:\n\n"This Council asks the Cabinet to keep the library open."\n\nThe motion was carried.\n\nRESOLVED – That the Cabinet be asked to keep the library open.')).toEqual([
      'the Cabinet be asked to keep the library open.',
    ]);
  });

  it("reads a parish council's answer to a planning application printed after it, and nothing like it elsewhere", () => {
    expect(decisions('a.  24/00311/HOU, Meadow Cottage – single storey extension. No objection.\nb.  24/00347/FUL, Ford Farm – barn. The Council RESOLVED to object.')).toEqual([
      'No objection.',
      'The Council RESOLVED to object.',
    ]);
    expect(decisions('The Clerk reported on the village hall boiler. No comment.')).toEqual([]);
  });

  it('quotes a stem ending ":-" with the short lines listed under it', () => {
    expect(decisions('RESOLVED: To note the attendance of the following Reserve Member:-\n\nOrdinary Member      Reserve Member\n\nCouncillor Ada Fenn      Councillor Rhys Pugh\n')).toEqual([
      'To note the attendance of the following Reserve Member: Ordinary Member Reserve Member Councillor Ada Fenn Councillor Rhys Pugh',
    ]);
  });

  it("keeps the decision, not the report's recommendation printed before it in the same words", () => {
    const text = 'That the Committee resolves to:\n\n  1. Agree to hold an extra meeting in January.\n  2. Request suggestions by Friday 17 October.\n\nThe Committee Resolved to:\n\n  1. Agree to hold an extra meeting in January.\n  2. Request suggestions by Friday 31 October.';
    expect(decisions(text)).toEqual(['Agree to hold an extra meeting in January.', 'Request suggestions by Friday 31 October.']);
  });

  it('shuts out what follows an exclusion of the press and public agreed in narrative', () => {
    const text = 'It was agreed that the press and public be excluded for the next item under paragraph 3 of Schedule 12A.\n\nThe Panel considered the lease terms.\n\nOfficers would circulate the valuation.';
    const content = extractMinuteContent(text);
    expect(content.excludesPublic).toBe(true);
    expect(content.exclusionEnd).toBe(1);
    expect(content.requests).toEqual([]);
  });

  it('reads no narrative decision where a label decides', () => {
    expect(decisions('Members agreed that the figures were worrying.\nRESOLVED that the report be noted.')).toEqual(['the report be noted.']);
  });

  it('splits decisions run together and keeps a stem with its list', () => {
    expect(decisions('RESOLVED – (a) That the strategy be approved;\nand (b) That the Director be authorised to consult.')).toEqual(['That the strategy be approved', 'That the Director be authorised to consult.']);
    expect(decisions('RESOLVED:\n1. That the report be noted. 2. That a task group be set up.')).toEqual(['That the report be noted.', 'That a task group be set up.']);
  });

  it('keeps a sentence carried over a page break whole', () => {
    const text = 'Members asked whether the Head of Audit\n\n\nChairman\'s initials\n\nAudit Committee - 16 July 2024\n\ncould attend the next meeting.';
    expect(requests(text)).toEqual(['Members asked whether the Head of Audit could attend the next meeting.']);
  });

  it('keeps a decision carried over a page break whole when it goes on with a capital after a word no sentence ends on', () => {
    const text = 'RESOLVED that the proposal be submitted to the Secretary of State for\n\nCabinet - 9 February 2026\n\nWestmarch by 28 March 2026, in line with the timetable in the report.';
    expect(decisions(text)).toEqual(['the proposal be submitted to the Secretary of State for Westmarch by 28 March 2026, in line with the timetable in the report.']);
    // A line stopped on a name may be a whole decision printed without its stop: what follows the gap is not its.
    expect(decisions('RESOLVED that the report be noted by the Cabinet\n\nThe Chair thanked the officers for the report.')).toEqual(['the report be noted by the Cabinet']);
    // "Proposed by ..., and" over "RESOLVED": the label is no page furniture to be crossed.
    expect(decisions('Proposed by Cllr Brace, seconded by Cllr Oduya, and\n\nRESOLVED\n\nThat the contract be extended for two years from 1 April 2026.')).toEqual([
      'That the contract be extended for two years from 1 April 2026.',
    ]);
  });
});

describe('requests worded as commitments, and what is not one', () => {
  it.each([
    'Further consideration will be given at the next meeting of the Committee.',
    'The Committee would receive an update in six months.',
    'It was agreed to invite the Police and Crime Commissioner to a future meeting.',
    'The Trust would bring proposals for a consultation to the Committee before any change.',
    'Officers agreed to look into the cost of resurfacing the car park.',
    'Members asked for the number of households on the waiting list.',
    'Dog bins: Cllr Ferris to look into the cost of two more bins.',
    'A report would come back to the Committee in March.',
    'Details of the grant scheme would be emailed to all councillors.',
    'The Committee requested sight of the revised policy before it is adopted.',
    'The Committee asked for the results of the pilot to be shared when available.',
    'The Chair asked that the scheme criteria be reviewed after the first round.',
  ])('"%s" is a request', (sentence) => {
    expect(requests(sentence)).toEqual([sentence]);
  });

  it.each([
    'The report had been circulated to members before the meeting.',
    'Members asked about the number of cameras that were not working.',
    'The Clerk had written to the owner as agreed at the last meeting.',
    'The information was provided at the last meeting.',
    'The Committee noted the update.',
    'The damp and mould figures requested in November had been circulated on 2 December.',
    'The Chair asked that members be reminded to declare their interests.',
    'The item was moved from March to April at the request of the Head of Service.',
  ])('"%s" is not', (sentence) => {
    expect(requests(sentence)).toEqual([]);
  });
});

describe('decisions recorded without a label, and how they were carried', () => {
  it('takes the line a proposer and seconder close, and a candidate proposed, seconded and appointed', () => {
    expect(decisions('(ii) To approve expenditure as itemised on the schedule.\nProposed by Cllr Penrose seconded by Cllr Strand and unanimously approved.\n(iii) To confirm the reserves.\nNothing to report.')).toEqual([
      'To approve expenditure as itemised on the schedule.',
    ]);
    expect(decisions('Rosa Akers – proposed by Cllr Varley seconded by Cllr Dunne and unanimously appointed.')).toEqual([
      'Rosa Akers – proposed by Cllr Varley seconded by Cllr Dunne and unanimously appointed.',
    ]);
    // A motion moved and seconded but not said to be carried decides nothing yet.
    expect(decisions('Rosa Akers was proposed by Cllr Varley and seconded by Cllr Dunne.')).toEqual([]);
  });

  it('reads a motion carried beside a labelled decision in the same item, once', () => {
    const text =
      'Cllr Lockyer proposed, Cllr Strand seconded and it was agreed unanimously that the Council replace the noticeboard.\nIt was proposed by Cllr Dunne and seconded by Cllr Wilk and agreed unanimously that the lower quotation of £385 should be accepted.';
    expect(decisions(text)).toEqual(['it was agreed unanimously that the Council replace the noticeboard.', 'the lower quotation of £385 should be accepted.']);
  });

  it('reads a lettered part that decides in narrative beside a labelled part, but not the discussion before a formal decision', () => {
    expect(decisions('a) Councillors received and approved the bank reconciliation.\nb) It was resolved that the payments listed be authorised.')).toEqual([
      'Councillors received and approved the bank reconciliation.',
      'the payments listed be authorised.',
    ]);
    expect(decisions('Members agreed that Councillor Harwood be appointed to the panel.\n\nRESOLVED that the update be noted.')).toEqual(['the update be noted.']);
  });

  it('reads "The following was agreed:" as a label over its list, and "It was agreed the Clerk would ..." without "that"', () => {
    expect(decisions('The following was agreed:\n1. Councillor Marsh was elected Vice Chair.\n2. The Commission would meet at 9.30am.')).toEqual([
      'Councillor Marsh was elected Vice Chair.',
      'The Commission would meet at 9.30am.',
    ]);
    expect(decisions('It was agreed the Clerk would ask the contractor to repair the goalmouths. This was agreed to.')).toEqual([
      'It was agreed the Clerk would ask the contractor to repair the goalmouths.',
    ]);
    expect(decisions('Council agreed the shelter roof was in poor condition.')).toEqual([]);
  });

  it('quotes a decision without the vote that carried it', () => {
    expect(decisions('RESOLVED that the report be noted. (Proposed by Councillor Ames, seconded by Councillor Byatt)')).toEqual(['the report be noted.']);
    expect(decisions('RESOLVED by 6 votes to 1 that the precept be set at £412,600.')).toEqual(['the precept be set at £412,600.']);
    expect(decisions('RESOLVED (unanimously) that the reserves be approved.')).toEqual(['the reserves be approved.']);
    expect(decisions('RESOLVED: to approve the quotation from Hedgeco. Proposer: Cllr Ames; Seconder: Cllr Byatt. All in favour.')).toEqual(['to approve the quotation from Hedgeco.']);
    // A bracket that is part of the decision stays.
    expect(decisions('RESOLVED that the grant be awarded (subject to the group providing its accounts).')).toEqual(['the grant be awarded (subject to the group providing its accounts).']);
  });

  it('reads the clauses under a motion whose label the page dropped, and not a reported expectation as a decision', () => {
    expect(decisions('It was moved by Councillor Ashe, seconded by Councillor Allard, and\n\n1) The report be received.\n\n2) Authority be delegated to the Director.')).toEqual([
      'The report be received.',
      'Authority be delegated to the Director.',
    ]);
    expect(decisions('i. The scoping document needed changes. It was anticipated that it would be submitted to the next meeting.\nii. The panel had met twice and would be reviewed in June.')).toEqual([]);
  });

  it('reads nothing decided after the minute says the business was taken in private', () => {
    const content = extractMinuteContent(
      'RESOLVED: to note the report.\n\nThe following item was considered with the press and public excluded.\n\nThe Committee resolved:-\n\n(i) to approve the settlement.',
    );
    expect(content.resolutions.map((r) => r.text)).toEqual(['to note the report.']);
    expect(content.excludesPublic).toBe(true);
  });
});

describe('requests the board makes in discussion', () => {
  it('reads asks, promises and follow-ups', () => {
    expect(requests('Cllr Dunne requested a follow up with the Highways Authority on the blocked drain. The Clerk would action.')).toEqual([
      'Cllr Dunne requested a follow up with the Highways Authority on the blocked drain.',
    ]);
    expect(requests('The condition of the fence to be reviewed at the next meeting.')).toEqual(['The condition of the fence to be reviewed at the next meeting.']);
    expect(requests('The Chair advised that the reply had just arrived and would forward it on to the Panel members.')).toHaveLength(1);
    expect(requests('It was requested that a site visit to the depot be arranged for members.')).toHaveLength(1);
    expect(requests('The officer undertook to check the position and let members know.')).toHaveLength(1);
    expect(requests('Members requested that future reports include benchmarking data.')).toHaveLength(1);
    expect(requests('It was agreed to re-visit the matter at the November meeting.')).toHaveLength(1);
  });

  it('makes the sentence above an owner-only action line the request, once, with its owner', () => {
    expect(requests('The Committee requested a breakdown of open cases by estate.\nACTION: Director of Housing')).toEqual(['The Committee requested a breakdown of open cases by estate. ACTION: Director of Housing']);
    expect(requests('The Chair agreed to write to the Health Board about its minutes.\n\nACTION: Councillor Quayle')).toEqual(['The Chair agreed to write to the Health Board about its minutes. ACTION: Councillor Quayle']);
  });

  it('makes a paragraph that asks in no known words, under an owner-only action line, the request', () => {
    // "ACTION ALL" is the action's owner, not the next item's title.
    expect(requests('Newsletter – MH asked that members send in their ward notes. The first issue would be short.\nACTION ALL')).toEqual([
      'Newsletter – MH asked that members send in their ward notes. The first issue would be short. ACTION ALL',
    ]);
  });

  it('makes a numbered paragraph read as a title, closed by its owner, a request owed by them', () => {
    const title = 'Grant fund – WH awaitng the auditor’s reply on sharing the money. Action WH';
    expect(extractMinuteContent('Bench – ML to repair the bench. Action ML', { title }).requests.map((r) => r.text)).toContain(
      'Grant fund – WH awaitng the auditor’s reply on sharing the money. Action WH',
    );
  });

  it('makes a decision over an "ACTION BY:" line a request owed by the post named', () => {
    expect(requests('That the petition be referred to the Highways Panel.\n\nACTION BY: Director of Place')).toEqual(['the petition be referred to the Highways Panel. ACTION BY: Director of Place']);
  });

  it('leaves suggestions, questions and reports of what happened alone', () => {
    expect(requests('It was suggested that some of those items could be deferred to the meeting in December.')).toEqual([]);
    expect(requests('Officers were asked about the timescales for the works.')).toEqual([]);
    expect(requests('Members were informed that the consultation had closed.')).toEqual([]);
    expect(requests('Members urged officers to include scrutiny comments in Executive reports.')).toEqual([]);
  });
});

describe('requests set against a post, run onto a paragraph or promised in the passive', () => {
  it('reads a post set to do something whatever the verb, and two posts joined by "and"', () => {
    expect(requests('Clerk to put a complaint in about the missed bins.')).toHaveLength(1);
    expect(requests('District councillor and clerk to raise the flooding with the county.')).toHaveLength(1);
    // "Clerk to the Council" is a post's title, and "to be" is no task.
    expect(requests('Clerk to the Council attended.')).toEqual([]);
    expect(requests('Clerk to be thanked for her work.')).toEqual([]);
    expect(requests('Clerk to action')).toEqual([]);
  });

  it('makes the sentence before a closing action number and owner the request, with its owner', () => {
    expect(requests('The council welcomed the talk and JT to send the leaflet to the Clerk.Action 4.02: JT')).toEqual(['The council welcomed the talk and JT to send the leaflet to the Clerk. Action 4.02: JT']);
    expect(requests('The talk was welcomed. Cllr Moon to email the county about the footpath. Action: Cllr Moon')).toEqual(['Cllr Moon to email the county about the footpath. Action: Cllr Moon']);
    // An action label over a sentence that is no owner is not one.
    expect(requests('The grant was received in March.Action taken: the accounts were updated to show it')).toEqual([]);
  });

  it('reads a councillor who would follow up, an answer still owed, a paper made then sent, a report back asked politely', () => {
    expect(requests('It was proposed that Councillor Hale would follow up with the county.')).toHaveLength(1);
    expect(requests('Cllr Ames reported no response to date from the MP.')).toHaveLength(1);
    expect(requests('Figures would be compiled after the April returns and circulated to Members.')).toHaveLength(1);
    expect(requests('Members asked if the officers could look at the issue and report back to Councillor Lark.')).toHaveLength(1);
    expect(requests('The panel would continue to be involved and informed.')).toHaveLength(1);
    // A paragraph that opens on its topic keeps the topic with the request, so the reminder says what it is about.
    expect(requests('Day Centres. Visits had been completed. The panel would continue to be involved and informed.')).toEqual([
      'Day Centres. The panel would continue to be involved and informed.',
    ]);
    expect(requests('The visits had been completed. The panel would continue to be involved and informed.')).toEqual(['The panel would continue to be involved and informed.']);
    // What happened, or a figure made with nothing sent to the board, asks nothing.
    expect(requests('Councillor Hale had followed up with the county in March.')).toEqual([]);
    expect(requests('A response had been received to date from the MP.')).toEqual([]);
    expect(requests('Figures would be compiled after the April returns.')).toEqual([]);
  });
});

describe('tasks written as what someone will do, or in the passive', () => {
  it('reads a member named with a title, a quotation to get, someone to be advised, enquiries to be made', () => {
    expect(requests('The cost was high. Mrs. Goodall will speak to the school about sharing it.')).toEqual(['Mrs. Goodall will speak to the school about sharing it.']);
    expect(requests('Cllr Inchley agreed to get a quotation for two benches.')).toHaveLength(1);
    expect(requests('Contractor to be advised that the wildflower strip is to be left uncut.')).toHaveLength(1);
    expect(requests('Further enquiries will be made, and more quotes sought.')).toHaveLength(1);
    expect(requests('It was agreed that a draft lease should be drawn up, and presented to full Council for approval.')).toHaveLength(1);
    // A heading's "Nothing to report" is no one set to report; advice given and enquiries made are past.
    expect(requests('Nothing to report')).toEqual([]);
    expect(requests('The contractor had been advised of the dates.')).toEqual([]);
    expect(requests('Enquiries were made in June and no quotes were received.')).toEqual([]);
  });
});

describe('the board asking in its own words', () => {
  it('reads the board or a member asking that something be done, and updates to be sought', () => {
    expect(requests('Members stated that the reports were a Committee decision and requested that they now appear on every agenda.')).toHaveLength(1);
    expect(requests('The Panel asked that the champions be listed on the website.')).toHaveLength(1);
    expect(requests('The Chairman said that he would be seeking verbal updates at each meeting.')).toHaveLength(1);
    // An ask reported as earlier, the Chair asking members to do something, or a question, is no new request.
    expect(requests('The Committee had only recently requested that this be a standing item.')).toEqual([]);
    expect(requests('The Chairman referred Members to the questionnaire and asked that the forms be returned.')).toEqual([]);
    expect(requests('A Member asked why the reports had been left off the agenda.')).toEqual([]);
  });
});

describe('a vote record run on after a decision', () => {
  it('is left out of the decision quoted, unless the record is the decision', () => {
    expect(decisions('RESOLVED: That the Council approves the grant of £200 – proposed Cllr Ames, seconded Cllr Byatt, all in favour.')).toEqual([
      'the Council approves the grant of £200.',
    ]);
    expect(decisions('RESOLVED to accept the quote from Greenways; proposed by Cllr Ames, seconded by Cllr Byatt.')).toEqual(['to accept the quote from Greenways.']);
    expect(decisions('RESOLVED that the precept be £12,000. 5 For, 1 Against, 1 Abstention.')).toEqual(['the precept be £12,000.']);
    expect(decisions('RESOLVED to support the application, subject to the hedge being retained.')).toEqual(['to support the application, subject to the hedge being retained.']);
  });
});

describe('a verdict after a dash', () => {
  it('makes the sentence a decision, quoted whole; a dash inside a sentence that reports does not', () => {
    expect(decisions('Grass cutting quote from Greenways at £450 – approved.')).toEqual(['Grass cutting quote from Greenways at £450 – approved.']);
    expect(decisions('Cllr Ames reported on the hedge – agreed to write to the landowner.')).toEqual(['Cllr Ames reported on the hedge – agreed to write to the landowner.']);
    expect(decisions('The plan – which had been agreed in May – was discussed.')).toEqual([]);
  });
});

describe('community council wordings', () => {
  it('reads a motion after the matter and a dash, a vote in favour, and the council having no objection', () => {
    expect(decisions('Full Council 12/2/2025 - Proposed (HM) & Seconded (DL) that the minutes be approved as correct. Unanimously agreed and signed by the Chair.')).toEqual([
      'the minutes be approved as correct.',
    ]);
    expect(decisions('Noticeboard – The Council voted in favour of ordering a new noticeboard.')).toEqual(['The Council voted in favour of ordering a new noticeboard.']);
    expect(decisions('Application 25/0112 – extension at Bryn Teg. The Council had no objection.')).toEqual(['The Council had no objection.']);
    expect(decisions('Bus shelter – RT reported that the glass had been replaced.')).toEqual([]);
  });

  it('makes the line above "ACTION RT" the request, and reads on after it', () => {
    expect(requests('Footpath 14 – The fallen stile to be reported to the County Borough Council.\nACTION RT\nBus shelter – RT reported that the glass had been replaced.')).toEqual([
      'Footpath 14 – The fallen stile to be reported to the County Borough Council. ACTION RT',
    ]);
  });
});

describe('decisions reported from another body', () => {
  it("leaves the planning authority's decision on an application out", () => {
    expect(decisions('The district council approved this application.')).toEqual([]);
    expect(decisions('The Council approved the application for the hall extension.')).toEqual(['The Council approved the application for the hall extension.']);
  });
});
