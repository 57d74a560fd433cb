// One tier, end to end: corpus, ingest, index, cold start, serving. Each heavy
// step runs in its own process so its time and memory are its own.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { storeFiles } from '../../src/store/lowdb-store.ts';
import { generateCorpus, type GeneratedTier } from '../generate/corpus.ts';
import { runChild } from './processes.ts';
import { buildQuestions, type QuestionTerms } from './questions.ts';
import type { ServePlan, ServeResult } from './serve.ts';
import { summarize, type Summary } from './stats.ts';

export type Tier = 'S' | GeneratedTier;

export interface TierOptions {
  tier: Tier;
  seed: number;
  outDir: string;
  questionsPerKind: number;
  clicks: number;
  acks: { requests: number; inFlight: number; budgetMs: number } | null;
  coldStarts: number;
  answerBudgetMs: number;
  /** Limits for each child process. */
  ingestTimeoutMs: number;
  stepTimeoutMs: number;
  scanBudgetMs: number;
  scanMaxPerKind: number;
  log?: (line: string) => void;
}

export interface IngestChildResult {
  ms: number;
  /** CPU time of the ingest process: less sensitive than wall time to other work on the machine. */
  cpuMs: number;
  files: number;
  failed: number;
  failures: string[];
  warnings: number;
  totals: { documents: number; meetings: number; items: number; resolutions: number; requests: number; workProgramme: number };
  peakRssBytes: number;
  storeBytes: number;
}

export interface IngestProgress {
  files: number;
  of: number;
  ms: number;
  chunkMs: number;
  chunkCpuMs: number;
  chunkFiles: number;
  items: number;
}

export interface ColdStartSteps {
  modules: number;
  openStore: number;
  loadIndex: number;
  firstAnswer: number;
}

export interface IndexChildResult {
  buildMs: number;
  loadMs: number;
  loaded: boolean;
  documents: number;
  snapshotBytes: number;
}

export interface TierResult {
  tier: Tier;
  description: string;
  corpus: { files: number; bytes: number; generateMs: number | null; meetings: number | null; items: number | null };
  ingest: IngestChildResult | null;
  /** One entry per chunk of files: how the ingest rate changes as the record grows. */
  ingestProgress: IngestProgress[];
  ingestError: string | null;
  /**
   * When the folder's order did not finish in time: the same files ingested with
   * the agenda-item pages after the minutes they repeat, so the other figures of
   * the tier can still be measured (and the cost of the order shows).
   */
  pagesLastIngest: IngestChildResult | null;
  index: IndexChildResult | null;
  indexError: string | null;
  coldStart: Summary | null;
  /** CPU time of the cold-start process up to its first answer (median). */
  coldStartCpuMs: number | null;
  /** Where the time of the last cold start went, in ms. */
  coldStartSteps: ColdStartSteps | null;
  coldStartError: string | null;
  serve: ServeResult | null;
  serveError: string | null;
}

/** What the bundled corpus is known to talk about (tier S is the real documents). */
const BUNDLED_TERMS: QuestionTerms = {
  now: '2023-06-01',
  firstDate: '2017-06-01',
  lastDate: '2023-03-16',
  commonTopics: ['private fostering', 'Ofsted', "children's services"],
  rareTopics: ['young carers', 'youth justice'],
  commonTerms: ['fostering', 'Ofsted', 'social workers'],
  rareTerms: ['Maundy', 'Saplings'],
};

