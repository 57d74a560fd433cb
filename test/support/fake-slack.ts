// A fake Slack Web API on 127.0.0.1 for tests: records every call and answers like Slack.
//
//   const slack = await startFakeSlack();
//   const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
//   // or a Bolt App with clientOptions: { slackApiUrl: slack.apiUrl }
//   slack.calls('chat.postMessage')          // every recorded call, oldest first (all methods without an argument)
//   await slack.waitFor('chat.postMessage')  // resolves with the first matching call (default: wait up to 5 s)
//   slack.failNext('chat.postMessage', { error: 'not_in_channel' })  // the next call fails like this
//   slack.responseUrl('abc')                 // a response_url; posts to it are recorded as method 'response_url'
//   slack.messages('C1')                     // what the channel holds, oldest first
//   slack.addFile({ id: 'F1', name: 'minutes.txt', bytes: Buffer.from('...') })  // for files.info + download
//   await slack.close()
//
// Methods answered: chat.postMessage, chat.postEphemeral, chat.update, chat.unfurl, views.publish, views.open, auth.test,
// conversations.history, conversations.info, files.info; any other method gets `unknown_method`.
// chat.unfurl takes channel + ts (a message the channel holds, see seedMessage: `cannot_find_message`
// otherwise) or unfurl_id + source (composer or conversations_history), and a map of links the message
// holds (`cannot_unfurl_url` otherwise) to blocks (at most 50, as in a message) or attachment fields;
// the previews are kept on the message (`unfurls`).
// Like Slack, it refuses what Slack refuses: no text and no blocks (`no_text`), more than 50 blocks in a
// message or 100 in a view, a section text over 3,000 characters, a header over 150 or not plain text, a
// button text over 75 or not plain text, a button value over 2,000 or url over 3,000, a select of over
// 100 options, a modal title over 24 (and views.open without a trigger: `invalid_trigger_id`) and the
// other Block Kit limits (`invalid_blocks`; `invalid_arguments` for views), more than about 12,000
// characters in all of a message's blocks (`msg_blocks_too_long`), a text over 40,000 (`msg_too_long`),
// on every surface (chat.postMessage, chat.postEphemeral, chat.update, response_url posts,
// views.publish, views.open); violations() lists every such refusal. A response_url post that breaks
// them is answered 400. A channel that is archived (`is_archived`) or that the bot is not in
// (`not_in_channel`, see setChannel) refuses posts. Any channel id exists; conversations.history
// returns the top-level messages posted to it, newest first, from `oldest`, a page of `limit` at a time
// with a `next_cursor`, and `metadata` only when asked with include_all_metadata (as Slack does).
//
// Failures (failNext(method, failure, times = 1)):
//   { error: 'not_in_channel' }        HTTP 200 with { ok: false, error }
//   { status: 429, retryAfter: 1 }     HTTP 429 with Retry-After (seconds)
//   { status: 500 }                    HTTP 500 with a text body
//   { delayMs: 300 }                   waits, then answers normally (or with `then`)
// The WebClient retries 5xx and waits out 429s by itself; give it `retryConfig: { retries: 0 }` in tests
// that expect a failure to reach the caller.
//
// Files: GET /files/<id>/<name> serves the bytes given to addFile, only with
// `Authorization: Bearer <token>` (the token given to addFile, default any xoxb- token); downloads are
// recorded as method 'file_download'. A file may instead redirect (`redirect`) or stream a body of any
// size without a content-length (`streamBytes`); fileTransfers() says how much of a stream was sent.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method ("chat.postMessage"), 'response_url' or 'file_download'. */
  method: string;
  /** Form or JSON body; form fields holding JSON (blocks, metadata, view) are parsed. */
  body: Record<string, any>;
  headers: IncomingHttpHeaders;
  /** Bearer token sent, if any. */
  token: string | null;
  /** For 'response_url' and 'file_download': the id in the path. */
  id?: string;
  /** Order of arrival, from 1. */
  seq: number;
  /** For 'response_url': the sender's port, the same for posts over one kept connection. */
  remotePort?: number;
}

