// What Slack sends a bot over HTTP, signed with the signing secret as Slack signs
// it: slash commands, button clicks (block_actions) and events. The fake Slack
// (test/support/fake-slack.ts) stands in for Slack's Web API and response_url.
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { FakeSlack, RecordedCall } from '../../test/support/fake-slack.ts';
import { ADMIN, SIGNING_SECRET } from './bot.ts';

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

function sign(body: string, contentType: string, nowSeconds = Math.floor(Date.now() / 1000)): SignedRequest {
  const timestamp = String(nowSeconds);
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': contentType, 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature } };
}

export function signedSlashCommand(fields: Record<string, string>): SignedRequest {
  return sign(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
}

export function signedInteraction(payload: unknown): SignedRequest {
  return sign(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
}

export function signedEvent(event: Record<string, unknown>, eventId: string): SignedRequest {
  return sign(
    JSON.stringify({
      token: 'legacy',
      team_id: 'T0FAKE',
      api_app_id: 'A0BENCH',
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      event,
    }),
    'application/json',
  );
}

export interface Timed {
  /** ms from sending the request to Slack's receiving the HTTP answer (the ack). */
  ackMs: number;
  status: number;
}

export interface Asked extends Timed {
  /** ms from sending to the answer reaching response_url. */
  answerMs: number;
  call: RecordedCall;
}

let sequence = 0;

/** A client of one running bot: sends what Slack sends and waits for what the bot sends back. */
export class SlackClient {
  constructor(
    readonly slack: FakeSlack,
    readonly port: number,
  ) {}

  /**
   * Connections kept open between requests, as Slack's own senders keep theirs: the load client shares
   * the bot's two cores, so it sends through node:http rather than fetch, which costs several times the CPU.
   */
  readonly #agent = new Agent({ keepAlive: true });

  async post(signed: SignedRequest): Promise<Timed> {
    const t0 = performance.now();
    const status = await this.#send(signed).catch((error: NodeJS.ErrnoException & { reused?: boolean }) => {
      // A kept connection the bot closed as this request went out: sent again on a new one.
      if (error.reused && error.code === 'ECONNRESET') return this.#send(signed);
      throw error;
    });
    return { ackMs: performance.now() - t0, status };
  }

  #send(signed: SignedRequest): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: this.port, path: '/slack/events', method: 'POST', agent: this.#agent, headers: { ...signed.headers, 'content-length': Buffer.byteLength(signed.body) } },
        (res) => {
          res.resume();
          res.once('end', () => resolve(res.statusCode ?? 0));
          res.once('error', reject);
        },
      );
      req.once('error', (error) => reject(Object.assign(error, { reused: req.reusedSocket })));
      req.end(signed.body);
    });
  }

  /** Close the connections kept open. */
  close(): void {
    this.#agent.destroy();
  }

  /** `/scrutiny <text>` from a member; resolves when the answer reaches response_url. */
  async ask(text: string, options: { user?: string; timeoutMs?: number } = {}): Promise<Asked> {
    const id = `ask-${++sequence}`;
    const request = signedSlashCommand({
      token: 'legacy',
      team_id: 'T0FAKE',
      team_domain: 'bench',
      channel_id: 'C0BENCH',
      channel_name: 'scrutiny',
      user_id: options.user ?? `U0MEMBER${sequence % 7}`,
      user_name: 'member',
      command: '/scrutiny',
      text,
      api_app_id: 'A0BENCH',
      response_url: this.slack.responseUrl(id),
      trigger_id: `trigger.${id}`,
    });
    const t0 = performance.now();
    const answered = this.slack.waitFor('response_url', { where: (c) => c.id === id, timeoutMs: options.timeoutMs ?? 30_000 });
    answered.catch(() => {});
    const ack = await this.post(request);
    if (ack.status !== 200) throw new Error(`/scrutiny was answered with HTTP ${ack.status}`);
    const call = await answered;
    return { ...ack, answerMs: performance.now() - t0, call };
  }

  /** A co-ordinator clicks a button of an ephemeral answer; resolves when the re-rendered answer reaches response_url. */
  async click(button: { action_id: string; value: string; block_id?: string }, options: { timeoutMs?: number } = {}): Promise<Asked> {
    const id = `click-${++sequence}`;
    const request = signedInteraction({
      type: 'block_actions',
      team: { id: 'T0FAKE', domain: 'bench' },
      user: { id: ADMIN, username: 'coordinator', team_id: 'T0FAKE' },
      api_app_id: 'A0BENCH',
      token: 'legacy',
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0BENCH', is_ephemeral: true },
      trigger_id: `trigger.${id}`,
      channel: { id: 'C0BENCH', name: 'scrutiny' },
      response_url: this.slack.responseUrl(id),
      actions: [{ type: 'button', action_id: button.action_id, block_id: button.block_id ?? 'b', value: button.value, action_ts: `${Date.now() / 1000}` }],
    });
    const t0 = performance.now();
    const answered = this.slack.waitFor('response_url', { where: (c) => c.id === id, timeoutMs: options.timeoutMs ?? 30_000 });
    answered.catch(() => {});
    const ack = await this.post(request);
    if (ack.status !== 200) throw new Error(`the click was answered with HTTP ${ack.status}`);
    const call = await answered;
    return { ...ack, answerMs: performance.now() - t0, call };
  }

  /** A co-ordinator sends the bot a file in a direct message. */
  async shareFile(file: Record<string, unknown>, eventId: string): Promise<Timed & { ts: string }> {
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++sequence).padStart(6, '0')}`;
    const ack = await this.post(
      signedEvent({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0BENCHCOORD', user: ADMIN, text: '', ts, files: [file] }, eventId),
    );
    return { ...ack, ts };
  }
}

/** The buttons of a Block Kit message, with the block each sits in. */
export function buttonsOf(blocks: unknown): { action_id: string; value: string; block_id?: string; text: string }[] {
  const out: { action_id: string; value: string; block_id?: string; text: string }[] = [];
  for (const block of Array.isArray(blocks) ? (blocks as Record<string, any>[]) : []) {
    const candidates = [block.accessory, ...(Array.isArray(block.elements) ? block.elements : [])];
    for (const el of candidates) {
      if (el && el.type === 'button' && typeof el.value === 'string') {
        out.push({ action_id: el.action_id, value: el.value, block_id: block.block_id, text: el.text?.text ?? '' });
      }
    }
  }
  return out;
}
