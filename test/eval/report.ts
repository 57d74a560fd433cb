// What `npm run eval:parse` prints: one line per family and the totals, the
// issue's targets met or missed, and with --verbose each fixture's misses.
import type { Evaluation, FixtureResult, GroupResult } from './evaluate.ts';
import type { Metrics, Miss, Tallies } from './score.ts';

export interface Target {
  label: string;
  metric: keyof Metrics;
  atLeast: number;
}

/** The issue's "done when" on the project's own fixture corpus. */
export const TARGETS: readonly Target[] = [
  { label: 'items F1', metric: 'items', atLeast: 0.97 },
  { label: 'decision clauses exact', metric: 'clauses', atLeast: 0.95 },
  { label: 'requests recall', metric: 'requests', atLeast: 0.9 },
  { label: 'chair', metric: 'chair', atLeast: 0.95 },
  { label: 'apologies F1', metric: 'apologies', atLeast: 0.95 },
  { label: 'dates', metric: 'dates', atLeast: 1 },
  { label: 'meetings found', metric: 'meetings', atLeast: 1 },
];

/** `met` is null where no fixture gives the metric anything to score. */
export function targetResults(totals: Metrics): { target: Target; value: number | null; met: boolean | null }[] {
  return TARGETS.map((target) => {
    const value = totals[target.metric];
    return { target, value, met: value === null ? null : value >= target.atLeast - 1e-12 };
  });
}

const COLUMNS: [string, (g: GroupResult) => string][] = [
  ['n', (g) => String(g.fixtures)],
  ['items P/R/F1', (g) => `${fmt(g.metrics.itemsPrecision)}/${fmt(g.metrics.itemsRecall)}/${fmt(g.metrics.items)}`],
  ['meetings', (g) => (g.tallies.meetings.of ? `${g.tallies.meetings.hit}/${g.tallies.meetings.of}` : '-')],
  ['dates', (g) => fmt(g.metrics.dates)],
  ['times', (g) => fmt(g.metrics.times)],
  ['titles', (g) => fmt(g.metrics.titles)],
  ['clauses', (g) => fmt(g.metrics.clauses)],
  ['clause bnd/absent/extra', (g) => clauseCauses(g.tallies)],
  ['requests', (g) => fmt(g.metrics.requests)],
  ['attend F1', (g) => fmt(g.metrics.attendance)],
  ['apol F1', (g) => fmt(g.metrics.apologies)],
  ['chair', (g) => fmt(g.metrics.chair)],
  ['private', (g) => fmt(g.metrics.private)],
  ['wp F1', (g) => fmt(g.metrics.workProgramme)],
];

/** Expected clauses found with another boundary, expected clauses not found, parsed clauses matching none. */
function clauseCauses(t: Tallies): string {
  const c = t.clauseCauses;
  return c.expected === 0 && c.extra === 0 ? '-' : `${c.boundary}/${c.notFound}/${c.extra}`;
}

function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(2);
}

function table(rows: GroupResult[]): string[] {
  const cells = [['family', ...COLUMNS.map(([h]) => h)], ...rows.map((g) => [g.name, ...COLUMNS.map(([, f]) => f(g))])];
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function missLine(m: Miss): string {
  return `    ${m.metric} | ${m.where}${m.note ? ` (${m.note})` : ''}\n      expected: ${show(m.expected)}\n      parsed:   ${show(m.parsed)}`;
}

function fixtureLines(r: FixtureResult): string[] {
  const m = r.metrics;
  const head = `${r.id}  items ${fmt(m.items)}  clauses ${fmt(m.clauses)} (bnd/absent/extra ${clauseCauses(r.tallies)})  requests ${fmt(m.requests)}  attendance ${fmt(m.attendance)}  chair ${fmt(m.chair)}  wp ${fmt(m.workProgramme)}`;
  return [head, ...(r.unread ? [`    the reader refused the file: ${r.unread}`] : []), ...r.misses.map(missLine)];
}

export function renderReport(evaluation: Evaluation, options: { verbose: boolean }): string {
  const out: string[] = [];
  if (options.verbose) {
    for (const r of evaluation.fixtures) if (r.misses.length || r.unread) out.push(...fixtureLines(r), '');
  }
  out.push(...table([...evaluation.families, evaluation.totals]), '');
  for (const { target, value, met } of targetResults(evaluation.totals.metrics)) {
    out.push(`${met === null ? 'n/a   ' : met ? 'met   ' : 'MISSED'}  ${target.label} ${fmt(value)} (target ${target.atLeast.toFixed(2)})`);
  }
  return out.join('\n');
}

export function reportJson(evaluation: Evaluation): unknown {
  return {
    // clauseCauses in each tallies: expected clauses found with another boundary, not found, and parsed clauses matching none.
    totals: { metrics: evaluation.totals.metrics, tallies: evaluation.totals.tallies },
    targets: targetResults(evaluation.totals.metrics).map(({ target, value, met }) => ({ ...target, value, met })),
    families: evaluation.families.map((g) => ({ family: g.name, fixtures: g.fixtures, metrics: g.metrics, tallies: g.tallies })),
    fixtures: evaluation.fixtures.map((r) => ({ id: r.id, family: r.family, unread: r.unread, metrics: r.metrics, tallies: r.tallies, misses: r.misses })),
  };
}
