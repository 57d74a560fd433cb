// The decision-block fallback: minutes whose item headings were all lost (a page saved from below its titles, a PDF
// whose headings did not survive extraction, a page that prints only its minutes' paragraphs). The readers and the
// heading fallback found no item, yet every decision the text records was taken under an item: a decision paragraph
// ("RESOLVED that ...", "AGREED that ...", "The minutes ... were approved as a correct record.") with the prose that
// leads up to it is one item, whose title was not printed. It is a fallback: it reads only a meeting in which nothing
// else found an item, so a reading that found its items is never changed.
import type { ParsedMeeting } from '../../model.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { confirmsRecord } from '../resolutions.ts';
import { firstSentence, readsAsSentences } from './heading-fallback.ts';
import { buildItem } from './items.ts';

/** The title an item has when its heading was not printed (as items.ts gives one it cannot read). */
const UNTITLED = 'Untitled item';

/** A decision paragraph opens here: a decision's label, or a paragraph of its own approving the last minutes. */
function opensDecision(lines: readonly ClassifiedLine[], i: number, lineParagraphs: boolean): boolean {
  const line = lines[i]!;
  if (line.blank) return false;
  if (line.kinds.has('decision-label')) return true;
  const ownParagraph = lineParagraphs || ((i === 0 || lines[i - 1]!.blank) && (lines[i + 1]?.blank ?? true));
  return ownParagraph && !line.kinds.has('closing') && (confirmsRecord(firstSentence(line.text)) || confirmsRecord(line.text));
}

/** A line of a minute's prose: a sentence, a long line, or a list's entry; not a label, a heading or the attendance. */
function readsAsMinuteProse(line: ClassifiedLine): boolean {
  if (line.label || line.heading || line.date?.index === 0) return false;
  for (const kind of ['attendance-label', 'membership-label', 'chair-marker', 'minutes-title', 'met-title', 'council', 'page-title', 'date-label', 'place-label', 'person'] as const) {
    if (line.kinds.has(kind)) return false;
  }
  return line.bullet || line.clause !== null || readsAsSentences(line.text);
}

/**
 * Where the decision paragraph opened at `at` has ended: the first line after a gap that is neither blank nor a clause
 * or list entry of the decision ("(a) ...", "- ..."), or `to`.
 */
function decisionEnd(lines: readonly ClassifiedLine[], at: number, to: number): number {
  let gap = false;
  for (let k = at + 1; k < to; k++) {
    const line = lines[k]!;
    if (line.blank) gap = true;
    else if (gap && !line.clause && !line.bullet) return k;
  }
  return to;
}

/**
 * The first line of the block whose decision opens at `at`: the paragraphs of prose just above it, up to `floor` (the end
 * of the block before, or the top of the text), and never the attendance or the header above them.
 */
function blockStart(lines: readonly ClassifiedLine[], at: number, floor: number): number {
  let start = at;
  for (let k = at - 1; k >= floor; k--) {
    const line = lines[k]!;
    if (line.blank) continue;
    if (!readsAsMinuteProse(line)) break;
    start = k;
  }
  return start;
}

/** The blocks [from, to) of lines, one per decision recorded, that stand for items whose headings were lost. */
export function decisionBlocks(lines: readonly ClassifiedLine[]): [number, number][] {
  // (A fallback reads nothing after an exclusion of the public or under a private part.)
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kinds.has('exclusion') || lines[i]!.section === 'private') {
      end = i;
      break;
    }
  }
  // A page saved without blank lines prints each paragraph as a line of its own.
  const lineParagraphs = !lines.some((l) => l.blank);
  const blocks: [number, number][] = [];
  let floor = 0;
  for (let i = 0; i < end; i++) {
    if (!opensDecision(lines, i, lineParagraphs)) continue;
    const start = blocks.length > 0 ? floor : blockStart(lines, i, floor);
    if (blocks.length > 0) blocks[blocks.length - 1]![1] = start;
    const after = decisionEnd(lines, i, end);
    blocks.push([start, end]);
    floor = after;
    i = after - 1;
  }
  return blocks;
}

/**
 * The items of a document's one set of minutes in which no reader found an item: one untitled item per decision block.
 * A document of more than one meeting is left alone (which lines are whose is not known here).
 */
export function withDecisionBlockItems(meetings: readonly ParsedMeeting[], lines: readonly ClassifiedLine[]): void {
  if (meetings.length !== 1) return;
  const meeting = meetings[0]!;
  if (meeting.kind === 'agenda' || meeting.items.length > 0) return;
  for (const [from, to] of decisionBlocks(lines)) {
    meeting.items.push(buildItem({ number: null, title: UNTITLED, body: lines.slice(from, to), private: false }, meeting.date).item);
  }
}
