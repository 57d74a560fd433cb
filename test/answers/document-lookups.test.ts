// Topic answers look what a match is about up by the index's document number, kept with the record
// version's view. A number means another document in another index of the same record (one built in
// another order, as a rebuild after a failed change is): answers over it must not read the first
// index's look-ups.
import { describe, expect, it } from 'vitest';
import { answerContext, type AnswerContext } from '../../src/answers/context.ts';
import { topicHistory } from '../../src/answers/history/topic-history.ts';
import { buildView } from '../../src/answers/record-view.ts';
import { requestsAbout } from '../../src/answers/requests/request-topics.ts';
import { resolutionsAbout } from '../../src/answers/resolutions/resolution-queries.ts';
import { buildSearchIndex, type SearchIndex } from '../../src/search/search-index.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { largeRecord } from './large-record.ts';

const NOW = new Date('2030-01-01T12:00:00Z');

function found(ctx: AnswerContext, topic: string) {
  return {
    history: topicHistory(ctx, topic, null, 10_000).shown.map((e) =>
      e.kind === 'item' ? `item ${e.item.id}` : e.kind === 'resolution' ? `resolution ${e.resolution.id}` : e.kind === 'request' ? `request ${e.status.request.id}` : `plan ${e.entry.id}`,
    ),
    resolutions: resolutionsAbout(ctx, topic).map((r) => r.resolution.id),
    requests: requestsAbout(ctx, topic).map((s) => s.request.id),
  };
}

describe('look-ups by document number', () => {
  const store = openMemoryStore({ record: largeRecord({ committees: 3, meetings: 14 }) });
  const record = store.record();
  const inOrder = buildSearchIndex(record, store.version());
  // The same documents numbered the other way round.
  const reversed = buildSearchIndex({ ...record, meetings: [...record.meetings].reverse() }, store.version());
  const fresh = (index: SearchIndex) => answerContext({ view: buildView(store), index, now: NOW, committee: null });

  it('numbers the same documents differently in the two indexes', () => {
    const numbers = (index: SearchIndex) => index.matches('budget monitoring').map((m) => `${m.kind}:${m.refId}:${m.doc}`).sort();
    expect(numbers(reversed)).not.toEqual(numbers(inOrder));
  });

  it('answers over a second index of the same view as over a view of its own', () => {
    const view = buildView(store);
    for (const topic of ['budget monitoring', 'school admissions', 'improvement plan']) {
      const first = found(answerContext({ view, index: inOrder, now: NOW, committee: null }), topic);
      expect(first).toEqual(found(fresh(inOrder), topic));
      expect(first.history.length).toBeGreaterThan(20);
      expect(found(answerContext({ view, index: reversed, now: NOW, committee: null }), topic)).toEqual(found(fresh(reversed), topic));
    }
  });
});
