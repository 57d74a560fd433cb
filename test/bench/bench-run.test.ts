// A smoke run of the benchmark on a tiny generated tier: every step runs in its
// own process, `npm start` is started for real (cold starts and serving), and
// each measure is reported beside its target. No figure is compared with a time.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBenchArgs, tierOptions } from '../../bench/run.ts';
import { tierMarkdown, updateBenchmarksFile } from '../../bench/measure/report.ts';
import { KINDS } from '../../bench/measure/questions.ts';
import { runTier, type TierResult } from '../../bench/measure/tier.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { HEAP_GROWING_PERCENT } from '../../src/heap-growth.ts';
import { WORKER_SEMI_SPACE_MB } from '../../src/serving/answer-thread.ts';

const PER_KIND = 6;
/**
 * How long a hook that runs a tier may take. A cap, not a measure: the tiny tier's full run took 176 s of
 * the 240 s it had at a load of 10-12 on this 2-core machine, and a busier machine must not be what fails.
 * Each step has its own limit inside the run (tierOptions), which says where it stopped.
 */
const TIER_RUN_CAP_MS = 15 * 60_000;
let out: string;
let result: TierResult;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-bench-run-'));
  const args = parseBenchArgs(['--tier', 'tiny', '--questions', String(PER_KIND), '--out', out]);
  if (typeof args === 'string') throw new Error(args);
  result = await runTier({ ...tierOptions('tiny', args, () => {}), load: { requests: 24, inFlight: 8 }, clicks: 4, quietMs: { afterStart: 300, beforeMemory: 300 } });
}, TIER_RUN_CAP_MS);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('npm run bench on a tiny tier', () => {
  it('runs every step to the end', () => {
    expect(result.stopped).toBeNull();
  });

  it('ingests text, web pages and PDFs in a child process, and indexes them', () => {
    expect(result.corpus.formats.html).toBeGreaterThan(0);
    expect(result.corpus.formats.pdf).toBeGreaterThan(0);
    expect(result.ingest!.failed).toBe(0);
    expect(result.ingest!.totals.documents).toBe(result.corpus.files);
    expect(result.index!.loaded).toBe(true);
    expect(result.index!.documents).toBeGreaterThan(result.ingest!.totals.items);
  });

  it('asks distinct questions of every kind once and again, each routed to its kind, and scans the index-backed ones', () => {
    const answers = result.answers!;
    expect(answers.indexOrigin).toBe('snapshot');
    // Its heaps grow as the bot's answer thread's do, so its memory and collections are the bot's.
    expect(answers.heapGrowingPercent).toBe(HEAP_GROWING_PERCENT);
    // And its young objects are collected at the answer thread's semi-space size, not V8's larger default.
    expect(answers.semiSpaceMb).toBe(WORKER_SEMI_SPACE_MB);
    for (const k of KINDS) {
      expect(answers.first[k.kind]?.length, k.kind).toBe(PER_KIND);
      expect(answers.repeated[k.kind]?.length, k.kind).toBe(PER_KIND);
      expect(Object.keys(answers.routed[k.kind] ?? {}), k.kind).toContain(k.expect);
      if (k.group === 'search') expect(answers.scan[k.kind]?.length, k.kind).toBeGreaterThan(0);
      else expect(answers.scan[k.kind], k.kind).toBeUndefined();
    }
  });

  it('starts `npm start` from cold and gets an answer to a structured question and to a search', () => {
    for (const run of [...result.coldStarts.structured, ...result.coldStarts.search]) {
      expect(run.error, run.question).toBeNull();
      expect(run.portMs!).toBeLessThanOrEqual(run.answerMs!);
      expect(run.answered, run.question).not.toMatch(/^Sorry/);
    }
    expect(result.coldStarts.structured).toHaveLength(1);
    expect(result.coldStarts.search).toHaveLength(1);
  });

  it('serves signed requests in flight and reads the event loop and memory from inside the bot', () => {
    const s = result.serving!;
    expect(s.error).toBeNull();
    expect(s.load!.failures).toBe(0);
    expect(s.load!.answer.n).toBe(24);
    expect(s.startup.stall!.maxMs).toBeGreaterThan(0);
    // The load waited for the bot to say its look-ups were built.
    expect(s.startup.readyMs).toBeGreaterThan(0);
    expect(s.memory!.steadyRss).toBeGreaterThan(20 * 1024 * 1024);
    expect(s.memory!.peakRss).toBeGreaterThanOrEqual(s.memory!.steadyRss);
    // Each thread's CPU time during the load, read from /proc (Linux).
    if (process.platform === 'linux') expect(s.load!.cpu!.mainMs + s.load!.cpu!.answerThreadMs).toBeGreaterThan(0);
  });

  it('clicks "Mark done" through Bolt and gets each answer re-rendered, and the store keeps the clicks', async () => {
    const clicks = result.serving!.clicks!;
    expect(clicks.errors).toEqual([]);
    expect(clicks.rerender.n).toBe(4);
    const store = await openStore(path.join(out, 'tiny', 'store', 'scrutiny.json'));
    const done = store.record().requests.filter((r) => store.requestState(r.id).status === 'done');
    expect(done.length).toBe(result.states!.done + 4);
  });

  it('shares a new paper with the running bot and finds it by search', () => {
    const paper = result.serving!.paper!;
    expect(paper.error).toBeNull();
    expect(paper.reply).toMatch(/^Added /);
    expect(paper.searchableMs).not.toBeNull();
    expect(paper.stall).not.toBeNull();
  });

  it('reports each measure beside its target, met or MISSED, with the machine load', () => {
    const text = tierMarkdown(result);
    for (const label of ['cold start of `npm start` → first structured answer', 'cold start of `npm start` → first search answer', 'memory: RSS of the bot serving', '/scrutiny until ack', '"Mark done" through Bolt', 'a new paper shared in Slack', 'a new paper: longest event-loop stall']) {
      const row = text.split('\n').find((l) => l.includes(label));
      expect(row, label).toMatch(/\| (met|\*\*MISSED\*\*) \|$/);
    }
    for (const k of KINDS) expect(text).toContain(`| ${k.label} | ${PER_KIND} |`);
    expect(text).toContain('Search against the fair scan');
  });
});

