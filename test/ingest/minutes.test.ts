import { describe, expect, it } from 'vitest';
import type { ParsedDocument, ParsedItem, ParsedMeeting } from '../../src/model.ts';
import { ParsedDocument as ParsedDocumentSchema } from '../../src/model.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { FILES, corpusText } from './corpus.ts';

function only(doc: ParsedDocument): ParsedMeeting {
  expect(doc.meetings).toHaveLength(1);
  return doc.meetings[0]!;
}
function item(m: ParsedMeeting, number: string): ParsedItem {
  const found = m.items.find((i) => i.number === number);
  if (!found) throw new Error(`no item ${number}`);
  return found;
}
function roles(m: ParsedMeeting): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of m.present) out[p.role] = (out[p.role] ?? 0) + 1;
  return out;
}

describe('minutes of 11 January 2018 (plain text)', () => {
  const doc = parseDocument(corpusText(FILES.minutes2018), FILES.minutes2018);
  const m = only(doc);

  it('is valid against the model schema', () => {
    expect(ParsedDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.kind).toBe('minutes');
  });

  it('reads the heading', () => {
    expect(m.committee).toBe("Education and Children's Services Scrutiny Board (2)");
    expect(m.council).toBe('Coventry City Council');
    expect(m.date).toBe('2018-01-11');
    expect(m.time).toBe('14:00');
    expect(m.closingTime).toBe('16:00');
  });

  it('reads attendance by role and the apologies', () => {
    expect(m.chair).toBe('Councillor M Mutton');
    expect(roles(m)).toEqual({ member: 9, 'co-opted': 1, 'other-member': 1, employee: 4 });
    expect(m.present.find((p) => p.name === 'N MacDonald')).toMatchObject({ role: 'employee', note: 'People Directorate' });
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Miks', 'K Jones', 'R Potter']);
  });

  it('reads minutes 32 to 39 in order', () => {
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '32 Declarations of Interests',
      '33 Minutes',
      '34 Private Fostering',
      '35 Quality Assurance Audit Activity',
      '36 Improvement Board Report from 18th October, 2017',
      '37 Outstanding Issues',
      '38 Work Programme',
      '39 Any Other Business',
    ]);
    expect(m.items.every((i) => !i.private)).toBe(true);
  });

  it('splits resolutions one per clause, verbatim', () => {
    expect(item(m, '34').resolutions.map((r) => r.text)).toEqual([
      'Notes the briefing note.',
      "Requests the Local Safeguarding Children's Board (LSCB) and Cabinet Member for Children and Young People promote the identification of private fostering arrangements within schools in order to offer support.",
      'Requests a report back following implementation of the promotion/ communication plan.',
    ]);
    expect(item(m, '35').resolutions).toHaveLength(3);
    expect(item(m, '36').resolutions.map((r) => r.text)).toEqual([
      'the Scrutiny Board requests that the e-newsletter communication also be circulated to co-opted Members.',
    ]);
    expect(item(m, '37').resolutions).toHaveLength(0);
    // "the following items be added": a stem and its list are one decision, quoted as printed.
    expect(item(m, '38').resolutions.map((r) => r.text)).toEqual([
      'the following items be added to the Work Programme: 1) Private Fostering report back 2) Audit report back 3) Education Progress to the February meeting',
    ]);
    expect(item(m, '39').resolutions).toHaveLength(1);
    expect(m.items.flatMap((i) => i.resolutions).some((r) => r.unanimous)).toBe(false);
  });

  it('adds the work-programme items resolved in minute 38', () => {
    expect(item(m, '38').workProgrammeAdditions).toEqual([
      'Private Fostering report back',
      'Audit report back',
      'Education Progress to the February meeting',
    ]);
  });

  it('finds the requests and their due dates', () => {
    // Asking the LSCB to promote something is not a request to the board.
    expect(item(m, '34').requests).toEqual([
      { text: 'Requests a report back following implementation of the promotion/ communication plan.', kind: 'report-back', due: null },
    ]);
    const r35 = item(m, '35').requests;
    expect(r35.map((r) => r.kind).sort()).toEqual(['circulate', 'update']);
    expect(r35.find((r) => r.kind === 'update')).toMatchObject({
      text: 'Requests an update on areas requiring improvement to the Board in March 2018.',
      due: { date: '2018-03-31', nextMeeting: false },
    });
    expect(r35.find((r) => r.kind === 'circulate')!.text).toMatch(/^Officers offered to provide further context in the next update/);
    expect(item(m, '36').requests).toEqual([]);
    // The discussion and the resolution ask for the same thing: one request.
    expect(item(m, '39').requests).toHaveLength(1);
    expect(item(m, '39').requests[0]).toMatchObject({ kind: 'next-meeting', due: { nextMeeting: true, date: null } });
    expect(item(m, '39').requests[0]!.text).toContain('be added to the next agenda');
  });

  it('keeps the report author from the body', () => {
    expect(item(m, '34').reportAuthor).toBe('Briefing Note of the Deputy Chief Executive (People)');
    expect(item(m, '34').body).toContain('- Under-representation');
  });
});

