// Where a decision ends: at the end of its sentence, its numbered or lettered part, or its list; never in the
// next part, the next numbered paragraph or the next minute run on after it.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string) => extractMinuteContent(text).resolutions.map((r) => r.text);

describe('the end of a decision', () => {
  it('ends a sentence before a numbered paragraph or minute run on after it', () => {
    expect(decisions('The stile had collapsed. It was agreed to ask the Ranger to replace it. 14.2 The Clerk reported that the shelter had been repaired.')).toEqual([
      'It was agreed to ask the Ranger to replace it.',
    ]);
    expect(decisions('It was agreed to obtain quotes for the swing chains. 48/23 Planning No objections were raised to application 23/0456.')).toEqual([
      'It was agreed to obtain quotes for the swing chains.',
    ]);
  });

  it('ends a sentence on initials, a short surname or a postcode, and quotes the decision after it alone', () => {
    expect(decisions('The inspection report was received from TE. The Council voted in favour of replacing the swing seats.')).toEqual([
      'The Council voted in favour of replacing the swing seats.',
    ]);
    expect(decisions('One application was received, from Mr Ian Fox. It was agreed to co-opt Mr Ian Fox to the council.')).toEqual(['It was agreed to co-opt Mr Ian Fox to the council.']);
    expect(decisions('A quote was received from Dyffryn Fencing, Wellbrook, WB6 2BT. It was agreed to accept the quote of £340.')).toEqual(['It was agreed to accept the quote of £340.']);
  });

  it('reads a decision not to act told after a comma or a dash, as one to act', () => {
    expect(decisions('The builder asked about a painted finish, it was agreed not to paint the timber this year.')).toEqual(['it was agreed not to paint the timber this year.']);
    expect(decisions('Letter from the show committee asking for a donation – it was decided not to give this year.')).toEqual(['it was decided not to give this year.']);
  });

  it('goes on after a title or an abbreviation of three letters', () => {
    expect(decisions('It was agreed that Col. Barnes be invited to the next meeting.')).toEqual(['It was agreed that Col. Barnes be invited to the next meeting.']);
  });

  it('ends a sentence on a word in capitals, and quotes the next part without its number', () => {
    const text = 'The bank reconciliation was presented and APPROVED. 7/16 ii The following payments were approved: Clerk £412.50, HMRC £103.20. 7/16 iii The Clerk reported that the VAT claim had been repaid.';
    expect(decisions(text)).toEqual(['The bank reconciliation was presented and APPROVED.', 'The following payments were approved: Clerk £412.50, HMRC £103.20.']);
  });

  it('reads each part numbered under its minute ("7/16 i", "7/16 ii") as a paragraph of its own', () => {
    const text = ['7/16 i The bank reconciliation was checked and APPROVED.', '7/16 ii The following payments were approved:', 'Clerk salary £412.50', 'HMRC £103.20', '7/16 iii The Clerk reported that the VAT claim had been repaid.'].join('\n');
    expect(decisions(text)).toEqual(['The bank reconciliation was checked and APPROVED.', 'The following payments were approved: Clerk salary £412.50 HMRC £103.20']);
  });

  it('ends a list under a lettered part where the next part begins', () => {
    const text = ['a) The inspection report was received.', 'b) The following payments were approved:', '- Clerk salary £412.50', '- Mowing £180.00', 'c) The Clerk reported that the VAT claim had been repaid.'].join('\n');
    expect(decisions(text)).toEqual(['The following payments were approved: - Clerk salary £412.50 - Mowing £180.00']);
  });

  it('ends a list under a numbered part where the next part begins, with blank lines between them', () => {
    const text = [
      '(1) The minutes of the meeting held on 4th March were approved as a correct record subject to the following amendments:',
      '',
      '  • Councillor Hale having declared an interest in item 7',
      '  • The word "deferred" being replaced by "withdrawn" in minute 398(2).',
      '',
      '(2) The minutes of the Extraordinary Meeting held on 1st April were approved as a correct record.',
    ].join('\n');
    expect(decisions(text)).toEqual([
      'The minutes of the meeting held on 4th March were approved as a correct record subject to the following amendments: - Councillor Hale having declared an interest in item 7 - The word "deferred" being replaced by "withdrawn" in minute 398(2).',
      'The minutes of the Extraordinary Meeting held on 1st April were approved as a correct record.',
    ]);
  });

  it('keeps a sub-list under a part that is not the next part ("(i)", "(ii)" under "b)")', () => {
    const text = ['b) The following grants were approved:', '(i) Youth club £200', '(ii) Gardening club £50', 'c) The Clerk reported that the accounts had been audited.'].join('\n');
    expect(decisions(text)).toEqual(['The following grants were approved: (i) Youth club £200 (ii) Gardening club £50']);
  });

  it('keeps "(i)", "(ii)" under a lettered clause with that clause, not as clauses of the list', () => {
    const text = [
      'RESOLVED that the Panel:',
      '',
      '(a) notes the report;',
      '',
      '(b) asks the Director to write to the bus operators about:',
      '',
      '(i) the loss of the evening service to Fenby; and',
      '',
      '(ii) the fares charged to young people;',
      '',
      '(c) receives a further report in June.',
    ].join('\n');
    expect(decisions(text)).toEqual([
      'notes the report',
      'asks the Director to write to the bus operators about: (i) the loss of the evening service to Fenby; and (ii) the fares charged to young people',
      'receives a further report in June.',
    ]);
    // "(i)" after "(h)" is the next letter of the list.
    const letters = ['RESOLVED:', ...'abcdefgh'.split('').map((l) => `(${l}) that item ${l} be approved;`), '(i) that item i be approved.'].join('\n\n');
    expect(decisions(letters)).toHaveLength(9);
  });

  it('keeps "(a)", "(b)" under a clause of a list of numerals with that clause', () => {
    const text = [
      'The Committee resolved:-',
      '',
      '(i) to note the report;',
      '',
      '(ii) to approve the fees set out below:-',
      '',
      '(a) the annual licence fee be £120; and',
      '',
      '(b) the renewal fee be £95; and',
      '',
      '(iii) to instruct the Chief Officer to report back in June.',
    ].join('\n');
    expect(decisions(text)).toEqual([
      'to note the report',
      'to approve the fees set out below:- (a) the annual licence fee be £120; and (b) the renewal fee be £95',
      'to instruct the Chief Officer to report back in June.',
    ]);
  });

  it('quotes a vote recorded inside a sentence with the sentence, a vote being no label', () => {
    expect(decisions('Budget requirements for the play area were discussed and it was voted 5 - 1 that £1,500 be set aside from reserves.')).toEqual([
      'Budget requirements for the play area were discussed and it was voted 5 - 1 that £1,500 be set aside from reserves.',
    ]);
    // A label is quoted from where it stands, as before.
    expect(decisions('The siting of the skip was discussed and it was agreed that it stand by the pond.')).toEqual(['it was agreed that it stand by the pond.']);
  });
});

