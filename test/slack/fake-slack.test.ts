// The fake Slack Web API the Slack, reminders and sync tests rely on: it must answer as Slack does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';

let slack: FakeSlack;
let client: webApi.WebClient;

beforeEach(async () => {
  slack = await startFakeSlack();
  client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
});
afterEach(async () => {
  await slack.close();
});

describe('fake Slack', () => {
  it('records posts, gives increasing ts and returns them from history with metadata only on request', async () => {
    const metadata = { event_type: 'scrutiny_reminder', event_payload: { key: 'k1' } };
    const first = await client.chat.postMessage({ channel: 'C1', text: 'one', metadata });
    const second = await client.chat.postMessage({ channel: 'C1', text: 'two', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'two' } }] });
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    const call = slack.calls('chat.postMessage')[1]!;
    expect(call.token).toBe('xoxb-test');
    expect(call.body.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'two' } }]);

    const plain = await client.conversations.history({ channel: 'C1' });
    expect(plain.messages!.map((m) => m.text)).toEqual(['two', 'one']);
    expect(plain.messages![1]!.metadata).toBeUndefined();
    const rich = await client.conversations.history({ channel: 'C1', include_all_metadata: true });
    expect(rich.messages![1]!.metadata).toEqual(metadata);
  });

  it('refuses what Slack refuses', async () => {
    await expect(client.chat.postMessage({ channel: 'C1', text: '' })).rejects.toMatchObject({ data: { error: 'no_text' } });
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x', blocks })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    const long = [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }];
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: long })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    slack.setChannel('C2', { is_archived: true });
    await expect(client.chat.postMessage({ channel: 'C2', text: 'x' })).rejects.toMatchObject({ data: { error: 'is_archived' } });
    await expect(client.chat.update({ channel: 'C1', ts: '1.0', text: 'x' })).rejects.toMatchObject({ data: { error: 'message_not_found' } });
  });

  it('fails the next call as told, then recovers', async () => {
    slack.failNext('chat.postMessage', { error: 'not_in_channel' });
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({ data: { error: 'not_in_channel' } });
    slack.failNext('chat.postMessage', { status: 500 });
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 });
    const limited = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, rejectRateLimitedCalls: true });
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    await expect(limited.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 });
    slack.failNext('chat.postMessage', { delayMs: 50, then: { error: 'is_archived' } });
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({ data: { error: 'is_archived' } });
    slack.failNext('chat.postMessage', { delayMs: 50 });
    expect((await client.chat.postMessage({ channel: 'C1', text: 'x' })).ok).toBe(true);
    expect((await client.chat.postMessage({ channel: 'C1', text: 'x' })).ok).toBe(true);
    expect(slack.messages('C1')).toHaveLength(2);
  });

  it('records response_url posts and serves files only with the bot token', async () => {
    const res = await fetch(slack.responseUrl('r1'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'hi', response_type: 'ephemeral' }) });
    expect(res.status).toBe(200);
    expect((await slack.waitFor('response_url')).body).toEqual({ text: 'hi', response_type: 'ephemeral' });
    expect(slack.calls('response_url')[0]!.id).toBe('r1');

    const file = slack.addFile({ id: 'F1', name: 'minutes.txt', bytes: Buffer.from('Minutes of the meeting') });
    const info = await client.files.info({ file: 'F1' });
    expect(info.file!.url_private_download).toBe(file.url_private_download);
    const anonymous = await fetch(String(file.url_private_download));
    expect(await anonymous.text()).toContain('Sign in');
    const authed = await fetch(String(file.url_private_download), { headers: { Authorization: 'Bearer xoxb-test' } });
    expect(await authed.text()).toBe('Minutes of the meeting');
  });

  it('publishes home views of at most 100 blocks', async () => {
    const ok = await client.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [{ type: 'divider' }] } });
    expect(ok.ok).toBe(true);
    const blocks = Array.from({ length: 101 }, () => ({ type: 'divider' as const }));
    await expect(client.views.publish({ user_id: 'U1', view: { type: 'home', blocks } })).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
  });

  it("enforces Slack's limits on every surface, response_url, views.publish and views.open included, and lists each refusal", async () => {
    const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
    const button = (text: string) => ({ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text }, value: 'v' }] });
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: [button('x'.repeat(76))] })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    const many = Array.from({ length: 5 }, () => section('y'.repeat(2900)));
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: many })).rejects.toMatchObject({ data: { error: 'msg_blocks_too_long' } });
    await expect(client.chat.update({ channel: 'C1', ts: '1.0', text: 'x', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }] })).rejects.toMatchObject({
      data: { error: 'invalid_blocks' },
    });

    const respond = (body: unknown) => fetch(slack.responseUrl('r1'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await respond({ text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })).status).toBe(400);
    expect((await respond({ text: 'x', blocks: [section('z'.repeat(3001))] })).status).toBe(400);
    expect((await respond({ text: 'fine', blocks: [section('fine')] })).status).toBe(200);

    await expect(client.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [button('b'.repeat(76))] as never } })).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });

    const modal = (blocks: unknown[], title = 'Remind') => ({ type: 'modal' as const, title: { type: 'plain_text' as const, text: title }, blocks: blocks as never });
    expect((await client.views.open({ trigger_id: 't1', view: modal([section('fine')]) })).ok).toBe(true);
    await expect(client.views.open({ trigger_id: 't1', view: modal(Array.from({ length: 101 }, () => ({ type: 'divider' }))) })).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
    await expect(client.views.open({ trigger_id: 't1', view: modal([section('fine')], 'A title far over the limit') })).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
    const markdownHeader = { type: 'header', text: { type: 'mrkdwn', text: '*h*' } };
    expect((await respond({ text: 'x', blocks: [markdownHeader] })).status).toBe(400);
    const linkButton = { type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'Open' }, url: `https://example.org/${'p'.repeat(3000)}` }] };
    expect((await respond({ text: 'x', blocks: [linkButton] })).status).toBe(400);

    expect(slack.violations().map((v) => `${v.method} ${v.error}`)).toEqual([
      'chat.postMessage invalid_blocks',
      'chat.postMessage msg_blocks_too_long',
      'chat.update invalid_blocks',
      'response_url invalid_blocks',
      'response_url invalid_blocks',
      'views.publish invalid_arguments',
      'views.open invalid_arguments',
      'views.open invalid_arguments',
      'response_url invalid_blocks',
      'response_url invalid_blocks',
    ]);
  });

  it('pages channel history with a cursor, from `oldest` on', async () => {
    const seeded = Array.from({ length: 25 }, (_, i) => slack.seedMessage('C1', { text: `m${i}` }));
    const oldest = seeded[4]!.ts;
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const history = await client.conversations.history({ channel: 'C1', oldest, limit: 8, ...(cursor ? { cursor } : {}) });
      seen.push(...history.messages!.map((m) => m.text!));
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!history.has_more) break;
    }
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => `m${24 - i}`));
  });
});

