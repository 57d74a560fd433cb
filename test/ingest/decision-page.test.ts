// ModernGov decision records: the meeting and its date come from labelled fields.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

describe('ModernGov decision records', () => {
  it('reads a decision page saved without its head or title as one decision of the meeting its fields name', () => {
    const text = [
      'Decision Maker: Executive',
      'Decision status: Recommendations Approved',
      'Is Key decision?: No',
      'To consider the review of car park charges.',
      '1. That the new charges in Appendix A are approved.',
      '2. That the charges be reviewed in twelve months;',
      'Publication date: 02/02/2024',
      'Date of decision: 01/02/2024',
      'Decided at meeting: 01/02/2024 - Executive',
      'Accompanying Documents:',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.meetings).toHaveLength(1);
    const m = doc.meetings[0]!;
    expect(m).toMatchObject({ committee: 'Executive', date: '2024-02-01', kind: 'minutes' });
    expect(m.items).toHaveLength(1);
    expect(m.items[0]!.resolutions.map((r) => r.text)).toEqual(['That the new charges in Appendix A are approved.', 'That the charges be reviewed in twelve months']);
  });

  it('reads one decision whose meeting is given only by "Decision Maker" and "Date of decision"', () => {
    const text = [
      'Decision details',
      '',
      'Street Lighting Dimming Trial',
      '',
      'Decision Maker: Environment Overview Committee',
      '',
      'Decision status: Recommendations Approved',
      '',
      'Decisions:',
      '',
      'RESOLVED that the trial be extended to the Orchard ward and a report on accident figures be brought back to the Committee in March 2026.',
      '',
      'Date of decision: 14/10/2025',
      '',
      'Accompanying Documents:',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.meetings).toHaveLength(1);
    const m = doc.meetings[0]!;
    expect(m).toMatchObject({ committee: 'Environment Overview Committee', date: '2025-10-14', kind: 'minutes' });
    expect(m.items.map((i) => i.title)).toEqual(['Street Lighting Dimming Trial']);
    expect(m.items[0]!.resolutions.map((r) => r.text)).toEqual([
      'the trial be extended to the Orchard ward and a report on accident figures be brought back to the Committee in March 2026.',
    ]);
    expect(m.items[0]!.requests).toHaveLength(1);
  });

  it('groups a list of decisions by the meeting each was made at, and reads nothing of one taken in private', () => {
    const record = (title: string, ref: number, words: string) =>
      [
        `03/02/2026 - ${title} ref: ${ref}    Recommendations Approved`,
        '',
        'Decision Maker: Executive',
        '',
        'Made at meeting: 03/02/2026 - Executive',
        '',
        'Decision published: 05/02/2026',
        '',
        'Effective from: 12/02/2026',
        '',
        words,
        '',
      ].join('\n');
    const text = [
      'Decisions published',
      '',
      record('BUS SHELTER REPLACEMENT', 4101, 'That the replacement programme be approved.'),
      record('DISPOSAL OF FORMER CLINIC', 4102, 'This decision has been taken in private as it contains exempt information.'),
      record('FEES AND CHARGES 2026/27', 4103, 'That the fees and charges be approved.'),
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.meetings).toHaveLength(1);
    const m = doc.meetings[0]!;
    expect(m).toMatchObject({ committee: 'Executive', date: '2026-02-03' });
    expect(m.items.map((i) => [i.title, i.private])).toEqual([
      ['BUS SHELTER REPLACEMENT', false],
      ['DISPOSAL OF FORMER CLINIC', true],
      ['FEES AND CHARGES 2026/27', false],
    ]);
    expect(m.items[1]!.resolutions).toEqual([]);
    expect(JSON.stringify(m.items[1])).not.toMatch(/exempt information/);
  });

  it('reads a paragraph of what was said beside a decision as no decision, and one that says what is to be as one', () => {
    const text = [
      'Issue - decisions',
      '',
      'Arrangements for Board meetings',
      '',
      '02/05/2024 - Arrangements for Board meetings',
      '',
      'The minutes of the meeting held on 4 April 2024 were approved as a correct record.',
      '',
      'Councillor Tobin asked whether the briefing notes could be published. The Monitoring Officer advised that the notes would not be published as they were not a formal record.',
      '',
      'Meetings of the Board be held in the Guildhall until the new chamber is ready.',
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m.items[0]!.resolutions.map((r) => r.text)).toEqual([
      'The minutes of the meeting held on 4 April 2024 were approved as a correct record.',
      'Meetings of the Board be held in the Guildhall until the new chamber is ready.',
    ]);
  });

  it('reads the words under "Decision:" when the template prints "Is subject to call in?" and a "Purpose:" section above them', () => {
    const record = (purpose: string, decision: string[]) =>
      [
        'Decision details',
        '',
        'Allotment Rents 2026/27',
        '',
        'Decision Maker: Cabinet',
        '',
        'Decision status: Recommendations Approved',
        '',
        'Is Key decision?: No',
        '',
        'Is subject to call in?: Yes',
        '',
        'Purpose:',
        '',
        purpose,
        '',
        'Decision:',
        '',
        ...decision,
        '',
        'Reasons for the decision:',
        '',
        'Rents have not changed since 2022.',
        '',
        'Publication date: 06/03/2026',
        '',
        'Date of decision: 05/03/2026',
        '',
        'Decided at meeting: 05/03/2026 - Cabinet',
      ].join('\n');
    const one = parseDocument(record('To approve the allotment rents for the coming year.', ['Cabinet agreed the recommendations set out in the report.']));
    expect(one.meetings[0]!.items[0]!.resolutions.map((r) => r.text)).toEqual(['Cabinet agreed the recommendations set out in the report.']);
    // The purpose says what the decision was for, even where it is worded as one.
    const two = parseDocument(
      record('To approve new allotment rents and to note the waiting list.', ['1. That the rents in Appendix A be approved.', '', '2. That the Head of Parks report back to Cabinet in March 2027 on the waiting list.']),
    );
    const item = two.meetings[0]!.items[0]!;
    expect(item.resolutions.map((r) => r.text)).toEqual(['That the rents in Appendix A be approved.', 'That the Head of Parks report back to Cabinet in March 2027 on the waiting list.']);
    expect(item.requests).toHaveLength(1);
  });

  it("ends the decision at the record's next part printed as a heading without a colon, and skips the heading over it", () => {
    const text = [
      'Decision details',
      '',
      'Decision details',
      '',
      'Street Trading Consents',
      '',
      'Decision Maker: Cabinet',
      'Decision status: Recommendations Approved',
      'Decision taken',
      'Cabinet agreed the revised street trading policy set out in the report.',
      'Reasons for the decision',
      'The present policy dates from 2014 and no longer reflects the market days agreed with traders',
      'Any alternative options considered and rejected',
      'None',
      'Date of decision: 20/01/2026',
      'Decided at meeting: 20/01/2026 - Cabinet',
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m.items.map((i) => i.title)).toEqual(['Street Trading Consents']);
    expect(m.items[0]!.resolutions.map((r) => r.text)).toEqual(['Cabinet agreed the revised street trading policy set out in the report.']);
  });

  it("cuts the decision where the record's next parts run into its line, with or without the letters the page gave them", () => {
    const record = (decision: string) =>
      [
        'Decision details',
        '',
        'Cemetery Fees',
        '',
        'Decision Maker: Cabinet',
        '',
        `Decision: ${decision}`,
        '',
        'Date of decision: 03/06/2025',
        'Decided at meeting: 03/06/2025 - Cabinet',
      ].join('\n');
    const read = (decision: string) => parseDocument(record(decision)).meetings[0]!.items[0]!.resolutions.map((r) => r.text);
    expect(read('RESOLVED: That the fees in Appendix 1 be approved. Reasons for the decision: The fees have not risen since 2021. Alternative options considered: To leave them unchanged.')).toEqual([
      'the fees in Appendix 1 be approved.',
    ]);
    expect(
      read('a) Decisions RESOLVED: 1. That the fees in Appendix 1 be approved. 2. That the Head of Bereavement Services review them in a year. b) Reasons for decisions As set out in the report. c) Alternative options considered None.'),
    ).toEqual(['That the fees in Appendix 1 be approved.', 'That the Head of Bereavement Services review them in a year.']);
  });

  it('takes the title of a record saved without its head from the line above its fields, and reads "Resolved that –" over its sentence', () => {
    const text = [
      'Exclusion of the Press and Public',
      '',
      'Decision status: Recommendations Approved',
      '',
      'Decisions:',
      '',
      'Resolved that –',
      '',
      'the press and public be excluded from the meeting for the next item under Section 100A(4) of the Local Government Act 1972 as it involves exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.',
      '',
      'Date of decision: 19/03/2026',
      'Decided at meeting: 19/03/2026 - Community Services Committee',
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m.items.map((i) => i.title)).toEqual(['Exclusion of the Press and Public']);
    expect(m.items[0]!.resolutions.map((r) => r.text)).toEqual([
      'the press and public be excluded from the meeting for the next item under Section 100A(4) of the Local Government Act 1972 as it involves exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.',
    ]);
  });

  it('reads the words of a record whose "Decision details" head stands straight above its fields, no title between', () => {
    const text = [
      'Decision details',
      '',
      'Decision Maker: Cabinet',
      '',
      'Decision status: Recommendations Approved',
      '',
      'Following consideration of the report of the Director of Property, it was RESOLVED:',
      '',
      '1.    To note the content of the report; and',
      '',
      '2.    To receive a further report from the Director of Property after the review of the depots.',
      '',
      'Date of decision: 14/07/2025',
      'Decided at meeting: 14/07/2025 - Cabinet',
    ].join('\n');
    const item = parseDocument(text).meetings[0]!.items[0]!;
    expect(item.title).not.toBe('Decision details');
    expect(item.resolutions.map((r) => r.text)).toEqual(['To note the content of the report', 'To receive a further report from the Director of Property after the review of the depots.']);
  });

  it('reads a record saved from its decision on, with no date anywhere, as that decision of no known meeting', () => {
    for (const reason of ['Reason for Decision', 'REASONS FOR DECISION - To keep the Panel informed.']) {
      const text = ['RESOLVED: That the annual review of the tenancy strategy be noted.', reason, 'The report set out the progress made in the year.'].join('\n');
      const doc = parseDocument(text);
      expect(doc.meetings.map((m) => [m.kind, m.date, m.items.map((i) => i.resolutions.map((r) => r.text))]), reason).toEqual([
        ['item-page', null, [['the annual review of the tenancy strategy be noted.']]],
      ]);
    }
    // A decision with no record's part under it is no such record, nor are minutes that number their items.
    expect(parseDocument('RESOLVED: That the annual review of the tenancy strategy be noted.').meetings).toEqual([]);
    const minutes = parseDocument(['RESOLVED: That the hall charges be approved.', 'Reason for decision: The charges had not changed since 2020.', '', '5. Planning', '', 'RESOLVED: That no objection be raised.'].join('\n'));
    expect(minutes.meetings.flatMap((m) => m.items.map((i) => i.number))).toContain('5');
  });

  it('reads a republished record\'s words after "Content:", up to "Related Meeting" and the meeting under it', () => {
    const text = [
      'Decision',
      '',
      'Library opening hours',
      '',
      'Decision Maker: Cabinet',
      '',
      'Outcome: Recommendations Approved',
      '',
      'Is Callable In?: Yes',
      '',
      'Date of Decision: April 2, 2025',
      '',
      'Purpose:',
      '',
      'Content: That the revised opening hours of the branch libraries set out in Appendix 2 be approved from 1 June 2025.',
      '',
      'Related Meeting',
      '',
      'Cabinet - Wednesday, 2nd April, 2025 10.00 am on April 2, 2025',
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m).toMatchObject({ committee: 'Cabinet', date: '2025-04-02' });
    expect(m.items.map((i) => [i.title, i.resolutions.map((r) => r.text)])).toEqual([
      ['Library opening hours', ['the revised opening hours of the branch libraries set out in Appendix 2 be approved from 1 June 2025.']],
    ]);
  });

  it("reads an officer's decisions published with no meeting as its maker's on each title's date, each numbered line a decision", () => {
    const text = [
      'Decisions published',
      '',
      '03/03/2026 - Cycle Parking at Station Yard ref: 411    Recommendations Approved',
      '',
      'Decision Maker: Director of Place',
      '',
      'Decision published: 20/03/2026',
      '',
      'Effective from: 03/03/2026',
      '',
      'Decision:',
      '',
      '1. That the Director approves the layout of the cycle shelters shown in Appendix 1.',
      '2. That the Director gives approval to spend £38,000 from the active travel grant.',
      '',
      'Lead officer: Idris Fenwick',
      '',
      '',
      '27/02/2026 - Winter Gritting Routes ref: 408    Recommendations Approved',
      '',
      'Decision Maker: Director of Place',
      '',
      'Decision published: 20/03/2026',
      '',
      'Decision:',
      '',
      'That the gritting routes for 2026/27 follow the map in Appendix A.',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.meetings.map((m) => [m.committee, m.date, m.items.map((i) => [i.title, i.resolutions.map((r) => r.text)])])).toEqual([
      [
        'Director of Place',
        '2026-03-03',
        [['Cycle Parking at Station Yard', ['That the Director approves the layout of the cycle shelters shown in Appendix 1.', 'That the Director gives approval to spend £38,000 from the active travel grant.']]],
      ],
      ['Director of Place', '2026-02-27', [['Winter Gritting Routes', ['That the gritting routes for 2026/27 follow the map in Appendix A.']]]],
    ]);
  });
});
