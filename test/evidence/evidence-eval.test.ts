// The evidence proposals on the bundled corpus and invented later papers of six councils' layouts
// (npm run eval:evidence prints the same figures): precision at least 80%, recall at least 70%.
import { describe, expect, it } from 'vitest';
import { formatEvidenceScore, scoreEvidence } from './evidence-eval.ts';

describe('evidence proposals, scored against the gold', () => {
  it('proposes mostly right answers, and finds most of them', async () => {
    const score = await scoreEvidence();
    const report = formatEvidenceScore(score);
    expect(score.precision, report).toBeGreaterThanOrEqual(0.8);
    expect(score.recall, report).toBeGreaterThanOrEqual(0.7);
    // The scenarios written after the rules were settled, on their own.
    const heldOut = score.scenarios.filter((s) => s.heldOut);
    const proposals = heldOut.reduce((n, s) => n + s.proposals, 0);
    const correct = heldOut.reduce((n, s) => n + s.correct, 0);
    expect(heldOut.length).toBeGreaterThan(0);
    expect(correct / proposals, report).toBeGreaterThanOrEqual(0.8);
  }, 60_000);
});
