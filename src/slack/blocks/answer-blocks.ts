// The Answer model as Block Kit. Pure functions returning { text, blocks }.
//
// Slack's limits shape the layout: at most 50 blocks per message, 3,000 characters per section text,
// 2,000 per button value. A long answer is paged ("Show more"), never cut; a long entry is split over
// several sections. Phones show the fallback `text` in notifications, so it always carries the key fact.
import type { types } from '@slack/bolt';
import type { Answer, AnswerEntry, Citation } from '../../answers/answer.ts';
import { PAGE_ENTRIES } from '../../answers/pages.ts';
import { requestStatusText, requestStatusWord } from '../../answers/requests/request-wording.ts';
import type { RequestState } from '../../model.ts';
import { formatDate } from '../../london.ts';
import { ActionIds, BlockIds } from '../ids.ts';
import { encodeAnswerRef, encodeRequestRef, type AnswerRef } from './action-values.ts';
import { evidenceActions } from './evidence-blocks.ts';
import { SECTION_TEXT_LIMIT, blockQuote, escapeMrkdwn, shorten, splitText } from './mrkdwn.ts';

export type Block = types.KnownBlock;
export type Button = types.Button;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export const MAX_MESSAGE_BLOCKS = 50;
/** A page holds at most this many entries: a phone screen or two (the answers' own page size). */
export const ENTRIES_PER_PAGE = PAGE_ENTRIES;

export interface AnswerBlocksOptions {
  /** 0-based page of a long answer. */
  page?: number;
  /** Add "Share in channel" (ephemeral answers). */
  share?: boolean;
  /** The member who shared it in the channel. */
  sharedBy?: string;
  /**
   * Show Mark done / Reopen on requests: only where everyone who sees the message may use them (a
   * co-ordinator's ephemeral answer, direct message or Home). Channel posts never have them.
   */
  requestButtons?: boolean;
}

/** Slack reads a button's accessibility label (at most 75 characters) instead of its text. */
export const ACCESSIBILITY_LABEL_LIMIT = 75;

/** Slack user ids are shown as mentions; anything else (the console) as plain text. */
export function personText(who: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(who) ? `<@${who}>` : escapeMrkdwn(who);
}

export function requestStatusLine(state: RequestState, overdue: boolean): string {
  switch (requestStatusWord(state, overdue)) {
    case 'done':
      return `:white_check_mark: ${requestStatusText(state, overdue, personText)}`;
    case 'overdue':
      return ':warning: Open · *OVERDUE*';
    case 'open':
      return requestStatusText(state, overdue);
  }
}

/** Mark done / Reopen; `about` (the request's words) tells a screen reader which request the button is for. */
export function requestButton(requestId: string, state: RequestState, answer?: AnswerRef, about?: string): Button {
  const done = state.status === 'done';
  const label = done ? 'Reopen' : 'Mark done';
  return {
    type: 'button',
    action_id: done ? ActionIds.reopenRequest : ActionIds.markRequestDone,
    text: { type: 'plain_text', text: label },
    accessibility_label: shorten(about ? `${label}: ${about}` : `${label}: this request`, ACCESSIBILITY_LABEL_LIMIT),
    value: encodeRequestRef(requestId, answer),
    ...(done ? {} : { style: 'primary' as const }),
  };
}

export function citationText(cite: Citation): string | null {
  const parts: string[] = [];
  if (cite.committee) parts.push(`*${escapeMrkdwn(shorten(cite.committee, 120))}*`);
  if (cite.date) parts.push(formatDate(cite.date));
  if (cite.minute) parts.push(`Minute ${escapeMrkdwn(cite.minute)}`);
  if (cite.itemTitle) parts.push(escapeMrkdwn(shorten(cite.itemTitle, 120)));
  if (cite.documents?.length) parts.push(escapeMrkdwn(shorten(cite.documents.join(', '), 300)));
  return parts.length > 0 ? parts.join(' · ') : null;
}

function linkText(link: { title: string; url: string }): string {
  const title = escapeMrkdwn(link.title).replace(/\|/g, '¦');
  // A URL with Slack's control characters cannot be a link; show it as text instead.
  return /^https?:\/\/[^\s<>|]+$/.test(link.url) ? `<${link.url}|${title}>` : `${title} (${escapeMrkdwn(link.url)})`;
}

