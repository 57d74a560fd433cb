import { describe, expect, it } from 'vitest';
import type { ParsedItem, ParsedMeeting } from '../../src/model.ts';
import { ParsedDocument as ParsedDocumentSchema } from '../../src/model.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { FILES, corpusText } from './corpus.ts';

const doc = parseDocument(corpusText(FILES.pack2017), FILES.pack2017);
const agenda = doc.meetings.find((m) => m.kind === 'agenda')!;
const minutes = doc.meetings.find((m) => m.kind === 'minutes')!;
const item = (m: ParsedMeeting, n: string): ParsedItem => m.items.find((i) => i.number === n)!;

describe('agenda pack of 13 July 2017', () => {
  it('holds an agenda, the previous minutes and a work programme', () => {
    expect(ParsedDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.kind).toBe('agenda-pack');
    expect(doc.meetings.map((m) => [m.kind, m.date])).toEqual([
      ['agenda', '2017-07-13'],
      ['minutes', '2017-06-29'],
    ]);
  });

  it('keeps the meeting dates its work programme lists with nothing planned yet', () => {
    expect(doc.emptyPlanDates?.map((d) => d.date)).toEqual(['2018-01-11', '2018-03-29']);
  });

  it('reads the front sheet', () => {
    expect(agenda.committee).toBe("Education and Children's Services Scrutiny Board (2)");
    expect(agenda.time).toBe('10:00');
    expect(agenda.place).toBe('Committee Room 3 - Council House');
    expect(agenda.contact).toBe('Michelle Rose, Governance Services');
    expect(agenda.present).toEqual([]);
  });

  it('reads items 1 to 7 with sub-items, authors and pages', () => {
    expect(agenda.items.map((i) => [i.number, i.title, i.pages, i.reportAuthor])).toEqual([
      ['1', 'Apologies and Substitutions', null, null],
      ['2', 'Declarations of Interests', null, null],
      ['3', 'Minutes', 'Pages 3 - 6', null],
      ['4', 'Support to Young Carers', 'Pages 7 - 12', 'Briefing Note of the Deputy Chief Executive (People)'],
      ['5', 'Improvement Board', 'Pages 13 - 20', 'Briefing Note of the Deputy Chief Executive (People)'],
      ['6', 'Work Programme', 'Pages 21 - 26', 'Briefing Note of the Scrutiny Co-ordinator'],
      ['7', 'Any Other Business', null, null],
    ]);
    expect(item(agenda, '3').subItems).toEqual(['a) To agree the minutes of the meeting held on 29th June, 2017', 'b) Matters Arising']);
    expect(item(agenda, '7').body).toMatch(/^Any other items of business which the Chair decides/);
    expect(agenda.items.every((i) => !i.private)).toBe(true);
  });

  it('gives each briefing note to the item it is for, without mistaking its paragraphs for items', () => {
    expect(item(agenda, '4').body).toContain('Subject: Support to Young Carers');
    expect(item(agenda, '4').body).toContain('Carers Trust Heart of England');
    expect(item(agenda, '5').body).toContain('Subject: Progress on Children\'s Services Improvement Board');
    expect(item(agenda, '6').body).toContain('Subject: Work Programme 2017-18');
    expect(agenda.items).toHaveLength(7);
  });

  it('reads the membership with roles and the chair', () => {
    const membership = agenda.membership!;
    expect(membership).toHaveLength(15);
    expect(agenda.chair).toBe('Councillor M Mutton');
    expect(membership.filter((p) => p.role === 'co-opted').map((p) => p.name)).toEqual(['S Hanson', 'K Jones', 'R Potter']);
    expect(membership.filter((p) => p.role === 'invited').map((p) => p.name)).toEqual([
      'Councillor B Kaur',
      'Councillor K Maton',
      'Councillor E Ruane',
    ]);
  });
});