describe('a decision printed twice is recorded once', () => {
  it('keeps the resolution, not the motion it restates in fuller words', () => {
    const text = [
      'It was proposed and seconded that Councillor Ann Loft be elected Vice-Chairman.',
      '',
      'It was further proposed that Ray Tull be elected Vice-Chairman.  The proposal fell.',
      '',
      'RESOLVED:',
      '',
      'That Councillor Ann Loft be elected Vice-Chairman of the Committee for the remainder of the year 2025/26.',
    ].join('\n');
    expect(decisions(text)).toEqual(['That Councillor Ann Loft be elected Vice-Chairman of the Committee for the remainder of the year 2025/26.']);
  });

  it('keeps the clauses of one decision apart however alike', () => {
    const text = ['RESOLVED:', '1. That the annual progress report of the auditors be noted.', '2. That the annual progress report of the auditors be noted and published on the website.'].join('\n');
    expect(decisions(text)).toEqual(['That the annual progress report of the auditors be noted.', 'That the annual progress report of the auditors be noted and published on the website.']);
  });

  it('reads a sentence opened by its label once, not again as narrative', () => {
    expect(decisions('RESOLVED – the Minutes of the meeting held on 3 March 2025 were approved and signed by the Chairman. (Minute 12 refers.)')).toEqual([
      'the Minutes of the meeting held on 3 March 2025 were approved and signed by the Chairman. (Minute 12 refers.)',
    ]);
  });
});

