// Where a list of those present ends in PDF minutes: a line of its own naming the chair with an office between commas
// ("Councillor X, Chair of Council Business, in the Chair") is a statement, not more apologies; a paragraph of prose
// after a list is the minutes' own text, whoever it names, and a list left open on "and" never runs on into it.
import { describe, expect, it } from 'vitest';
import { chairStatedBy, readsAsProse } from '../../src/ingest/attendance.ts';
import { onlyMeeting } from './only-meeting.ts';

const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('the end of an attendance list', () => {
  it('reads "X, <office>, in the Chair" on its own line as the chair, not as apologies', () => {
    const m = onlyMeeting(
      [
        'COUNCIL',
        '',
        '14 October 2025',
        '',
        'Present: Councillors Adeyemi, Birtwistle, Cropper, Dunleavy (Chair), Ellwood and Fairhurst',
        '',
        'Apologies for Absence: Councillor Gorton',
        '',
        'Councillor Dunleavy, Chair of Council Business, in the Chair',
        '',
        '21. CIVIC MAYOR\'S ANNOUNCEMENTS',
        '',
        'The Civic Mayor thanked the volunteers of the borough\'s food banks.',
        '',
        '22. COUNCIL MINUTES',
        '',
        'RESOLVED That the minutes of the meeting held on 15 July 2025 be approved as a correct record.',
      ].join('\n'),
    );
    expect(names(m.apologies)).toEqual(['Councillor Gorton']);
    expect(m.chair).toBe('Councillor Dunleavy');
  });

  it('names the person before the office, and only a line that ends on "in the Chair"', () => {
    expect(chairStatedBy('Councillor Dunleavy, Chair of Council Business, in the Chair')).toBe('Councillor Dunleavy');
    expect(chairStatedBy('(Councillor Dunleavy, Civic Mayor, in the Chair)')).toBe('Councillor Dunleavy');
    expect(chairStatedBy('(The Mayor, Councillor Dunleavy, in the Chair)')).toBe('Councillor Dunleavy');
    expect(chairStatedBy('Councillors Adeyemi, Birtwistle (in the Chair), Cropper')).toBeNull();
    expect(chairStatedBy('Councillor Dunleavy, Councillor Ellwood, in the Chair')).toBeNull();
  });

  it('ends the apologies at a paragraph of prose that names people, with no blank line between', () => {
    const m = onlyMeeting(
      [
        'MINUTES of the Meeting held in the Mill Room, Canal Street, Hartsey on Tuesday 3rd March 2026 from 7:00 pm to 8:40 pm.',
        'PRESENT: Councillor Wendy Oakes (Chairman), Councillors Pritchard, Lorna Sayle and Tom Varley.',
        'OFFICERS PRESENT: Dev Chandra and Ruth Ingham.',
        'APOLOGIES: Councillors Budd and Nell Gaskin.',
        'The Minutes of the Meeting held on 2nd December 2025 were taken as read, approved and signed by the Chairman as a correct record subject to the amendment to include as those present Councillor Harold Finch and County Councillor Jean Marsh.',
      ].join('\n'),
    );
    expect(names(m.apologies)).toEqual(['Councillor Budd', 'Councillor Nell Gaskin']);
    expect(names(m.present)).not.toContain('Councillor Harold Finch');
  });

  it('never runs a list left open on "and" on into a paragraph of prose', () => {
    const m = onlyMeeting(
      [
        'Minutes of the meeting held on 12th May 2025',
        '',
        'Councillor Ruth Aske (Chairman)',
        'Councillors Ben Coley, Dina Farr and Gil Hurd',
        'Also Present:',
        'Councillors Mrs Kemp, Owen Lacy, Marsh and',
        '',
        '',
        'Councillor Coley declared a prejudicial interest in the report on the depot and left the meeting during consideration of that item.',
        '',
        '41 THE DEPOT',
        '',
        'RESOLVED that the depot be let on a ten year lease.',
      ].join('\n'),
    );
    expect(names(m.present)).toEqual(expect.arrayContaining(['Councillor Owen Lacy', 'Councillor Marsh']));
    expect(m.present.filter((p) => p.name === 'Councillor Coley')).toHaveLength(0);
  });

  it('tells prose from a list of names', () => {
    expect(readsAsProse('The Minutes of the Meeting held on 2nd December 2025 were taken as read and signed by the Chairman.')).toBe(true);
    expect(readsAsProse('Councillors Budd, de Souza, van Rijn and Nell Gaskin.')).toBe(false);
    expect(readsAsProse('Councillor Ives attended the meeting as a substitute for Councillor Budd for the whole of the meeting.')).toBe(false);
  });
});

describe('an apologies sentence under the list of those present', () => {
  const minutes = (apologies: string) =>
    onlyMeeting(
      [
        'Minutes of the meeting of the Council held on 12 January 2026',
        '',
        'PRESENT',
        '',
        'Cllr Mrs H J Ormerod (in the Chair)',
        'Cllr R T Abernethy',
        'Cllr C D Crowther',
        '',
        apologies,
        '',
        '1. MINUTES',
        '',
        'RESOLVED: That the Minutes of the meeting held on 17 November 2025 be approved.',
      ].join('\n'),
    );

  it('reads a sentence in brackets with no label as the apologies, not as more people present', () => {
    const m = minutes('(Apologies for absence were received from Councillors B N Ilkley and M Jarrow)');
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor B N Ilkley', 'Councillor M Jarrow']);
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Mrs H J Ormerod', 'Councillor R T Abernethy', 'Councillor C D Crowther']);
  });

  it('keeps a list line that only goes on to apologies ("Ardlinn: Apologies from ...") in the list', () => {
    const m = minutes('Cllr K Gallagher, Apologies from Cllr M Jarrow');
    expect(m.present.map((p) => p.name)).toContain('Councillor K Gallagher');
  });
  it('reads an unnumbered heading after a labelled apologies list as a heading, not as one more person', () => {
    const m = onlyMeeting(
      [
        'Minutes of meeting held on 3rd April 2025',
        '',
        'PRESENT:            R Ashdown, K Merriman, T Olawale, S Pryor',
        '',
        'CLERK:                  Hannah Vickery',
        '',
        'APOLOGIES:       L Dunmore',
        '',
        'Declaration of Interest:',
        '',
        'Election of Chairperson',
        '',
        'The Clerk asked Councillors for nominations for a Chairperson for the coming year. It was agreed that RA would chair.',
        '',
        '1.0 The Minutes',
        '',
        'The minutes were signed as a true copy.',
      ].join('\n'),
    );
    expect(names(m.apologies)).toEqual(['L Dunmore']);
  });

  it('opens the apologies where "Apologies accepted from" follows the last name with no stop', () => {
    const m = onlyMeeting(
      'MINUTES OF THE MEETING OF THORNBURY VALE PARISH COUNCIL HELD ON TUESDAY 3RD MARCH 2026 AT 7.30PM\n\nPresent: Cllrs A Rowntree, B Sefton and C Tranmer Apologies accepted from Cllr G Yeadon\n\n1. DECLARATIONS OF INTEREST\n\nThere were no declarations of interest.\n\n2. MINUTES\n\nRESOLVED that the minutes of the meeting held on 3rd February 2026 be approved.\n',
    );
    expect(m.present.map((p) => p.name)).toEqual(['Councillor A Rowntree', 'Councillor B Sefton', 'Councillor C Tranmer']);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor G Yeadon']);
  });
});
