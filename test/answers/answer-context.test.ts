// One context per question: the record view of one version with its look-ups,
// prepared in the background, and the clock respected by every answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_LOOKUP } from '../../src/answers/attendance/attendance-queries.ts';
import type { AnswerEngine } from '../../src/answers/engine.ts';
import { REQUEST_CATALOGUE } from '../../src/answers/requests/request-catalogue.ts';
import { ITEM_REQUESTS } from '../../src/answers/requests/request-topics.ts';
import { renderText } from '../../src/answers/render-text.ts';
import type { Store } from '../../src/store/store.ts';
import { ParsedDocument } from '../../src/model.ts';
import { at, corpusEngine, entries } from './corpus.ts';

let store: Store;
let engine: AnswerEngine;
beforeAll(async () => {
  ({ store, engine } = await corpusEngine());
});

describe('the record look-ups', () => {
  it('are built after start, before any question', async () => {
    await engine.prepared();
    const view = engine.context().view;
    expect(view.derived.has(PEOPLE_LOOKUP)).toBe(true);
    expect(view.derived.has(REQUEST_CATALOGUE)).toBe(true);
    // Each item's requests, which topics read: built here, not by the first topics while members ask.
    expect(view.derived.has(ITEM_REQUESTS)).toBe(true);
  });

  it('belong to one record version: a change gives a new view, prepared again', async () => {
    const before = engine.context().view;
    await store.ingest(
      ParsedDocument.parse({ kind: 'minutes', meetings: [{ committee: before.committees[0]!, date: '2023-06-15', time: '14:00', kind: 'minutes', present: [{ name: 'Councillor A Masih', role: 'member' }] }] }),
      { name: '2023-06-15-minutes.txt', sha256: 'sha-june-2023', bytes: 10, kind: 'minutes' },
    );
    engine.refresh();
    await engine.prepared();
    const after = engine.context().view;
    expect(after).not.toBe(before);
    expect(after.version).toBe(store.version());
    expect(after.derived.has(PEOPLE_LOOKUP)).toBe(true);
    expect(engine.ask('attendance of Councillor Masih', at('2026-11-22')).title).toMatch(/attended 2,/);
  });
});

describe('as of a date, what later documents say is not known', () => {
  it('shows no request or resolution from a later meeting in search results', () => {
    const answer = engine.ask('census figures', at('2018-02-01'));
    const text = renderText(answer);
    expect(text).not.toContain('Up to date Census figures.');
    expect(text).not.toMatch(/0 days ago/);
    expect(entries(answer).every((e) => !e.cite?.date || e.cite.date <= '2018-02-01')).toBe(true);
  });

  it('does not quote the minutes of a meeting still to come', () => {
    const answer = engine.ask('private fostering', at('2018-01-01'));
    for (const entry of entries(answer)) {
      if (entry.cite?.date === '2018-01-11') {
        expect(entry.quote).toBeFalsy();
        // The agenda's report author may show; no passage of the minutes does.
        expect((entry.detail ?? []).every((d) => /^Briefing Note of /.test(d))).toBe(true);
      }
    }
    expect(renderText(answer)).not.toContain('promote the identification of private fostering');
  });

  it('leaves out a history entry from after the date asked about', () => {
    const answer = engine.ask('history of private fostering', at('2018-02-01'));
    expect(entries(answer).some((e) => (e.cite?.date ?? '') > '2018-02-01')).toBe(false);
  });
});
