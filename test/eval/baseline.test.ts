// The ratchet: no fixture may score lower on any metric than test/fixtures/layouts/baseline.json
// says it once did. `npm run eval:parse -- --update-baseline` raises it as the parser improves.
import { describe, expect, it } from 'vitest';
import { type Baseline, baselineOf, describeRegression, formatBaseline, readBaseline, regressions } from './baseline.ts';
import { evaluate } from './evaluate.ts';

describe('the parse baseline', () => {
  it('no fixture scores below the baseline on any metric, and every fixture has one', async () => {
    const evaluation = await evaluate();
    const found = regressions(readBaseline(), baselineOf(evaluation.fixtures)).map(describeRegression);
    expect(found, 'scores fell below test/fixtures/layouts/baseline.json').toEqual([]);
  });

  it('names the fixture and the metric that fell, and a fixture it does not know', () => {
    const was: Baseline = { fixtures: { 'cmis-page/a': { items: 0.8, clauses: 0.5 }, 'cmis-page/gone': { items: 1 } } };
    const now: Baseline = { fixtures: { 'cmis-page/a': { items: 0.9, clauses: 0.25 }, 'cmis-page/new': { items: 1 } } };
    expect(regressions(was, now).map(describeRegression)).toEqual([
      'cmis-page/a: clauses fell from 0.5 to 0.25',
      'cmis-page/new: not in the baseline, or in it but no longer a fixture (run npm run eval:parse -- --update-baseline)',
      'cmis-page/gone: not in the baseline, or in it but no longer a fixture (run npm run eval:parse -- --update-baseline)',
    ]);
  });

  it('is written one fixture a line, so branches adding fixtures merge cleanly', () => {
    const text = formatBaseline({ fixtures: { 'a/x': { items: 1 }, 'b/y': { items: 0.5, chair: 0 } } });
    expect(text.split('\n')).toEqual(['{', '  "fixtures": {', '    "a/x": {"items":1},', '    "b/y": {"items":0.5,"chair":0}', '  }', '}', '']);
    expect(JSON.parse(text)).toEqual({ fixtures: { 'a/x': { items: 1 }, 'b/y': { items: 0.5, chair: 0 } } });
  });
});
