// Ids of a meeting's resolutions and requests: each once in the meeting and in the record, however
// items were re-matched when a later paper was merged.
import { describe, expect, it } from 'vitest';
import { stableIds, uniqueInMeeting } from '../../src/store/merge-items.ts';

describe('uniqueInMeeting', () => {
  it('leaves a meeting whose ids are all different as it is', () => {
    const list = [{ id: 'r-a', item: 1 }, { id: 'r-b', item: 2 }];
    expect(uniqueInMeeting(list, () => false)).toBe(list);
  });

  it('gives a later claim of an id the next free suffix; the first in the meeting keeps it', () => {
    const list = [
      { id: 'r-a', item: 1 },
      { id: 'r-a-2', item: 1 },
      { id: 'r-a', item: 2 },
    ];
    const held = new Set(['r-a-3']);
    const ids = uniqueInMeeting(list, (id) => held.has(id)).map((r) => `${r.item}:${r.id}`);
    expect(ids).toEqual(['1:r-a', '1:r-a-2', '2:r-a-4']);
  });

  it('mends the case stableIds can produce: two items re-matched to one old item both reuse its ids by position', () => {
    const old = ['r-old1', 'r-old2'];
    const first = stableIds(['r-x1', 'r-x2'], old);
    const second = stableIds(['r-y1'], old);
    expect(first[0]).toBe(second[0]);
    const meeting = [...first.map((id) => ({ id, item: 'A' })), ...second.map((id) => ({ id, item: 'B' }))];
    const ids = uniqueInMeeting(meeting, () => false).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
