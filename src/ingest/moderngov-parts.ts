// Pieces shared by the readers of ModernGov pages saved as text (meeting
// pages in their several renderings, issue pages): the labels the pages
// print, the paper mark after a title, and how one item's parts (the
// agenda's words, the decision, the minute) become a ParsedItem.
import type { ParsedItem } from '../model.ts';
import { extractFromLines } from './minute-content.ts';
import { reportAuthorOf } from './minutes.ts';
import { type Line, renderLines } from './normalise-text.ts';

/** "pdf icon PDF 82 KB" after a title that links a paper. */
export const PAPER_MARK = /\s*(?:pdf\s+icon\s+)?(?:PDF|DOC|DOCX|XLSX?)\s+\d+(?:\.\d+)?\s*[KM]B\b\s*$/i;
export const MINUTES_LABEL = /^minutes\s*:\s*(.*)$/i;
export const DECISION_LABEL = /^decisions?\s*:\s*(.*)$/i;
/** Page furniture between an item's parts. */
export const DROPPED =
  /^(?:additional\s+documents|supporting\s+documents|background\s+papers|share\s+this\s+item|view\s+the\s+(?:reasons|background)\b.*|items)\s*:?$/i;
export const AUTHOR = /^(?:joint\s+)?(?:briefing\s+note|report|presentation|verbal\s+(?:update|report))\s+(?:of|from|by)\s+\S.*$/i;
export const BLANK: Line = { text: '', emphasis: false, bullet: false, indent: 0, blank: true };

/** One item as read off a page, before its minute is read. */
export interface Draft {
  number: string | null;
  title: string;
  description: Line[];
  decision: Line[];
  minutes: Line[];
  /** Which part the next lines belong to. */
  state: 'description' | 'decision' | 'minutes';
  private: boolean;
}

export function newDraft(number: string | null, title: string, state: Draft['state'], isPrivate: boolean): Draft {
  return { number, title, description: [], decision: [], minutes: [], state, private: isPrivate };
}

export function titleOf(text: string): string {
  return text.replace(PAPER_MARK, '').trim();
}

export function hasText(lines: Line[]): boolean {
  return lines.some((l) => !l.blank);
}

/**
 * The item a draft describes. The minute is its body (the decision when a
 * page prints only that); an agenda without minutes keeps the agenda's words.
 */
export function draftToItem(draft: Draft, meetingDate: string | null): { item: ParsedItem; excludesPublic: boolean } {
  const minuteLines = (hasText(draft.minutes) ? draft.minutes : draft.decision).filter((l) => l.blank || !DROPPED.test(l.text));
  const hasMinutes = hasText(minuteLines);
  const description = draft.description.filter((l) => l.blank || !DROPPED.test(l.text));
  const content = extractFromLines(minuteLines, { meetingDate, title: draft.title });
  const body = hasMinutes ? renderLines(minuteLines) : renderLines(description);
  const author = description.find((l) => !l.blank && AUTHOR.test(l.text))?.text.replace(/\.$/, '') ?? null;
  return {
    item: {
      number: draft.number,
      title: draft.title || 'Untitled item',
      body,
      reportAuthor: author ?? reportAuthorOf(body),
      pages: null,
      subItems: [],
      papers: [],
      private: draft.private || content.private,
      resolutions: content.resolutions,
      requests: content.requests,
      workProgrammeAdditions: content.workProgrammeAdditions,
      workProgrammeAdditionDetails: content.workProgrammeAdditionDetails,
    },
    excludesPublic: hasMinutes && content.excludesPublic,
  };
}
