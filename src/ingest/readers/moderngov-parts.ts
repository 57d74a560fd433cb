// Pieces shared by the readers of ModernGov pages saved as text (meeting
// pages in their renderings, issue pages, agenda-item pages): one item read
// off a page as its three parts (the agenda's words, the decision, the minute)
// and how those become a ParsedItem.
import { numberOffTitle } from './title-number.ts';
import type { ParsedItem } from '../../model.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import * as R from '../rules.ts';
import { buildItem, cleanTitle, titleMarksExempt } from './items.ts';

/** One item as read off a page, before its minute is read. */
export interface Draft {
  number: string | null;
  title: string;
  description: ClassifiedLine[];
  decision: ClassifiedLine[];
  minutes: ClassifiedLine[];
  /** Which part the next lines belong to. */
  state: 'description' | 'decision' | 'minutes';
  private: boolean;
  /** Lines of the page this item accounts for. */
  lines: number;
}

export function newDraft(number: string | null, title: string, state: Draft['state'], isPrivate: boolean): Draft {
  const numbered = numberOffTitle(number, cleanTitle(title));
  return { number: numbered.number, title: numbered.title, description: [], decision: [], minutes: [], state, private: isPrivate, lines: 1 };
}

export function hasText(lines: readonly ClassifiedLine[]): boolean {
  return lines.some((l) => !l.blank);
}

/** A line with new text (a label's value, a table cell's piece), keeping what the line was classified as only where it still holds. */
export function withText(line: ClassifiedLine, text: string, classify: (text: string) => ClassifiedLine): ClassifiedLine {
  return { ...classify(text), index: line.index, indent: line.indent };
}

/** Put the text of a "Minutes: ..." or "Decision: ..." line in its part, switching the draft's state. */
export function takePartLabel(draft: Draft, line: ClassifiedLine, classify: (text: string) => ClassifiedLine): boolean {
  const part = line.kinds.has('minutes-part') ? 'minutes' : line.kinds.has('decision-part') ? 'decision' : null;
  if (!part) return false;
  draft.state = part;
  if (line.value) draft[part].push(withText(line, line.value, classify));
  return true;
}

const AUTHOR_DOT = /\.$/;

/**
 * A draft the page marks as exempt: by its title (`titleMarksExempt`) or by the link to why the item is restricted
 * among its agenda's words. An exclusion item ("Exempt information - exclusion of the press and public") is not marked
 * so: it says which items are (and `withOwnBusinessSealed` seals it once that is noted, if it names its own business).
 */
export function markedExempt(draft: Draft): boolean {
  if (R.EXCLUSION.test(draft.title) || /\bexclusion\b/i.test(draft.title)) return false;
  return titleMarksExempt(draft.title) || draft.description.some((l) => !l.blank && R.EXEMPT_ITEM_MARK.test(l.text) && /\brestricted\b/i.test(l.text));
}

/**
 * The item a draft describes. The minute is its body (the decision when a
 * page prints only that); an agenda without minutes keeps the agenda's words
 * and reads no decisions from them.
 */
export function draftToItem(draft: Draft, meetingDate: string | null, isPrivate: boolean): { item: ParsedItem; excludesPublic: boolean; minuted: boolean } {
  const clean = (ls: ClassifiedLine[]) => ls.filter((l) => l.blank || !l.kinds.has('furniture'));
  const minutes = clean(draft.minutes);
  const decision = clean(draft.decision);
  const description = clean(draft.description);
  const minuted = hasText(minutes) || hasText(decision);
  const author = description.find((l) => !l.blank && l.kinds.has('author'))?.text.replace(AUTHOR_DOT, '') ?? null;
  const body = hasText(minutes) ? minutes : hasText(decision) ? decision : description.filter((l) => l.blank || !l.kinds.has('author'));
  const built = buildItem(
    {
      number: draft.number,
      title: draft.title,
      body,
      // The words under "Decision:" decide by where they stand, whether or not a minute follows them.
      decisionPart: hasText(decision) ? decision : undefined,
      private: isPrivate,
      reportAuthor: author,
      agendaOnly: !minuted,
    },
    meetingDate,
  );
  return { item: built.item, excludesPublic: built.content?.excludesPublic ?? false, minuted };
}

/** "Venue: Civic Hall. View directions" -> "Civic Hall". */
export function venueOf(value: string): string | null {
  return value.replace(/\.? ?view directions\.?$/i, '').trim() || null;
}
