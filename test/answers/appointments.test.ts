import { describe, expect, it } from 'vitest';
import { LEFT, NAME, makesMembership } from '../../src/answers/attendance/appointments.ts';
import { documentLines, matchesOn } from '../security/support/same-matches.ts';

/** LEFT as it was before it was made linear: the name could start inside a word. */
const LEFT_BEFORE = new RegExp(String.raw`\b(?:resignation of|retirement of|departure of) (${NAME})|(${NAME}) (?:had |has )?(?:resigned|stood down|stepped down|retired|left)\b`, 'u');

const INVENTED = [
  'The Board noted the resignation of Mr Tobias Wrenfield as the diocesan representative.',
  'Councillor Petra Anwell had resigned from the Board with effect from 3 May.',
  "Mrs K Dalloway-Price stepped down as a parent governor representative, and O'Hara left the meeting.",
  'Dr. Imogen St Clair has retired; the Chair thanked her.',
  'The retirement of Cllr Bede Fanshawe was reported.',
];

describe('a member who left the board (LEFT)', () => {
  it('matches what it matched before on every line of the corpus and the layouts, and on invented resolutions', () => {
    const lines = [...documentLines(), ...INVENTED];
    expect(matchesOn(LEFT, lines)).toEqual(matchesOn(LEFT_BEFORE, lines));
    expect(INVENTED.map((line) => LEFT.exec(line)?.[1] ?? LEFT.exec(line)?.[2])).toEqual([
      'Mr Tobias Wrenfield',
      'Councillor Petra Anwell',
      'Mrs K Dalloway-Price',
      'Dr. Imogen St Clair',
      'Cllr Bede Fanshawe',
    ]);
    expect(makesMembership(INVENTED[1]!, 'left')).toBe(true);
  });

  it('answers at once on a long run of capitals, which it once read again from every letter', () => {
    // The attack recheck found: read from each letter, this took minutes before.
    expect(LEFT.test('A'.repeat(200_000))).toBe(false);
    expect(LEFT.test(`${'Ab'.repeat(100_000)} resigned`)).toBe(true);
  });
});
