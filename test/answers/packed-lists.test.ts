// Short lists of positions packed into one typed array read back as the lists they were.
import { describe, expect, it } from 'vitest';
import { PackedLists } from '../../src/answers/packed-lists.ts';

describe('packed lists', () => {
  it('gives back each list, empty ones included, in order', () => {
    const lists = [[3, 7, 9], [], [0], [12, 12, 40, 41], []];
    const packed = PackedLists.from(lists);
    expect(packed.count).toBe(5);
    expect(lists.map((_list, i) => [...packed.list(i)])).toEqual(lists);
  });

  it('takes typed arrays as well as arrays, and holds nothing when given nothing', () => {
    const packed = PackedLists.from([Int32Array.of(5, 6), [1]]);
    expect([...packed.list(0)]).toEqual([5, 6]);
    expect([...packed.list(1)]).toEqual([1]);
    expect(PackedLists.from([]).count).toBe(0);
  });

  it('reads each list in place, from its start to its end, as the list it was', () => {
    const lists = [[3, 7, 9], [], [0], [12, 12, 40, 41], []];
    const packed = PackedLists.from(lists);
    const inPlace = (i: number) => {
      const read: number[] = [];
      for (let k = packed.startOf(i); k < packed.endOf(i); k++) read.push(packed.value(k));
      return read;
    };
    expect(lists.map((_list, i) => inPlace(i))).toEqual(lists);
  });
});