export type Failure =
  | { error: string; status?: undefined; delayMs?: undefined }
  | { status: 429; retryAfter: number; error?: undefined; delayMs?: undefined }
  | { status: 500; error?: undefined; delayMs?: undefined }
  | { delayMs: number; then?: Failure; error?: undefined; status?: undefined };

export interface StoredMessage {
  type: 'message';
  ts: string;
  channel: string;
  text?: string;
  blocks?: unknown[];
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  user: string;
  bot_id: string;
  edited?: { user: string; ts: string };
  /** Previews attached by chat.unfurl, by link. */
  unfurls?: Record<string, unknown>;
}

export interface FakeFile {
  id: string;
  name: string;
  bytes: Buffer;
  mimetype?: string;
  filetype?: string;
  /** The token the download must carry; default: any token starting with xoxb-. */
  token?: string;
  /** Answer every download with a 302 to this address instead of the file. */
  redirect?: string;
  /** Serve this many generated bytes, chunked and without a content-length, instead of `bytes`. */
  streamBytes?: number;
}

/** A call Slack would have refused for breaking its limits. */
export interface Violation {
  method: string;
  error: string;
  detail?: string;
}

/** What one download of a file sent before the client finished or hung up. */
export interface FileTransfer {
  id: string;
  sentBytes: number;
  /** false: the client closed the connection before the whole body was sent. */
  completed: boolean;
}

export interface ChannelState {
  name?: string;
  is_archived?: boolean;
  /** false: posting answers not_in_channel. Default true. */
  is_member?: boolean;
  is_im?: boolean;
}

export interface FakeSlack {
  /** Base URL for WebClient's slackApiUrl; ends with /api/. */
  apiUrl: string;
  /** Base URL of the server: http://127.0.0.1:PORT */
  url: string;
  calls(method?: string): RecordedCall[];
  /**
   * The `count`th call to `method` (matching `where`) once it has come, or a rejection naming the calls
   * seen after `timeoutMs` (default 30 s: a cap for a loaded machine, where a cold answer thread can take
   * seconds, not a measure; under a test's own 60 s).
   */
  waitFor(method: string, options?: { count?: number; timeoutMs?: number; where?: (c: RecordedCall) => boolean }): Promise<RecordedCall>;
  failNext(method: string, failure: Failure, times?: number): void;
  responseUrl(id: string): string;
  messages(channel: string): StoredMessage[];
  seedMessage(channel: string, message: Partial<StoredMessage> & { text?: string }): StoredMessage;
  setChannel(id: string, state: ChannelState): void;
  /** Adds a file; returns the Slack file object (with url_private_download) that events and files.info carry. */
  addFile(file: FakeFile): Record<string, unknown>;
  /** Downloads of streamed files (streamBytes), each settled once the connection ends. */
  fileTransfers(): FileTransfer[];
  /** Calls refused for breaking Slack's limits (blocks, text), on every surface; kept across clearCalls. */
  violations(): Violation[];
  /** Forget recorded calls (messages and channels are kept). */
  clearCalls(): void;
  close(): Promise<void>;
}

export const FAKE_TEAM_ID = 'T0FAKE';
export const FAKE_BOT_USER_ID = 'U0BOT';
export const FAKE_BOT_ID = 'B0BOT';

const JSON_FIELDS = /^[[{]/;

function parseForm(text: string): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if (JSON_FIELDS.test(value)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[key] = value;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string, contentType: string | undefined): Record<string, any> {
  if (!text) return {};
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(text) as Record<string, any>;
    } catch {
      return { _raw: text };
    }
  }
  return parseForm(text);
}

function bearer(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  const m = auth ? /^Bearer\s+(.+)$/.exec(auth) : null;
  return m ? m[1]! : null;
}

function truthy(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1;
}

/** Slack's limits on Block Kit, as its reference documents them (and msg_blocks_too_long as observed). */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  /** A modal's title, and its submit and close labels. */
  modalTitle: 24,
  accessibilityLabel: 75,
  actionId: 255,
  blockId: 255,
  /** All text in one message's blocks; Slack answers msg_blocks_too_long beyond about this. */
  messageBlocksText: 12_000,
  /** A message's top-level text; Slack refuses longer (msg_too_long). */
  messageText: 40_000,
} as const;

function textLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + textLength(v), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let sum = 0;
  for (const [key, v] of Object.entries(value)) sum += key === 'text' && typeof v === 'string' ? v.length : textLength(v);
  return sum;
}

function textObjectProblem(text: unknown, max: number, at: string): string | null {
  const t = (text as { text?: unknown } | undefined)?.text;
  if (typeof t !== 'string') return `must provide a text object [json-pointer:${at}]`;
  if (t.length === 0) return `must be more than 0 characters [json-pointer:${at}/text]`;
  if (t.length > max) return `must be less than ${max + 1} characters [json-pointer:${at}/text]`;
  return null;
}

function elementProblem(el: Record<string, any>, at: string): string | null {
  if (el.type === 'button') {
    const text = textObjectProblem(el.text, SLACK_LIMITS.buttonText, at);
    if (text) return text;
    if ((el.text as { type?: unknown } | undefined)?.type !== 'plain_text') return `must be a plain_text text object [json-pointer:${at}/text/type]`;
    if (typeof el.url === 'string' && el.url.length > SLACK_LIMITS.buttonUrl) return `must be less than ${SLACK_LIMITS.buttonUrl + 1} characters [json-pointer:${at}/url]`;
    if (typeof el.value === 'string' && el.value.length > SLACK_LIMITS.buttonValue) return `must be less than ${SLACK_LIMITS.buttonValue + 1} characters [json-pointer:${at}/value]`;
    if (typeof el.accessibility_label === 'string' && el.accessibility_label.length > SLACK_LIMITS.accessibilityLabel) {
      return `must be less than ${SLACK_LIMITS.accessibilityLabel + 1} characters [json-pointer:${at}/accessibility_label]`;
    }
  }
  if (Array.isArray(el.options)) {
    if (el.options.length > 100) return `no more than 100 items allowed [json-pointer:${at}/options]`;
    for (const [k, o] of (el.options as Record<string, any>[]).entries()) {
      if (typeof o.text?.text !== 'string' || o.text.text.length > 75 || typeof o.value !== 'string' || o.value.length > 150) {
        return `an option needs a text of at most 75 and a value of at most 150 characters [json-pointer:${at}/options/${k}]`;
      }
    }
  }
  if (typeof el.action_id === 'string' && el.action_id.length > SLACK_LIMITS.actionId) return `must be less than ${SLACK_LIMITS.actionId + 1} characters [json-pointer:${at}/action_id]`;
  return null;
}

