// A long topic that no document holds whole (each of its words in some paper) falls back to its
// best partial matches: all of those near the best score, however many, in score order.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { topicHitsOnce } from '../../src/answers/topics/topic-hits.ts';
import type { BoardRecord } from '../../src/model.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { smallRecord } from './small-record.ts';

function recordWithItems(count: number): BoardRecord {
  const record = smallRecord();
  for (let i = 0; i < count; i++) {
    // Two of the topic's three words each, in equal measure: partial matches with one score.
    record.items.push({ id: `p${i}`, meetingId: 'm1', number: String(100 + i), title: `Hedgerow Orchard ${i}`, body: '', reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: ['d1'] });
  }
  record.items.push({ id: 'w1', meetingId: 'm1', number: '99', title: 'Hedgerow', body: '', reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: ['d1'] });
  // The third word is in the record too, elsewhere: a word in no paper at all would make the topic's subject unknown.
  record.items.push({ id: 'b1', meetingId: 'm1', number: '98', title: 'Beekeeping', body: '', reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: ['d1'] });
  return record;
}

describe('a long topic matched in part', () => {
  it('brings every partial match near the best score, not only the first ones ranked', async () => {
    const engine = await createEngine({ store: openMemoryStore({ record: recordWithItems(150) }), clock: new ManualClock('2024-04-20T12:00:00Z'), snapshotPath: null });
    await engine.loaded();
    const hits = topicHitsOnce(engine.context(), 'hedgerow orchard beekeeping', ['item']);
    const ids = hits.map((h) => h.refId);
    expect(ids.filter((id) => id.startsWith('p'))).toHaveLength(150);
    // Two words of three score well above one.
    expect(ids).not.toContain('w1');
    expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true);
  });
});

describe('a topic with a word the record never uses', () => {
  async function engineWith(body: string) {
    const record = smallRecord();
    record.items.push({ id: 'g1', meetingId: 'm1', number: '7', title: 'Orchard Grants', body, reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: ['d1'] });
    const engine = await createEngine({ store: openMemoryStore({ record }), clock: new ManualClock('2024-04-20T12:00:00Z'), snapshotPath: null });
    await engine.loaded();
    return engine;
  }

  it('sets aside a short word no paper has ("vs"), so the words naming the subject still find it', async () => {
    const engine = await engineWith('Orchard grants awarded in Wexbury were 41% of bids against 37% nationally.');
    const ids = topicHitsOnce(engine.context(), 'wexbury vs', ['item']).map((h) => h.refId);
    expect(ids).toContain('g1');
  });

  it('keeps a longer word no paper has: it is the subject, and nothing is about it', async () => {
    const engine = await engineWith('Orchard grants awarded in Wexbury were 41% of bids.');
    expect(topicHitsOnce(engine.context(), 'orchard zeppelin', ['item'])).toEqual([]);
  });

  it('finds nothing for a long topic when one of its words is in no paper, however many others a title names', async () => {
    const engine = await engineWith('Orchard grants awarded in Wexbury were 41% of bids.');
    expect(topicHitsOnce(engine.context(), 'orchard grants zeppelin', ['item'])).toEqual([]);
    // The same topic with every word in the record still finds the item naming most of them.
    expect(topicHitsOnce(engine.context(), 'orchard grants bids', ['item']).map((h) => h.refId)).toContain('g1');
  });
});

describe('a long topic whose every word is only mentioned in passing', () => {
  it('also brings the resolution naming most of its words, as many as anything names', async () => {
    const record = smallRecord();
    record.items.push({ id: 'h1', meetingId: 'm1', number: '8', title: 'Harvest Festival', body: 'Members said the orchard growers had done well at the harvest, and thanked officers for writing to them about it.', reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: ['d1'] });
    record.resolutions.push({ id: 'hr1', meetingId: 'm1', itemId: 'h1', clause: 1, text: 'To write to the orchard growers to thank them for the harvest.', unanimous: false });
    const engine = await createEngine({ store: openMemoryStore({ record }), clock: new ManualClock('2024-04-20T12:00:00Z'), snapshotPath: null });
    await engine.loaded();
    const hits = topicHitsOnce(engine.context(), 'write to the orchard growers to say well done on the harvest', ['resolution', 'item']);
    expect(hits.find((h) => h.refId === 'hr1')).toMatchObject({ kind: 'resolution', titleMatch: true });
  });
});
