// Bounds on the text a paper gives, before anything parses it: no line longer than
// MAX_LINE_CHARS (a longer one is broken at a space, as a wrapped paragraph would be) and no run of
// spaces or tabs longer than a layout ever needs. The parsers' work then grows with the document,
// not with one hostile line.

/** Far longer than any paragraph of minutes; a longer line is broken, not refused. */
export const MAX_LINE_CHARS = 10_000;
/** Spaces only separate words and columns: a run longer than this says nothing more. */
export const MAX_SPACE_RUN = 16;
/** Tabs separate table cells: no council table has this many empty cells in a row. */
export const MAX_TAB_RUN = 32;

// MAX_SPACE_RUN + 1 and MAX_TAB_RUN + 1, written out so the regex-safety check sees them.
const SPACE_RUNS = / {17,}/g;
const TAB_RUNS = /\t{33,}/g;

/** The text with long runs of spaces and tabs shortened and long lines broken. Linear in the text. */
export function boundText(text: string): string {
  const shortened = text.replace(SPACE_RUNS, ' '.repeat(MAX_SPACE_RUN)).replace(TAB_RUNS, '\t'.repeat(MAX_TAB_RUN));
  const lines = shortened.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > MAX_LINE_CHARS) {
      lines[i] = breakLine(lines[i]!);
      changed = true;
    }
  }
  return changed ? lines.join('\n') : shortened;
}

/** A long line as lines of at most MAX_LINE_CHARS, broken at the last space of each piece when there is one. */
function breakLine(line: string): string {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > MAX_LINE_CHARS) {
    const window = rest.slice(0, MAX_LINE_CHARS);
    const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t'));
    const cut = space > MAX_LINE_CHARS / 2 ? space : MAX_LINE_CHARS;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(space > MAX_LINE_CHARS / 2 ? cut + 1 : cut);
  }
  pieces.push(rest);
  return pieces.join('\n');
}
