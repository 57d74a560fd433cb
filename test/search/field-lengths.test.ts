// The packed field lengths stand where MiniSearch keeps a Map of arrays: after any mix of the changes
// MiniSearch and the keeper make (a new document's lengths, a discard, packing), they must answer every
// Map method as the Map would, each document's lengths as written: holes where MiniSearch set no
// length, nulls where a snapshot gave null (MiniSearch's discard visits the one and not the other).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldLengths } from '../../src/search/field-lengths.ts';

const FIELDS = 3;
type Slot = { kind: 'hole' } | { kind: 'null' } | { kind: 'length'; n: number };
type Change = { op: 'add'; slots: Slot[] } | { op: 'delete'; short: number } | { op: 'pack' };

const slot: fc.Arbitrary<Slot> = fc.oneof(
  fc.constant<Slot>({ kind: 'hole' }),
  fc.constant<Slot>({ kind: 'null' }),
  fc.integer({ min: 0, max: 5000 }).map((n): Slot => ({ kind: 'length', n })),
);
const slots = fc.array(slot, { minLength: FIELDS, maxLength: FIELDS });
const change: fc.Arbitrary<Change> = fc.oneof(
  slots.map((s): Change => ({ op: 'add', slots: s })),
  fc.integer({ min: 0, max: 80 }).map((short): Change => ({ op: 'delete', short })),
  fc.constant<Change>({ op: 'pack' }),
);

/** A document's lengths as MiniSearch writes them: a field at a time, skipping the fields it has none for. */
function written(s: Slot[]): number[] {
  const values: Array<number | null> = [];
  s.forEach((one, field) => {
    if (one.kind === 'null') values[field] = null;
    else if (one.kind === 'length') values[field] = one.n;
  });
  return values as number[];
}

/** What a discard reads of a document: the fields forEach visits, with their values. */
function visited(values: number[] | undefined): Array<[number, number | null]> {
  const seen: Array<[number, number | null]> = [];
  values?.forEach((value, field) => seen.push([field, value]));
  return seen;
}

describe('FieldLengths', () => {
  it('answers as a Map of arrays does after the same changes', () => {
    fc.assert(
      fc.property(fc.array(slots, { maxLength: 40 }), fc.array(change, { maxLength: 60 }), (start, changes) => {
        const map = new Map<number, number[]>(start.map((s, short) => [short, written(s)]));
        const table = FieldLengths.packed(map, FIELDS);
        let next = start.length;
        for (const c of changes) {
          if (c.op === 'add') {
            map.set(next, written(c.slots));
            table.set(next, written(c.slots));
            next++;
          } else if (c.op === 'delete') {
            expect(table.delete(c.short)).toBe(map.delete(c.short));
          } else {
            const steps = table.packSteps();
            while (!steps.next().done);
            expect(table.loose).toBe(false);
          }
        }
        expect(table.size).toBe(map.size);
        for (let short = 0; short <= next; short++) {
          expect(table.has(short)).toBe(map.has(short));
          expect(table.get(short)).toStrictEqual(map.get(short));
          expect(visited(table.get(short))).toEqual(visited(map.get(short)));
        }
        expect([...table.keys()]).toEqual([...map.keys()]);
        expect(JSON.stringify(Object.fromEntries(table))).toBe(JSON.stringify(Object.fromEntries(map)));
        const seen: number[] = [];
        table.forEach((_, short) => seen.push(short));
        expect(seen).toEqual([...map.keys()]);
      }),
    );
  });

  it('keeps what MiniSearch writes into the array of a document it adds, until and after packing', () => {
    const table = new FieldLengths(FIELDS);
    // MiniSearch's addFieldLength: the array it sets is the one it fills in, a field at a time.
    const values: number[] = [];
    table.set(7, values);
    values[0] = 12;
    values[2] = 40;
    expect(table.get(7)).toStrictEqual(values);
    const steps = table.packSteps();
    while (!steps.next().done);
    expect(table.get(7)).toStrictEqual(values);
    expect(visited(table.get(7))).toEqual([
      [0, 12],
      [2, 40],
    ]);
  });
});