describe('minutes of 20 October 2022 (markdown)', () => {
  const m = only(parseDocument(corpusText(FILES.minutes2022)));

  it('reads the heading and closing time', () => {
    expect(m.committee).toBe("Education and Children's Services Scrutiny Board (2)");
    expect(m.date).toBe('2022-10-20');
    expect(m.time).toBe('14:30');
    expect(m.closingTime).toBe('16:30');
  });

  it('reads attendance, including employees listed after their directorate', () => {
    expect(m.chair).toBe('Councillor J Innes');
    expect(roles(m)).toEqual({ member: 7, 'co-opted': 1, invited: 1, 'other-member': 1, employee: 8 });
    expect(m.present.filter((p) => p.role === 'employee').map((p) => p.name)).toEqual([
      'S Bhambra',
      'M Clayton',
      'J Gregg',
      'C Heeley',
      'N Macdonald',
      'A Whitrick',
      'G Holmes',
      'C Taylor',
    ]);
    expect(m.present.find((p) => p.name === 'G Holmes')!.note).toBe('Law and Governance');
    expect(m.present.find((p) => p.role === 'other-member')).toMatchObject({
      name: 'Councillor P Seaman',
      note: 'Cabinet Member for Children and Young People',
    });
    expect(m.apologies.map((a) => a.name)).toEqual([
      'Councillor F Abbott',
      'Councillor Gittins',
      'Councillor A Masih',
      'Councillor Sandhu',
    ]);
    expect(m.apologies[1]!.note).toBe('Deputy Cabinet Member for Children and Young People');
  });

  it('reads items 1 to 6 despite the constitution quote numbered 6.1 to 6.4', () => {
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Declarations of Interests',
      '2 Minutes',
      '3 Co-option of Other Faiths Representatives to the Scrutiny Board',
      "4 Children's Services Ofsted Outcome",
      '5 Work Programme and Outstanding Issues',
      '6 Any Other Business',
    ]);
  });

  it('reads the unanimous resolution of item 3 and the three of item 4', () => {
    expect(item(m, '3').resolutions).toEqual([
      {
        text: "The Education and Children's Services Scrutiny Board (2) approves the co-option of Mr Ghulam Vohra as a non-voting co-optee to the Board under Part 2D, Section 6.1 (e) of the constitution.",
        unanimous: true,
      },
    ]);
    const r4 = item(m, '4').resolutions;
    expect(r4).toHaveLength(3);
    expect(r4.map((r) => r.unanimous)).toEqual([false, false, true]);
    expect(r4[1]!.text).toBe('Receives the Development Plan at a future meeting in response to the Inspection report.');
  });

  it('reads the information requested and the report on progress as requests', () => {
    const r4 = item(m, '4').requests;
    expect(r4.filter((r) => r.kind === 'information').map((r) => r.text)).toEqual([
      'The process/consequences of bidding for short term funding.',
      'Up to date Census figures.',
      'Services to support care leavers at risk of becoming homeless.',
    ]);
    expect(r4.filter((r) => r.kind === 'report-back').map((r) => r.text)).toEqual([
      'Consider the recommendations highlighted in the Inspection report and requested a further report on progress implementation.',
    ]);
    expect(r4).toHaveLength(4);
  });

  it('reads the items the board asked to include in the work programme', () => {
    expect(item(m, '5').workProgrammeAdditionDetails).toEqual([
      { title: "The impact of the Child Sexual Abuse Inquiry on Council's work to protect children", year: '2022/23' },
      { title: 'Social Worker recruitment and retention – financial incentives', year: '2022/23' },
    ]);
    expect(item(m, '5').resolutions.map((r) => r.text)).toEqual(['the work programme be updated.']);
  });
});

