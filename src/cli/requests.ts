// `npm run scrutiny -- requests [--open] [--json] [--db PATH]`: every request the board has made (or the
// open ones), grouped by the meeting that raised it, with its id and status, for a co-ordinator at the
// terminal. The same answer the bot gives to "all requests" / "outstanding requests", not cut to a page.
import { storeContext } from '../answers/context.ts';
import { buildAllRequests, buildOutstandingRequests } from '../answers/requests/build-requests.ts';
import { renderJson } from '../answers/render-json.ts';
import { renderText } from '../answers/render-text.ts';
import { configuredClock } from '../clock.ts';
import { withRequestIds } from '../console/requests.ts';
import { emptySearchIndex } from '../search/search-index.ts';
import { localConfig, openCommandStore, readArgs, usageError, type CliIo, type CommandSpec } from './io.ts';

export const SPEC: CommandSpec = {
  name: 'requests',
  usage: `Usage: npm run scrutiny -- requests [--open] [--json] [--db PATH]

List the requests the board has made, grouped by the meeting that raised them, each with its id
and status (open, overdue, or done by whom and when). Change one with
npm run scrutiny -- request done ID (or reopen ID).

Options:
  --open       only the requests still open
  --json       print the answer as JSON (each request's id and state are in it)
  --db PATH    the store (default: SCRUTINY_DB, else data/scrutiny.json)
  -h, --help   show this help`,
  flags: ['--open', '--json'],
  values: ['--db'],
};

export async function run(args: string[], io: CliIo): Promise<number> {
  const read = readArgs(args, SPEC, io);
  if (typeof read === 'number') return read;
  if (read.positional.length > 0) return usageError(io, SPEC, `unexpected argument "${read.positional[0]}"`);
  const config = localConfig(io);
  if (typeof config === 'number') return config;
  const clock = configuredClock(config.now);

  const store = await openCommandStore(io, SPEC, read.values.get('--db') ?? config.dbPath, clock);
  if (typeof store === 'number') return store;
  if (store.counts().documents === 0) io.err(`The store ${store.path} holds no documents yet: add some with npm run scrutiny -- ingest.`);

  // Requests are listed from the record alone: no search index is needed, and none is built.
  const ctx = { ...storeContext(store, emptySearchIndex(store.version()), clock.now()), limit: Number.MAX_SAFE_INTEGER };
  const open = read.flags.has('--open');
  const answer = open ? buildOutstandingRequests(ctx, 'outstanding requests') : buildAllRequests(ctx, 'all requests');
  io.out(read.flags.has('--json') ? renderJson(answer) : renderText(withRequestIds(answer)));
  return 0;
}
