// What `npm run eval:parse` prints: a line per family with the totals, the targets
// met or MISSED, each fixture's misses with --verbose, and the same as JSON.
import { describe, expect, it } from 'vitest';
import type { Evaluation, FixtureResult } from './evaluate.ts';
import { summariseResults } from './evaluate.ts';
import type { ExpectedFacts } from './expected-facts.ts';
import { factsAsParse } from './facts-as-parse.ts';
import { renderReport, reportJson } from './report.ts';
import { metrics, scoreParse } from './score.ts';

const facts: ExpectedFacts = {
  family: 'cmis-page',
  imitates: 'https://democracy.example.gov.uk/',
  notes: 'made up for the report test',
  meetings: [
    {
      kind: 'minutes',
      committee: 'Licensing Committee',
      date: '2025-02-04',
      time: '10:00',
      chair: 'Rhona Keel',
      present: ['Rhona Keel'],
      apologies: ['Tam Leckie'],
      items: [
        { number: '1', title: 'Apologies', private: false, resolutions: [], requests: [] },
        { number: '2', title: 'Taxi Fares Review', private: false, resolutions: ['That the fares be advertised.'], requests: ['circulate the fare comparison'] },
      ],
    },
  ],
  workProgramme: [],
};

function result(id: string, spoil: boolean): FixtureResult {
  const doc = factsAsParse(facts);
  if (spoil) doc.meetings[0]!.items.splice(1, 1);
  const score = scoreParse(facts, doc);
  return { id, family: id.split('/')[0]!, ...score, metrics: metrics(score.tallies), unread: null };
}

const evaluation: Evaluation = summariseResults([result('cmis-page/perfect', false), result('council-web-page/spoiled', true)]);

describe('the eval:parse report', () => {
  it('prints a line per family and the totals, and the targets met or MISSED', () => {
    const lines = renderReport(evaluation, { verbose: false }).split('\n');
    expect(lines.find((l) => l.startsWith('cmis-page'))).toMatch(/1\.00\/1\.00\/1\.00\s+1\/1/);
    expect(lines.find((l) => l.startsWith('council-web-page'))).toMatch(/1\.00\/0\.50\/0\.67\s+1\/1/);
    expect(lines.find((l) => l.startsWith('total'))).toMatch(/1\.00\/0\.75\/0\.86\s+2\/2/);
    expect(lines).toContain('MISSED  items F1 0.86 (target 0.97)');
    expect(lines).toContain('met     chair 1.00 (target 0.95)');
    expect(lines.some((l) => l.includes('expected:'))).toBe(false);
  });

  it('gives beside clauses exact the clauses found with another boundary, not found, and extra', () => {
    const lines = renderReport(evaluation, { verbose: false }).split('\n');
    expect(lines[0]).toMatch(/clauses\s+clause bnd\/absent\/extra/);
    expect(lines.find((l) => l.startsWith('cmis-page'))).toMatch(/1\.00\s+0\/0\/0\s/);
    expect(lines.find((l) => l.startsWith('council-web-page'))).toMatch(/0\.00\s+0\/1\/0\s/);
    expect(renderReport(evaluation, { verbose: true })).toContain('council-web-page/spoiled  items 0.67  clauses 0.00 (bnd/absent/extra 0/1/0)');
    const json = reportJson(evaluation) as { totals: { tallies: { clauseCauses: unknown } } };
    expect(json.totals.tallies.clauseCauses).toEqual({ expected: 2, boundary: 0, notFound: 1, extra: 0 });
  });

  it('with --verbose lists each fixture that missed something, expected against parsed', () => {
    const text = renderReport(evaluation, { verbose: true });
    expect(text).not.toContain('cmis-page/perfect');
    expect(text).toContain('council-web-page/spoiled');
    expect(text).toContain('expected: 2 Taxi Fares Review\n      parsed:   not found');
  });

  it('gives the same as JSON', () => {
    const json = reportJson(evaluation) as { totals: { metrics: { items: number } }; fixtures: { id: string; misses: unknown[] }[] };
    expect(json.totals.metrics.items).toBeCloseTo(6 / 7, 12);
    expect(json.fixtures.map((f) => [f.id, f.misses.length])).toEqual([
      ['cmis-page/perfect', 0],
      ['council-web-page/spoiled', 2],
    ]);
  });
});
