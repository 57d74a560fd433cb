// One tier, end to end: corpus, ingest, index, request statuses, questions,
// answers in process, cold starts of `npm start`, and the bot serving. Each
// step runs in a process of its own with a time limit; when one fails (out of
// memory, out of time) the tier says where it stopped and measures no further.
//
// Under --out, a tier keeps its corpus (corpus/), the store as the ingest left it (ingested/, with
// ingested.json saying which seed it holds) and the store the later steps change (store/: request
// statuses, clicks, a new paper), copied from ingested/ before the index is built. With --reuse a
// tier whose corpus and ingested store are there goes straight to the index on a fresh copy.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { startFakeSlack } from '../../test/support/fake-slack.ts';
import { generateCouncil } from '../generate/council.ts';
import { corpusFacts, generateCorpus, newPaper, TIER_SHAPES, type CorpusFacts, type FileFormat, type GeneratedTier } from '../generate/corpus.ts';
import { coldStart, type ColdStartRun } from './cold-start.ts';
import { WORKER_SEMI_SPACE_MB } from '../../src/serving/answer-thread.ts';
import { runChild } from './processes.ts';
import { KINDS, type QuestionKind, type QuestionSet } from './questions.ts';
import { measureServing, type ServingResult } from './serving.ts';

export type Tier = 'S' | GeneratedTier;

/** The steps a run can be cut to (--only), each with the steps it needs. */
export const ONLY_STEPS = ['serving', 'cold-start'] as const;
export type OnlyStep = (typeof ONLY_STEPS)[number];

export interface TierOptions {
  tier: Tier;
  seed: number;
  outDir: string;
  /** Distinct questions of each kind. */
  questionsPerKind: number;
  /** Closed requests in the store before serving. */
  requestStates: number;
  clicks: number;
  /** /scrutiny requests under load, and how many in flight. */
  load: { requests: number; inFlight: number };
  /** Cold starts of each kind (structured, search). */
  coldStarts: number;
  scanBudgetMs: number;
  quietMs?: { afterStart: number; beforeMemory: number };
  /** Limits for each step's process. */
  ingestTimeoutMs: number;
  /**
   * The heap limit of the children that build the index and answer questions as the bot's answer thread
   * does (its own limit, WORKER_HEAP_MB), where the default limit of a process is too small for the record
   * and its index; unset: Node's default.
   */
  answerHeapMb?: number;
  stepTimeoutMs: number;
  /**
   * Measure from the index on, on the corpus and the ingested store an earlier run of this tier and
   * seed left under outDir (--reuse); without them the tier runs from the start.
   */
  reuse?: boolean;
  /**
   * Only the bot serving, or only the cold starts, and the steps they need (the index, the request
   * statuses, the questions): the 5 MB minutes, the answers in process and the other of the two are
   * left out, and the report says so.
   */
  only?: OnlyStep;
  /** V8 flags for the bot serving (see ServingPlan.v8Flags). */
  v8Flags?: string;
  /** When the whole tier must have stopped (Date.now() ms, --minutes): a step still running then is stopped, and the tier says so. */
  deadline?: number;
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

export interface IndexChildResult {
  buildMs: number;
  loadMs: number;
  loaded: boolean;
  documents: number;
  snapshotBytes: number;
}

/** The reading of one very long minutes text (bench/child/parse-large.ts). */
export interface LargeMinutesResult {
  bytes: number;
  items: number;
  inThreadMs: number;
  inThreadCpuMs: number;
  inThreadOutcome: string;
  isolatedMs: number;
  isolatedOutcome: string;
}

export type KindSamples = Partial<Record<QuestionKind, number[]>>;

export interface AnswersChildResult {
  first: KindSamples;
  repeated: KindSamples;
  routed: Partial<Record<QuestionKind, Record<string, number>>>;
  entries: Partial<Record<QuestionKind, number>>;
  examples: Partial<Record<QuestionKind, string>>;
  scan: KindSamples;
  scanBuild: { ms: number; entries: number; vocabulary: number };
  indexOrigin: string;
  rssBytes: number;
  /** The heap-growth limit the child set once it had read the record, as the bot's answer thread does (src/heap-growth.ts); null: none. */
  heapGrowingPercent: number | null;
  /** The semi-space size (MB) the child was started with, the answer thread's (WORKER_SEMI_SPACE_MB); null: V8's own. */
  semiSpaceMb: number | null;
}

export interface TierResult {
  tier: Tier;
  description: string;
  corpus: {
    files: number;
    bytes: number;
    formats: Partial<Record<FileFormat, number>>;
    generateMs: number | null;
    meetings: number | null;
    items: number | null;
    distinctTitles: number | null;
    distinctPeople: number | null;
  };
  ingest: IngestChildResult | null;
  /** The corpus and the ingested store were an earlier run's (--reuse): neither generated nor ingested in this run. */
  reused: boolean;
  /** One entry per chunk of files: how the ingest rate changes as the record grows. */
  ingestProgress: IngestProgress[];
  index: IndexChildResult | null;
  /** A 5 MB minutes text read as the bot reads a paper; null when not measured, with why in largeMinutesError. */
  largeMinutes: LargeMinutesResult | null;
  largeMinutesError: string | null;
  states: { done: number; open: number; ms: number } | null;
  questions: { counts: Partial<Record<QuestionKind, number>>; misrouted: QuestionSet['misrouted'] } | null;
  answers: AnswersChildResult | null;
  /** Why the answers in process were not measured (the tier goes on to the bot serving). */
  answersError: string | null;
  coldStarts: { structured: ColdStartRun[]; search: ColdStartRun[] };
  serving: ServingResult | null;
  /** The step the tier stopped at, and why; null when it ran to the end. */
  stopped: { step: string; reason: string } | null;
}

/** What the ingested store under ingested/ holds: written once its ingest has finished. */
interface IngestedMark {
  seed: number;
  result: IngestChildResult;
}

function formatOf(file: string): FileFormat {
  const ext = path.extname(file).toLowerCase();
  return ext === '.pdf' ? 'pdf' : ext === '.html' ? 'html' : 'text';
}

async function filesUnder(dir: string): Promise<{ files: number; bytes: number; formats: Partial<Record<FileFormat, number>> }> {
  const { readdir, stat } = await import('node:fs/promises');
  let files = 0;
  let bytes = 0;
  const formats: Partial<Record<FileFormat, number>> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    formats[formatOf(entry.name)] = (formats[formatOf(entry.name)] ?? 0) + 1;
  }
  return { files, bytes, formats };
}

