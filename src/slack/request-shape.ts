// Bolt's HTTP receiver reads fields of a request body without checking that it is an object: a
// validly signed body of `null` (or a number, or a list) made it throw where nothing catches, and
// the process ended. Bodies are read here first; one that is JSON but not an object is refused with
// 400 before Bolt sees it. Everything else (signature checks included) is left to Bolt.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, isRawBodyError, type Logger } from '@slack/bolt';

const BODY_LIMIT = HTTPModuleFunctions.defaultBodyLimit;

const FORM = 'application/x-www-form-urlencoded';
const PAYLOAD = Buffer.from('payload');
const AMPERSAND = 0x26;
const EQUALS = 0x3d;
const PERCENT = 0x25;
const PLUS = 0x2b;

/**
 * Whether a urlencoded body may have a field named `payload`, whose JSON Bolt reads as the body
 * (and which may be anything): without one, Bolt reads the body as its fields, an object, so it
 * need not be parsed here first (a slash command: every /scrutiny). Read from the bytes, names only;
 * a name with an escape or a '+' (which querystring decodes) counts as one that may be `payload`.
 */
function mayHavePayload(body: Buffer): boolean {
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf(AMPERSAND, start);
    if (end < 0) end = body.length;
    let name = body.indexOf(EQUALS, start);
    if (name < 0 || name > end) name = end;
    if (name - start === PAYLOAD.length && body.compare(PAYLOAD, 0, PAYLOAD.length, start, name) === 0) return true;
    for (let i = start; i < name; i++) if (body[i] === PERCENT || body[i] === PLUS) return true;
    start = end + 1;
  }
  return false;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A request listener that refuses non-object bodies on `path`, then hands the (buffered) request on. */
export function refuseShapelessBodies(path: string, inner: RequestListener, logger: Logger): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'POST' || url.pathname !== path) {
      inner(req, res);
      return;
    }
    void (async () => {
      let body: unknown;
      try {
        // Bolt reuses the buffered body (rawBody) instead of reading the stream again.
        const buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, BODY_LIMIT);
        if (req.headers['content-type'] === FORM && !mayHavePayload(buffered.rawBody)) {
          inner(req, res);
          return;
        }
        body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
      } catch (error) {
        // Not JSON: Bolt answers that itself (401 unsigned, else 400), from the buffered body.
        if (HTTPModuleFunctions.isBufferedIncomingMessage(req)) {
          inner(req, res);
          return;
        }
        // The body could not be read whole (too large, or the connection broke).
        const tooLarge = isRawBodyError(error) && (error as { statusCode?: number }).statusCode === 413;
        logger.warn(`Refused a Slack request whose body could not be read${tooLarge ? ' (too large)' : ''}`);
        res.writeHead(tooLarge ? 413 : 400);
        res.end();
        return;
      }
      if (isObject(body)) {
        inner(req, res);
        return;
      }
      logger.warn('Refused a Slack request whose body is not an object', { type: body === null ? 'null' : Array.isArray(body) ? 'array' : typeof body });
      res.writeHead(400);
      res.end();
    })().catch((error: unknown) => {
      logger.error('Reading a Slack request failed', error);
      if (!res.headersSent) {
        res.writeHead(500);
        res.end();
      }
    });
  };
}
