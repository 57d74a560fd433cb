// `scrutiny ask [--now DATE] [--json] [--db PATH] QUESTION...`: the answer as a
// member would read it. A fresh store is filled from the bundled corpus first,
// so the command works on a fresh clone.
import { configuredClock } from '../clock.ts';
import { parseInstant } from '../london.ts';
import { createEngine } from '../answers/engine.ts';
import { renderJson } from '../answers/render-json.ts';
import { renderText } from '../answers/render-text.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../ingest/ingest-paths.ts';
import { openStore } from '../store/lowdb-store.ts';
import { StoreError } from '../store/store.ts';
import { localConfig, readArgs, type CliIo, type CommandSpec } from './io.ts';

export const SPEC: CommandSpec = {
  name: 'ask',
  usage: `Usage: npm run scrutiny -- ask [--now DATE] [--json] [--db PATH] QUESTION...

Answer a question as the bot would, from the store (filled from the bundled corpus when empty).

Options:
  --now DATE   answer as of this date or date-time, London time (default: SCRUTINY_NOW, else now)
  --json       print the answer as JSON
  --db PATH    the store (default: SCRUTINY_DB, else data/scrutiny.json)
  -h, --help   show this help`,
  flags: ['--json'],
  values: ['--now', '--db'],
};

export async function run(args: string[], io: CliIo): Promise<number> {
  const read = readArgs(args, SPEC, io);
  if (typeof read === 'number') return read;
  const { flags, values, positional } = read;
  const config = localConfig(io);
  if (typeof config === 'number') return config;
  let now = config.now;
  const nowText = values.get('--now');
  if (nowText !== undefined) {
    const parsed = parseInstant(nowText);
    if (!parsed) {
      io.err(`ask: --now "${nowText}" is not a date; use 2017-07-10 or an ISO date-time such as 2017-07-10T09:30 (London time).`);
      return 2;
    }
    now = parsed;
  }
  const dbPath = values.get('--db') ?? config.dbPath;
  const clock = configuredClock(now);

  let store;
  try {
    store = await openStore(dbPath, { clock });
  } catch (error) {
    if (error instanceof StoreError) {
      io.err(`ask: cannot open the store: ${error.message}. The file was left as it is.`);
      return 1;
    }
    throw error;
  }
  if (store.record().documents.length === 0) {
    const report = await ingestPaths(store, [BUNDLED_CORPUS]);
    for (const file of report.files.filter((f) => !f.ok)) io.err(`${file.path}: ${file.message}`);
  }

  const engine = await createEngine({ store, clock });
  // One question and done: nothing to answer while the index loads, so the answer waits for all of it.
  await engine.loaded();
  const answer = engine.ask(positional.join(' '), { now: clock.now() });
  io.out(flags.has('--json') ? renderJson(answer) : renderText(answer));
  await engine.saved();
  return 0;
}
