// The command line as an operator and a co-ordinator meet it: --help and -h everywhere (exit 0),
// one line naming an unknown option (exit 2), SCRUTINY_NOW honoured, Slack settings ignored by
// commands that never use Slack, and requests listed and changed by id.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, runCli } from '../../src/cli/commands.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { changeRequest } from '../../src/console/requests.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { startBot } from './support/child.ts';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-cli-'));
  db = join(dir, 'scrutiny.json');
  expect(await runCli(['ingest', '--db', db], memoryIo({}))).toBe(0);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ SCRUTINY_DB: db, ...env });
  const code = await runCli(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr };
}

const SUB_COMMANDS = [...COMMAND_NAMES.map((name) => [name]), ['request', 'done'], ['request', 'reopen']];

describe('help', () => {
  it('is there for the command line itself', async () => {
    for (const help of ['--help', '-h', 'help']) {
      const { code, out, err } = await cli([help]);
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: npm run scrutiny -- <command>/);
      for (const name of COMMAND_NAMES) expect(out).toContain(`\n  ${name} `);
      expect(err).toEqual([]);
    }
  });

  it.each(SUB_COMMANDS)('is there for %s %s, with -h too, and exits 0 without doing anything', async (...words) => {
    for (const help of ['--help', '-h']) {
      const { code, out, err } = await cli([...words, help], { SLACK_BOT_TOKEN: 'xoxb-half-set' });
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Usage: npm run scrutiny -- ${words.join(' ')}`));
      expect(out).toContain('-h, --help');
      expect(err).toEqual([]);
    }
  });

  it('is there for npm start, and the real entry points exit 0 with it', async () => {
    const start = startBot({}, { args: ['--help'] });
    const cliHelp = startBot({}, { script: 'src/cli.ts', args: ['request', 'done', '-h'] });
    expect((await start.exit).code).toBe(0);
    expect(start.stdout()).toMatch(/^Usage: npm start/);
    expect(start.stdout()).toContain('SHUTDOWN_TIMEOUT_SECONDS');
    expect((await cliHelp.exit).code).toBe(0);
    expect(cliHelp.stdout()).toMatch(/^Usage: npm run scrutiny -- request done ID/);
  }, 60_000);
});

describe('unknown options', () => {
  it.each(SUB_COMMANDS)('make %s %s exit 2 with one line naming the option', async (...words) => {
    const { code, out, err } = await cli([...words, '--frobnicate']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toBe(`${words.join(' ')}: unknown option --frobnicate (see npm run scrutiny -- ${words.join(' ')} --help)`);
  });

  it('and unknown commands, and npm start, say so in one line', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, err: [expect.stringMatching(/^scrutiny: unknown command "frobnicate"; the commands are parse, ingest, ask/)] });
    expect(await cli(['--verbose'])).toMatchObject({ code: 2, err: [expect.stringMatching(/^scrutiny: unknown option --verbose/)] });
    const start = startBot({}, { args: ['--verbose'] });
    expect((await start.exit).code).toBe(2);
    expect(start.stderr().trim()).toBe('start: unknown option --verbose (see npm start -- --help)');
  }, 60_000);
});

describe('the commands that do not use Slack', () => {
  const halfSet = { SLACK_BOT_TOKEN: 'xoxb-only-half', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: 'not-an-app-token' };

  it('ignore a half-set Slack configuration', async () => {
    expect((await cli(['ingest'], halfSet)).code).toBe(0);
    expect((await cli(['ask', 'next meeting'], { ...halfSet, SCRUTINY_NOW: '2017-07-10' })).code).toBe(0);
    expect((await cli(['requests'], halfSet)).code).toBe(0);
    const sync = await cli(['sync'], halfSet);
    expect(sync.err.join('\n')).toMatch(/^sync: ModernGov is not configured/);
  });

  it('still report the problems that concern them, as sentences', async () => {
    const { code, err } = await cli(['ask', 'next meeting'], { ...halfSet, SCRUTINY_NOW: 'soon' });
    expect(code).toBe(2);
    expect(err.join('\n')).toBe('The configuration has a problem:\n  - SCRUTINY_NOW must be a date or an ISO date-time, such as 2017-07-06, 2017-07-06T08:55 (London time) or 2017-07-06T07:55:00Z.');
  });
});

describe('ask', () => {
  it('answers as of SCRUTINY_NOW, and --now wins over it', async () => {
    const july = await cli(['ask', 'next', 'meeting'], { SCRUTINY_NOW: '2017-07-10T09:00' });
    expect(july.code).toBe(0);
    expect(july.out).toContain('Thursday 13 July 2017');
    const january = await cli(['ask', 'next', 'meeting'], { SCRUTINY_NOW: '2018-01-02' });
    expect(january.out).toContain('Thursday 11 January 2018');
    expect(january.out).not.toContain('Thursday 13 July 2017');
    const override = await cli(['ask', '--now', '2017-07-10T09:00', 'next', 'meeting'], { SCRUTINY_NOW: '2018-01-02' });
    expect(override.out).toContain('Thursday 13 July 2017');
  }, 60_000);
});

describe('requests and request', () => {
  it('list every request with its id and status, the open ones with --open, and JSON with --json', async () => {
    const store = await openStore(db);
    const requests = store.record().requests;
    const all = await cli(['requests'], { SCRUTINY_NOW: '2026-01-01' });
    expect(all.code).toBe(0);
    expect(all.out).toMatch(new RegExp(`^${requests.length} requests in the record, ${requests.length} open`));
    for (const request of requests) expect(all.out).toMatch(new RegExp(`· (open|OVERDUE)\\n\\s+id ${request.id}\\n`));
    const open = await cli(['requests', '--open'], { SCRUTINY_NOW: '2026-01-01' });
    expect(open.out).toMatch(new RegExp(`^${requests.length} open requests`));
    const json = JSON.parse((await cli(['requests', '--json'])).out) as { sections: { entries: { request?: { id: string; state: { status: string } } }[] }[] };
    const ids = json.sections.flatMap((s) => s.entries.flatMap((e) => (e.request ? [e.request.id] : [])));
    expect(ids.sort()).toEqual(requests.map((r) => r.id).sort());
  });

  it('mark one done and reopen it by id, with who and when, as --open and the store then show', async () => {
    const store = await openStore(db);
    const request = store.record().requests[0]!;
    const done = await cli(['request', 'done', request.id, '--by', 'Jo Bloggs'], { SCRUTINY_NOW: '2018-03-01T10:00' });
    expect(done).toMatchObject({ code: 0, err: [] });
    expect(done.out).toMatch(new RegExp(`^Marked done: ${request.id} “`));
    const state = (await openStore(db)).requestState(request.id);
    expect(state).toMatchObject({ status: 'done', changedBy: 'Jo Bloggs' });
    expect(state.changedAt).toMatch(/^2018-03-01T10:00/);
    const open = await cli(['requests', '--open'], { SCRUTINY_NOW: '2018-03-01T10:00' });
    expect(open.out).not.toContain(request.id);
    const all = await cli(['requests'], { SCRUTINY_NOW: '2018-03-01T10:00' });
    expect(all.out).toMatch(new RegExp(`· done\\n\\s+marked done 1 Mar 2018 by Jo Bloggs\\n\\s+id ${request.id}\\n`));

    const again = await cli(['request', 'done', request.id]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`${request.id} is already marked done (Done by Jo Bloggs on 1 Mar 2018); nothing was changed.`);

    const reopened = await cli(['request', '--db', db, 'reopen', request.id], { USER: 'coordinator' });
    expect(reopened.code).toBe(0);
    expect((await openStore(db)).requestState(request.id)).toMatchObject({ status: 'open', changedBy: 'coordinator' });
  });

  it('exit 1 for an id not in the record, and 2 without an action or id', async () => {
    expect(await cli(['request', 'done', 'q-not-there'])).toMatchObject({ code: 1, out: '', err: ['No request has the id q-not-there; "requests" lists them with their ids.'] });
    expect(await cli(['request', 'finish', 'q-1'])).toMatchObject({ code: 2, err: ['request: "finish" is not done or reopen (see npm run scrutiny -- request --help)'] });
    expect(await cli(['request', 'done'])).toMatchObject({ code: 2, err: ['request done: no request id given (see npm run scrutiny -- request done --help)'] });
  });

  it('say truthfully when the store could not be written, and change nothing', async () => {
    const fileStore = await openStore(db);
    const request = fileStore.record().requests[1]!;
    // The store as a full disk leaves it: reads work, the write of the state file is refused.
    const failing: Pick<Store, 'request' | 'requestState' | 'setRequestState'> = {
      request: (id) => fileStore.request(id),
      requestState: (id) => fileStore.requestState(id),
      setRequestState: async () => Promise.reject(new Error(`${db}.state.json: no space left on device (ENOSPC)`)),
    };
    const change = await changeRequest(failing as Store, request.id, 'done', 'Jo', new Date('2018-03-01T10:00:00Z'));
    expect(change.outcome).toBe('failed');
    expect(change.message).toBe(`${request.id} could not be marked done: the store was not written (${db}.state.json: no space left on device (ENOSPC)), so it is still open.`);
    expect((await openStore(db)).requestState(request.id).status).toBe('open');
  });
});
