// A loaded snapshot's short ids by document id are worked out when first read, or in steps: either
// way the engine sees the map MiniSearch would have built, and a change made meanwhile is kept.
import { describe, expect, it } from 'vitest';
import { ShortIdsById } from '../../src/search/search-snapshot.ts';

const byShort = () => new Map<number, unknown>(Array.from({ length: 2500 }, (_, i) => [i * 2, `item:i-${i}`]));
const inverse = (from: Map<number, unknown>) => new Map([...from].map(([short, id]) => [id, short]));

describe('ShortIdsById', () => {
  it('answers as the inverse map does, worked out on first use', () => {
    const from = byShort();
    const ids = new ShortIdsById(from);
    expect(ids.get('item:i-7')).toBe(14);
    expect(ids.has('item:i-9999')).toBe(false);
    expect(new Map(ids)).toEqual(inverse(from));
    expect(ids.size).toBe(2500);
  });

  it('is filled in steps, finished at once by a read between them, and keeps what changed', () => {
    const from = byShort();
    const ids = new ShortIdsById(from);
    const steps = ids.fillSteps();
    steps.next();
    steps.next();
    ids.set('item:i-new', 9001);
    expect(ids.delete('item:i-0')).toBe(true);
    // The steps started first end without undoing either.
    while (!steps.next().done) {
      // the rest
    }
    const expected = inverse(from);
    expected.set('item:i-new', 9001);
    expected.delete('item:i-0');
    expect(new Map(ids)).toEqual(expected);
    expect([...ids.fillSteps()]).toEqual([]);
  });
});
