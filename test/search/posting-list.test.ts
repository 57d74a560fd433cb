// A packed posting list stands where MiniSearch keeps a Map: after any mix of the
// changes MiniSearch makes (a new document's counts, a removal), it must answer
// every Map method as a Map with the same changes would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingList } from '../../src/search/posting-list.ts';

type Change = { op: 'set'; doc: number; count: number } | { op: 'delete'; doc: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), doc: fc.integer({ min: 0, max: 60 }), count: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ op: fc.constant('delete' as const), doc: fc.integer({ min: 0, max: 60 }) }),
);

const sorted = (entries: Iterable<[number, number]>) => [...entries].sort((a, b) => a[0] - b[0]);

describe('PostingList', () => {
  it('answers as a Map does after the same changes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 9 }))), fc.array(change, { maxLength: 40 }), (start, changes) => {
        const map = new Map<number, number>(start);
        const list = PostingList.packed(map);
        for (const c of changes) {
          if (c.op === 'set') {
            map.set(c.doc, c.count);
            list.set(c.doc, c.count);
          } else {
            expect(list.delete(c.doc)).toBe(map.delete(c.doc));
          }
        }
        expect(list.size).toBe(map.size);
        for (let doc = 0; doc <= 60; doc++) {
          expect(list.get(doc)).toBe(map.get(doc));
          expect(list.has(doc)).toBe(map.has(doc));
        }
        expect(sorted(list.entries())).toEqual(sorted(map.entries()));
        const seen: [number, number][] = [];
        list.forEach((count, doc) => seen.push([doc, count]));
        expect(sorted(seen)).toEqual(sorted(map.entries()));
        expect(sorted([...list])).toEqual(sorted(map.entries()));
        expect(PostingList.packed(list).loose).toBe(false);
        expect(sorted(PostingList.packed(list).entries())).toEqual(sorted(map.entries()));
        const { docs, counts } = list.packedArrays();
        expect([...docs].map((doc, i) => [doc, counts[i]])).toEqual(sorted(map.entries()));
      }),
    );
  });

  it('reads a snapshot object whatever order its keys come in', () => {
    expect([...PostingList.fromObject({ '3': 1, '10': 2, '7': 5 })]).toEqual([
      [3, 1],
      [7, 5],
      [10, 2],
    ]);
  });
});