/** Why Slack would refuse these blocks, or null. */
function blocksProblem(blocks: unknown, max: number): string | null {
  if (blocks === undefined) return null;
  if (!Array.isArray(blocks)) return 'blocks must be an array';
  if (blocks.length > max) return `no more than ${max} items allowed [json-pointer:/blocks]`;
  for (const [i, block] of blocks.entries()) {
    const b = block as Record<string, any>;
    const at = `/blocks/${i}`;
    if (!b || typeof b.type !== 'string') return `missing block type [json-pointer:${at}]`;
    if (typeof b.block_id === 'string' && b.block_id.length > SLACK_LIMITS.blockId) return `must be less than ${SLACK_LIMITS.blockId + 1} characters [json-pointer:${at}/block_id]`;
    if (b.type === 'section') {
      if (b.text === undefined && !b.fields) return `must provide text or fields [json-pointer:${at}]`;
      if (b.text !== undefined) {
        const problem = textObjectProblem(b.text, SLACK_LIMITS.sectionText, `${at}/text`);
        if (problem) return problem;
      }
      if (b.fields !== undefined) {
        if (!Array.isArray(b.fields) || b.fields.length > SLACK_LIMITS.sectionFields) return `no more than ${SLACK_LIMITS.sectionFields} items allowed [json-pointer:${at}/fields]`;
        for (const [k, f] of (b.fields as unknown[]).entries()) {
          const problem = textObjectProblem(f ? { text: (f as { text?: unknown }).text } : undefined, SLACK_LIMITS.fieldText, `${at}/fields/${k}`);
          if (problem) return problem;
        }
      }
      if (b.accessory) {
        const problem = elementProblem(b.accessory as Record<string, any>, `${at}/accessory`);
        if (problem) return problem;
      }
    }
    if (b.type === 'header') {
      const problem = textObjectProblem(b.text, SLACK_LIMITS.headerText, `${at}/text`);
      if (problem) return problem;
      if (b.text.type !== 'plain_text') return `must be a plain_text text object [json-pointer:${at}/text/type]`;
    }
    if (b.type === 'actions') {
      if (!Array.isArray(b.elements) || b.elements.length === 0) return `must provide elements [json-pointer:${at}/elements]`;
      if (b.elements.length > SLACK_LIMITS.actionsElements) return `no more than ${SLACK_LIMITS.actionsElements} items allowed [json-pointer:${at}/elements]`;
      for (const [k, el] of (b.elements as Record<string, any>[]).entries()) {
        const problem = elementProblem(el, `${at}/elements/${k}`);
        if (problem) return problem;
      }
    }
    if (b.type === 'context') {
      if (!Array.isArray(b.elements) || b.elements.length === 0) return `must provide elements [json-pointer:${at}/elements]`;
      if (b.elements.length > SLACK_LIMITS.contextElements) return `no more than ${SLACK_LIMITS.contextElements} items allowed [json-pointer:${at}/elements]`;
      for (const [k, el] of (b.elements as Record<string, any>[]).entries()) {
        if (el.type === 'mrkdwn' || el.type === 'plain_text') {
          const problem = textObjectProblem(el, SLACK_LIMITS.sectionText, `${at}/elements/${k}`);
          if (problem) return problem;
        }
      }
    }
    if (b.type === 'input') {
      if (!b.element || typeof b.label?.text !== 'string' || b.label.text.length > 2000) return `an input needs an element and a label of at most 2000 characters [json-pointer:${at}]`;
      const problem = elementProblem(b.element as Record<string, any>, `${at}/element`);
      if (problem) return problem;
    }
  }
  return null;
}

/** Why Slack would refuse this message (text and blocks), as Slack's error code and detail; null when it takes it. */
export function messageRefusal(body: Record<string, any>): { error: string; detail?: string } | null {
  const hasText = typeof body.text === 'string' && body.text.length > 0;
  const hasBlocks = Array.isArray(body.blocks) && body.blocks.length > 0;
  if (!hasText && !hasBlocks && !body.attachments && !body.delete_original) return { error: 'no_text' };
  if (typeof body.text === 'string' && body.text.length > SLACK_LIMITS.messageText) return { error: 'msg_too_long' };
  const problem = blocksProblem(body.blocks, SLACK_LIMITS.messageBlocks);
  if (problem) return { error: 'invalid_blocks', detail: problem };
  if (hasBlocks && textLength(body.blocks) > SLACK_LIMITS.messageBlocksText) return { error: 'msg_blocks_too_long' };
  return null;
}