describe('minutes of 16 March 2023 (markdown)', () => {
  const m = only(parseDocument(corpusText(FILES.minutes2023)));

  it('reads the heading', () => {
    expect(m.date).toBe('2023-03-16');
    expect(m.time).toBe('15:00');
    expect(m.closingTime).toBe('17:00');
  });

  it('splits co-opted members joined by "and" and distributes "Councillors" over the apologies', () => {
    expect(roles(m)).toEqual({ member: 8, 'co-opted': 2, 'other-member': 1, invited: 1, employee: 5 });
    expect(m.present.filter((p) => p.role === 'co-opted').map((p) => p.name)).toEqual(['Mrs S Hanson', 'Mr G Vohra']);
    expect(m.present.find((p) => p.role === 'invited')).toMatchObject({ name: 'David Jackson', note: 'Observer' });
    expect(m.apologies).toEqual([
      { name: 'Councillor F Abbott', note: null },
      { name: 'Councillor B Gittins', note: 'Deputy Cabinet Member for Children and Young People' },
      { name: 'Councillor K Sandhu', note: 'Cabinet Member for Education and Skills' },
      { name: 'Councillor A Tucker', note: null },
    ]);
  });

  it('reads items 25 to 30', () => {
    expect(m.items.map((i) => i.number)).toEqual(['25', '26', '27', '28', '29', '30']);
    expect(item(m, '28').title).toBe("Children's Services Development Plan (Ofsted actions)");
  });

  it('counts the resolutions per item', () => {
    // Minute 26: the minutes of the last meeting "agreed and signed as a true record" are the meeting's decision on its record.
    expect(m.items.map((i) => i.resolutions.length)).toEqual([0, 1, 4, 2, 1, 1]);
    // A stem and the list of things it includes are one decision, quoted as printed.
    expect(item(m, '29').resolutions[0]!.text).toBe(
      'the Scrutiny Board (2) notes the Work Programme and includes the following on the 2023/24 Work Programme: - Best Start in life Programme - Early Years Saplings Programme - Fostering - Family Values Project (including Reunification Project)',
    );
    expect(item(m, '27').resolutions[0]!.text).toBe('Note the 2022 dataset for pupils aged 5 in Coventry schools');
  });

  it('reads the requests', () => {
    expect(item(m, '26').requests).toEqual([
      {
        text: 'A response had not yet been received from the Secretary of State. This would be followed up.',
        kind: 'follow-up',
        due: null,
      },
    ]);
    expect(item(m, '27').requests).toHaveLength(1);
    expect(item(m, '27').requests[0]).toMatchObject({ kind: 'report-back', due: { date: '2024-05-31' } });
    // Three things to circulate; the offer of help with paperwork is not something the board receives.
    expect(item(m, '28').requests.map((r) => [r.kind, r.text])).toEqual([
      ['circulate', 'The staff wellbeing programme.'],
      [
        'circulate',
        "The breakdown of ethnic minority children known to Children's Services at the time of the Ofsted Inspection and the diversity and ethnicity of social workers.",
      ],
      ['circulate', 'Communication materials regarding private fostering.'],
    ]);
    expect(item(m, '29').requests).toEqual([]);
    expect(item(m, '30').requests).toEqual([]);
  });

  it('reads the work-programme additions with their year', () => {
    expect(item(m, '29').workProgrammeAdditionDetails).toEqual([
      { title: 'Best Start in life Programme', year: '2023/24' },
      { title: 'Early Years Saplings Programme', year: '2023/24' },
      { title: 'Fostering', year: '2023/24' },
      { title: 'Family Values Project (including Reunification Project)', year: '2023/24' },
    ]);
    expect(item(m, '28').workProgrammeAdditionDetails).toEqual([
      { title: 'Fostering and the Family Values Project (including the Reunification Project)', year: '2023/24' },
    ]);
    expect(item(m, '27').workProgrammeAdditionDetails).toEqual([
      { title: 'Best Start in Life Programme and the Early years Saplings Programme', year: '2023/24' },
    ]);
  });
});

describe('minutes with no title, the date labelled', () => {
  it('reads "Cabinet" / "Date: ..." / "Time: ..." over the attendance as minutes, not an agenda', () => {
    const doc = parseDocument(
      'Cabinet\nDate: 18 March 2025\nTime: 10.00am\n\nPresent: Councillor N Okonjo (Chair), Councillor B Harte\n\n1 Declarations of Interest\nThere were none.\n\n2 Library Opening Hours\nRESOLVED that the revised hours be approved.\n\nThe meeting ended at 12.15 pm\n',
    );
    expect(doc.meetings.map((m) => [m.kind, m.committee, m.date, m.time, m.chair])).toEqual([['minutes', 'Cabinet', '2025-03-18', '10:00', 'Councillor N Okonjo']]);
  });
});

describe('an exclusion for the items in part two of the agenda', () => {
  const minutes = (partTwo: string) =>
    parseDocument(
      `Minutes of the Housing Committee held on 14 January 2026\n\nPresent: Councillor A Okafor (Chair), Councillor B Lind\n\nPART ONE\n\n40 Procedural Business\nRESOLVED: That the press and public be excluded from the meeting during consideration of the items contained in part two of the agenda.\n\n41 Repairs Update\nRESOLVED: That the update be noted.\n\n${partTwo}42 Sale of the Old Depot\nRESOLVED: That the sale be agreed on the terms in the report.\n`,
    );
  const flags = (doc: ParsedDocument) => doc.meetings[0]!.items.map((i) => [i.number, i.private, i.resolutions.length]);

  it('keeps the items printed under Part One public and seals those under "PART TWO"', () => {
    expect(flags(minutes('PART TWO\n\n'))).toEqual([
      ['40', false, 1],
      ['41', false, 1],
      ['42', true, 0],
    ]);
  });

  it('seals every item after the exclusion when the minutes never print where Part Two begins', () => {
    expect(flags(minutes(''))).toEqual([
      ['40', false, 1],
      ['41', true, 0],
      ['42', true, 0],
    ]);
  });
});
