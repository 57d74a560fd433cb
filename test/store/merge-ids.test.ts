// Ids of a meeting's resolutions and requests: each once in the meeting and in the record, however
// items were re-matched when a later paper was merged.
import { describe, expect, it } from 'vitest';
import { stableIds, uniqueInMeeting } from '../../src/store/merge-items.ts';

const nothingStored = () => undefined;

describe('uniqueInMeeting', () => {
  it('leaves a meeting whose ids are all different as it is', () => {
    const list = [{ id: 'r-a', itemId: 'i1' }, { id: 'r-b', itemId: 'i2' }];
    expect(uniqueInMeeting(list, 'm1', nothingStored)).toBe(list);
  });

  it('gives a later claim of an id the next suffix free in the meeting and the record; the first keeps it', () => {
    const list = [
      { id: 'r-a', itemId: 'i1' },
      { id: 'r-a-2', itemId: 'i1' },
      { id: 'r-a', itemId: 'i2' },
    ];
    const stored = (id: string) => (id === 'r-a-3' ? { meetingId: 'm9', itemId: 'i9' } : undefined);
    expect(uniqueInMeeting(list, 'm1', stored).map((r) => `${r.itemId}:${r.id}`)).toEqual(['i1:r-a', 'i1:r-a-2', 'i2:r-a-4']);
  });

  it('leaves the id with the item the record holds it under (a request marked done stays done), wherever it comes', () => {
    const list = [
      { id: 'q-a', itemId: 'i1' },
      { id: 'q-a', itemId: 'i2' },
    ];
    const stored = (id: string) => (id === 'q-a' ? { meetingId: 'm1', itemId: 'i2' } : undefined);
    expect(uniqueInMeeting(list, 'm1', stored).map((r) => `${r.itemId}:${r.id}`)).toEqual(['i1:q-a-2', 'i2:q-a']);
    // Held in another meeting, it says nothing of who keeps it here.
    const elsewhere = (id: string) => (id === 'q-a' ? { meetingId: 'm2', itemId: 'i2' } : undefined);
    expect(uniqueInMeeting(list, 'm1', elsewhere).map((r) => `${r.itemId}:${r.id}`)).toEqual(['i1:q-a', 'i2:q-a-2']);
  });

  it('mends the case stableIds can produce: two items re-matched to one old item both reuse its ids by position', () => {
    const old = ['r-old1', 'r-old2'];
    const first = stableIds(['r-x1', 'r-x2'], old);
    const second = stableIds(['r-y1'], old);
    expect(first[0]).toBe(second[0]);
    const meeting = [...first.map((id) => ({ id, itemId: 'A' })), ...second.map((id) => ({ id, itemId: 'B' }))];
    const ids = uniqueInMeeting(meeting, 'm1', nothingStored).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