describe('minutes of 29 June 2017 inside the pack', () => {
  it('reads the heading and attendance', () => {
    expect(minutes.time).toBe('14:00');
    expect(minutes.closingTime).toBe('14:30');
    expect(minutes.chair).toBe('Councillor M Mutton');
    const roles: Record<string, number> = {};
    for (const p of minutes.present) roles[p.role] = (roles[p.role] ?? 0) + 1;
    expect(roles).toEqual({ member: 9, 'co-opted': 2, cabinet: 3, 'other-member': 1, employee: 4 });
    expect(minutes.present.filter((p) => p.role === 'co-opted').map((p) => p.name)).toEqual(['Mrs S Hanson', 'Mrs K Jones']);
    expect(minutes.apologies).toEqual([]);
  });

  it('reads minutes 88 to 91, not the numbered recommendations inside 90', () => {
    expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '88 Declarations of Interests',
      '89 Minutes',
      '90 Ofsted Report',
      '91 Any Other Business',
    ]);
    expect(item(minutes, '90').body).toContain('1. Continue to monitor and develop services');
    expect(item(minutes, '90').body).toContain('9. Ensure that the progress of prospective adopters');
  });

  it('keeps the Task and Finish membership with clause 2', () => {
    const r = item(minutes, '90').resolutions.map((x) => x.text);
    expect(r).toEqual([
      'The report be noted and a report back at the end of the municipal year be requested.',
      'A Task and Finish group be established on Retention of Social Workers with the following membership: Councillor M Mutton, Councillor Mrs Lucas, Councillor Seaman, Councillor Miks',
      'The work programme be updated to include issues identified by the Board following the Ofsted recommendations',
    ]);
  });

  it('dates the report back to the end of the municipal year', () => {
    expect(item(minutes, '90').requests).toEqual([
      {
        text: 'The report be noted and a report back at the end of the municipal year be requested.',
        kind: 'report-back',
        due: { text: 'at the end of the municipal year', date: '2018-05-31', nextMeeting: false },
      },
    ]);
  });
});

describe('work programme 2017/18 in the pack', () => {
  const wp = doc.workProgramme;
  const slot = (s: string) => wp.filter((w) => w.slot === s);

  it('has each item once although the programme is printed twice', () => {
    expect(wp.every((w) => w.year === '2017/18')).toBe(true);
    const keys = wp.map((w) => `${w.slot}|${w.date}|${w.title.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(slot('dated')).toHaveLength(10);
    expect(slot('to-be-determined')).toHaveLength(9);
    expect(slot('pending')).toHaveLength(7);
  });

  it('reads the dated rows with their meeting notes, skipping empty slots', () => {
    expect(slot('dated').map((w) => [w.date, w.title])).toEqual([
      ['2017-06-29', 'Ofsted Inspection Report'],
      ['2017-06-29', 'Informal briefing of the Board'],
      ['2017-07-13', 'Young Carers'],
      ['2017-07-13', 'Improvement Board Report'],
      ['2017-07-13', 'Work programme briefing note'],
      ['2017-09-14', 'LSCB Interim Annual Report'],
      ['2017-10-12', 'Quality of Social Workers'],
      ['2017-11-23', 'Improvement Board Report – 18th October 2017'],
      ['2018-03-01', 'Improvement Board Report – 10th January 2018'],
      ['2018-04-26', 'Improvement Board Report – 11th April 2018'],
    ]);
    expect(wp.find((w) => w.title === 'Young Carers')!.meetingNote).toBe('10am');
    expect(wp.find((w) => w.title === 'Ofsted Inspection Report')!.meetingNote).toMatch(/^formal\/ ?informal meeting$/);
  });

  it('keeps the richest row: detail and leads split into people', () => {
    const ofsted = wp.find((w) => w.title === 'Ofsted Inspection Report')!;
    expect(ofsted.detail).toMatch(/^Following the Ofsted inspection in March/);
    expect(ofsted.leads).toEqual(['Gail Quinton', 'John Gregg', 'Cllr Ruane']);
    expect(wp.find((w) => w.title === 'Quality of Social Workers')!.leads).toEqual(['Lee Pardy-McLaughlin', 'Cllr Ruane']);
    expect(wp.find((w) => w.title === 'Young Carers')!.leads).toEqual(['Paul Smith', 'Jon Reading', 'Cllr Ruane', 'Cllr Abbott']);
  });

  it('reads the groups to be determined and pending', () => {
    expect(slot('to-be-determined').map((w) => w.title)).toEqual([
      'Special and Alternative Provision including Home Schooling',
      'Managing Risk Effectively',
      'Private Fostering',
      'Retention of Social Workers',
      'One Strategic Plan updates',
      'Education Performance including vulnerable groups',
      'Review of the Education Service redesign',
      "Children's Services redesign",
      'Regional Adoption Agency',
    ]);
    expect(slot('pending').map((w) => w.title).sort()).toEqual(
      [
        'Voices of Care',
        'Short Breaks Review',
        'School based police panels',
        'Serious Case Reviews',
        'SCR – Child F (if available)',
        'Schools Ofsted Reports',
        'World Class Schools Quality Award',
      ].sort(),
    );
    expect(wp.find((w) => w.title === 'Voices of Care')!.leads).toEqual(['Sheila Bates', 'Cllr Ruane']);
  });
});
