// Papers shared with the bot, end to end: a real Bolt App over signed HTTP, the fake Slack
// serving the file behind its Bearer check, and the reply posted in the thread of the message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { FAKE_BOT_USER_ID } from '../support/fake-slack.ts';
import { createBoard, type Board } from '../slack/support/board.ts';
import { signedSlackOver } from '../support/slack-test-bed.ts';
import { ADMIN, CHANNEL, MEMBER, startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';

const MINUTES = readFileSync(join(BUNDLED_CORPUS, '2022-10-20-minutes.md'));

let board: Board;
let h: SlackHarness;
beforeEach(async () => ({ board, h } = await signedSlackOver(await createBoard('2023-01-10T09:00:00Z'))));

describe('a paper shared with the bot in Slack', () => {
  it("a co-ordinator's direct message with minutes: downloaded with the bot token, ingested, answered in thread", async () => {
    const file = h.slack.addFile({ id: 'F100', name: '2022-10-20-minutes.md', bytes: MINUTES, mimetype: 'text/markdown', filetype: 'markdown' });
    const reply = await h.event({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0ADMIN', user: ADMIN, text: '', ts: '1673341200.000100', files: [file] });
    expect(reply.status).toBe(200);

    // The first paper starts the paper worker, which on a busy machine takes longer than the default wait.
    const posted = await h.slack.waitFor('chat.postMessage', { timeoutMs: 60_000 });
    expect(posted.body.channel).toBe('D0ADMIN');
    expect(posted.body.thread_ts).toBe('1673341200.000100');
    expect(posted.body.text).toBe('Added 2022-10-20-minutes.md to the record.');
    expect(JSON.stringify(posted.body.blocks)).toContain('Thursday 20 October 2022');
    const downloads = h.slack.calls('file_download');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.token).toBe('xoxb-test-token');
    expect(board.store.record().meetings.some((m) => m.date === '2022-10-20' && m.status === 'minutes')).toBe(true);
    expect(h.logger.lines.join('\n')).not.toContain('xoxb-test-token');
  }, 90_000);

  it('a mention with a file from anyone else: a polite refusal in thread, nothing fetched or stored', async () => {
    const file = h.slack.addFile({ id: 'F101', name: '2022-10-20-minutes.md', bytes: MINUTES });
    const version = board.store.version();
    await h.event({ type: 'app_mention', channel: CHANNEL, user: MEMBER, text: `<@${FAKE_BOT_USER_ID}> here are the minutes`, ts: '1673341300.000200', files: [file] });

    const posted = await h.slack.waitFor('chat.postMessage');
    expect(posted.body.thread_ts).toBe('1673341300.000200');
    expect(posted.body.text).toBe('Thank you, but only the scrutiny co-ordinators can add papers to the record.');
    expect(h.slack.calls('file_download')).toEqual([]);
    expect(board.store.version()).toBe(version);
  });
});
