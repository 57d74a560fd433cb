// Plain HTTP GET calls to a council's ModernGov web service
// ({site}/mgWebService.asmx/{Operation}?...). Timeouts and server errors are
// retried with a bounded backoff; a refusal (403 and other 4xx) or an answer that
// is not the expected XML stops at once with a message naming the call and URL.
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
}

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
  const site = baseUrl.replace(/\/+$/, '').replace(/\/mgWebService\.asmx$/i, '');
  return `${site}/mgWebService.asmx/${operation}${query ? `?${query}` : ''}`;
}

class Retryable extends Error {}

export function createModernGovClient(options: ModernGovClientOptions): ModernGovClient {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const attempts = Math.max(1, options.attempts ?? 4);
  const backoffMs = options.backoffMs ?? 2_000;

  async function getOnce(call: string, url: string): Promise<string> {
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { accept: 'text/xml, application/xml', 'user-agent': 'scrutiny-bot (council scrutiny board Slack app)' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new Retryable(timedOut ? `no answer within ${Math.round(timeoutMs / 1000)} s` : `could not connect (${describe(error)})`);
    }
    if (response.status >= 500 || response.status === 429) {
      await response.body?.cancel();
      throw new Retryable(`the server answered ${response.status} ${response.statusText}`.trim());
    }
    if (response.status === 403) {
      await response.body?.cancel();
      throw new ModernGovError(
        call,
        url,
        '403 Forbidden: the site refused this client (many council sites block unknown clients; ask the council to allow this server, or check MODERNGOV_URL)',
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ModernGovError(call, url, `the server answered ${response.status} ${response.statusText}`.trim());
    }
    return response.text();
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

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : error.message;
  }
  return String(error);
}
