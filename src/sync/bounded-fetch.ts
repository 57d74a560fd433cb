// One HTTP GET with a hard byte cap and redirects kept on one host: how papers are fetched from
// Slack's file host and answers from a council's ModernGov service.
//
// The body is streamed and the transfer is aborted as soon as it passes the cap, whatever the
// server declared (or did not declare) as its length, so a huge or endless answer costs at most
// the cap in memory. Redirects are followed by hand, and only while they stay on the host that
// was asked (an upgrade from http to https on that host is allowed when `allowUpgrade` says so);
// the request headers (a bearer token among them) therefore never reach another host.

export interface BoundedFetchOptions {
  headers?: Record<string, string>;
  /** The transfer stops once more than this many bytes have arrived. */
  maxBytes: number;
  timeoutMs: number;
  /** Redirects followed at most (each on the same host). */
  maxRedirects?: number;
  /** Follow a redirect from http://host to https://host (same host name and port rules). */
  allowUpgrade?: boolean;
  fetch?: typeof fetch;
}

export type BoundedFetchResult =
  | { ok: true; status: number; url: string; contentType: string; bytes: Uint8Array }
  | { ok: false; problem: 'status'; status: number; statusText: string; url: string }
  | { ok: false; problem: 'too-large'; bytes: number; url: string }
  | { ok: false; problem: 'redirect-off-host'; url: string; location: string }
  | { ok: false; problem: 'too-many-redirects'; url: string }
  | { ok: false; problem: 'timeout'; url: string }
  | { ok: false; problem: 'network'; url: string; detail: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : protocol === 'http:' ? '80' : '';
}

/** Whether `next` is on the host of `from`: the same origin, or (when allowed) its https upgrade. */
export function sameHost(from: URL, next: URL, allowUpgrade: boolean): boolean {
  if (next.username || next.password) return false;
  if (next.origin === from.origin) return true;
  if (!allowUpgrade || from.protocol !== 'http:' || next.protocol !== 'https:' || next.hostname !== from.hostname) return false;
  // http://host -> https://host (default ports on both sides).
  return (from.port || defaultPort(from.protocol)) === '80' && (next.port || defaultPort(next.protocol)) === '443';
}

/** GET `url`, following same-host redirects, reading at most `maxBytes` of the body. Never throws. */
export async function boundedFetch(url: string, options: BoundedFetchOptions): Promise<BoundedFetchResult> {
  const doFetch = options.fetch ?? fetch;
  const maxRedirects = options.maxRedirects ?? 3;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), options.timeoutMs);
  let current = new URL(url);
  try {
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await doFetch(current, { headers: options.headers, redirect: 'manual', signal: controller.signal });
      } catch (error) {
        return failure(error, current.href, controller.signal);
      }
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) return { ok: false, problem: 'status', status: response.status, statusText: 'redirect without a Location', url: current.href };
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return { ok: false, problem: 'redirect-off-host', url: current.href, location };
        }
        if (!sameHost(current, next, options.allowUpgrade ?? false)) {
          return { ok: false, problem: 'redirect-off-host', url: current.href, location: next.origin };
        }
        if (hop >= maxRedirects) return { ok: false, problem: 'too-many-redirects', url: current.href };
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, problem: 'status', status: response.status, statusText: response.statusText, url: current.href };
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        controller.abort();
        return { ok: false, problem: 'too-large', bytes: declared, url: current.href };
      }
      const contentType = response.headers.get('content-type') ?? '';
      try {
        const read = await readCapped(response, options.maxBytes, controller);
        if (read === null) return { ok: false, problem: 'too-large', bytes: options.maxBytes + 1, url: current.href };
        return { ok: true, status: response.status, url: current.href, contentType, bytes: read };
      } catch (error) {
        return failure(error, current.href, controller.signal);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or null (and the transfer aborted) once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      controller.abort();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function failure(error: unknown, url: string, signal: AbortSignal): BoundedFetchResult {
  const reason = signal.reason as { name?: string } | undefined;
  if (signal.aborted && reason?.name === 'TimeoutError') return { ok: false, problem: 'timeout', url };
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return { ok: false, problem: 'timeout', url };
  const cause = (error as { cause?: unknown } | null)?.cause;
  const detail = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return { ok: false, problem: 'network', url, detail };
}
