// The agenda look-back's tables match an agenda subject as the search index
// matches a title taken from the record (two words in three of an item's title,
// all words of a resolution's or request's text, exempt items' texts never).
import { describe, expect, it } from 'vitest';
import { addDatedResolutionIds, agendaTopic, agendaTopicIndex } from '../../src/answers/meetings/agenda-topics.ts';
import { buildView } from '../../src/answers/record-view.ts';
import { answerContext } from '../../src/answers/context.ts';
import { requestsOfHits } from '../../src/answers/requests/request-topics.ts';
import { agendaTopicHits } from '../../src/answers/topics/topic-hits.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { largeRecord } from './large-record.ts';

function recordWithMixedTitles() {
  const record = largeRecord({ committees: 3, meetings: 14 });
  const base = record.items[0]!;
  const add = (id: string, meetingId: string, title: string, resolution: string, request: string, exempt = false) => {
    record.items.push({ ...base, id, meetingId, number: '9', title, private: exempt });
    record.resolutions.push({ id: `${id}r`, meetingId, itemId: id, clause: 1, text: resolution, unanimous: false });
    record.requests.push({ id: `${id}q`, meetingId, itemId: id, text: request, kind: 'information', due: null });
  };
  add('x1', 'c0m3', 'Monitoring of the Ashford Budget', 'Notes the report.', 'Asks for the figures.');
  add('x2', 'c1m4', 'Ashford Parks', 'Agrees the budget monitoring for Ashford.', 'Asks for budget monitoring in Ashford next year.');
  add('x3', 'c2m5', 'Exempt contract', 'Budget monitoring in Ashford: exempt terms.', 'Budget monitoring Ashford details.', true);
  add('x4', 'c2m6', 'Budget Monitoring', 'Notes it.', 'Nothing more.');
  return record;
}

describe('agenda topics', () => {
  const record = recordWithMixedTitles();
  const store = openMemoryStore({ record });
  const view = buildView(store);
  const index = buildSearchIndex(store.record(), store.version());
  const tables = agendaTopicIndex(view);
  const ctx = answerContext({ view, index, now: new Date('2030-01-01T12:00:00Z') });

  const resolutionIds = (title: string) => [...agendaTopic(view, title).dated].flatMap((p) => {
    const ids: string[] = [];
    addDatedResolutionIds(tables, p, ids);
    return ids;
  }).sort();
  const requestIds = (title: string) => [...agendaTopic(view, title).requests].map((o) => tables.catalogue[o]!.request.id).sort();

  it('finds what the index finds for a title, item by item and text by text', () => {
    for (const title of ['Budget Monitoring in Ashford', 'Budget Monitoring', 'School Admissions', 'Children’s Services Improvement Plan', 'Ashford', 'Parks']) {
      const hits = agendaTopicHits(index, title);
      const fromIndex = hits
        .flatMap((h) => (h.kind === 'item' ? (view.resolutionsByItem.get(h.refId) ?? []).map((r) => r.id) : h.kind === 'resolution' ? [h.refId] : []))
        .sort();
      expect(resolutionIds(title), title).toEqual(fromIndex);
      expect(requestIds(title), title).toEqual(requestsOfHits(ctx, hits).map((e) => e.request.id).sort());
    }
  });

  it('takes two words in three of a title and all words of a text, never an exempt item’s text', () => {
    const resolutions = resolutionIds('Budget Monitoring in Ashford');
    expect(resolutions).toContain('x1r');
    expect(resolutions).toContain('x2r');
    expect(resolutions).toContain('x4r');
    expect(resolutions).not.toContain('x3r');
    const requests = requestIds('Budget Monitoring in Ashford');
    expect(requests).toContain('x2q');
    expect(requests).not.toContain('x3q');
    // One word of "Ashford Parks" is its whole title's subject: its resolution comes by its title and by its own words.
    expect(resolutionIds('Ashford')).toEqual(['x1r', 'x2r', 'x2r']);
    expect(resolutionIds('Parks')).toEqual(['x2r']);
  });

  it('lists the dated entries newest first', () => {
    const starts = [...agendaTopic(view, 'Budget Monitoring').dated].map((p) => tables.starts[p]!);
    expect(starts.length).toBeGreaterThan(40);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });
});