/** The mrkdwn of one entry, before splitting. Exempt entries show their title and "exempt" only. */
export function entryText(entry: AnswerEntry): string {
  const lines: string[] = [];
  if (entry.label) lines.push(`*${escapeMrkdwn(entry.label)}*`);
  if (entry.exempt) {
    lines.push(`${escapeMrkdwn(entry.text)} _(exempt)_`);
    return lines.join('\n');
  }
  const text = escapeMrkdwn(entry.text);
  lines.push(entry.quote ? blockQuote(text) : text);
  for (const line of entry.detail ?? []) {
    // A request's status has its own line, which Mark done / Reopen rewrite in place; a status
    // repeated at the end of a detail line would go stale there.
    const detail = entry.request ? line.replace(/ · (?:open|done|overdue)$/i, '') : line;
    if (detail) lines.push(escapeMrkdwn(detail));
  }
  for (const link of entry.links ?? []) lines.push(linkText(link));
  if (entry.request) lines.push(requestStatusLine(entry.request.state, entry.request.overdue));
  return lines.join('\n');
}

/** Sections of at most 3,000 characters; a split quote stays a quote. */
function sections(text: string, blockId?: string, accessory?: Button): Block[] {
  const chunks = splitText(text, SECTION_TEXT_LIMIT - 1).map((chunk, i, all) =>
    i > 0 && all[0]!.startsWith('>') && !chunk.startsWith('>') ? `>${chunk}` : chunk,
  );
  return chunks.map((chunk, i) => {
    const last = i === chunks.length - 1;
    return {
      type: 'section',
      text: { type: 'mrkdwn', text: chunk || ' ' },
      ...(last && blockId ? { block_id: blockId } : {}),
      ...(last && accessory ? { accessory } : {}),
    } satisfies types.SectionBlock;
  });
}

/** One entry: its text (with a Mark done / Reopen button for requests, where wanted), then its citation. */
export function entryBlocks(entry: AnswerEntry, n: number, answer?: AnswerRef, options: { requestButtons?: boolean } = {}): Block[] {
  const request = entry.request;
  const blocks = request
    ? sections(
        entryText(entry),
        `${BlockIds.requestPrefix}${n}`,
        options.requestButtons ? requestButton(request.id, request.state, answer, entry.text) : undefined,
      )
    : sections(entryText(entry));
  const cite = entry.cite ? citationText(entry.cite) : null;
  if (cite) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: cite }] });
  const evidence = evidenceActions(entry, n, answer);
  if (evidence) blocks.push(evidence);
  return blocks;
}

interface Unit {
  section: number;
  /** -1: an empty section (its heading and its "empty" line); -2: a list section, whole. */
  entry: number;
}

const EMPTY = -1;
const LIST = -2;

/** An entry that is one plain line (help's examples, short lists): shown as a bullet, not a block. */
function isPlain(entry: AnswerEntry): boolean {
  return !entry.label && !entry.quote && !entry.detail?.length && !entry.cite && !entry.request && !entry.links?.length && !entry.exempt;
}

function listBlocks(section: Answer['sections'][number]): Block[] {
  const heading = section.heading ? `*${escapeMrkdwn(shorten(section.heading, 300))}*\n` : '';
  return sections(`${heading}${section.entries.map((e) => `• ${escapeMrkdwn(e.text)}`).join('\n')}`);
}

