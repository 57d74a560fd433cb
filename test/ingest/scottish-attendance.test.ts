// Scottish minutes' attendance: a Convener for a chair, posts after names kept apart by semicolons, labels run on.
import { describe, expect, it } from 'vitest';
import { readPeople, withChairPresent } from '../../src/ingest/attendance.ts';
import { onlyMeeting } from './only-meeting.ts';

describe('Scottish attendance', () => {
  it('reads people kept apart by semicolons, each with a post whose own "and" and commas stay in it', () => {
    const people = readPeople('Ewan Baird, Head of Planning and Building Standards; Kirsty Lamb, Team Leader, Finance; and Rhona Gill, Committee Officer.');
    expect(people.map((p) => [p.name, p.note])).toEqual([
      ['Ewan Baird', 'Head of Planning and Building Standards'],
      ['Kirsty Lamb', 'Team Leader, Finance'],
      ['Rhona Gill', 'Committee Officer'],
    ]);
    // A plural title after a semicolon is a list of names, not a name and a post.
    expect(readPeople('Councillor Munro, Convener; and Councillors Allan, Baxter and Craig.').map((p) => [p.name, p.chair])).toEqual([
      ['Councillor Munro', true],
      ['Councillor Allan', false],
      ['Councillor Baxter', false],
      ['Councillor Craig', false],
    ]);
  });

  it('parts officers with posts where initials and a surname follow a comma or an "and" inside one semicolon\'s part', () => {
    const people = readPeople('S Moffat, Director of Housing; B Lennox, Category Manager and L McKechnie, Policy Officer (both Chief Executive\'s); K Graham, Head of Governance, J MacArthur, Head of Property and A O\'Neill, Committee Officer (all Finance).');
    expect(people.map((p) => [p.name, p.note])).toEqual([
      ['S Moffat', 'Director of Housing'],
      ['B Lennox', 'Category Manager'],
      ['L McKechnie', "Policy Officer (both Chief Executive's)"],
      ['K Graham', 'Head of Governance'],
      ['J MacArthur', 'Head of Property'],
      ["A O'Neill", 'Committee Officer (all Finance)'],
    ]);
  });

  it('reads "Leader of the Council X" among offices before names as a person, not the post of the one before', () => {
    const people = readPeople('Provost Morag Buchanan (Chair); Depute Provost Alan Crichton; Leader of the Council Fiona Dalgleish; Councillors Ewan Baird and Iain Docherty');
    expect(people.map((p) => p.name)).toEqual(['Morag Buchanan', 'Alan Crichton', 'Fiona Dalgleish', 'Councillor Ewan Baird', 'Councillor Iain Docherty']);
  });

  it('takes "Councillor X, Convener, presided." for the chair alone, the office between its commas no person', () => {
    const m = onlyMeeting(
      [
        'Minute of Meeting of the Roads Board held on 4 March 2026 at 10.00 am in the Council Offices, Kilbrannan',
        '',
        'Chair',
        'Councillor Drummond, Convener, presided.',
        'In Attendance',
        'H Baillie, Director of Roads; and C Ross, Committee Officer.',
        '',
        '1. DECLARATIONS OF INTEREST',
        'There were none.',
      ].join('\n'),
    );
    expect(m.chair).toBe('Councillor Drummond');
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Drummond', 'H Baillie', 'C Ross']);
  });

  it('finds the Convener, those attending and an apology labelled "APOLOGY FOR", and a label after the title\'s sentence', () => {
    const m = onlyMeeting(
      [
        'GLENMORRAN, 3 March 2025. Minute of Meeting of the LICENSING BOARD. Present:- Councillor Munro, Convener;',
        'and Councillors Allan and Baxter.',
        '',
        'ATTENDING: Ewan Baird, Head of Licensing; and Rhona Gill, Committee Officer.',
        '',
        'APOLOGY FOR Councillor Neil Dunbar.',
        'ABSENCE:',
        '',
        '1. DECLARATIONS OF INTEREST',
        'There were none.',
        '',
        '2. MINUTE OF PREVIOUS MEETING',
        'The Board approved the minute.',
        '',
        '3. LICENSING POLICY',
        'The Board resolved to note the report.',
      ].join('\n'),
    );
    expect(m.chair).toBe('Councillor Munro');
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Munro', 'Councillor Allan', 'Councillor Baxter', 'Ewan Baird', 'Rhona Gill']);
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Neil Dunbar']);
  });
});

