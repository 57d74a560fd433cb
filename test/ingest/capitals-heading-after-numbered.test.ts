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