function headingBlock(heading: string, continued: boolean): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(shorten(heading, 300))}*${continued ? ' _(continued)_' : ''}` } };
}

/** "2 of 5"; "page 2" when the answer was built only up to a few pages past this one (`notListed`). */
function pageOf(answer: Answer, page: number, pages: number): string {
  return answer.notListed ? `page ${page + 1}` : `${page + 1} of ${pages}`;
}

function titleBlocks(answer: Answer, page: number, pages: number): Block[] {
  const title = `*${escapeMrkdwn(shorten(answer.title, 500))}*${pages > 1 && page > 0 ? ` _(${pageOf(answer, page, pages)})_` : ''}`;
  const summary = answer.summary && page === 0 ? `\n${escapeMrkdwn(answer.summary)}` : '';
  // How the question was read, when it was not asked in a plain phrasing.
  const reading = answer.reading?.shown && page === 0 ? `\n_Read as: ${escapeMrkdwn(shorten(answer.reading.text, 300))}_` : '';
  const blocks = sections(`${title}${reading}${summary}`);
  if (blocks[0]) (blocks[0] as types.SectionBlock).block_id = BlockIds.answerTitle;
  return blocks;
}

function notesBlock(notes: string[]): Block | null {
  if (notes.length === 0) return null;
  const texts = notes.slice(0, 10).map((note) => escapeMrkdwn(shorten(note, 1500)));
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn' as const, text })) };
}

/** Group entries into pages that fit Slack's block limit and a phone's screen. Deterministic. */
function paginate(answer: Answer, reserved: number, ref: AnswerRef, options: AnswerBlocksOptions): Unit[][] {
  const budget = MAX_MESSAGE_BLOCKS - reserved;
  const pages: Unit[][] = [[]];
  let used = 0;
  let entries = 0;
  let lastSection = -1;
  answer.sections.forEach((section, s) => {
    const units: Unit[] =
      section.entries.length === 0
        ? [{ section: s, entry: EMPTY }]
        : section.entries.every(isPlain)
          ? [{ section: s, entry: LIST }]
          : section.entries.map((_, e) => ({ section: s, entry: e }));
    for (const unit of units) {
      const size = unit.entry === EMPTY ? 1 : unit.entry === LIST ? listBlocks(section).length : entryBlocks(section.entries[unit.entry]!, 0, ref, options).length;
      const heading = lastSection !== s && unit.entry !== LIST ? 1 : 0;
      const current = pages[pages.length - 1]!;
      if (current.length > 0 && (used + size + heading > budget || entries >= ENTRIES_PER_PAGE)) {
        pages.push([unit]);
        used = size + (unit.entry === LIST ? 0 : 1);
        entries = unit.entry === EMPTY ? 0 : 1;
      } else {
        current.push(unit);
        used += size + heading;
        if (unit.entry !== EMPTY) entries += 1;
      }
      lastSection = s;
    }
  });
  return pages;
}

/** The answer as a Slack message: one page of it, with paging and sharing buttons as needed. */
export function answerBlocks(answer: Answer, options: AnswerBlocksOptions = {}): SlackMessage {
  const ref: AnswerRef = { q: answer.question, t: answer.asOf, p: 0 };
  const notes = notesBlock(answer.notes ?? []);
  // Title may take more than one block only with a very long summary; count it exactly.
  const reserved = titleBlocks(answer, 0, 1).length + (notes ? 1 : 0) + 1 + (options.sharedBy ? 1 : 0);
  const pages = paginate(answer, reserved, ref, options);
  const page = Math.min(Math.max(0, options.page ?? 0), pages.length - 1);
  const pageRef: AnswerRef = { ...ref, p: page };

  const blocks: Block[] = titleBlocks(answer, page, pages.length);
  if (options.sharedBy) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `Shared by ${personText(options.sharedBy)} · asked “${escapeMrkdwn(shorten(answer.question, 200))}”` }],
    });
  }
  let lastSection = -1;
  let n = 0;
  for (const unit of pages[page]!) {
    const section = answer.sections[unit.section]!;
    if (unit.entry === LIST) {
      blocks.push(...listBlocks(section));
      lastSection = unit.section;
      continue;
    }
    if (unit.section !== lastSection) {
      const continued = unit.entry > 0;
      if (section.heading) blocks.push(headingBlock(section.heading, continued));
      lastSection = unit.section;
    }
    if (unit.entry === EMPTY) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(shorten(section.empty ?? 'Nothing found.', 2900)) } });
      continue;
    }
    blocks.push(...entryBlocks(section.entries[unit.entry]!, n++, pageRef, options));
  }
  if (notes && page === 0) blocks.push(notes);

  const buttons: Button[] = [];
  if (page < pages.length - 1) {
    const left = pages
      .slice(page + 1)
      .flat()
      .reduce((sum, u) => sum + (u.entry === LIST ? answer.sections[u.section]!.entries.length : u.entry === EMPTY ? 0 : 1), answer.notListed ?? 0);
    buttons.push({
      type: 'button',
      action_id: ActionIds.showMore,
      text: { type: 'plain_text', text: `Show more (${left} more)` },
      value: encodeAnswerRef({ ...ref, p: page + 1 }),
    });
  }
  if (options.share) {
    buttons.push({
      type: 'button',
      action_id: ActionIds.shareAnswer,
      text: { type: 'plain_text', text: 'Share in channel' },
      value: encodeAnswerRef(pageRef),
    });
  }
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: BlockIds.answerActions, elements: buttons });

  const suffix = pages.length > 1 ? ` (${pageOf(answer, page, pages.length)})` : '';
  return { text: escapeMrkdwn(`${shorten(answer.title, 3000)}${suffix}`), blocks };
}

/** A short message on its own (refusals, apologies, confirmations). */
export function noticeBlocks(text: string): SlackMessage {
  const escaped = escapeMrkdwn(text);
  return { text: escaped, blocks: sections(escaped) };
}