/** The earlier run's mark when it ingested this tier's corpus with this seed, else null. */
async function reusableIngest(dir: string, tier: Tier, seed: number): Promise<IngestedMark | null> {
  const mark = path.join(dir, 'ingested.json');
  if (!existsSync(mark) || (tier !== 'S' && !existsSync(path.join(dir, 'corpus')))) return null;
  try {
    const read = JSON.parse(await readFile(mark, 'utf8')) as IngestedMark;
    return read.seed === seed && existsSync(path.join(dir, 'ingested', 'scrutiny.json')) ? read : null;
  } catch {
    return null;
  }
}

function corpusOf(facts: CorpusFacts | null, size: { files: number; bytes: number; formats: Partial<Record<FileFormat, number>> }, generateMs: number | null): TierResult['corpus'] {
  return {
    ...size,
    generateMs,
    meetings: facts?.meetings ?? null,
    items: facts?.items ?? null,
    distinctTitles: facts?.distinctTitles ?? null,
    distinctPeople: facts?.distinctPeople ?? null,
  };
}

function generatedDescription(tier: GeneratedTier, facts: CorpusFacts, seed: number): string {
  const committees = TIER_SHAPES[tier].committees;
  return `generated: ${facts.council}, ${committees} committee${committees === 1 ? '' : 's'}, ${facts.firstDate.slice(0, 4)}–${facts.lastDate.slice(0, 4)}, seed ${seed}`;
}

/** Why a step left out by --only has no figures. */
const notThisRun = (only: OnlyStep) => `left out of this run (--only ${only})`;

