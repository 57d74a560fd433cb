// Plain HTTP GET calls to a council's ModernGov web service
// ({site}/mgWebService.asmx/{Operation}?...). Timeouts and server errors are
// retried with a bounded backoff; a refusal (403 and other 4xx) or an answer that
// is not the expected XML stops at once with a message naming the call and URL.
// Answers are read up to a byte cap (the transfer stops there) and redirects are
// followed only on the same site.
import { boundedFetch } from './bounded-fetch.ts';
import {
  MalformedResponse,
  readCommittees,
  readMeeting,
  readMeetings,
  type MgCommittee,
  type MgMeeting,
  type MgMeetingSummary,
} from './moderngov-xml.ts';

export class ModernGovError extends Error {
  override name = 'ModernGovError';
  constructor(
    readonly call: string,
    readonly url: string,
    readonly problem: string,
  ) {
    super(`ModernGov ${call} failed (${url}): ${problem}`);
  }
}

export interface ModernGovClientOptions {
  /** The council's site, e.g. https://edemocracy.coventry.gov.uk */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Injected for tests so retries do not wait. */
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  /** Tries per call, the first included. */
  attempts?: number;
  /** First backoff; doubled on each retry. */
  backoffMs?: number;
  /** An answer larger than this is not read (the transfer is stopped). */
  maxBytes?: number;
}

/** A GetMeeting answer with every item's minutes is well under a megabyte; this leaves room for any board. */
export const MODERNGOV_MAX_BYTES = 20 * 1024 * 1024;

export interface ModernGovClient {
  getCommittees(): Promise<MgCommittee[]>;
  /** Dates as YYYY-MM-DD; sent as dd/mm/yyyy. Some servers ignore the range: callers filter. */
  getMeetings(committeeId: string, from: string, to: string): Promise<MgMeetingSummary[]>;
  /** The meeting and the raw XML it was read from. */
  getMeeting(meetingId: string): Promise<{ meeting: MgMeeting; xml: string }>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "2026-01-13" -> "13/01/2026", the form the service expects. */
export function toServiceDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

export function serviceUrl(baseUrl: string, operation: string, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2F/gi, '/')}`)
    .join('&');
  // The site is expected, but a URL copied down to the service itself works too.
  let end = baseUrl.length;
  while (end > 0 && baseUrl[end - 1] === '/') end--;
  const site = baseUrl.slice(0, end).replace(/\/mgWebService\.asmx$/i, '');
  return `${site}/mgWebService.asmx/${operation}${query ? `?${query}` : ''}`;
}

class Retryable extends Error {}

export function createModernGovClient(options: ModernGovClientOptions): ModernGovClient {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const attempts = Math.max(1, options.attempts ?? 4);
  const backoffMs = options.backoffMs ?? 2_000;
  const maxBytes = options.maxBytes ?? MODERNGOV_MAX_BYTES;

  async function getOnce(call: string, url: string): Promise<string> {
    const fetched = await boundedFetch(url, {
      headers: { accept: 'text/xml, application/xml', 'user-agent': 'scrutiny-bot (council scrutiny board Slack app)' },
      maxBytes,
      timeoutMs,
      // Council sites move from http to https; anything else off the host is not the service.
      allowUpgrade: true,
      fetch: doFetch,
    });
    if (fetched.ok) return new TextDecoder('utf-8').decode(fetched.bytes);
    switch (fetched.problem) {
      case 'timeout':
        throw new Retryable(`no answer within ${Math.round(timeoutMs / 1000)} s`);
      case 'network':
        throw new Retryable(`could not connect (${fetched.detail})`);
      case 'too-large':
        throw new ModernGovError(call, url, `the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, so it was not read`);
      case 'redirect-off-host':
        throw new ModernGovError(call, url, `the server redirected to another host (${fetched.location}); only redirects on the same site are followed (check MODERNGOV_URL)`);
      case 'too-many-redirects':
        throw new ModernGovError(call, url, 'the server redirected too many times');
      case 'status':
        break;
    }
    const { status, statusText } = fetched;
    if (status >= 500 || status === 429) throw new Retryable(`the server answered ${status} ${statusText}`.trim());
    if (status === 403) {
      throw new ModernGovError(
        call,
        url,
        '403 Forbidden: the site refused this client (many council sites block unknown clients; ask the council to allow this server, or check MODERNGOV_URL)',
      );
    }
    throw new ModernGovError(call, url, `the server answered ${status} ${statusText}`.trim());
  }

  async function get<T>(call: string, params: Record<string, string>, read: (xml: string) => T): Promise<{ value: T; xml: string }> {
    const url = serviceUrl(options.baseUrl, call, params);
    let lastProblem = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const xml = await getOnce(call, url);
        try {
          return { value: read(xml), xml };
        } catch (error) {
          if (error instanceof MalformedResponse) throw new ModernGovError(call, url, error.message);
          throw error;
        }
      } catch (error) {
        if (!(error instanceof Retryable)) throw error;
        lastProblem = error.message;
        if (attempt < attempts) await sleep(backoffMs * 2 ** (attempt - 1));
      }
    }
    throw new ModernGovError(call, url, `${lastProblem}, after ${attempts} tries`);
  }

  return {
    async getCommittees() {
      return (await get('GetCommittees', {}, readCommittees)).value;
    },
    async getMeetings(committeeId, from, to) {
      const params = { lCommitteeId: committeeId, sFromDate: toServiceDate(from), sToDate: toServiceDate(to) };
      return (await get('GetMeetings', params, readMeetings)).value;
    },
    async getMeeting(meetingId) {
      const { value, xml } = await get('GetMeeting', { lMeetingId: meetingId }, readMeeting);
      return { meeting: value, xml };
    },
  };
}
