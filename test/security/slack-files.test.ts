// Papers shared in Slack are hostile input: a file object in an event names where to download it
// from, and the bot sends its token there. Through the real Bolt app (signed HTTP) and the fake
// Slack: the token reaches only Slack's file host, redirects stay on it, and a download of any size
// stops at the limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { fileDownloadUrl, MAX_SHARED_FILE_BYTES, slackFileOrigin } from '../../src/sync/shared-files.ts';
import { createBoard, type Board } from '../slack/support/board.ts';
import { ADMIN, startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';
import { startOtherHost, type OtherHost } from './support/other-host.ts';

const MINUTES = readFileSync(join(BUNDLED_CORPUS, '2022-10-20-minutes.md'));
const TOKEN = 'xoxb-test-token';

let board: Board;
let h: SlackHarness;
let other: OtherHost;
let seq = 0;

beforeEach(async () => {
  board = await createBoard('2023-01-10T09:00:00Z');
  h = await startSignedSlack(board);
  other = await startOtherHost();
});
afterEach(async () => {
  await h.stop();
  await other.close();
  await board.close();
});

/** A co-ordinator's direct message sharing `file`; resolves with the bot's reply in the thread. */
async function share(file: Record<string, unknown>): Promise<Record<string, any>> {
  const ts = `1673341200.${String(++seq).padStart(6, '0')}`;
  const reply = await h.event({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0ADMIN', user: ADMIN, text: '', ts, files: [file] });
  expect(reply.status).toBe(200);
  return (await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === ts })).body;
}

const replyText = (body: Record<string, any>) => `${body.text}\n${JSON.stringify(body.blocks)}`;

describe('the bot token goes only to Slack', () => {
  it('a url_private_download on another host is not fetched, and url_private is no fallback', async () => {
    const file = h.slack.addFile({ id: 'F200', name: 'minutes.md', bytes: MINUTES });
    const reply = await share({ ...file, url_private_download: `${other.url}/steal/minutes.md` });
    expect(other.requests).toEqual([]);
    expect(h.slack.calls('file_download')).toEqual([]);
    expect(reply.text).toBe('Could not add minutes.md to the record.');
    expect(replyText(reply)).toContain("not on Slack's file host");
    expect(board.store.record().documents.map((d) => d.name)).not.toContain('minutes.md');
  });

  it('a url_private on another host (no download link) is not fetched either', async () => {
    const file = h.slack.addFile({ id: 'F201', name: 'minutes.md', bytes: MINUTES });
    const { url_private_download: _dropped, ...rest } = file;
    await share({ ...rest, url_private: `${other.url}/files/F201/minutes.md` });
    expect(other.requests).toEqual([]);
  });

  it('a data: URL is refused, not read', async () => {
    const data = `data:text/plain;base64,${MINUTES.toString('base64')}`;
    const reply = await share({ id: 'F202', name: 'minutes.md', filetype: 'markdown', url_private_download: data, url_private: data });
    expect(reply.text).toBe('Could not add minutes.md to the record.');
    expect(reply.blocks[1].text.text).toContain('its download link is a "data:" address');
    expect(board.store.record().documents).toHaveLength(1);
  });

  it('a redirect to another host is not followed, so the token never reaches it', async () => {
    const file = h.slack.addFile({ id: 'F203', name: 'minutes.md', bytes: MINUTES, redirect: `${other.url}/files/F203` });
    const reply = await share(file);
    expect(h.slack.calls('file_download')).toHaveLength(1);
    expect(other.requests).toEqual([]);
    expect(replyText(reply)).toContain('Slack sent the download to another host, so it was not followed');
    expect(board.store.record().documents).toHaveLength(1);
  });

  it('a redirect on Slack\'s own file host is followed', async () => {
    const target = h.slack.addFile({ id: 'F204', name: 'minutes.md', bytes: MINUTES });
    const file = h.slack.addFile({ id: 'F205', name: 'minutes.md', bytes: Buffer.from('x'), redirect: String(target.url_private_download) });
    const reply = await share(file);
    expect(reply.text).toBe('Added minutes.md to the record.');
    expect(h.slack.calls('file_download').map((c) => [c.id, c.token])).toEqual([
      ['F205', TOKEN],
      ['F204', TOKEN],
    ]);
  });

  it('another spelling of another host, or of Slack\'s with a trick in it, is not fetched', async () => {
    const slackHost = new URL(h.slack.url).host;
    const otherHost = new URL(other.url).host;
    const path = '/files/F210/download/minutes.md';
    h.slack.addFile({ id: 'F210', name: 'minutes.md', bytes: MINUTES });
    for (const link of [
      `http://localhost:${new URL(h.slack.url).port}${path}`, // the same server by another name
      `https://${slackHost}${path}`, // another scheme
      `http://${slackHost}@${otherHost}${path}`, // Slack's host as a user name
      `http://user:pw@${slackHost}${path}`, // credentials in the link
      `http://${otherHost}\\@${slackHost}${path}`, // a backslash ends the host
      `http://${otherHost}#@${slackHost}${path}`,
      `http://${otherHost}?@${slackHost}${path}`,
      `http://${slackHost}.evil.test${path}`,
      ` http://${otherHost}${path}`,
      `//${otherHost}${path}`,
    ]) {
      const reply = await share({ id: 'F210', name: 'minutes.md', url_private_download: link, url_private: link });
      expect(reply.text, link).toBe('Could not add minutes.md to the record.');
    }
    expect(other.requests).toEqual([]);
    expect(h.slack.calls('file_download')).toEqual([]);
    expect(board.store.record().documents).toHaveLength(1);
  });

  it('a redirect to another spelling of a host is not followed either', async () => {
    const slackHost = new URL(h.slack.url).host;
    const otherHost = new URL(other.url).host;
    const locations = [`//${otherHost}/x`, `http://localhost:${new URL(h.slack.url).port}/files/F220/x`, `http://user@${slackHost}/files/F220/x`, `https://${slackHost}/files/F220/x`, `http://${otherHost}\\@${slackHost}/x`];
    for (const [i, location] of locations.entries()) {
      const file = h.slack.addFile({ id: `F22${i}`, name: 'minutes.md', bytes: MINUTES, redirect: location });
      const reply = await share(file);
      expect(replyText(reply), location).toContain('Slack sent the download to another host, so it was not followed');
    }
    expect(other.requests).toEqual([]);
    expect(h.slack.calls('file_download')).toHaveLength(locations.length);
  });

  it('a download without a length is stopped at the limit, not read whole', async () => {
    const huge = 400 * 1024 * 1024;
    const file = h.slack.addFile({ id: 'F206', name: 'pack.txt', bytes: Buffer.alloc(0), streamBytes: huge });
    const reply = await share({ ...file, size: undefined });
    expect(reply.text).toBe('Could not add pack.txt to the record.');
    expect(replyText(reply)).toContain('it is over 20.0 MB, the largest paper that can be added');
    const [transfer] = h.slack.fileTransfers();
    expect(transfer!.completed).toBe(false);
    // What was sent before the bot hung up: the limit plus what sockets buffer, far from the whole.
    expect(transfer!.sentBytes).toBeLessThan(MAX_SHARED_FILE_BYTES + 16 * 1024 * 1024);
    expect(board.store.record().documents).toHaveLength(1);
  });
});

describe("Slack's file host, from the configured Web API", () => {
  it('is files.slack.com over https for the real API, and the API itself for a local one', () => {
    expect(slackFileOrigin(undefined)).toBe('https://files.slack.com');
    expect(slackFileOrigin('https://slack.com/api/')).toBe('https://files.slack.com');
    expect(slackFileOrigin('http://127.0.0.1:4000/api/')).toBe('http://127.0.0.1:4000');
    // Plain http is for the loopback interface only.
    expect(slackFileOrigin('http://slack.example.org/api/')).toBeNull();
  });

  it('accepts only https://files.slack.com links when talking to Slack', () => {
    const file = (url: string) => ({ id: 'F1', url_private_download: url });
    expect(fileDownloadUrl(file('https://files.slack.com/files-pri/T1-F1/download/a.pdf'), undefined)).toEqual({
      url: 'https://files.slack.com/files-pri/T1-F1/download/a.pdf',
    });
    for (const url of [
      'http://files.slack.com/files-pri/T1-F1/download/a.pdf',
      'https://files.slack.com.example.org/a.pdf',
      'https://user:pw@files.slack.com/a.pdf',
      'https://files.slack.com:8443/a.pdf',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://files.slack.com.evil.test/a.pdf',
      'https://files.slack.com@evil.test/a.pdf',
      'https://evil.test\\@files.slack.com/a.pdf',
      'https://evil.test#@files.slack.com/a.pdf',
      'https://files.slack.com%2eevil.test/a.pdf',
      'https://files.slack.com./a.pdf',
      'https://files.slack.c\u043em/a.pdf',
      'https://files-slack.com/a.pdf',
      'https://slack.com/files-pri/T1-F1/a.pdf',
      'https://54.231.0.1/a.pdf',
      'https://0x36e70001/a.pdf',
      'https://[::ffff:3630:1]/a.pdf',
      'HTTP://FILES.SLACK.COM/a.pdf',
      '//files.slack.com/a.pdf',
    ]) {
      expect(fileDownloadUrl(file(url), undefined), url).toHaveProperty('reason');
    }
    // The same host in capitals or with its default port is the same host.
    expect(fileDownloadUrl(file('HTTPS://FILES.SLACK.COM:443/files-pri/T1-F1/a.pdf'), undefined)).toEqual({ url: 'https://files.slack.com/files-pri/T1-F1/a.pdf' });
  });
});
