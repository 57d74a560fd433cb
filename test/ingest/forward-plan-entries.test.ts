// A ModernGov plan-items page: numbered decisions are a plan's rows, never a meeting's items,
// and a wholly exempt decision keeps its title and when it is due, nothing else.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/layouts/forward-plan/moderngov-numbered-plan-items.txt', import.meta.url));
const doc = parseDocument(readFileSync(FIXTURE, 'utf8'));
const row = (title: string) => {
  const found = doc.workProgramme.find((r) => r.title === title);
  expect(found, title).toBeDefined();
  return found!;
};

describe('numbered plan items', () => {
  it('reads the page as a plan, not as minutes whose items are the decisions', () => {
    expect(doc.meetings).toEqual([]);
    expect(doc.workProgramme.map((r) => r.title)).toEqual([
      'Empty Homes Grant Scheme Review',
      'Sale of Land at Millbrook Lane Depot',
      'Council Tax Reduction Scheme 2026/27',
      'Leisure Centre Energy Retrofit Contract',
    ]);
  });

  it('takes a decision already taken ("Decision: 12 Jan 2026") as its date, and a month alone as not yet dated', () => {
    expect(row('Empty Homes Grant Scheme Review')).toMatchObject({ slot: 'dated', date: '2026-01-12', detail: 'Decision maker: Executive' });
    expect(row('Sale of Land at Millbrook Lane Depot')).toMatchObject({ slot: 'to-be-determined', date: null });
  });

  it('keeps of a fully exempt decision only its title, when it is due and "Exempt"', () => {
    const exempt = row('Sale of Land at Millbrook Lane Depot');
    expect(exempt.detail).toBe('Exempt');
    expect(exempt.leads).toEqual([]);
    expect(JSON.stringify(exempt)).not.toMatch(/Property Services|purchaser|Executive/);
    expect(row('Council Tax Reduction Scheme 2026/27').leads.length).toBeGreaterThan(0);
  });
});

describe('a key decision notice whose entries print no decision maker', () => {
  const notice = parseDocument(
    readFileSync(fileURLToPath(new URL('../fixtures/layouts/forward-plan/moderngov-key-decision-notice-same-date.txt', import.meta.url)), 'utf8'),
  );
  const slots = notice.workProgramme.map((r) => [r.title, r.date]);

  it('anchors each entry on its decision date and keeps a date many entries share (no running head)', () => {
    expect(notice.meetings).toEqual([]);
    expect(slots.filter(([, date]) => date === '2026-03-10')).toHaveLength(4);
  });

  it('reads "Before <date>" as no date fixed yet', () => {
    expect(slots).toContainEqual(['Riverside Car Park Resurfacing', null]);
  });
});

describe('a forward plan table with a column saying whether the decision is taken in private', () => {
  const table = [
    'Forward Plan of Key Decisions',
    '',
    '| Matter for decision | Decision maker | Date of decision | Lead officer | Exempt |',
    '| --- | --- | --- | --- | --- |',
    '| Disposal of the Old Library Building | Cabinet | 14 April 2026 | Estates Manager | Yes - Paragraph 3 |',
    '| Waste Strategy Refresh | Cabinet | 14 April 2026 | Head of Waste Services | No |',
  ].join('\n');
  const rows = parseDocument(table).workProgramme;

  it('keeps of an exempt decision its title, its date and "Exempt", not who takes it or leads on it', () => {
    const exempt = rows.find((r) => r.title === 'Disposal of the Old Library Building');
    expect(exempt).toMatchObject({ date: '2026-04-14', detail: 'Exempt', leads: [] });
    expect(rows.find((r) => r.title === 'Waste Strategy Refresh')).toMatchObject({ detail: 'Decision maker: Cabinet' });
  });
});
