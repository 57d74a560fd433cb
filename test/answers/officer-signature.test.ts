import { describe, expect, it } from 'vitest';
import { SIGNED_BESIDE } from '../../src/answers/attendance/build-officer.ts';
import { documentLines, matchesOn } from '../security/support/same-matches.ts';

/** SIGNED_BESIDE as it was before it was made linear: the name could start after a hyphen or an apostrophe. */
const SIGNED_BESIDE_BEFORE = new RegExp(String.raw`\b([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’.-]*){1,3}), (?:Senior |Lead |Principal )?Scrutiny Co-?ordinator\b`, 'u');

const INVENTED = [
  'For further information contact Rhiannon Castellane, Scrutiny Co-ordinator, on 01632 960 417.',
  'Report author: Mary-Jo Pelling-Whitcombe, Senior Scrutiny Coordinator',
  "Contact: Declan O'Farrell, Lead Scrutiny Co-ordinator",
  'Tom Abernethy, Scrutiny Officer',
];

describe('a scrutiny co-ordinator signing beside their name (SIGNED_BESIDE)', () => {
  it('matches what it matched before on every line of the corpus and the layouts, and on invented signatures', () => {
    const lines = [...documentLines(), ...INVENTED];
    expect(matchesOn(SIGNED_BESIDE, lines)).toEqual(matchesOn(SIGNED_BESIDE_BEFORE, lines));
    expect(INVENTED.map((line) => SIGNED_BESIDE.exec(line)?.[1] ?? null)).toEqual(['Rhiannon Castellane', 'Mary-Jo Pelling-Whitcombe', "Declan O'Farrell", null]);
  });

  it('answers at once on a long hyphenated run of capitals, which it once read again from each part', () => {
    // The attack: a name could start after each hyphen, and each start read the rest of the run.
    expect(SIGNED_BESIDE.test('A-'.repeat(200_000))).toBe(false);
    expect(SIGNED_BESIDE.test(`${'Aé'.repeat(100_000)} Brown, Scrutiny Co-ordinator`)).toBe(true);
  });
});