async function filesUnder(dir: string): Promise<{ files: number; bytes: number }> {
  const { readdir, stat } = await import('node:fs/promises');
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

export async function runTier(options: TierOptions): Promise<TierResult> {
  const log = options.log ?? (() => {});
  const dir = path.join(options.outDir, options.tier);
  const corpusDir = path.join(dir, 'corpus');
  const db = path.join(dir, 'store.json');
  const snapshot = path.join(dir, 'store.index.json');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });

  let terms: QuestionTerms;
  let corpus: TierResult['corpus'];
  let description: string;
  let paths: string[];
  let pagesLast: string[] | null = null;
  if (options.tier === 'S') {
    const size = await filesUnder(BUNDLED_CORPUS);
    corpus = { ...size, generateMs: null, meetings: null, items: null };
    terms = BUNDLED_TERMS;
    description = 'the bundled corpus (one board, 2017–2023)';
    paths = [BUNDLED_CORPUS];
  } else {
    log(`tier ${options.tier}: generating the corpus`);
    const t0 = performance.now();
    const generated = generateCorpus({ tier: options.tier, seed: options.seed, outDir: corpusDir });
    const facts = generated.facts;
    corpus = { files: generated.files.length, bytes: generated.bytes, generateMs: performance.now() - t0, meetings: facts.meetings, items: facts.items };
    const rare = facts.topicCounts.filter(([, n]) => n > 0).slice(-3);
    terms = {
      now: facts.now,
      firstDate: facts.firstDate,
      lastDate: facts.lastDate,
      commonTopics: facts.topicCounts.slice(0, 3).map(([t]) => t),
      rareTopics: rare.map(([t]) => t),
      commonTerms: facts.keywordCounts.slice(0, 3).map(([t]) => t),
      rareTerms: facts.keywordCounts.slice(-3).map(([t]) => t),
    };
    const committees = new Set(generated.council.committees.map((c) => c.spec.name)).size;
    description = `generated: ${facts.council}, ${committees} committee${committees === 1 ? '' : 's'}, ${facts.firstDate.slice(0, 4)}–${facts.lastDate.slice(0, 4)}, seed ${options.seed}`;
    paths = [corpusDir];
    const withPages = new Set(generated.files.filter((f) => f.kind === 'item-page').map((f) => path.dirname(f.path)));
    const dirs = [...new Set(generated.files.map((f) => path.dirname(f.path)))].sort();
    pagesLast = [...dirs.filter((d) => !withPages.has(d)), ...dirs.filter((d) => withPages.has(d))];
  }

  const result: TierResult = {
    tier: options.tier,
    description,
    corpus,
    ingest: null,
    ingestProgress: [],
    ingestError: null,
    pagesLastIngest: null,
    index: null,
    indexError: null,
    coldStart: null,
    coldStartCpuMs: null,
    coldStartSteps: null,
    coldStartError: null,
    serve: null,
    serveError: null,
  };

  log(`tier ${options.tier}: ingesting ${corpus.files} files (${(corpus.bytes / 1e6).toFixed(1)} MB)`);
  const ingest = await runChild<IngestChildResult>('ingest.ts', [db, ...paths], options.ingestTimeoutMs);
  result.ingest = ingest.result;
  result.ingestProgress = ingest.lines.flatMap((l) => (l && typeof l === 'object' && 'progress' in l ? [(l as { progress: IngestProgress }).progress] : []));
  result.ingestError = ingest.error;
  if (!ingest.result && pagesLast) {
    log(`tier ${options.tier}: ${ingest.error}; ingesting again with the agenda-item pages last`);
    await rm(db, { force: true });
    await rm(storeFiles(db).state, { force: true });
    await rm(storeFiles(db).folder, { recursive: true, force: true });
    const again = await runChild<IngestChildResult>('ingest.ts', [db, ...pagesLast], options.ingestTimeoutMs);
    result.pagesLastIngest = again.result;
  }
  if ((!result.ingest && !result.pagesLastIngest) || !existsSync(db)) return result;

  log(`tier ${options.tier}: building the index`);
  const index = await runChild<IndexChildResult>('serve.ts', ['index', db, snapshot], options.stepTimeoutMs);
  result.index = index.result;
  result.indexError = index.error;

  log(`tier ${options.tier}: cold starts`);
  const questions = buildQuestions(terms, options.questionsPerKind, options.seed);
  const first = questions['next-meeting'][0]!;
  const coldSamples: number[] = [];
  const coldCpu: number[] = [];
  for (let i = 0; i < options.coldStarts; i++) {
    const run = await runChild<{ sinceProcessStartMs: number; cpuMs: number; steps: ColdStartSteps; origin: string }>('cold-start.ts', [db, snapshot, first.text, first.now], options.stepTimeoutMs);
    if (!run.result) {
      result.coldStartError = run.error;
      break;
    }
    if (run.result.origin !== 'snapshot') result.coldStartError = `the index was ${run.result.origin}, not loaded from the snapshot`;
    coldSamples.push(run.wallMs);
    coldCpu.push(run.result.cpuMs);
    result.coldStartSteps = run.result.steps;
  }
  if (coldSamples.length > 0) {
    result.coldStart = summarize(coldSamples);
    result.coldStartCpuMs = summarize(coldCpu).p50;
  }

  log(`tier ${options.tier}: answers, scan baseline, clicks and acks`);
  const plan: ServePlan = {
    now: new Date(`${terms.now}T12:00:00Z`).toISOString(),
    questions,
    warmup: Math.min(10, options.questionsPerKind),
    answerBudgetMs: options.answerBudgetMs,
    scanMaxPerKind: options.scanMaxPerKind,
    scanBudgetMs: options.scanBudgetMs,
    clicks: options.clicks,
    acks: options.acks,
  };
  const planPath = path.join(dir, 'plan.json');
  await writeFile(planPath, JSON.stringify(plan));
  const serve = await runChild<ServeResult>('serve.ts', ['serve', db, snapshot, planPath], options.stepTimeoutMs * 4);
  result.serve = serve.result;
  result.serveError = serve.error;
  return result;
}
