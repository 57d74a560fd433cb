// `scrutiny ask [--now DATE] [--json] [--db PATH] QUESTION...`: the answer as a
// member would read it. A fresh store is filled from the bundled corpus first,
// so the command works on a fresh clone.
import { DEFAULT_DB_PATH } from '../config.ts';
import { systemClock } from '../clock.ts';
import { parseInstant } from '../london.ts';
import { createEngine } from '../answers/engine.ts';
import { renderJson } from '../answers/render-json.ts';
import { renderText } from '../answers/render-text.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../ingest/ingest-paths.ts';
import { openStore } from '../store/lowdb-store.ts';
import { StoreError } from '../store/store.ts';
import { parseArgs, type CliIo } from './io.ts';

const USAGE = 'Usage: npm run scrutiny -- ask [--now DATE] [--json] [--db PATH] QUESTION...';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, values, positional, unknown } = parseArgs(args, { flags: ['--json'], values: ['--now', '--db'] });
  if (unknown.length) {
    io.err(`ask: ${unknown.join('; ')}\n${USAGE}`);
    return 2;
  }
  let now: Date | undefined;
  const nowText = values.get('--now');
  if (nowText !== undefined) {
    const parsed = parseInstant(nowText);
    if (!parsed) {
      io.err(`ask: --now "${nowText}" is not a date; use 2017-07-10 or an ISO date-time such as 2017-07-10T09:30 (London time).`);
      return 2;
    }
    now = parsed;
  }
  const dbPath = values.get('--db') ?? io.env.SCRUTINY_DB ?? DEFAULT_DB_PATH;

  let store;
  try {
    store = await openStore(dbPath);
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

  const engine = await createEngine({ store, clock: systemClock });
  // One question and done: nothing to answer while the index loads, so the answer waits for all of it.
  await engine.loaded();
  const answer = engine.ask(positional.join(' '), now ? { now } : {});
  io.out(flags.has('--json') ? renderJson(answer) : renderText(answer));
  await engine.saved();
  return 0;
}
