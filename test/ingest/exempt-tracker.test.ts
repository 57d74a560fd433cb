import { describe, expect, it } from 'vitest';
import { ExemptTracker } from '../../src/ingest/readers/items.ts';

describe('ExemptTracker (Schedule 12A after an exclusion resolution)', () => {
  it('makes only the one item exempt when the resolution names "the following item"', () => {
    const t = new ExemptTracker();
    t.noteExclusion('that the press and public be excluded from the meeting for the following item of business on the grounds that it involves exempt information');
    expect(t.isExcluded(null)).toBe(true);
    expect(t.isExcluded(null)).toBe(false);
  });

  it('makes every later item exempt for "the following items" until the public is readmitted', () => {
    const t = new ExemptTracker();
    t.noteExclusion('that the public be excluded from the meeting during consideration of the following items of business');
    expect(t.isExcluded('8')).toBe(true);
    expect(t.isExcluded('9')).toBe(true);
    t.readmit();
    expect(t.isExcluded('10')).toBe(false);
  });

  it('makes exempt only the items a resolution names by number', () => {
    const t = new ExemptTracker();
    t.noteExclusion('that the press and public be excluded from the meeting for items 12 and 14 on the grounds ...');
    expect(t.isExcluded('12')).toBe(true);
    expect(t.isExcluded('13')).toBe(false);
    expect(t.isExcluded('14')).toBe(true);
  });

  it('keeps the items still printed under Part One public when the resolution excludes the public for Part Two, and exempts those under Part Two', () => {
    const t = new ExemptTracker();
    t.enterPart('public');
    t.noteExclusion('That the press and public be excluded from the meeting during consideration of the items contained in part two of the agenda.');
    expect(t.isExcluded('41')).toBe(false);
    expect(t.isExcluded('42')).toBe(false);
    // An item whose title places it in Part Two is exempt even where its heading was not printed.
    expect(t.isExcluded('43', 'Part Two Minutes')).toBe(true);
    t.enterPart('private');
    expect(t.isExcluded('44')).toBe(true);
    expect(t.isExcluded('45')).toBe(true);
  });

  it('makes every later item exempt for a Part Two exclusion when the minutes print no part at all', () => {
    const t = new ExemptTracker();
    t.noteExclusion('That the public be excluded during consideration of the items in Part 2 of the agenda.');
    expect(t.isExcluded('7')).toBe(true);
    expect(t.isExcluded('8')).toBe(true);
  });
});