describe('a motion and the lines that record who moved it', () => {
  it('ends a motion printed without its stop at the proposer\'s line, and leaves it to the resolution that carried it', () => {
    const text = [
      'It was proposed that the minutes of the meeting of 4 March should be approved as a correct record of the meeting',
      'Proposer T Heaton',
      'Seconded by J Pascoe',
      'An amendment to minute 7 was proposed by P Barrow to add the allotment plans.',
      'It was RESOLVED to accept the original proposal to approve the minutes of 4 March as a correct record.',
    ].join('\n');
    expect(decisions(text)).toEqual(['to accept the original proposal to approve the minutes of 4 March as a correct record.']);
  });

  it('keeps a motion that nothing decides after it, and a sentence wrapped before "seconded by"', () => {
    expect(decisions('It was proposed that the minutes of 4 March be approved as a correct record\nProposer T Heaton\nSeconded by J Pascoe')).toEqual([
      'It was proposed that the minutes of 4 March be approved as a correct record',
    ]);
    expect(decisions('The minutes of the meeting of 10 March were approved, proposed by Isla Fair and\nseconded by Cal Strang.')).toEqual(['The minutes of the meeting of 10 March were approved.']);
  });
});

describe('a list a decision announces', () => {
  it('takes entries that each end in a stop, up to the end of their paragraph or a sentence with a verb', () => {
    const text = ['RESOLVED that the following payments be approved:', 'Clerk salary – £286.10.', 'Mowing – £165.00.', 'The Clerk reported that the precept had been acknowledged.'].join('\n');
    expect(decisions(text)).toEqual(['the following payments be approved: Clerk salary – £286.10. Mowing – £165.00.']);
    expect(decisions('RESOLVED: That the following councillors be appointed to the Working Group:\nCouncillors Rees, Dunmore and Fanshawe.')).toEqual([
      'the following councillors be appointed to the Working Group: Councillors Rees, Dunmore and Fanshawe.',
    ]);
  });

  it('reads a narrative stem ending in a colon with the entries under it, not the first entry alone', () => {
    expect(decisions('The following grants were approved:\nYouth Club – £150.00.\nGardening Club – £60.00.')).toEqual(['The following grants were approved: Youth Club – £150.00. Gardening Club – £60.00.']);
  });

  it('stops at the next marked part after plain entries', () => {
    const text = ['b) It was resolved that the payments listed below be authorised:', 'Clerk salary £312.40', 'Hall hire £24.00', 'c) To approve the grass cutting quotation.'].join('\n');
    expect(decisions(text)).toEqual(['the payments listed below be authorised: Clerk salary £312.40 Hall hire £24.00']);
  });
});

describe('where a decision in narrative starts', () => {
  it('reads a decision after a long opening phrase printed without its comma', () => {
    expect(decisions('Having considered the three quotes received for the repair of the footpath by the church Councillors agreed to accept the lowest quote of £1,250.')).toEqual([
      'Having considered the three quotes received for the repair of the footpath by the church Councillors agreed to accept the lowest quote of £1,250.',
    ]);
    // What others decided, reported, is still no decision of the meeting's.
    expect(decisions('Following the meeting with the highways officer the Clerk reported that the Council agreed to the closure last year.')).toEqual([]);
  });
});

describe('bullets as Word and PDF text print them', () => {
  it('reads symbol-font glyphs, an arrow and Word\'s "o" before a tab as bullets, never as words of the decision', () => {
    const text = ['RESOLVED that the following be added to the work programme:', '\uf0b7\tBus shelter roof', 'o\tDog bin on Chapel Lane', 'Ø Play area inspection'].join('\n');
    expect(decisions(text)).toEqual(['the following be added to the work programme: - Bus shelter roof - Dog bin on Chapel Lane - Play area inspection']);
  });
});

