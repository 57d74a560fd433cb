// Trimming characters off the ends of a piece of text without a `[...]+$`
// pattern: such a pattern retries at every position of a long run and takes
// time in the square of the run's length.

/** `text` without any of `chars` (or white space) at its end. */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]!) || text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\n')) end--;
  return text.slice(0, end);
}

/** `text` without any of `chars` (or white space) at its start. */
export function trimStart(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && (chars.includes(text[start]!) || text[start] === ' ' || text[start] === '\t' || text[start] === '\n')) start++;
  return text.slice(start);
}

/** `text` without any of `chars` (or white space) at either end. */
export function trimBoth(text: string, chars: string): string {
  return trimStart(trimEnd(text, chars), chars);
}
