// A CMIS meeting page: the header the template prints on every council's install names the meeting (its committee,
// date and time), whatever the site's trail above it or the business below it says; a page carrying the minutes is
// read as minutes, its decisions those of each item's minute; items printed as titles alone are the items.
import { describe, expect, it } from 'vitest';
import { cmisPageHead } from './cmis-page-head.ts';
import { onlyMeeting } from './only-meeting.ts';

const header = (committee: string | null, trail = 'You are here : Home > The Council > Meetings') =>
  cmisPageHead({ trail, committee, tabs: ['Documents', 'Attendance', 'Visitors', 'Declarations of Interests'] });

describe('a CMIS meeting page', () => {
  it('takes the committee, date and time from the header, not from the site trail or an item naming the last meeting', () => {
    const m = onlyMeeting(
      [
        ...header('Housing Scrutiny Panel'),
        'Standard Items',
        'Minutes of Previous Meeting',
        '',
        'To agree the minutes of the meeting held on 14 January 2026.',
        '',
        'Public Items',
        '1 Tenancy Sustainment Review',
        'The Head of Housing to report on the first year of the tenancy sustainment service.',
        '2 Work Programme',
        'To review the Panel work programme for 2026/27.',
      ].join('\n'),
    );
    expect(m.kind).toBe('agenda');
    expect(m.committee).toBe('Housing Scrutiny Panel');
    expect(m.date).toBe('2026-03-11');
    expect(m.time).toBe('14:30');
    expect(m.items.map((i) => i.title)).toEqual(['Minutes of Previous Meeting', 'Tenancy Sustainment Review', 'Work Programme']);
  });

  it('names no committee when the header leaves it out, rather than the trail or the tabs', () => {
    const m = onlyMeeting(
      [...header(null), 'Public Items', '4. Questions from the Public', 'No questions have been submitted on notice.', '5. Petitions', 'No petitions have been received.'].join(
        '\n',
      ),
    );
    expect(m.committee).toBeNull();
    expect(m.date).toBe('2026-03-11');
  });

  it('reads a page whose items are titles alone and whose minutes carry their own numbers as minutes', () => {
    const m = onlyMeeting(
      [
        ...header('Executive'),
        'Standard Items',
        'APOLOGIES FOR ABSENCE',
        'To receive apologies for absence.',
        'EX.31/26',
        'No apologies for absence were submitted.',
        'DECLARATIONS OF INTEREST',
        'Members are invited to declare any interests relating to items on the agenda.',
        'EX.32/26',
        'No declarations of interest were submitted.',
        'MINUTES',
        'To confirm the minutes of the meeting held on 9 February 2026.',
        '(Copy Minutes herewith)',
        'EX.33/26',
        'RESOLVED - That the minutes of the meeting held on 9 February 2026 be agreed as a correct record.',
      ].join('\n'),
    );
    expect(m.kind).toBe('minutes');
    expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'DECLARATIONS OF INTEREST', 'MINUTES']);
    expect(m.items[2]!.resolutions.map((r) => r.text)).toEqual(['the minutes of the meeting held on 9 February 2026 be agreed as a correct record.']);
  });

  it('quotes the decision under a numbered item as the minute printed below the agenda words', () => {
    const m = onlyMeeting(
      [
        ...header('Licensing Committee'),
        'Standard Items',
        '1 APOLOGIES FOR ABSENCE',
        '',
        'To receive any apologies for absence.',
        '',
        '1',
        '',
        'Apologies for absence were received from Councillor Pardoe.',
        '',
        '2 HACKNEY CARRIAGE FARES',
        '',
        'To consider the report of the Licensing Manager.',
        '',
        '2',
        '',
        'RESOLVED:- That the table of fares in Appendix A be approved.',
      ].join('\n'),
    );
    expect(m.kind).toBe('minutes');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(m.items[1]!.resolutions.map((r) => r.text)).toEqual(['the table of fares in Appendix A be approved.']);
  });

  it('keeps a page an agenda when its agenda words print the resolution they propose', () => {
    const m = onlyMeeting(
      [
        ...header('Overview and Scrutiny Committee'),
        'Public Items',
        '1 Apologies for Absence',
        'To receive apologies for absence.',
        '2 Exclusion of the Press and Public',
        'RECOMMENDED that the press and public be excluded from the meeting for item 3 on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
      ].join('\n'),
    );
    expect(m.kind).toBe('agenda');
  });

  it('reads each part of the meeting on its own: numbers skipped between parts, private items numbered afresh', () => {
    const m = onlyMeeting(
      [
        ...header('Cabinet'),
        'Standard Items',
        '3. Minutes',
        'To confirm the minutes of the meeting held on 9 February 2026.',
        'Public Items',
        '7. Budget Monitoring Report',
        'Report of the Director of Finance.',
        '8. Exclusion of the Press and Public',
        'To resolve that the press and public be excluded from the meeting for the following items under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
        'Private Items',
        'P1 Acquisition of Land at Mill Lane',
        'Report of the Director of Place on the price agreed with the owner.',
        'P2 Depot Lease',
        'Report of the Director of Place.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title, i.private])).toEqual([
      ['3', 'Minutes', false],
      ['7', 'Budget Monitoring Report', false],
      ['8', 'Exclusion of the Press and Public', false],
      ['P1', 'Acquisition of Land at Mill Lane', true],
      ['P2', 'Depot Lease', true],
    ]);
    expect(JSON.stringify(m)).not.toContain('price agreed');
  });

  const lostTitle = (exclusion: string) =>
    onlyMeeting(
      [
        ...header('Planning Committee'),
        'Standard Items',
        'PUBLIC AND PRESS',
        'To agree that the items in Part A be dealt with in public and the items in Part B in private.',
        'PC.21/26',
        exclusion,
        'To approve the minutes of the meeting held on 12 February 2026.',
        '(Copy minutes herewith)',
        'PC.22/26',
        'RESOLVED - That the minutes of the meeting held on 12 February 2026 be approved, the Chair noting the fee of 14,200 pounds agreed.',
      ].join('\n'),
    );

  it('gives a minute whose item lost its title (a link the saved page dropped) an untitled item of its own', () => {
    const m = lostTitle('RESOLVED - It was agreed that the items in Part A be dealt with in public.');
    expect(m.items.map((i) => i.title)).toEqual(['PUBLIC AND PRESS', 'Untitled item']);
    expect(m.items.map((i) => i.resolutions.map((r) => r.text))).toEqual([
      ['It was agreed that the items in Part A be dealt with in public.'],
      ['the minutes of the meeting held on 12 February 2026 be approved, the Chair noting the fee of 14,200 pounds agreed.'],
    ]);
  });

  it('seals an untitled minute after a minute that excluded the press and public', () => {
    const m = lostTitle(
      'RESOLVED - That under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.',
    );
    expect(m.items[1]!.private).toBe(true);
    expect(JSON.stringify(m)).not.toContain('14,200');
  });
});

describe('the chair of a CMIS page of minutes that lists no attendance', () => {
  it('is the chair the first minute of an annual meeting elects, not the vice-chair the next one elects', () => {
    const m = onlyMeeting(
      [
        ...header('Council'),
        'Public Session',
        '1 Election of Chairman of the Council',
        '',
        'To elect the Chairman of the Council for the Municipal Year 2026/27',
        '',
        '1',
        '',
        'Councillor Hazel Brightwell was proposed by Councillor Owen Tapp and seconded by Councillor Ruth Kaye and it was',
        '',
        'RESOLVED: that Councillor Hazel Brightwell be elected Chairman of the Council for the Municipal Year 2026/27.',
        '',
        '2 Election of Vice-Chairman of the Council',
        '',
        'To elect the Vice-Chairman of the Council for the Municipal Year 2026/27',
        '',
        '2',
        '',
        'RESOLVED: that Councillor Ruth Kaye be elected Vice-Chairman of the Council for the Municipal Year 2026/27.',
      ].join('\n'),
    );
    expect(m.kind).toBe('minutes');
    expect(m.chair).toBe('Councillor Hazel Brightwell');
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Hazel Brightwell']);
  });
});
