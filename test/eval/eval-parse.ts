// `npm run eval:parse [-- --verbose | --json | --update-baseline] [--family NAME] [FIXTURE-ID ...]`:
// the parser scored on every layout fixture. --update-baseline rewrites
// test/fixtures/layouts/baseline.json from this run (and says what went down).
import { type Baseline, baselineOf, describeRegression, readBaseline, regressions, writeBaseline } from './baseline.ts';
import { evaluate } from './evaluate.ts';
import { FixtureError, loadFixtures } from './fixtures.ts';
import { renderReport, reportJson } from './report.ts';

const USAGE = 'Usage: npm run eval:parse -- [--verbose] [--json] [--update-baseline] [--family NAME] [FIXTURE-ID ...]';

async function main(argv: string[]): Promise<number> {
  const flags = new Set<string>();
  const families: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--family') families.push(argv[++i] ?? '');
    else if (['--verbose', '-v', '--json', '--update-baseline'].includes(arg)) flags.add(arg === '-v' ? '--verbose' : arg);
    else if (arg === '--help' || arg === '-h' || arg.startsWith('-')) {
      console.error(USAGE);
      return arg.startsWith('--help') || arg === '-h' ? 0 : 2;
    } else ids.push(arg.replace(/\.expected\.json$/, ''));
  }
  const all = loadFixtures();
  const chosen = all.filter((f) => (families.length === 0 || families.includes(f.family)) && (ids.length === 0 || ids.some((id) => f.id === id || f.id.endsWith(`/${id}`))));
  if (chosen.length === 0) {
    console.error(`No fixture matches. ${USAGE}`);
    return 2;
  }
  if (flags.has('--update-baseline') && chosen.length !== all.length) {
    console.error('--update-baseline scores every fixture: leave out --family and fixture names.');
    return 2;
  }
  const evaluation = await evaluate(chosen);
  if (flags.has('--json')) console.log(JSON.stringify(reportJson(evaluation), null, 2));
  else console.log(renderReport(evaluation, { verbose: flags.has('--verbose') }));

  if (flags.has('--update-baseline')) {
    let previous: Baseline = { fixtures: {} };
    try {
      previous = readBaseline();
    } catch {
      // No baseline yet (or an unreadable one): this run writes the first.
    }
    const next = baselineOf(evaluation.fixtures);
    const down = regressions(previous, next).filter((r) => r.metric !== 'baseline');
    writeBaseline(next);
    console.error(`\nBaseline written for ${evaluation.fixtures.length} fixtures.`);
    for (const r of down) console.error(`  lowered: ${r.fixture} ${r.metric} ${r.was} -> ${r.now}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof FixtureError ? error.message : error);
    process.exit(1);
  },
);
