// Posting a message to the response_url Slack gives with a slash command: only to Slack's own hooks
// host (hooks.slack.com, hooks.slack-gov.com), or to a configured Web API's own origin (a local test
// server, a proxy; see ../slack-hosts.ts), never anywhere else a request names.
//
// Sent through node:http(s) with the connections kept open between answers, not through fetch:
// with twenty answers in flight, fetch's streams and signals cost the main thread about a tenth of
// its time, and each answer opened a connection of its own.
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { SLACK_API_HOSTS, slackApi, trustedApiOrigin } from '../slack-hosts.ts';

/** A response_url that is not Slack's (nor the configured Web API's): nothing was sent to it. */
export class ResponseUrlRefusedError extends Error {
  constructor(readonly host: string) {
    super(`the response_url is not on Slack's hooks host (${host || 'no host'}), so nothing was sent to it`);
    this.name = 'ResponseUrlRefusedError';
  }
}

/** Slack answered the post with something other than 2xx (an expired response_url, a refused message). */
export class ResponseUrlError extends Error {
  constructor(readonly status: number) {
    super(`Failed to respond to the response_url: ${status}`);
    this.name = 'ResponseUrlError';
  }
}

/** The response_url as a URL when a message may be posted to it, otherwise null. */
export function allowedResponseUrl(responseUrl: string, apiUrl: string | undefined): URL | null {
  let url: URL;
  try {
    url = new URL(responseUrl);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === 'https:' && [...SLACK_API_HOSTS].some((host) => url.hostname === `hooks.${host}`)) return url;
  const api = slackApi(apiUrl);
  if (!api || SLACK_API_HOSTS.has(api.hostname)) return null;
  return trustedApiOrigin(api) === url.origin ? url : null;
}

export interface ResponsePoster {
  /** Post `body` (a message as JSON text) to `responseUrl`; rejects when the host is not allowed or Slack refuses it. */
  post(responseUrl: string, body: string): Promise<void>;
  /** Close the connections kept open. */
  close(): void;
}

/** How long a post may take before it is given up. */
const POST_TIMEOUT_MS = 15_000;

export function createResponsePoster(apiUrl: string | undefined): ResponsePoster {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  const send = (url: URL, body: string): Promise<{ status: number } | { error: Error; reused: boolean }> =>
    new Promise((resolve) => {
      const secure = url.protocol === 'https:';
      const options: RequestOptions = {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
        timeout: POST_TIMEOUT_MS,
      };
      const answered = (res: IncomingMessage) => {
        res.resume();
        res.once('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.once('error', (error) => resolve({ error, reused: false }));
      };
      const req: ClientRequest = secure ? httpsRequest(url, options, answered) : httpRequest(url, options, answered);
      req.once('timeout', () => req.destroy(new Error(`no answer from the response_url within ${POST_TIMEOUT_MS / 1000} s`)));
      req.once('error', (error) => resolve({ error, reused: req.reusedSocket }));
      req.end(body);
    });

  return {
    async post(responseUrl, body) {
      const url = allowedResponseUrl(responseUrl, apiUrl);
      if (!url) throw new ResponseUrlRefusedError(URL.canParse(responseUrl) ? new URL(responseUrl).host : '');
      let sent = await send(url, body);
      // A kept connection that the other end closed as this post went out: sent again on a new one.
      if ('error' in sent && sent.reused && (sent.error as NodeJS.ErrnoException).code === 'ECONNRESET') sent = await send(url, body);
      if ('error' in sent) throw sent.error;
      if (sent.status < 200 || sent.status >= 300) throw new ResponseUrlError(sent.status);
    },
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