describe('npm run bench --reuse', () => {
  let reused: TierResult;
  let corpusFile: string;
  let corpusMtime: number;

  beforeAll(async () => {
    const args = parseBenchArgs(['--tier', 'tiny', '--questions', '2', '--out', out, '--reuse']);
    if (typeof args === 'string') throw new Error(args);
    expect(args.reuse).toBe(true);
    corpusFile = path.join(out, 'tiny', 'corpus', (await readdir(path.join(out, 'tiny', 'corpus'), { recursive: true })).find((f) => f.endsWith('-minutes.txt'))!);
    corpusMtime = (await stat(corpusFile)).mtimeMs;
    reused = await runTier({ ...tierOptions('tiny', args, () => {}), coldStarts: 0, load: { requests: 4, inFlight: 2 }, clicks: 2, quietMs: { afterStart: 100, beforeMemory: 100 } });
  }, TIER_RUN_CAP_MS);

  it('measures from the index on, on the corpus and the ingested store of the earlier run', async () => {
    expect(reused.stopped).toBeNull();
    expect(reused.reused).toBe(true);
    expect(reused.ingest).toBeNull();
    expect((await stat(corpusFile)).mtimeMs).toBe(corpusMtime);
    expect(reused.corpus).toEqual({ ...result.corpus, generateMs: null });
    expect(reused.index!.documents).toBe(result.index!.documents);
    expect(reused.answers!.indexOrigin).toBe('snapshot');
  });

  it('starts from the store as the ingest left it, not as the earlier run\'s clicks and new paper left it', async () => {
    expect(reused.states).toEqual({ ...result.states, ms: reused.states!.ms });
    const ingested = await openStore(path.join(out, 'tiny', 'ingested', 'scrutiny.json'));
    expect(ingested.record().documents).toHaveLength(result.ingest!.totals.documents);
    expect(ingested.record().requests.filter((r) => ingested.requestState(r.id).status === 'done')).toHaveLength(result.states!.done);
  });

  it('says in the report that the ingest was not measured in this run', () => {
    const text = tierMarkdown(reused);
    expect(text).toMatch(/\| ingest \| not measured in this run/);
    expect(text).toContain('generated by an earlier run');
    expect(text).not.toContain('ingest: total time');
  });

  it('runs from the start when there is no ingested store of that seed to reuse', async () => {
    const args = parseBenchArgs(['--tier', 'tiny', '--seed', '7', '--out', out, '--reuse', '--minutes', '60']);
    if (typeof args === 'string') throw new Error(args);
    // Stopped at its first step: enough to see which step that is.
    const fresh = await runTier({ ...tierOptions('tiny', args, () => {}), deadline: Date.now() });
    expect(fresh.reused).toBe(false);
    expect(fresh.stopped?.step).toBe('ingest');
  }, 120_000);
});