export async function startFakeSlack(options: { now?: () => number } = {}): Promise<FakeSlack> {
  const recorded: RecordedCall[] = [];
  const failures = new Map<string, Failure[]>();
  const channels = new Map<string, StoredMessage[]>();
  const channelStates = new Map<string, ChannelState>();
  const files = new Map<string, FakeFile>();
  const transfers: FileTransfer[] = [];
  const violations: Violation[] = [];
  const waiters = new Set<() => void>();
  const now = options.now ?? (() => Date.now());
  let seq = 0;
  /** How many times the recorded calls were cleared (a waiter that looked before looks again from the start). */
  let clearings = 0;
  let lastTs = 0;
  let url = '';

  const nextTs = (): string => {
    // Slack's ts is seconds.microseconds and strictly increasing within a channel.
    const micros = Math.max(Math.floor(now() * 1000), lastTs + 1);
    lastTs = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  };

  const record = (call: Omit<RecordedCall, 'seq'>): void => {
    recorded.push({ ...call, seq: ++seq });
    for (const wake of [...waiters]) wake();
  };

  const takeFailure = (method: string): Failure | undefined => {
    const list = failures.get(method);
    const failure = list?.shift();
    if (list && list.length === 0) failures.delete(method);
    return failure;
  };

  const channelMessages = (channel: string): StoredMessage[] => {
    let list = channels.get(channel);
    if (!list) {
      list = [];
      channels.set(channel, list);
    }
    return list;
  };

  const postable = (channel: unknown): string | null => {
    if (typeof channel !== 'string' || channel === '') return 'channel_not_found';
    const state = channelStates.get(channel);
    if (state?.is_archived) return 'is_archived';
    if (state && state.is_member === false) return 'not_in_channel';
    return null;
  };

  const messageProblem = (method: string, body: Record<string, any>): string | null => {
    const refusal = messageRefusal(body);
    if (refusal) violations.push({ method, ...refusal });
    return refusal?.error ?? null;
  };

  const api: Record<string, (body: Record<string, any>) => Record<string, unknown>> = {
    'auth.test': () => ({
      url: `${url}/`,
      team: 'Fake Council',
      user: 'scrutiny',
      team_id: FAKE_TEAM_ID,
      user_id: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
      is_enterprise_install: false,
    }),
    'chat.postMessage': (body) => {
      const problem = postable(body.channel) ?? messageProblem('chat.postMessage', body);
      if (problem) return { ok: false, error: problem, ...(problem === 'invalid_blocks' ? { errors: [blocksProblem(body.blocks, 50)] } : {}) };
      const message: StoredMessage = {
        type: 'message',
        ts: nextTs(),
        channel: body.channel,
        text: body.text,
        blocks: body.blocks,
        user: FAKE_BOT_USER_ID,
        bot_id: FAKE_BOT_ID,
        ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}),
        ...(body.metadata ? { metadata: body.metadata } : {}),
      };
      channelMessages(body.channel).push(message);
      return { channel: body.channel, ts: message.ts, message: stripChannel(message) };
    },
    'chat.postEphemeral': (body) => {
      const problem = postable(body.channel) ?? messageProblem('chat.postEphemeral', body);
      if (problem) return { ok: false, error: problem };
      if (!body.user) return { ok: false, error: 'user_not_in_channel' };
      return { message_ts: nextTs() };
    },
    'chat.update': (body) => {
      const problem = postable(body.channel) ?? messageProblem('chat.update', body);
      if (problem) return { ok: false, error: problem };
      const message = channels.get(body.channel)?.find((m) => m.ts === String(body.ts));
      if (!message) return { ok: false, error: 'message_not_found' };
      if (body.text !== undefined) message.text = body.text;
      if (body.blocks !== undefined) message.blocks = body.blocks;
      if (body.metadata !== undefined) message.metadata = body.metadata;
      message.edited = { user: FAKE_BOT_USER_ID, ts: nextTs() };
      return { channel: body.channel, ts: message.ts, text: message.text, message: stripChannel(message) };
    },
    'chat.unfurl': (body) => {
      // Either the message (channel + ts) or a link still in the composer (unfurl_id + source).
      const byMessage = typeof body.channel === 'string' && body.channel !== '' && body.ts !== undefined;
      const byId = typeof body.unfurl_id === 'string' && body.unfurl_id !== '' && body.source !== undefined;
      if (!byMessage && !byId) return { ok: false, error: 'invalid_arguments' };
      if (byId && body.source !== 'composer' && body.source !== 'conversations_history') return { ok: false, error: 'invalid_source' };
      const unfurls = body.unfurls as Record<string, any> | undefined;
      if (unfurls === undefined) return { ok: false, error: 'missing_unfurls' };
      if (typeof unfurls !== 'object' || unfurls === null || Array.isArray(unfurls) || Object.keys(unfurls).length === 0) return { ok: false, error: 'invalid_unfurls_format' };
      const message = byMessage ? channels.get(body.channel)?.find((m) => m.ts === String(body.ts)) : undefined;
      if (byMessage && !message) return { ok: false, error: 'cannot_find_message' };
      for (const [link, unfurl] of Object.entries(unfurls)) {
        // Only links the message holds may be unfurled (Slack keeps them as <url> or <url|label>).
        if (message && !(message.text ?? '').includes(link)) return { ok: false, error: 'cannot_unfurl_url' };
        if (!unfurl || typeof unfurl !== 'object') return { ok: false, error: 'invalid_unfurls_format' };
        const problem = blocksProblem(unfurl.blocks, 50);
        if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        if (unfurl.blocks === undefined && !unfurl.text && !unfurl.title && !unfurl.fields) return { ok: false, error: 'invalid_unfurls_format' };
      }
      if (message) message.unfurls = { ...message.unfurls, ...unfurls };
      return {};
    },
    'views.publish': (body) => {
      const view = body.view as Record<string, any> | undefined;
      if (!body.user_id) return { ok: false, error: 'invalid_arguments' };
      if (!view || view.type !== 'home') return { ok: false, error: 'invalid_arguments', response_metadata: { messages: ['view.type must be home'] } };
      const problem = blocksProblem(view.blocks, SLACK_LIMITS.viewBlocks);
      if (problem) {
        violations.push({ method: 'views.publish', error: 'invalid_arguments', detail: problem });
        return { ok: false, error: 'invalid_arguments', response_metadata: { messages: [problem] } };
      }
      return { view: { id: `V${seq}`, team_id: FAKE_TEAM_ID, type: 'home', blocks: view.blocks ?? [], private_metadata: view.private_metadata ?? '', callback_id: view.callback_id ?? '' } };
    },
    'views.open': (body) => {
      const view = body.view as Record<string, any> | undefined;
      if (typeof body.trigger_id !== 'string' || body.trigger_id === '') return { ok: false, error: 'invalid_trigger_id' };
      if (!view || view.type !== 'modal') return { ok: false, error: 'invalid_arguments', response_metadata: { messages: ['view.type must be modal'] } };
      const problem =
        textObjectProblem(view.title, SLACK_LIMITS.modalTitle, '/view/title') ??
        (view.submit ? textObjectProblem(view.submit, SLACK_LIMITS.modalTitle, '/view/submit') : null) ??
        (view.close ? textObjectProblem(view.close, SLACK_LIMITS.modalTitle, '/view/close') : null) ??
        (typeof view.private_metadata === 'string' && view.private_metadata.length > 3000 ? 'must be less than 3001 characters [json-pointer:/view/private_metadata]' : null) ??
        (typeof view.callback_id === 'string' && view.callback_id.length > 255 ? 'must be less than 256 characters [json-pointer:/view/callback_id]' : null) ??
        blocksProblem(view.blocks, SLACK_LIMITS.viewBlocks);
      if (problem) {
        violations.push({ method: 'views.open', error: 'invalid_arguments', detail: problem });
        return { ok: false, error: 'invalid_arguments', response_metadata: { messages: [problem] } };
      }
      return { view: { id: `V${seq}`, team_id: FAKE_TEAM_ID, type: 'modal', blocks: view.blocks ?? [], private_metadata: view.private_metadata ?? '', callback_id: view.callback_id ?? '' } };
    },
    'conversations.history': (body) => {
      if (typeof body.channel !== 'string' || body.channel === '') return { ok: false, error: 'channel_not_found' };
      if (channelStates.get(body.channel)?.is_member === false) return { ok: false, error: 'not_in_channel' };
      const list = channels.get(body.channel);
      const withMetadata = truthy(body.include_all_metadata);
      const oldest = body.oldest !== undefined ? Number(body.oldest) : -Infinity;
      const latest = body.latest !== undefined ? Number(body.latest) : Infinity;
      const inclusive = truthy(body.inclusive);
      const limit = Math.min(body.limit !== undefined ? Number(body.limit) : 100, 999);
      const offset = typeof body.cursor === 'string' && body.cursor !== '' ? Number(Buffer.from(body.cursor, 'base64').toString().replace(/^offset:/, '')) : 0;
      const inRange = (list ?? [])
        .filter((m) => !m.thread_ts || m.thread_ts === m.ts)
        .filter((m) => {
          const t = Number(m.ts);
          return (inclusive ? t >= oldest : t > oldest) && (inclusive ? t <= latest : t < latest);
        })
        .reverse();
      const page = inRange.slice(offset, offset + limit).map((m) => {
        const { metadata, ...rest } = stripChannel(m);
        return withMetadata && metadata ? { ...rest, metadata } : rest;
      });
      const hasMore = inRange.length > offset + limit;
      return {
        messages: page,
        has_more: hasMore,
        pin_count: 0,
        response_metadata: { next_cursor: hasMore ? Buffer.from(`offset:${offset + limit}`).toString('base64') : '' },
      };
    },
    'conversations.info': (body) => {
      if (typeof body.channel !== 'string' || body.channel === '') return { ok: false, error: 'channel_not_found' };
      const state = channelStates.get(body.channel);
      return {
        channel: {
          id: body.channel,
          name: state?.name ?? String(body.channel).toLowerCase(),
          is_channel: !state?.is_im,
          is_im: state?.is_im ?? false,
          is_archived: state?.is_archived ?? false,
          is_member: state?.is_member ?? true,
        },
      };
    },
    'files.info': (body) => {
      const file = files.get(body.file);
      if (!file) return { ok: false, error: 'file_not_found' };
      return { file: fileObject(file), comments: [] };
    },
  };

  const fileObject = (file: FakeFile): Record<string, unknown> => ({
    id: file.id,
    name: file.name,
    title: file.name,
    mimetype: file.mimetype ?? 'text/plain',
    filetype: file.filetype ?? (file.name.split('.').pop() ?? 'text'),
    size: file.bytes.length,
    url_private: `${url}/files/${file.id}/${encodeURIComponent(file.name)}`,
    url_private_download: `${url}/files/${file.id}/download/${encodeURIComponent(file.name)}`,
  });

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
      ...headers,
    });
    res.end(text);
  };

  /** Write generated bytes with back-pressure until all are sent or the client hangs up. */
  const streamFile = (res: ServerResponse, id: string, total: number): void => {
    const transfer: FileTransfer = { id, sentBytes: 0, completed: false };
    transfers.push(transfer);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    res.writeHead(200, { 'content-type': 'text/plain' });
    const pump = (): void => {
      while (transfer.sentBytes < total && !res.destroyed) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - transfer.sentBytes));
        transfer.sentBytes += piece.length;
        if (!res.write(piece)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) {
        transfer.completed = true;
        res.end();
      }
    };
    res.on('close', () => {
      if (!transfer.completed) res.removeAllListeners('drain');
    });
    pump();
  };

  const applyFailure = async (res: ServerResponse, failure: Failure | undefined, answer: () => void): Promise<void> => {
    if (!failure) return answer();
    if (failure.delayMs !== undefined) {
      await new Promise((r) => setTimeout(r, failure.delayMs));
      return applyFailure(res, failure.then, answer);
    }
    if (failure.status === 429) return send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
    if (failure.status === 500) return send(res, 500, 'Internal Server Error');
    return send(res, 200, { ok: false, error: failure.error });
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const text = await readBody(req);
      const body = parseBody(text, req.headers['content-type']);
      const token = bearer(req.headers) ?? (typeof body.token === 'string' ? body.token : null);

      const apiMatch = /^\/api\/([\w.]+)$/.exec(path);
      if (apiMatch) {
        const method = apiMatch[1]!;
        record({ method, body, headers: req.headers, token });
        return applyFailure(res, takeFailure(method), () => {
          const handler = api[method];
          if (!handler) return send(res, 200, { ok: false, error: 'unknown_method' });
          if (!token) return send(res, 200, { ok: false, error: 'not_authed' });
          const result = handler(body);
          send(res, 200, { ok: true, ...result });
        });
      }

      const responseMatch = /^\/response\/([^/]+)$/.exec(path);
      if (responseMatch && req.method === 'POST') {
        const id = decodeURIComponent(responseMatch[1]!);
        record({ method: 'response_url', body, headers: req.headers, token, id, remotePort: req.socket.remotePort });
        return applyFailure(res, takeFailure('response_url'), () => {
          // Slack checks a response_url message as it checks chat.postMessage, and answers a refusal with 400.
          const refusal = body.delete_original ? null : messageRefusal(body);
          if (refusal) {
            violations.push({ method: 'response_url', ...refusal });
            return send(res, 400, { ok: false, error: refusal.error });
          }
          send(res, 200, { ok: true });
        });
      }

      const fileMatch = /^\/files\/([^/]+)\//.exec(path);
      if (fileMatch && req.method === 'GET') {
        const id = decodeURIComponent(fileMatch[1]!);
        record({ method: 'file_download', body: {}, headers: req.headers, token, id });
        return applyFailure(res, takeFailure('file_download'), () => {
          const file = files.get(id);
          if (!file) return send(res, 404, 'Not Found');
          const sent = bearer(req.headers);
          const allowed = file.token ? sent === file.token : !!sent?.startsWith('xoxb-');
          // Slack answers an unauthenticated download with its sign-in page, not the file.
          if (!allowed) return send(res, 200, '<!DOCTYPE html><html><body>Sign in to Slack</body></html>', { 'content-type': 'text/html' });
          if (file.redirect) return send(res, 302, 'Found', { location: file.redirect });
          if (file.streamBytes !== undefined) return streamFile(res, file.id, file.streamBytes);
          res.writeHead(200, { 'content-type': file.mimetype ?? 'application/octet-stream', 'content-length': String(file.bytes.length) });
          res.end(file.bytes);
        });
      }

      send(res, 404, 'Not Found');
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, String(error));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;

  const calls = (method?: string): RecordedCall[] => (method ? recorded.filter((c) => c.method === method) : [...recorded]);

  return {
    apiUrl: `${url}/api/`,
    url,
    calls,
    waitFor(method, { count = 1, timeoutMs = 30_000, where } = {}) {
      // Each wake looks only at the calls recorded since the last (a load of twenty waiters over
      // hundreds of calls would otherwise filter them all again on every call); from the start again
      // when the calls were cleared meanwhile.
      let looked = 0;
      let found: RecordedCall[] = [];
      let clearedAt = clearings;
      const matching = () => {
        if (clearedAt !== clearings) [looked, found, clearedAt] = [0, [], clearings];
        for (; looked < recorded.length; looked++) {
          const c = recorded[looked]!;
          if ((!method || c.method === method) && (!where || where(c))) found.push(c);
        }
        return found;
      };
      return new Promise<RecordedCall>((resolve, reject) => {
        const check = (): boolean => {
          const found = matching();
          if (found.length >= count) {
            cleanup();
            resolve(found[count - 1]!);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`fake Slack: no ${count > 1 ? `${count} calls` : 'call'} to ${method} within ${timeoutMs} ms (saw: ${recorded.map((c) => c.method).join(', ') || 'nothing'})`));
        }, timeoutMs);
        const wake = () => void check();
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        waiters.add(wake);
        check();
      });
    },
    failNext(method, failure, times = 1) {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) list.push(failure);
      failures.set(method, list);
    },
    responseUrl: (id) => `${url}/response/${encodeURIComponent(id)}`,
    messages: (channel) => [...(channels.get(channel) ?? [])],
    seedMessage(channel, message) {
      const stored: StoredMessage = { type: 'message', user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID, ...message, channel, ts: message.ts ?? nextTs() };
      channelMessages(channel).push(stored);
      return stored;
    },
    setChannel(id, state) {
      channelStates.set(id, { ...channelStates.get(id), ...state });
    },
    addFile(file) {
      files.set(file.id, file);
      return fileObject(file);
    },
    fileTransfers: () => [...transfers],
    violations: () => [...violations],
    clearCalls() {
      recorded.length = 0;
      clearings++;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function stripChannel(message: StoredMessage): Omit<StoredMessage, 'channel'> {
  const { channel: _channel, ...rest } = message;
  return rest;
}
