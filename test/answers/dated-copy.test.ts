// The same thing known dated and undated is one thing: the record keeps the dated
// copy, so no answer has to hide an undated duplicate.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { ParsedDocument } from '../../src/model.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { entries } from './corpus.ts';

const COMMITTEE = 'Health and Social Care Scrutiny Board (5)';
const RESOLVED = 'Requests a further report on day centre closures to the Board in June 2024.';
const ASKED = 'Figures on day centre attendance by ward.';

function minutes(): ParsedDocument {
  return ParsedDocument.parse({
    kind: 'minutes',
    meetings: [
      {
        committee: COMMITTEE,
        date: '2024-02-08',
        time: '14:00',
        kind: 'minutes',
        items: [
          { number: '41', title: 'Day Opportunities Review', body: 'The Board considered the review of day opportunities.', resolutions: [{ text: RESOLVED }], requests: [{ text: ASKED, kind: 'information' }] },
        ],
      },
    ],
  });
}

// The council's item page gives the item another title than the minutes.
function itemPage(): ParsedDocument {
  return ParsedDocument.parse({
    kind: 'item-page',
    meetings: [
      {
        committee: COMMITTEE,
        date: null,
        kind: 'item-page',
        items: [{ number: null, title: 'Review of Day Opportunities for Adults', body: 'Officers presented the consultation.', resolutions: [{ text: RESOLVED }], requests: [{ text: ASKED, kind: 'information' }] }],
      },
    ],
  });
}

async function ingestBoth(order: 'minutes-first' | 'page-first'): Promise<Store> {
  const store = openMemoryStore();
  const docs = [
    { parsed: minutes(), source: { name: '2024-02-08-minutes.txt', sha256: 'sha-minutes', bytes: 100, kind: 'minutes' as const } },
    { parsed: itemPage(), source: { name: 'item-41.html', sha256: 'sha-page', bytes: 100, kind: 'item-page' as const } },
  ];
  if (order === 'page-first') docs.reverse();
  for (const doc of docs) await store.ingest(doc.parsed, doc.source);
  return store;
}

describe('an agenda-item page under another title than its minutes', () => {
  it.each(['minutes-first', 'page-first'] as const)('is merged into the dated item (%s)', async (order) => {
    const store = await ingestBoth(order);
    const record = store.record();
    expect(record.meetings.filter((m) => m.date === null)).toEqual([]);
    expect(record.resolutions.filter((r) => r.text === RESOLVED)).toHaveLength(1);
    expect(record.requests.filter((r) => r.text === ASKED)).toHaveLength(1);
    const item = record.items.find((i) => i.title === 'Day Opportunities Review')!;
    expect(item.sources.sort()).toEqual(['sha-minutes', 'sha-page']);

    const engine = await createEngine({ store, clock: new ManualClock('2024-03-01T12:00:00Z'), snapshotPath: null });
    const found = entries(engine.ask('did the board ask for day centre figures?'));
    expect(found.map((e) => e.cite?.date)).toEqual(['2024-02-08']);
  });
});
