// The chair an election item makes: the resolution that records the outcome, not a motion before it, and a chair
// elected "of" the meeting's own body by whatever name the minutes give it.
import { describe, expect, it } from 'vitest';
import { chairElectedUnder, chairNamedIn } from '../../src/ingest/attendance.ts';
import { classifyLine } from '../../src/ingest/line-kinds.ts';

const lines = (...texts: string[]) =>
  texts.map((text, k) => classifyLine({ text, blank: text === '', bullet: false, emphasis: false, indent: 0 } as never, k));

describe('the chair an election item names', () => {
  it('takes the resolved election over a rival motion proposed before it', () => {
    const minute = lines(
      'Councillor A Rook proposed that Councillor B Wren be elected as Chairman of the Committee. This was duly seconded.',
      '',
      'Councillor C Teal proposed that Councillor D Finch be elected as Chairman of the Committee. This was duly seconded.',
      '',
      'RESOLVED that Councillor D Finch be elected Chairman of the Committee for the Municipal Year.',
    );
    expect(chairElectedUnder('Election of Chairman', minute)).toBe('Councillor D Finch');
    expect(chairNamedIn(minute)).toBe('Councillor D Finch');
  });

  it('takes the one resolved when the first nominee stands down in the same paragraph', () => {
    const minute = lines(
      'Councillor E Lark proposed that Councillor F Heron be elected as Chairperson of the Western Area Planning Committee. Councillor Heron wished to stand down. There being no other nominations it was: RESOLVED that Councillor G Swift be elected Chairperson of the Western Area Planning Committee for the Municipal Year.',
    );
    expect(chairElectedUnder('Election of Chairperson', minute)).toBe('Councillor G Swift');
  });

  it('reads a chair elected of a named committee as the meeting\'s under the item that elects the chair, and not elsewhere', () => {
    const resolved = 'RESOLVED that Councillor H Crane be elected Chairman of the Central Area Planning Committee for the ensuing Municipal Year.';
    expect(chairElectedUnder('Election of Chairman', lines(resolved))).toBe('Councillor H Crane');
    // Outside such an item, a chair "of" another body chairs that body.
    expect(chairNamedIn(lines(resolved))).toBeNull();
  });

  it('keeps the first motion where nothing after it is resolved or said as done', () => {
    const minute = lines('Councillor J Stork proposed that Councillor K Gull be elected as Chair of the Committee and this was seconded.');
    expect(chairElectedUnder('Election of Chair', minute)).toBe('Councillor K Gull');
  });
});
