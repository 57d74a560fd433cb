// A smoke run of the benchmark on a tiny generated tier: every step runs in
// its own process and reports figures; no figure is compared with a time.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBenchArgs, tierOptions } from '../../bench/run.ts';
import { tierMarkdown, updateBenchmarksFile } from '../../bench/measure/report.ts';
import { KINDS } from '../../bench/measure/questions.ts';
import { runTier, type TierResult } from '../../bench/measure/tier.ts';
import { generateCorpus, type GeneratedCorpus } from '../../bench/generate/corpus.ts';
import { openStore } from '../../src/store/lowdb-store.ts';

let out: string;
let result: TierResult;
let generated: GeneratedCorpus;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-bench-run-'));
  const args = parseBenchArgs(['--tier', 'tiny', '--questions', '6', '--out', out, '--no-write']);
  if (typeof args === 'string') throw new Error(args);
  result = await runTier({ ...tierOptions('tiny', args, () => {}), acks: { requests: 30, inFlight: 10, budgetMs: 20_000 } });
  // The same seed regenerates the same council: the truth to compare the store with.
  generated = generateCorpus({ tier: 'tiny', seed: args.seed, outDir: path.join(out, 'again') });
}, 60_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('npm run bench on a tiny tier', () => {
  it('ingests the generated corpus in a child process and indexes it', () => {
    expect(result.ingestError).toBeNull();
    expect(result.ingest!.failed).toBe(0);
    expect(result.ingest!.totals.documents).toBe(result.corpus.files);
    expect(result.ingest!.totals.meetings).toBeGreaterThanOrEqual(result.corpus.meetings!);
    expect(result.ingest!.peakRssBytes).toBeGreaterThan(0);
    expect(result.index!.loaded).toBe(true);
    expect(result.index!.documents).toBeGreaterThan(result.ingest!.totals.items);
  });

  it('starts a new process from the saved snapshot and answers', () => {
    expect(result.coldStartError).toBeNull();
    expect(result.coldStart!.n).toBe(1);
  });

  it('asks every kind of question, routed to the intended answer, and scans the same questions', () => {
    expect(result.serveError).toBeNull();
    for (const k of KINDS) {
      const kind = result.serve!.kinds[k.kind]!;
      expect(kind.index.n, k.kind).toBe(6);
      expect(kind.scan.n, k.kind).toBeGreaterThan(0);
      expect(Object.keys(kind.answeredAs), k.kind).toEqual([k.expect]);
    }
  });

  it('stores every generated meeting under its committee and date', async () => {
    const store = await openStore(path.join(out, 'tiny', 'store.json'));
    const stored = new Set(store.record().meetings.map((m) => `${m.committee} ${m.date}`));
    const missing = generated.council.meetings.filter((m) => !stored.has(`${m.committee.spec.name} ${m.date}`));
    expect(missing.map((m) => m.id)).toEqual([]);
  });

  it('clicks "Mark done" and leaves every request as it found it', async () => {
    expect(result.serve!.clicks!.n).toBeGreaterThan(0);
    const store = await openStore(path.join(out, 'tiny', 'store.json'));
    expect(store.record().requests.length).toBeGreaterThan(0);
    expect(store.record().requests.every((r) => store.requestState(r.id).status === 'open')).toBe(true);
  });

  it('sends signed /scrutiny requests to the HTTP receiver and gets every answer back', () => {
    const acks = result.serve!.acks!;
    expect(acks.errors).toEqual([]);
    expect(acks.failures).toBe(0);
    // The first wave (10 in flight) warms up and is not counted.
    expect([acks.ack.n, acks.answer.n]).toEqual([20, 20]);
  });

  it('reports each measure beside its target', () => {
    const text = tierMarkdown(result);
    expect(text).toContain('### Tier tiny');
    expect(text).toContain('cold start');
    expect(text).toContain('/scrutiny until ack');
    for (const k of KINDS) expect(text).toContain(`| ${k.label} |`);
    expect(text).not.toContain('not measured');
  });
});

describe('BENCHMARKS.md', () => {
  it('replaces the tiers that ran and keeps the others and the notes', () => {
    const first = updateBenchmarksFile(null, '# Benchmarks', [
      { tier: 'S', text: 'S one' },
      { tier: 'M', text: 'M one' },
    ]);
    const withNotes = `${first}\n<!-- notes -->\nWhy L misses.\n`;
    const second = updateBenchmarksFile(withNotes, '# Benchmarks', [
      { tier: 'M', text: 'M two' },
      { tier: 'L', text: 'L one' },
    ]);
    expect(second).toContain('S one');
    expect(second).toContain('M two');
    expect(second).not.toContain('M one');
    expect(second.indexOf('L one')).toBeLessThan(second.indexOf('<!-- notes -->'));
    expect(second).toContain('Why L misses.');
  });

  it('refuses unknown tiers and options with a one-line usage', () => {
    expect(parseBenchArgs(['--tier', 'XL'])).toMatch(/unknown tier "XL"/);
    expect(parseBenchArgs(['--fast'])).toMatch(/^unknown option --fast; usage/);
    expect(parseBenchArgs([])).toMatchObject({ tiers: ['S', 'M'] });
  });
});
