import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/ingest/line-kinds.ts';
import { documentLines } from '../../src/ingest/normalise-text.ts';
import { ExemptTracker, excludedItemsListed } from '../../src/ingest/readers/items.ts';

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

  describe('an exclusion minute that lists the items it covers, one a line', () => {
    const minute = (text: string) => classifyLines(documentLines(text));
    const exclusion = 'RESOLVED that the press and public be excluded for the following private reports:';

    it('makes exempt only the listed items after it, not the public items between', () => {
      const listed = excludedItemsListed(minute(`${exclusion}\n\nMinute No.  Report title\n\n  18  Disposal of Land at Mill Lane\n\n  19  Fleet Contract`), '14');
      expect(listed).toEqual(['18', '19']);
      const t = new ExemptTracker();
      t.noteExclusion(exclusion, listed);
      expect(t.isExcluded('15')).toBe(false);
      expect(t.isExcluded('18')).toBe(true);
      expect(t.isExcluded('19')).toBe(true);
    });

    it('lists nothing when a number is not after its own, or a line is a paragraph of Schedule 12A', () => {
      expect(excludedItemsListed(minute(`${exclusion}\n1. It is likely that exempt information would be disclosed.`), '8')).toEqual([]);
      expect(excludedItemsListed(minute(`${exclusion}\n3  Information relating to the financial affairs of any person`), '2')).toEqual([]);
      expect(excludedItemsListed(minute(`${exclusion}\n12  Depot Sale`), null)).toEqual([]);
    });
  });
});
