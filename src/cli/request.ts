// `npm run scrutiny -- request done|reopen ID [--by NAME] [--db PATH]`: a co-ordinator at the terminal
// marks a request done, or opens it again, by the id `requests` shows. Exit 0 when it changed (or
// already had that status), 1 when there is no such request or the store could not be written.
import { configuredClock } from '../clock.ts';
import { changeRequest } from '../console/requests.ts';
import { localConfig, openCommandStore, parseArgs, readArgs, usageError, type CliIo, type CommandSpec } from './io.ts';

const OPTIONS = `Options:
  --by NAME    who made the change, as the record shows it (default: the login name, USER)
  --db PATH    the store (default: SCRUTINY_DB, else data/scrutiny.json)
  -h, --help   show this help`;

export const SPEC: CommandSpec = {
  name: 'request',
  usage: `Usage: npm run scrutiny -- request done|reopen ID [--by NAME] [--db PATH]

Mark a request done once the board has had what it asked for, or open it again. The ids are in
npm run scrutiny -- requests.

${OPTIONS}`,
  values: ['--by', '--db'],
};

const ACTIONS = {
  done: { status: 'done', usage: 'Usage: npm run scrutiny -- request done ID [--by NAME] [--db PATH]\n\nMark a request done.' },
  reopen: { status: 'open', usage: 'Usage: npm run scrutiny -- request reopen ID [--by NAME] [--db PATH]\n\nOpen a request again.' },
} as const;

export async function run(args: string[], io: CliIo): Promise<number> {
  // The action is the first word that is not an option, wherever the options stand.
  const word = parseArgs(args, SPEC).positional[0];
  const action = word && Object.hasOwn(ACTIONS, word) ? ACTIONS[word as keyof typeof ACTIONS] : undefined;
  const spec: CommandSpec = action ? { ...SPEC, name: `request ${word}`, usage: `${action.usage}\n\n${OPTIONS}` } : SPEC;
  const read = readArgs(args, spec, io);
  if (typeof read === 'number') return read;
  if (!action) return usageError(io, SPEC, word === undefined ? 'say done or reopen, and the request id' : `"${word}" is not done or reopen`);
  const ids = read.positional.slice(1);
  if (ids.length !== 1) return usageError(io, spec, ids.length === 0 ? 'no request id given' : 'one request id at a time');
  const id = ids[0]!;
  const config = localConfig(io);
  if (typeof config === 'number') return config;
  const clock = configuredClock(config.now);

  const store = await openCommandStore(io, spec, read.values.get('--db') ?? config.dbPath, clock);
  if (typeof store === 'number') return store;
  const by = read.values.get('--by') ?? io.env.USER ?? io.env.LOGNAME ?? 'the terminal';
  const change = await changeRequest(store, id, action.status, by, clock.now());
  if (change.outcome === 'changed' || change.outcome === 'unchanged') {
    io.out(change.message);
    return 0;
  }
  io.err(change.message);
  return 1;
}