describe('civic offices and an apology given as a sentence', () => {
  it('keeps the office out of the chair\'s name when "in the Chair" follows it', () => {
    const [person] = readPeople('Provost Moira Tennant in the Chair');
    expect([person?.name, person?.note, person?.chair]).toEqual(['Moira Tennant', 'Provost', true]);
  });

  it('reads the apology a label gives as a sentence, and the Provost who chaired by name alone', () => {
    const m = onlyMeeting(
      [
        'At the Meeting of Glenarden Council held in the Council Chamber, Glenarden on Wednesday, 11 March 2026 at 5.00 p.m.',
        '',
        'Present: Provost Moira Tennant, Bailie Alasdair Quigley, Councillors Fraser Aitchison and Lorna Baird',
        '',
        'Attending: Gordon Lennox, Chief Executive; and Fiona Orr, Senior Democratic Services Officer.',
        '',
        'Apology: An apology for absence was intimated on behalf of Councillor Rory Paterson.',
        '',
        'Provost Moira Tennant in the Chair',
        '',
        'DECLARATIONS OF INTEREST',
        '',
        'There were no declarations of interest.',
        '',
        'MINUTES OF PREVIOUS MEETING',
        '',
        'The Minutes of Meeting of Glenarden Council held on 4 February 2026 were approved as a correct record.',
      ].join('\n'),
    );
    expect(m.chair).toBe('Moira Tennant');
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Rory Paterson']);
    expect(m.present.map((p) => p.name)).toEqual(['Moira Tennant', 'Alasdair Quigley', 'Councillor Fraser Aitchison', 'Councillor Lorna Baird', 'Gordon Lennox', 'Fiona Orr']);
  });
});

describe('a bound volume of minutes', () => {
  it('reads the title under the page number that opens the text, and the chair named after a guest and the body they come from', () => {
    const m = onlyMeeting(
      [
        '                                                            527',
        'The Kinloch Council                              No. 6 2025/2026',
        '',
        'Minutes of Meeting of the Kinloch Council held in the Council Chamber, Kinloch',
        'on Thursday, 19 March 2026 at 10.30am.',
        '',
        '1. Calling of the Roll and Apologies for Absence',
        '',
        'Present:',
        'Mr A Baird Mrs C Dow Ms E Fyfe Mr G Hood',
        '',
        'Also in Attendance: Sergeant K Lyall, Police Scotland Mrs C Dow in the Chair',
        '',
        'Apologies for absence were intimated on behalf of Mr R Shaw.',
        '',
        '2. Declarations of Interest',
        'There were no declarations of interest.',
      ].join('\n'),
    );
    expect(m.date).toBe('2026-03-19');
    expect(m.time).toBe('10:30');
    expect(m.chair).toBe('Mrs C Dow');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('a minutes page cut after its first item', () => {
  const page = [
    'Minutes of Meeting of the Glenarden Council held in the Council Chamber, Glenarden on Thursday, 5 February 2026 at 10.35am.',
    '1. Calling of the Roll and Apologies for Absence',
    "Gairm a' Chlàir agus Leisgeulan",
    'Present:',
    'Mr A Baird, Mrs C Dow, Ms E Fyfe, Mr G Hood,',
    'In Attendance:',
    'Chief Executive',
    'Head of Legal and Governance',
    'Depute Chief Executive/Director of Resources',
    'Mrs C Dow in the Chair',
    'Apologies for absence were intimated on behalf of Mr R Shaw.',
  ].join('\n');

  it('reads its one item "1." under the title and the attendance', () => {
    expect(onlyMeeting(page).items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Calling of the Roll and Apologies for Absence']);
  });

  it('names no one for a post printed alone ("Chief Executive", "Head of Legal and Governance")', () => {
    const names = onlyMeeting(page).present.map((p) => p.name);
    expect(names).toEqual(['Mr A Baird', 'Mrs C Dow', 'Ms E Fyfe', 'Mr G Hood']);
  });

  it('takes no lone "1." under a decision\'s label for an item', () => {
    const m = onlyMeeting(['Minutes of the Meeting of the Glenarden Council held on Thursday, 5 February 2026 at 10.35am.', 'Present: Mr A Baird, Mrs C Dow', 'RESOLVED:', '1. Notes the report and agrees the revised budget.'].join('\n'));
    // (The decision is an item whose title was not printed: the decision-block fallback's.)
    expect(m.items.map((i) => [i.number, i.title])).toEqual([[null, 'Untitled item']]);
  });

  it('records a chair named by surname alone as the one listed member of that surname, and keeps the sentence\'s words when two share it', () => {
    const listed = () => ['Councillor Morag DUNBAR', 'Councillor Ewan FAIRLIE', 'Councillor Iona FAIRLIE'].map((name) => ({ name, role: 'member' as const, chair: false, note: null }));
    const one = listed().slice(0, 2);
    expect(withChairPresent(one, 'Councillor FAIRLIE')).toBe('Councillor Ewan FAIRLIE');
    expect(one.filter((p) => p.chair).map((p) => p.name)).toEqual(['Councillor Ewan FAIRLIE']);
    expect(withChairPresent(listed(), 'Councillor FAIRLIE')).toBe('Councillor FAIRLIE');
    // A chair named in full stays as named; one nobody listed is added.
    expect(withChairPresent(listed().slice(0, 2), 'Councillor Ewan Fairlie')).toBe('Councillor Ewan Fairlie');
    const none = listed().slice(0, 1);
    expect(withChairPresent(none, 'Councillor WEIR')).toBe('Councillor WEIR');
    expect(none[0]!.name).toBe('Councillor WEIR');
  });
});
