// `npm run bench [-- --tier S|M|L ...]`: measure the bot at council scale and
// write BENCHMARKS.md. Default tiers S and M; L when asked (it takes minutes).
// Everything is written under bench/out/ (git-ignored); all traffic stays on 127.0.0.1.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './measure/machine.ts';
import { machineMarkdown, tierMarkdown, updateBenchmarksFile } from './measure/report.ts';
import { runTier, type Tier, type TierOptions } from './measure/tier.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TIERS: Tier[] = ['S', 'M', 'L', 'tiny'];

export interface BenchArgs {
  tiers: Tier[];
  seed: number;
  outDir: string;
  questions: number;
  write: boolean;
  file: string;
}

export function parseBenchArgs(argv: string[]): BenchArgs | string {
  const args: BenchArgs = { tiers: [], seed: 2017, outDir: `${ROOT}bench/out`, questions: 300, write: true, file: `${ROOT}BENCHMARKS.md` };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (a === '--tier') {
      for (const t of value().split(',')) {
        if (!TIERS.includes(t as Tier)) return `unknown tier "${t}": use S, M or L`;
        args.tiers.push(t as Tier);
      }
    } else if (a === '--seed') args.seed = Number(value());
    else if (a === '--out') args.outDir = value();
    else if (a === '--questions') args.questions = Number(value());
    else if (a === '--file') args.file = value();
    else if (a === '--no-write') args.write = false;
    else return `unknown option ${a}; usage: npm run bench [-- --tier S|M|L] [--seed N] [--questions N] [--no-write]`;
  }
  if (!Number.isInteger(args.seed) || !Number.isInteger(args.questions) || args.questions < 1) return '--seed and --questions take whole numbers';
  if (args.tiers.length === 0) args.tiers = ['S', 'M'];
  return args;
}

export function tierOptions(tier: Tier, args: BenchArgs, log: (line: string) => void): TierOptions {
  const large = tier === 'L';
  return {
    tier,
    seed: args.seed,
    outDir: args.outDir,
    questionsPerKind: args.questions,
    clicks: Math.min(200, args.questions),
    acks: { requests: Math.max(40, Math.min(400, args.questions)), inFlight: 20, budgetMs: large ? 60_000 : 30_000 },
    coldStarts: tier === 'tiny' ? 1 : 3,
    answerBudgetMs: 10_000,
    ingestTimeoutMs: large ? 150_000 : 120_000,
    stepTimeoutMs: large ? 120_000 : 60_000,
    scanBudgetMs: large ? 6_000 : 5_000,
    scanMaxPerKind: Math.min(args.questions, large ? 50 : 200),
    log,
  };
}

const INTRO = `# Benchmarks

How the bot behaves at council scale, measured by \`npm run bench\` (\`bench/run.ts\`; \`-- --tier L\` for the
council tier). Tiers: **S** the bundled corpus; **M** one board over ten years (~100 meetings); **L** one council
over ten years (~50 committees, ~5,000 meetings, ~50,000 agenda items). M and L are written by the seeded
generator in \`bench/generate/\` (minutes, agenda packs, work programmes and ModernGov agenda-item pages in
several layouts). Ingest, index, cold start and serving each run in a fresh Node process (started with tsx, as
\`npm start\` is), so times and memory are their own. Targets are those of tier L on a 2-core machine; at S and M
they are shown for comparison.
`;

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const sections: { tier: string; text: string }[] = [];
  for (const tier of args.tiers) {
    const machine = describeMachine();
    const started = performance.now();
    const result = await runTier(tierOptions(tier, args, log));
    const text = `${tierMarkdown(result)}\n\n${machineMarkdown(machine)} Tier run took ${((performance.now() - started) / 1000).toFixed(0)} s.`;
    process.stdout.write(`\n${text}\n`);
    if (tier !== 'tiny') sections.push({ tier, text });
  }
  if (args.write && sections.length > 0) {
    const previous = existsSync(args.file) ? await readFile(args.file, 'utf8') : null;
    await writeFile(args.file, updateBenchmarksFile(previous, INTRO, sections));
    log(`wrote ${args.file}`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
