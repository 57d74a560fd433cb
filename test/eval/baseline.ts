// The ratchet: the scores each fixture reached when the baseline was last
// written. A later parse may do better on any of them, never worse.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { FixtureResult } from './evaluate.ts';
import type { MetricName } from './score.ts';

export const BASELINE_PATH = fileURLToPath(new URL('../fixtures/layouts/baseline.json', import.meta.url));

/** The per-fixture metrics the ratchet holds (attendance is present and apologies together, so it is left out). */
export const RATCHETED: readonly MetricName[] = ['items', 'meetings', 'dates', 'times', 'titles', 'clauses', 'requests', 'present', 'apologies', 'chair', 'private', 'workProgramme'];

const Scores = z.partialRecord(z.enum(RATCHETED as [MetricName, ...MetricName[]]), z.number().min(0).max(1));
export const Baseline = z.strictObject({ fixtures: z.record(z.string(), Scores) });
export type Baseline = z.infer<typeof Baseline>;

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

export function baselineOf(results: FixtureResult[]): Baseline {
  const fixtures: Baseline['fixtures'] = {};
  for (const r of [...results].sort((a, b) => a.id.localeCompare(b.id))) {
    const scores: Partial<Record<MetricName, number>> = {};
    for (const metric of RATCHETED) {
      const value = r.metrics[metric];
      if (value !== null) scores[metric] = round(value);
    }
    fixtures[r.id] = scores;
  }
  return { fixtures };
}

export function readBaseline(file = BASELINE_PATH): Baseline {
  return Baseline.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** One fixture a line, so branches that add fixtures of different families merge without conflict. */
export function formatBaseline(baseline: Baseline): string {
  const lines = Object.entries(baseline.fixtures).map(([id, scores]) => `    ${JSON.stringify(id)}: ${JSON.stringify(scores)}`);
  return `{\n  "fixtures": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export function writeBaseline(baseline: Baseline, file = BASELINE_PATH): void {
  writeFileSync(file, formatBaseline(baseline));
}

export interface Regression {
  fixture: string;
  metric: MetricName | 'baseline';
  was: number | null;
  now: number | null;
}

/**
 * Where the current scores fall below the baseline, plus fixtures the baseline does not
 * know (or knows but are gone): each needs `npm run eval:parse -- --update-baseline`.
 */
export function regressions(baseline: Baseline, current: Baseline): Regression[] {
  const found: Regression[] = [];
  for (const [fixture, now] of Object.entries(current.fixtures)) {
    const was = baseline.fixtures[fixture];
    if (!was) {
      found.push({ fixture, metric: 'baseline', was: null, now: null });
      continue;
    }
    for (const metric of RATCHETED) {
      const before = was[metric];
      if (before === undefined) continue;
      // Nothing to score now means the parse stopped saying something wrong (a chair, a date) where the facts
      // have none; titles go with items, which the items score holds.
      const after = now[metric];
      if (after !== undefined && after < before) found.push({ fixture, metric, was: before, now: after });
    }
  }
  for (const fixture of Object.keys(baseline.fixtures)) {
    if (!current.fixtures[fixture]) found.push({ fixture, metric: 'baseline', was: null, now: null });
  }
  return found;
}

export function describeRegression(r: Regression): string {
  if (r.metric === 'baseline') return `${r.fixture}: not in the baseline, or in it but no longer a fixture (run npm run eval:parse -- --update-baseline)`;
  return `${r.fixture}: ${r.metric} fell from ${r.was} to ${r.now}`;
}
