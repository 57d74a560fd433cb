// Child process: answer latency as a member meets it, in a process that opens
// the store and the answer engine as `npm start` does (index from the snapshot,
// look-ups built in the background, then serving). Every question is asked once
// (the first ask: nothing of it is remembered yet), then all again in a new
// order (the repeated ask). No garbage collection is forced: its pauses are part
// of what members wait for. Then the fair scan answers the index-backed
// questions, for the ratio. Prints one JSON line.
//   answers.ts DB QUESTIONS.json SEED SCAN_BUDGET_MS
import { readFile } from 'node:fs/promises';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { HEAP_GROWING_PERCENT, limitHeapGrowth, limitHeapGrowthAfter } from '../../src/heap-growth.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { KINDS, shuffled, type Question, type QuestionKind, type QuestionSet } from '../measure/questions.ts';
import { ScanBaseline } from '../measure/scan.ts';
import { printResult } from './print-result.ts';

const [db, questionsFile, seedArg, scanBudgetArg] = process.argv.slice(2);
if (!db || !questionsFile) {
  process.stderr.write('usage: answers.ts DB QUESTIONS.json [SEED] [SCAN_BUDGET_MS]\n');
  process.exit(2);
}
const seed = Number(seedArg ?? 1);
const scanBudgetMs = Number(scanBudgetArg ?? 10_000);
const set = JSON.parse(await readFile(questionsFile, 'utf8')) as QuestionSet;

// Where the time goes, one progress line a phase: a step stopped by its time limit says how far it got.
const began = performance.now();
const phase = (name: string) => process.stdout.write(`${JSON.stringify({ progress: { phase: name, ms: Math.round(performance.now() - began) } })}\n`);
// The bot's answer thread limits its heaps' growth once it has read the record (see src/heap-growth.ts);
// so does this process, so its answers pay the collections the bot's pay and its memory is the bot's.
let heapGrowingPercent: number | null = null;
const store = await limitHeapGrowthAfter(openStore(db), () => {
  limitHeapGrowth();
  heapGrowingPercent = HEAP_GROWING_PERCENT;
});
phase('store open');
const engine = await createEngine({ store, clock: new ManualClock(set.now) });
await engine.loaded();
phase('index loaded');
await engine.prepared();
phase('look-ups prepared');

type Samples = Partial<Record<QuestionKind, number[]>>;
const routed: Partial<Record<QuestionKind, Record<string, number>>> = {};
const entries: Partial<Record<QuestionKind, number>> = {};
const examples: Partial<Record<QuestionKind, string>> = {};

function pass(order: Question[], record: boolean): Samples {
  const samples: Samples = {};
  for (const q of order) {
    const t0 = performance.now();
    const answer = engine.ask(q.text, { now: new Date(q.now) });
    const ms = performance.now() - t0;
    (samples[q.kind] ??= []).push(ms);
    if (record) {
      const kinds = (routed[q.kind] ??= {});
      kinds[answer.kind] = (kinds[answer.kind] ?? 0) + 1;
      entries[q.kind] = (entries[q.kind] ?? 0) + answer.sections.reduce((n, s) => n + s.entries.length, 0);
      examples[q.kind] ??= `${q.text} → ${answer.title}`;
    }
  }
  return samples;
}

const first = pass(shuffled(set.questions, seed), true);
phase('first asks');
const repeated = pass(shuffled(set.questions, seed + 1), false);
phase('repeated asks');

// The fair scan: tokenised once, then each index-backed question in turn, up to a time budget per kind.
const t0 = performance.now();
const scan = new ScanBaseline(store.record());
const scanBuildMs = performance.now() - t0;
phase('scan prepared');
const scanned: Samples = {};
for (const spec of KINDS.filter((k) => k.group === 'search')) {
  const started = performance.now();
  for (const q of set.questions.filter((x) => x.kind === spec.kind)) {
    if (performance.now() - started > scanBudgetMs) break;
    const s0 = performance.now();
    scan.answer(q);
    (scanned[spec.kind] ??= []).push(performance.now() - s0);
  }
}

printResult({
  first,
  repeated,
  routed,
  entries,
  examples,
  scan: scanned,
  scanBuild: { ms: scanBuildMs, entries: scan.entries, vocabulary: scan.vocabulary },
  indexOrigin: engine.index().origin,
  rssBytes: process.memoryUsage().rss,
  heapGrowingPercent,
  semiSpaceMb: semiSpaceStartedWith(),
});

/** The semi-space size this process was started with (MB), as the answer thread's is set; null: V8's own. */
function semiSpaceStartedWith(): number | null {
  const flag = process.execArgv.find((a) => a.startsWith('--max-semi-space-size='));
  return flag ? Number(flag.slice('--max-semi-space-size='.length)) : null;
}
