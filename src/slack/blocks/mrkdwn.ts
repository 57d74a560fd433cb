// Text for Slack's mrkdwn: escaped so a question or a document cannot ping anyone or inject links,
// and split so no section goes over Slack's 3,000-character limit.

/** Slack's control characters in message text; `<!channel>` typed by a member becomes harmless text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack refuses a section text over 3,000 characters. */
export const SECTION_TEXT_LIMIT = 3000;

/**
 * Split text into chunks of at most `max` characters, preferring paragraph, line, sentence and word
 * boundaries, so nothing is cut silently. Never splits inside an escape such as `&amp;`.
 */
export function splitText(text: string, max = SECTION_TEXT_LIMIT): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut =
      lastBreak(window, '\n\n', max) ??
      lastBreak(window, '\n', max) ??
      lastBreak(window, '. ', max, 1) ??
      lastBreak(window, ' ', max) ??
      safeHardCut(window);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

/** The position after the last `sep` in the second half of the window (a cut too early wastes blocks). */
function lastBreak(window: string, sep: string, max: number, keep = 0): number | null {
  const at = window.lastIndexOf(sep);
  return at >= max / 2 ? at + keep : null;
}

function safeHardCut(window: string): number {
  const amp = window.lastIndexOf('&');
  // Keep `&amp;` / `&lt;` / `&gt;` whole.
  if (amp >= window.length - 4 && !window.slice(amp).includes(';')) return amp;
  // Do not split a surrogate pair.
  const last = window.charCodeAt(window.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? window.length - 1 : window.length;
}

/** Text as a mrkdwn block quote: every line prefixed with `>`. */
export function blockQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/** Shorten to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const window = flat.slice(0, max - 1);
  const space = window.lastIndexOf(' ');
  return `${(space > max / 2 ? window.slice(0, space) : window).trimEnd()}…`;
}