export async function runTier(options: TierOptions): Promise<TierResult> {
  const log = options.log ?? (() => {});
  const dir = path.join(options.outDir, options.tier);
  const corpusDir = path.join(dir, 'corpus');
  const ingestedDb = path.join(dir, 'ingested', 'scrutiny.json');
  const db = path.join(dir, 'store', 'scrutiny.json');
  const logDir = path.join(dir, 'logs');
  const reused = options.reuse ? await reusableIngest(dir, options.tier, options.seed) : null;
  if (options.reuse && !reused) log(`tier ${options.tier}: no ingested store of seed ${options.seed} under ${dir} to reuse; running from the start`);
  if (reused) {
    for (const earlier of [path.dirname(db), logDir, path.join(dir, 'questions.json')]) await rm(earlier, { recursive: true, force: true });
  } else {
    await rm(dir, { recursive: true, force: true });
    await mkdir(path.dirname(ingestedDb), { recursive: true });
  }
  await mkdir(logDir, { recursive: true });

  const result: TierResult = {
    tier: options.tier,
    description: '',
    corpus: { files: 0, bytes: 0, formats: {}, generateMs: null, meetings: null, items: null, distinctTitles: null, distinctPeople: null },
    ingest: null,
    reused: reused !== null,
    ingestProgress: [],
    index: null,
    largeMinutes: null,
    largeMinutesError: null,
    states: null,
    questions: null,
    answers: null,
    answersError: null,
    coldStarts: { structured: [], search: [] },
    serving: null,
    stopped: null,
  };
  /** A step's time limit, cut to what is left before the run's deadline. */
  const limit = (ms: number) => (options.deadline === undefined ? ms : Math.max(1_000, Math.min(ms, options.deadline - Date.now())));
  const stop = (step: string, reason: string | null) => {
    const late = options.deadline !== undefined && Date.now() >= options.deadline - 1_000;
    result.stopped = { step, reason: `${reason ?? 'unknown failure'}${late ? ` (the run's time limit, --minutes, was reached)` : ''}` };
    log(`tier ${options.tier}: stopped at ${step}: ${result.stopped.reason}`);
    return result;
  };

  let paths: string[];
  let paper;
  if (options.tier === 'S') {
    const size = await filesUnder(BUNDLED_CORPUS);
    result.corpus = corpusOf(null, { ...size, formats: { text: size.files } }, null);
    result.description = 'the bundled corpus (one board, 2017–2023)';
    paths = [BUNDLED_CORPUS];
    // A year the bundled corpus does not cover, held before its last minutes (16 March 2023).
    paper = newPaper(generateCouncil({ seed: options.seed, committees: 1, years: 1, firstYear: 2022 }), options.seed, '2023-03-16');
  } else if (reused) {
    // The council again, from the seed, for its facts and the new paper; its files are the earlier run's.
    log(`tier ${options.tier}: reusing the corpus and the ingested store under ${dir}`);
    const shape = TIER_SHAPES[options.tier];
    const council = generateCouncil({ seed: options.seed, committees: shape.committees, years: shape.years, firstYear: shape.firstYear });
    const facts = corpusFacts(council);
    result.corpus = corpusOf(facts, await filesUnder(corpusDir), null);
    result.description = generatedDescription(options.tier, facts, options.seed);
    paths = [corpusDir];
    paper = newPaper(council, options.seed);
  } else {
    log(`tier ${options.tier}: generating the corpus`);
    const t0 = performance.now();
    const generated = await generateCorpus({ tier: options.tier, seed: options.seed, outDir: corpusDir });
    const formats: Partial<Record<FileFormat, number>> = {};
    for (const f of generated.files) formats[f.format] = (formats[f.format] ?? 0) + 1;
    result.corpus = corpusOf(generated.facts, { files: generated.files.length, bytes: generated.bytes, formats }, performance.now() - t0);
    result.description = generatedDescription(options.tier, generated.facts, options.seed);
    paths = [corpusDir];
    paper = newPaper(generated.council, options.seed);
  }

  if (!reused) {
    log(`tier ${options.tier}: ingesting ${result.corpus.files} files (${(result.corpus.bytes / 1e6).toFixed(1)} MB)`);
    const ingest = await runChild<IngestChildResult>('ingest.ts', [ingestedDb, ...paths], limit(options.ingestTimeoutMs));
    result.ingest = ingest.result;
    result.ingestProgress = ingest.lines.flatMap((l) => (l && typeof l === 'object' && 'progress' in l ? [(l as { progress: IngestProgress }).progress] : []));
    if (!ingest.result || !existsSync(ingestedDb)) return stop('ingest', ingest.error);
    await writeFile(path.join(dir, 'ingested.json'), JSON.stringify({ seed: options.seed, result: ingest.result } satisfies IngestedMark));
  }
  // The later steps change the store (request statuses, clicks, a new paper): they get a copy.
  await cp(path.dirname(ingestedDb), path.dirname(db), { recursive: true });

  log(`tier ${options.tier}: building the index`);
  const index = await runChild<IndexChildResult>('index.ts', [db], limit(options.stepTimeoutMs), { heapMb: options.answerHeapMb });
  result.index = index.result;
  if (!index.result) return stop('index', index.error);

  // Independent of the record: a failure here is reported and the tier goes on.
  if (options.only) result.largeMinutesError = notThisRun(options.only);
  else {
    log(`tier ${options.tier}: reading a 5 MB minutes text`);
    const large = await runChild<LargeMinutesResult>('parse-large.ts', [String(options.seed), String(5 * 1024 * 1024)], limit(options.stepTimeoutMs));
    result.largeMinutes = large.result;
    result.largeMinutesError = large.result ? null : large.error;
  }

  log(`tier ${options.tier}: closing ${options.requestStates} requests`);
  const states = await runChild<TierResult['states']>('request-states.ts', [db, String(options.requestStates)], limit(options.stepTimeoutMs));
  result.states = states.result;
  if (!states.result) return stop('request statuses', states.error);

  log(`tier ${options.tier}: questions`);
  const questionsFile = path.join(dir, 'questions.json');
  const questions = await runChild<NonNullable<TierResult['questions']>>('questions.ts', [db, questionsFile, String(options.questionsPerKind), String(options.seed)], limit(options.stepTimeoutMs));
  result.questions = questions.result;
  if (!questions.result) return stop('questions', questions.error);
  const set = JSON.parse(await readFile(questionsFile, 'utf8')) as QuestionSet;

  const answers = options.only
    ? null
    : (log(`tier ${options.tier}: answers in process (${set.questions.length} questions, each asked twice)`),
      await runChild<AnswersChildResult>('answers.ts', [db, questionsFile, String(options.seed), String(options.scanBudgetMs)], limit(options.stepTimeoutMs * 4), { heapMb: options.answerHeapMb, semiSpaceMb: WORKER_SEMI_SPACE_MB }));
  result.answers = answers?.result ?? null;
  if (!answers) result.answersError = notThisRun(options.only!);
  else if (!answers.result) {
    // Independent of what follows: the cold starts and the bot serving are still measured.
    const phases = answers.lines.flatMap((l) => (l && typeof l === 'object' && 'progress' in l ? [(l as { progress: { phase: string; ms: number } }).progress] : []));
    const reached = phases.map((p) => `${p.phase} at ${(p.ms / 1000).toFixed(0)} s`).join(', ');
    result.answersError = `${answers.error}${reached ? ` (reached: ${reached})` : ' (before the store was open)'}`;
    log(`tier ${options.tier}: answers in process not measured: ${result.answersError}`);
  }

  const structuredQuestion = set.questions.find((q) => q.kind === 'next-meeting')?.text ?? 'next meeting';
  const searchQuestion = set.questions.find((q) => q.kind === 'search-common')?.text ?? 'budget';
  const coldStarts = options.only === 'serving' ? 0 : options.coldStarts;
  if (coldStarts > 0) log(`tier ${options.tier}: cold starts of npm start`);
  const slack = await startFakeSlack();
  try {
    const cold = { db, now: set.now, slack, logDir, timeoutMs: limit(options.stepTimeoutMs) };
    for (let i = 0; i < coldStarts; i++) {
      result.coldStarts.structured.push(await coldStart(structuredQuestion, cold, 2 * i));
      result.coldStarts.search.push(await coldStart(searchQuestion, cold, 2 * i + 1));
    }
  } finally {
    await slack.close();
  }

  if (options.only === 'cold-start') return result;
  log(`tier ${options.tier}: serving (load, Mark done, a new paper, memory)`);
  const byKind = new Map<QuestionKind, string[]>();
  // The load asks questions the in-process run did not start with, kinds in turn.
  for (const q of [...set.questions].reverse()) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q.text]);
  const load = [];
  for (let i = 0; load.length < options.load.requests && i < set.questions.length; i++) {
    for (const k of KINDS) {
      const text = byKind.get(k.kind)?.[i];
      if (text && load.length < options.load.requests) load.push({ kind: k.kind, text, subject: null, now: set.now });
    }
  }
  result.serving = await measureServing({
    db,
    now: set.now,
    logDir,
    load,
    inFlight: options.load.inFlight,
    searchWord: searchQuestion,
    clicks: options.clicks,
    paper,
    timeoutMs: limit(options.stepTimeoutMs),
    ...(options.quietMs ? { quietMs: options.quietMs } : {}),
    ...(options.v8Flags ? { v8Flags: options.v8Flags } : {}),
  });
  if (result.serving.error) return stop('serving', result.serving.error);
  return result;
}
