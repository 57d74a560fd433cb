// The answer to /scrutiny goes to its response_url only when that is Slack's hooks host or the
// configured Web API's own origin: a signed request naming any other address gets nothing sent there.
import { describe, expect, it } from 'vitest';
import { allowedResponseUrl } from '../../src/slack/response-url.ts';
import { startFakeSlack } from '../support/fake-slack.ts';
import { createBoard } from './support/board.ts';
import { closedAfterTest, signedSlackOver } from '../support/slack-test-bed.ts';
import { CHANNEL, MEMBER, commandBody } from './support/signed-slack.ts';

describe('which response_url a message may be posted to', () => {
  it("takes Slack's hooks host over https, with Slack's own Web API or none configured", () => {
    for (const api of [undefined, 'https://slack.com/api/']) {
      expect(allowedResponseUrl('https://hooks.slack.com/commands/T0TEAM/1234/abcd', api)?.href).toBe('https://hooks.slack.com/commands/T0TEAM/1234/abcd');
      expect(allowedResponseUrl('https://hooks.slack-gov.com/actions/T0TEAM/1234/abcd', api)).not.toBeNull();
    }
  });

  it('refuses any other host, plain http, credentials in the address, and what is not an address', () => {
    for (const url of [
      'http://hooks.slack.com/commands/T0TEAM/1234/abcd',
      'https://hooks.slack.com.example.net/commands/x',
      'https://evil.example/hooks.slack.com/commands/x',
      'https://user:secret@hooks.slack.com/commands/x',
      'https://slack.com/api/chat.postMessage',
      'http://127.0.0.1:8080/response/x',
      'not a url',
    ]) {
      expect(allowedResponseUrl(url, undefined), url).toBeNull();
    }
  });

  it("takes a configured Web API's own origin (a local test server, a proxy), and no other", () => {
    expect(allowedResponseUrl('http://127.0.0.1:4010/response/r1', 'http://127.0.0.1:4010/api/')).not.toBeNull();
    expect(allowedResponseUrl('http://127.0.0.1:4011/response/r1', 'http://127.0.0.1:4010/api/')).toBeNull();
    expect(allowedResponseUrl('https://proxy.council.example/response/r1', 'https://proxy.council.example/api/')).not.toBeNull();
    // Plain http is trusted only on this machine's loopback interface.
    expect(allowedResponseUrl('http://api.council.example/response/r1', 'http://api.council.example/api/')).toBeNull();
  });
});

describe('/scrutiny with a response_url that is not Slack', () => {
  it('acks, posts nothing to that address, and logs why', async () => {
    const { h } = await signedSlackOver(await createBoard('2018-02-01T09:00:00Z'));
    const elsewhere = await startFakeSlack();
    closedAfterTest(elsewhere);

    const reply = await h.post(commandBody('next meeting', { user: MEMBER, channel: CHANNEL, responseUrl: elsewhere.responseUrl('stolen') }), 'application/x-www-form-urlencoded');
    expect(reply.status).toBe(200);
    await expect.poll(() => h.logger.lines.some((line) => line.includes('ERROR') && line.includes("not on Slack's hooks host"))).toBe(true);
    expect(elsewhere.calls('response_url')).toEqual([]);
    expect(h.slack.calls('response_url')).toEqual([]);
  });

  it('still answers at the fake Slack, over one kept connection for answer after answer', async () => {
    const { h } = await signedSlackOver(await createBoard('2018-02-01T09:00:00Z'));
    for (const id of ['one', 'two', 'three']) {
      await h.command('next meeting', { responseId: id });
      expect((await h.slack.waitFor('response_url', { where: (c) => c.id === id })).body.text).toContain('Thursday 8 March 2018');
    }
    const ports = new Set(h.slack.calls('response_url').map((c) => c.remotePort));
    expect(ports.size).toBe(1);
  });
});