const LINK = 'https://democracy.example-borough.gov.uk/ieListDocuments.aspx?CId=1&MId=2';
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const unfurl = (args: Record<string, unknown>) => client.chat.unfurl(args as unknown as Parameters<typeof client.chat.unfurl>[0]);

describe('fake Slack chat.unfurl', () => {
  it("attaches previews of the message's links to it", async () => {
    const message = slack.seedMessage('C1', { text: `see <${LINK}>`, user: 'U1' });
    await unfurl({ channel: 'C1', ts: message.ts, unfurls: { [LINK]: { blocks: [section('Meeting')] } } });
    expect(slack.messages('C1')[0]!.unfurls?.[LINK]).toEqual({ blocks: [section('Meeting')] });
    await expect(unfurl({ unfurl_id: 'U1-abc', source: 'composer', unfurls: { [LINK]: { blocks: [section('Meeting')] } } })).resolves.toMatchObject({ ok: true });
  });

  it('refuses an unknown message, a link the message does not hold, too many blocks, a bad source and no unfurls', async () => {
    const message = slack.seedMessage('C1', { text: `see <${LINK}>`, user: 'U1' });
    const blocks = [section('Meeting')];
    const refusals: [Record<string, unknown>, string][] = [
      [{ channel: 'C1', ts: '1.000001', unfurls: { [LINK]: { blocks } } }, 'cannot_find_message'],
      [{ channel: 'C1', ts: message.ts, unfurls: { 'https://elsewhere.example/x': { blocks } } }, 'cannot_unfurl_url'],
      [{ channel: 'C1', ts: message.ts, unfurls: { [LINK]: { blocks: Array.from({ length: 51 }, () => section('x')) } } }, 'invalid_blocks'],
      [{ channel: 'C1', ts: message.ts, unfurls: { [LINK]: { blocks: [section('x'.repeat(3001))] } } }, 'invalid_blocks'],
      [{ unfurl_id: 'U1-abc', source: 'elsewhere', unfurls: { [LINK]: { blocks } } }, 'invalid_source'],
      [{ channel: 'C1', ts: message.ts }, 'missing_unfurls'],
      [{ unfurls: { [LINK]: { blocks } } }, 'invalid_arguments'],
    ];
    for (const [args, error] of refusals) {
      await expect(unfurl(args), error).rejects.toMatchObject({ data: { error } });
    }
    expect(slack.messages('C1')[0]!.unfurls).toBeUndefined();
  });
});
