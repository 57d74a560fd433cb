// `npm run eval:ask`: asks the question corpus and prints the pass rate, with each
// failure and what the answer said. `-- --file PATH` asks the questions of a JSON
// file instead (an array of { q, now, must, mustNot }), on the bundled corpus.
import { readFileSync } from 'node:fs';
import { BUNDLED_CASES, CATEGORIES } from './bundled-questions.ts';
import { councilCases, councilEngine } from './council-questions.ts';
import { corpusEngine } from '../corpus.ts';
import { describeFailure, runCases, type AskCase, type EvalReport } from './ask-eval.ts';

function print(name: string, report: EvalReport, quiet: boolean): void {
  if (!quiet) for (const r of report.results.filter((x) => !x.passed)) console.log(describeFailure(r));
  const rate = report.total ? ((100 * report.passed) / report.total).toFixed(1) : '0.0';
  console.log(`${name}: ${report.passed}/${report.total} answered right (${rate}%)`);
}

const args = process.argv.slice(2);
const file = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
const quiet = args.includes('--quiet');

const { engine } = await corpusEngine();
if (file) {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as AskCase[];
  print(file, runCases(engine, cases), quiet);
} else {
  const bundled = runCases(engine, BUNDLED_CASES);
  print('bundled corpus', bundled, quiet);
  // By kind of question: the cases are judged once, in corpus order.
  let at = 0;
  for (const [name, cases] of CATEGORIES) {
    const results = bundled.results.slice(at, at + cases.length);
    at += cases.length;
    console.log(`  ${name}: ${results.filter((r) => r.passed).length}/${results.length}`);
  }
  const council = await councilEngine();
  const generated = runCases(council.engine, councilCases(council.council, council.agendas));
  print('generated council record (tier tiny)', generated, quiet);
  const passed = bundled.passed + generated.passed;
  const total = bundled.total + generated.total;
  console.log(`all: ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`);
  process.exitCode = passed === total ? 0 : 1;
}
