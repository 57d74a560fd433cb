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
});