describe('a decision in narrative beside labelled ones', () => {
  it('is a decision of its own after the last labelled decision, the discussion only before one', () => {
    expect(decisions('RESOLVED that the minutes be approved.\n\nThe Clerk reported on the footpath. It was unanimously agreed that the Clerk write to the landowner.')).toEqual([
      'the minutes be approved.',
      'It was unanimously agreed that the Clerk write to the landowner.',
    ]);
    expect(decisions('Members agreed that the fee should be looked at again.\n\nRESOLVED: That the policy be adopted.')).toEqual(['the policy be adopted.']);
  });
});

describe('what someone said is not a decision', () => {
  it('leaves a point of order after a motion to the resolution below it', () => {
    const text = ['It was moved by Councillor Oduya, seconded by Councillor Hale and', '', 'Councillor Reyes raised a point of order that the motion be deferred.', '', 'RESOLVED that the verges be cut twice a year.'].join('\n');
    expect(decisions(text)).toEqual(['the verges be cut twice a year.']);
  });

  it('drops a clause reporting speech from a list of decisions whose label was dropped, keeping the others', () => {
    const text = ['1. That the report be noted.', '2. That a meeting with the landowner be arranged.', '3. Cllr Ames raised a point of order that the recommendation be deferred.'].join('\n');
    expect(decisions(text)).toEqual(['That the report be noted.', 'That a meeting with the landowner be arranged.']);
  });

  it('still reads the paragraph after a motion when it decides', () => {
    expect(decisions('It was moved by Councillor Oduya, seconded by Councillor Hale and\n\nThat the verges be cut twice a year.')).toEqual(['the verges be cut twice a year.']);
  });
});

describe('a body that did something first and then decided', () => {
  it('reads "The Council reviewed ... and agreed to ..." whole, whatever it did first', () => {
    expect(decisions('The Council reviewed the annual inspection report and agreed to replace the worn swing seats.')).toEqual([
      'The Council reviewed the annual inspection report and agreed to replace the worn swing seats.',
    ]);
    // A view the meeting shared is still no decision.
    expect(decisions('Members expressed concern about the delays and agreed that more work was needed.')).toEqual([]);
  });
});

describe('the record of the last meeting taken as true', () => {
  it('reads minutes "received as accurate", "proposed as accurate" and "signed as a true copy" as the record confirmed', () => {
    expect(decisions('Minutes of the meeting held on March 14th, 2025 were received as accurate.')).toEqual(['Minutes of the meeting held on March 14th, 2025 were received as accurate.']);
    expect(decisions('The minutes were proposed as accurate by R. Ellis and seconded by M. Owen.')).toEqual(['The minutes were proposed as accurate by R. Ellis and seconded by M. Owen.']);
    expect(decisions('Were signed as a true copy, to become minutes.')).toEqual(['Were signed as a true copy, to become minutes.']);
    expect(decisions('The Clerk reported that the minutes had been signed as a true copy.')).toEqual([]);
  });
});

describe('where a labelled decision starts and stops', () => {
  it('ends at its sentence when a motion moved after it is quoted after a colon, the quoted "be" not carrying it on', () => {
    const text = [
      'A vote was then taken on the Motion by a show of hands and it was',
      'Resolved that:',
      'Standing Orders be Suspended.',
      'Councillor R Tamsin then proposed the following Motion:',
      '‘A full report be brought to the next Council on the reductions to library opening hours.’',
    ].join('\n');
    expect(decisions(text)).toEqual(['Standing Orders be Suspended.']);
  });

  it('quotes "RESOLVED – That, for the reasons ..., the application be APPROVED" from its first word, not from the comma', () => {
    expect(decisions('RESOLVED – That, for the reasons set out in the report, the application be APPROVED subject to the following conditions:\n1. Standard time\n2. Approved plans')).toEqual([
      'for the reasons set out in the report, the application be APPROVED subject to the following conditions: 1) Standard time 2) Approved plans',
    ]);
  });
});
