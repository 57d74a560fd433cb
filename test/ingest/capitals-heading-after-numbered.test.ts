// A heading in capitals after the last numbered minute ("PUBLIC PARTICIPATION"), which the numbering left out.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const MINUTES = [
  'MINUTES OF LOWER TWYFORD PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON MONDAY 9TH JUNE 2025',
  '',
  'Present – Cllr Ada Penrose - Chair, Cllr Tom Vickery, Cllr Nia Beddoes.',
  '',
  '1. Apologies for Absence',
  '',
  'Cllr Lowe sent apologies.',
  '',
  '2. Minutes',
  '',
  'The minutes of the meeting held on 12th May 2025 were agreed as a true record.',
  '',
  '3. Correspondence',
  '',
  'A letter from the County Council about verge cutting was noted.',
  '',
  'PUBLIC PARTICIPATION',
  '',
  'A resident asked about the state of the footpath by the church.',
].join('\n');

describe('a heading in capitals after the numbered minutes', () => {
  it('is an item of its own', () => {
    expect(onlyMeeting(MINUTES).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Minutes'],
      ['3', 'Correspondence'],
      [null, 'PUBLIC PARTICIPATION'],
    ]);
  });
});

describe('the public\'s session minuted before the numbered business', () => {
  it('is an item of its own, before the first numbered one', () => {
    const text = [
      'MINUTES OF THE ASHBY PARVA PARISH COUNCIL MEETING HELD ON TUESDAY 21 OCTOBER 2025 AT 7.15PM AT THE COUNCIL OFFICE.',
      '',
      'Present',
      '',
      'The following Councillors were present: Councillor P. Quayle, J. Ndlovu, S. Hartigan, R. Ellwood.',
      '',
      'Public Forum',
      '',
      'One member of the public asked about the bus shelter on Station Road.',
      '',
      'PC/1/10/25 Comments from the Chair',
      '',
      'The Chairman welcomed everyone to the meeting.',
      '',
      'PC/2/10/25 Apologies for absence with reasons given',
      '',
      'Apologies from Councillor Moss were noted and accepted.',
      '',
      'PC/3/10/25 Planning applications',
      '',
      'No applications had been received.',
    ].join('\n');
    expect(onlyMeeting(text).items.map((i) => i.title)).toEqual(['Public Forum', 'Comments from the Chair', 'Apologies for absence with reasons given', 'Planning applications']);
  });
});
