// `scrutiny ingest` run by the engineer beside the running bot, on the same store, with members
// using the bot through Slack meanwhile (the real Bolt app over signed HTTP, the fake Slack, and
// the project's command line in its own process). Nothing either side writes is lost.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { createBoard, type Board } from '../slack/support/board.ts';
import { signedSlackOver } from '../support/slack-test-bed.ts';
import { ADMIN, CHANNEL, buttonClick, startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let board: Board;
let h: SlackHarness;
beforeEach(async () => ({ board, h } = await signedSlackOver(await createBoard('2018-02-01T09:00:00Z'))));

/** `scrutiny ingest --db DB PATHS...` in its own process; `running` is true until it exits. */
function cliIngest(db: string, paths: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'ingest', '--db', db, ...paths], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const state = { running: true, stderr: '' };
  child.stderr.on('data', (chunk: Buffer) => (state.stderr += chunk.toString()));
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void done.then(() => (state.running = false));
  return { state, done };
}

let clicks = 0;
async function click(actionId: string, request: string): Promise<string> {
  const responseId = `click-${++clicks}`;
  await h.action(buttonClick({ harness: h, user: ADMIN, actionId, value: JSON.stringify({ r: request }), channel: CHANNEL, responseId, container: { type: 'message', is_ephemeral: true } }));
  return String((await h.slack.waitFor('response_url', { where: (c) => c.id === responseId, timeoutMs: 30_000 })).body.text ?? '');
}

describe('`scrutiny ingest` beside the running bot', () => {
  it('Mark done and Reopen during the ingest are all kept, and so is every paper the ingest wrote', async () => {
    const db = join(board.dir, 'scrutiny.json');
    const census = board.requestId('Requests an update on the census');
    const fostering = board.requestId('The Board requested figures on private fostering');
    const corpus = (await readdir(BUNDLED_CORPUS)).filter((name) => name !== '2018-01-11-minutes.txt').map((name) => join(BUNDLED_CORPUS, name));
    const cli = cliIngest(db, corpus);

    let toggles = 0;
    while (cli.state.running || toggles === 0) {
      const done = toggles % 2 === 0;
      const text = await click(done ? ActionIds.markRequestDone : ActionIds.reopenRequest, census);
      expect(text).not.toMatch(/Not saved|Sorry/);
      toggles++;
    }
    expect(await cli.done).toBe(0);
    expect(cli.state.stderr).toBe('');
    // One more after the ingest ended, on another request: the bot writes over what the ingest wrote, not over it.
    expect(await click(ActionIds.markRequestDone, fostering)).not.toMatch(/Not saved|Sorry/);

    const censusStatus = toggles % 2 === 1 ? 'done' : 'open';
    expect(board.store.requestState(census).status).toBe(censusStatus);
    const reopened = await openStore(db);
    expect(reopened.requestState(census).status).toBe(censusStatus);
    expect(reopened.requestState(fostering).status).toBe('done');
    expect(reopened.record().documents.map((d) => d.name).sort()).toEqual(['2018-01-11-minutes.txt', ...corpus.map((p) => p.split('/').pop()!)].sort());
  }, 120_000);

  it('a paper shared in Slack after the ingest goes in beside what the ingest wrote', async () => {
    const db = join(board.dir, 'scrutiny.json');
    expect(await cliIngest(db, [join(BUNDLED_CORPUS, '2023-03-16-minutes.md')]).done).toBe(0);

    const file = h.slack.addFile({ id: 'F700', name: 'march-minutes.txt', bytes: Buffer.from('Minutes of the Scrutiny Board held on 1 March 2024\n\nPresent: Councillor A Smith\n\n1. Item\n\nRESOLVED that it be noted.\n') });
    await h.event({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0ADMIN', user: ADMIN, text: '', ts: '1517475600.000700', files: [file] });
    const reply = await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === '1517475600.000700', timeoutMs: 60_000 });
    expect(reply.body.text).toBe('Added march-minutes.txt to the record.');

    const names = (await openStore(db)).record().documents.map((d) => d.name).sort();
    expect(names).toEqual(['2018-01-11-minutes.txt', '2023-03-16-minutes.md', 'march-minutes.txt']);
    expect(board.store.record().documents.map((d) => d.name).sort()).toEqual(names);
  }, 120_000);
});
