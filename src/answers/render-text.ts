// The Answer as plain text for a terminal: the title, a short summary, then each
// section with its entries; quotes in curly quotes, exempt items marked, and the
// document each quote comes from.
import type { Answer, AnswerEntry } from './answer.ts';

const WIDTH = 96;

/** Word-wrap `text`; the first line starts with `first` ("  • "), the rest line up under it. */
function wrap(text: string, first: string, width = WIDTH): string[] {
  const rest = ' '.repeat(first.length);
  const lines: string[] = [];
  let indent = first;
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        indent = rest;
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(indent + line);
    indent = rest;
  }
  return lines;
}

function renderEntry(entry: AnswerEntry): string[] {
  const lines: string[] = [];
  const body = entry.exempt ? `${entry.text} (exempt)` : entry.quote ? `“${entry.text}”` : entry.text;
  if (entry.label && !entry.quote && entry.label.length <= 18) {
    // Short labels ("Item 4", "Chair") sit on the line they name.
    lines.push(...wrap(`${entry.label}  ${body}`, '  • '));
  } else if (entry.label) {
    lines.push(...wrap(entry.label, '  • '));
    lines.push(...wrap(body, '    '));
  } else lines.push(...wrap(body, '  • '));
  // An exempt entry is its title and "exempt", nothing more.
  if (entry.exempt) return lines;
  for (const line of entry.detail ?? []) lines.push(...wrap(line, '    '));
  for (const link of entry.links ?? []) lines.push(...wrap(`${link.title}: ${link.url}`, '    '));
  if (entry.cite?.committee) lines.push(...wrap(entry.cite.committee, '    '));
  if (entry.quote && entry.cite?.documents?.length) lines.push(...wrap(`Source: ${entry.cite.documents.join(', ')}`, '    '));
  return lines;
}

export function renderText(answer: Answer): string {
  const lines: string[] = [answer.title];
  if (answer.reading?.shown) lines.push(...wrap(`Read as: ${answer.reading.text}`, ''));
  if (answer.summary) lines.push(...wrap(answer.summary, ''));
  for (const section of answer.sections) {
    lines.push('', section.heading);
    if (section.entries.length === 0) {
      if (section.empty) lines.push(...wrap(section.empty, '  '));
      continue;
    }
    for (const entry of section.entries) lines.push(...renderEntry(entry));
  }
  if (answer.notListed) {
    lines.push('', ...wrap(`… and ${answer.notListed.toLocaleString('en-GB')} more not listed here; ask about a narrower topic or period.`, ''));
  }
  if (answer.notes?.length) {
    lines.push('');
    for (const note of answer.notes) lines.push(...wrap(note, ''));
  }
  return lines.join('\n');
}