describe('npm run bench --reuse --only serving', () => {
  let served: TierResult;

  beforeAll(async () => {
    const args = parseBenchArgs(['--tier', 'tiny', '--questions', '2', '--out', out, '--reuse', '--only', 'serving']);
    if (typeof args === 'string') throw new Error(args);
    expect(args.only).toBe('serving');
    served = await runTier({ ...tierOptions('tiny', args, () => {}), load: { requests: 4, inFlight: 2 }, clicks: 2, quietMs: { afterStart: 100, beforeMemory: 100 } });
  }, TIER_RUN_CAP_MS);

  it('runs the steps the bot serving needs and the serving itself, and nothing else', () => {
    expect(served.stopped).toBeNull();
    expect(served.index!.loaded).toBe(true);
    expect(served.states).not.toBeNull();
    expect(served.serving!.load!.answer.n).toBe(4);
    expect(served.serving!.clicks!.rerender.n).toBe(2);
    expect(served.answers).toBeNull();
    expect(served.largeMinutes).toBeNull();
    expect(served.coldStarts).toEqual({ structured: [], search: [] });
  });

  it('says in the report what it left out', () => {
    const text = tierMarkdown(served);
    expect(text).toContain('**Answers in process were not measured:** left out of this run (--only serving).');
    expect(text).toMatch(/\| a 5 MB minutes text \| not measured: left out of this run \(--only serving\)/);
    expect(text).not.toContain('cold start of `npm start`');
  });

  it('takes only "serving" or "cold-start"', () => {
    expect(parseBenchArgs(['--only', 'answers'])).toMatch(/--only takes "serving" or "cold-start"/);
    const cold = parseBenchArgs(['--only', 'cold-start']);
    expect(typeof cold !== 'string' && cold.only).toBe('cold-start');
  });
});

describe('npm run bench --reuse --only cold-start', () => {
  let cold: TierResult;

  beforeAll(async () => {
    const args = parseBenchArgs(['--tier', 'tiny', '--questions', '2', '--out', out, '--reuse', '--only', 'cold-start']);
    if (typeof args === 'string') throw new Error(args);
    cold = await runTier(tierOptions('tiny', args, () => {}));
  }, TIER_RUN_CAP_MS);

  it('runs the cold starts and the steps before them, and not the bot serving', () => {
    expect(cold.stopped).toBeNull();
    expect(cold.states).not.toBeNull();
    expect(cold.coldStarts.structured.map((r) => r.error)).toEqual([null]);
    expect(cold.coldStarts.search[0]!.answerMs).not.toBeNull();
    expect(cold.serving).toBeNull();
    expect(cold.answers).toBeNull();
  });

  it('says in the report what it left out', () => {
    const text = tierMarkdown(cold);
    expect(text).toContain('**Answers in process were not measured:** left out of this run (--only cold-start).');
    expect(text).toContain('cold start of `npm start` → first structured answer');
  });
});

describe('where the report goes', () => {
  it('writes outside the repository unless asked to update BENCHMARKS.md', () => {
    const args = parseBenchArgs([]);
    if (typeof args === 'string') throw new Error(args);
    expect(args.outDir.startsWith(os.tmpdir())).toBe(true);
    expect(args.update).toBe(false);
    expect(args.tiers).toEqual(['S', 'M']);
    const updating = parseBenchArgs(['--tier', 'L,XL', '--update']);
    expect(typeof updating !== 'string' && updating.update && updating.tiers).toEqual(['L', 'XL']);
    expect(parseBenchArgs(['--tier', 'Z'])).toMatch(/unknown tier/);
  });

  it('stops a tier that outruns --minutes at the step it reached, and says so', async () => {
    expect(parseBenchArgs(['--minutes', '0'])).toMatch(/--minutes/);
    const args = parseBenchArgs(['--tier', 'tiny', '--minutes', '60', '--out', path.join(out, 'bounded')]);
    if (typeof args === 'string') throw new Error(args);
    // A deadline already past: the first step's process gets the shortest limit and is stopped.
    const stopped = await runTier({ ...tierOptions('tiny', args, () => {}), deadline: Date.now() });
    expect(stopped.stopped?.reason).toMatch(/--minutes/);
    expect(tierMarkdown(stopped)).toMatch(new RegExp(`The run stopped at ${stopped.stopped!.step}:`));
  }, 120_000);

  it('replaces only the tiers it ran and keeps the rest of the file', () => {
    const before = '# Benchmarks\n\n<!-- tier S -->\nold S\n<!-- /tier S -->\n\n<!-- tier L -->\nold L\n<!-- /tier L -->\n\n<!-- notes -->\nnotes stay\n';
    const after = updateBenchmarksFile(before, '# intro', [{ tier: 'L', text: 'new L' }, { tier: 'XL', text: 'new XL' }]);
    expect(after).toContain('old S');
    expect(after).toContain('new L');
    expect(after).not.toContain('old L');
    expect(after.indexOf('new XL')).toBeLessThan(after.indexOf('notes stay'));
  });
});
