// The Answer model as Block Kit. Pure functions returning { text, blocks }.
//
// Slack's limits shape the layout: at most 50 blocks per message, 3,000 characters per section text,
// about 12,000 in all of a message's blocks, 2,000 per button value, 75 per button text. A long answer
// is paged ("Show more"), never cut; a long entry is split over several sections, and an entry too
// long for one message over several pages. Phones show the fallback `text` in notifications, so it
// always carries the key fact.
import type { types } from '@slack/bolt';
import type { Answer, AnswerEntry, Citation } from '../../answers/answer.ts';
import { PAGE_ENTRIES } from '../../answers/pages.ts';
import { requestStatusText, requestStatusWord } from '../../answers/requests/request-wording.ts';
import type { RequestState } from '../../model.ts';
import { formatDate } from '../../london.ts';
import { followableTopic } from '../../follows/follows.ts';
import { ActionIds, BlockIds } from '../ids.ts';
import { encodeAnswerRef, encodeFollowRef, encodeRequestRef, type AnswerRef, type FollowRef } from './action-values.ts';
import { evidenceActions } from './evidence-blocks.ts';
import { SECTION_TEXT_LIMIT, blockQuote, escapeMrkdwn, shorten, splitText } from './mrkdwn.ts';

export type Block = types.KnownBlock;
export type Button = types.Button;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export const MAX_MESSAGE_BLOCKS = 50;
/**
 * What the text of all of a message's blocks may add up to. Slack refuses more than about 12,000
 * characters (msg_blocks_too_long, a limit it does not document); this leaves room.
 */
export const MESSAGE_TEXT_BUDGET = 11_000;
/** "Show more (99 more)" and "Share in channel", with room to spare. */
const BUTTON_ROW_CHARS = 60;
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
  /**
   * Show Follow on the answer's topic, on requests (where Mark done is not shown) and on agenda
   * items still ahead. A click follows for whoever clicks and is confirmed to them alone, so it
   * is safe wherever the member reads the answer; channel posts leave it out to stay short.
   */
  followButtons?: boolean;
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

/** Follow, for the member who clicks; `about` tells a screen reader what is followed. */
export function followButton(ref: FollowRef, about: string, text = 'Follow'): Button {
  return {
    type: 'button',
    action_id: ActionIds.follow,
    text: { type: 'plain_text', text: shorten(text, ACCESSIBILITY_LABEL_LIMIT) },
    accessibility_label: shorten(`Follow: ${about}`, ACCESSIBILITY_LABEL_LIMIT),
    value: encodeFollowRef(ref),
  };
}

/** The button beside an entry: Mark done / Reopen for co-ordinators, else Follow where the entry can be followed. */
function entryButton(entry: AnswerEntry, answer: AnswerRef | undefined, options: EntryButtons): Button | undefined {
  const request = entry.request;
  if (request && options.requestButtons) return requestButton(request.id, request.state, answer, entry.text);
  if (!options.followButtons) return undefined;
  if (request) return followButton({ k: 'request', t: request.id }, entry.text);
  if (entry.item && !entry.item.minuted) return followButton({ k: 'item', t: entry.item.id }, entry.text);
  return undefined;
}

type EntryButtons = Pick<AnswerBlocksOptions, 'requestButtons' | 'followButtons'>;

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

/** One entry: its text (with a Mark done / Reopen button for requests, where wanted), then its citation and, where wanted, its evidence buttons. */
export function entryBlocks(entry: AnswerEntry, n: number, answer?: AnswerRef, options: EntryButtons = {}): Block[] {
  const blocks = sections(entryText(entry), entry.request ? `${BlockIds.requestPrefix}${n}` : undefined, entryButton(entry, answer, options));
  const cite = entry.cite ? citationText(entry.cite) : null;
  if (cite) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: cite }] });
  // Confirming or dismissing evidence is a co-ordinator's decision: members see the evidence, not its buttons.
  const evidence = options.requestButtons ? evidenceActions(entry, n, answer) : null;
  if (evidence) blocks.push(evidence);
  return blocks;
}

/**
 * One piece of a page: an empty section (its heading and its "empty" line), a list section, or an
 * entry; a list or an entry too long for one message is cut into parts (blocks `from` to `to` of
 * its blocks), each on its own page if need be.
 */
interface Unit {
  section: number;
  /** The entry's index, or EMPTY or LIST. */
  entry: number;
  from: number;
  to: number;
  /** 0 for the first part; a later part shows its heading as continued. */
  part: number;
  /**
   * The unit's blocks as paging rendered them, kept when they were rendered for the place the unit
   * took (its number on the page shown, that page on its buttons): the page is then not rendered again.
   */
  rendered?: Block[];
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

function sharedByBlock(answer: Answer, sharedBy: string): Block {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: `Shared by ${personText(sharedBy)} · asked “${escapeMrkdwn(shorten(answer.question, 200))}”` }],
  };
}

/** The characters of a block's text that Slack counts against a message: every `text` string in it. */
export function textChars(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let sum = 0;
  if (Array.isArray(value)) {
    for (const v of value) sum += textChars(v);
    return sum;
  }
  // Counted in place (blocks are plain objects): Object.entries made an array of pairs for every object of every block.
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const v = object[key];
    sum += key === 'text' && typeof v === 'string' ? v.length : textChars(v);
  }
  return sum;
}

/** "2 of 5"; "page 2" when the answer was built only up to a few pages past this one (`notListed`). */
function pageOf(answer: Answer, page: number, pages: number): string {
  return answer.notListed ? `page ${page + 1}` : `${page + 1} of ${pages}`;
}

function titleBlocks(answer: Answer, page: number, pages: number): Block[] {
  const title = `*${escapeMrkdwn(shorten(answer.title, 500))}*${pages > 1 && page > 0 ? ` _(${pageOf(answer, page, pages)})_` : ''}`;
  const summary = answer.summary && page === 0 ? `\n${escapeMrkdwn(shorten(answer.summary, 2000))}` : '';
  // How the question was read, when it was not asked in a plain phrasing.
  const reading = answer.reading?.shown && page === 0 ? `\n_Read as: ${escapeMrkdwn(shorten(answer.reading.text, 300))}_` : '';
  const blocks = sections(`${title}${reading}${summary}`);
  if (blocks[0]) (blocks[0] as types.SectionBlock).block_id = BlockIds.answerTitle;
  return blocks;
}

function notesBlock(notes: string[]): Block | null {
  if (notes.length === 0) return null;
  const texts = notes.slice(0, 5).map((note) => escapeMrkdwn(shorten(note, 500)));
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn' as const, text })) };
}

/** What a page may hold besides the title, notes and buttons. */
interface Budget {
  blocks: number;
  chars: number;
}

/** The blocks of one unit of an answer, rendered with `ref` on its buttons. */
function unitBlocks(answer: Answer, section: number, entry: number, n: number, ref: AnswerRef, options: AnswerBlocksOptions): Block[] {
  const s = answer.sections[section]!;
  if (entry === LIST) return listBlocks(s);
  if (entry === EMPTY) return [{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(shorten(s.empty ?? 'Nothing found.', 2900)) } }];
  return entryBlocks(s.entries[entry]!, n, ref, options);
}

/** A unit's blocks (their text sizes, see textChars) cut into parts that each fit a page (with its heading), with the characters of each. */
function parts(sizes: readonly number[], budget: Budget, headingChars: number): Array<{ from: number; to: number; chars: number }> {
  const out: Array<{ from: number; to: number; chars: number }> = [];
  let from = 0;
  let chars = 0;
  for (let i = 0; i < sizes.length; i++) {
    const size = sizes[i]!;
    const count = i - from;
    if (count > 0 && (count + 1 + 1 > budget.blocks || chars + size + headingChars > budget.chars)) {
      out.push({ from, to: i, chars });
      from = i;
      chars = 0;
    }
    chars += size;
  }
  out.push({ from, to: sizes.length, chars });
  return out;
}

/**
 * Group the answer into pages that fit Slack's limits (blocks per message, the characters all of a
 * message's blocks may hold) and a phone's screen (ENTRIES_PER_PAGE). Deterministic, so a button's
 * page number finds the same page again.
 *
 * An answer with entries not built (`notListed`) says "page 2", not "2 of 5", so once a unit starts
 * the page after the one `shown`, the rest is not rendered to be paged: `unpaged` counts its
 * entries for "Show more" instead (a long answer has some 50 entries built, a page 10 at most).
 */
function paginate(answer: Answer, budget: Budget, ref: AnswerRef, options: AnswerBlocksOptions, shown: number): { pages: Unit[][]; unpaged: number } {
  const pages: Unit[][] = [[]];
  let usedBlocks = 0;
  let usedChars = 0;
  let entries = 0;
  let lastSection = -1;
  let unpaged = 0;
  let paging = true;
  for (let s = 0; s < answer.sections.length; s++) {
    const section = answer.sections[s]!;
    const kinds =
      section.entries.length === 0 ? [EMPTY] : section.entries.every(isPlain) ? [LIST] : section.entries.map((_, e) => e);
    if (!paging) {
      unpaged += unitEntries(answer, s, kinds[0]!) * kinds.length;
      continue;
    }
    const heading = section.heading ? headingBlock(section.heading, true) : null;
    const headingChars = heading ? textChars(heading) : 0;
    for (const entry of kinds) {
      if (!paging) {
        unpaged += unitEntries(answer, s, entry);
        continue;
      }
      // Rendered for the place the unit takes if it fits on the page being filled (what it holds does
      // not change its size): on the page shown, the blocks are kept as they are.
      const n = pages[pages.length - 1]!.length;
      const page = pages.length - 1;
      const blocks = unitBlocks(answer, s, entry, n, page === 0 ? ref : { ...ref, p: page }, options);
      const sizes = blocks.map(textChars);
      const cut = parts(sizes, budget, headingChars);
      for (let part = 0; part < cut.length && paging; part++) {
        const { from, to, chars } = cut[part]!;
        const unit: Unit = { section: s, entry, from, to, part };
        const size = to - from;
        // A list carries its heading in its own text.
        const needsHeading = heading !== null && entry !== LIST;
        const current = pages[pages.length - 1]!;
        const headingHere = needsHeading && (lastSection !== s || current.length === 0) ? 1 : 0;
        const startsEntry = part === 0 && entry !== EMPTY;
        const full =
          usedBlocks + size + headingHere > budget.blocks ||
          usedChars + chars + headingHere * headingChars > budget.chars ||
          (startsEntry && entries >= ENTRIES_PER_PAGE);
        if (current.length > 0 && full) {
          pages.push([unit]);
          const headed = needsHeading ? 1 : 0;
          usedBlocks = size + headed;
          usedChars = chars + headed * headingChars;
          entries = startsEntry ? 1 : 0;
          // The page after the one shown has begun: with entries not built, nothing more is paged.
          if (answer.notListed && pages.length - 1 > shown) paging = false;
        } else {
          current.push(unit);
          usedBlocks += size + headingHere;
          usedChars += chars + headingHere * headingChars;
          if (startsEntry) entries += 1;
        }
        if (page === shown && pages.length - 1 === page && pages[page]!.length - 1 === n) unit.rendered = blocks;
        lastSection = s;
      }
    }
  }
  return { pages, unpaged };
}

/** The entries a unit counts for "Show more": a list's every line, an entry one, an empty section none. */
function unitEntries(answer: Answer, section: number, entry: number): number {
  return entry === LIST ? answer.sections[section]!.entries.length : entry === EMPTY ? 0 : 1;
}

/** The answer as a Slack message: one page of it, with paging and sharing buttons as needed. */
export function answerBlocks(answer: Answer, options: AnswerBlocksOptions = {}): SlackMessage {
  const ref: AnswerRef = { q: answer.question, t: answer.asOf, p: 0 };
  const notes = notesBlock(answer.notes ?? []);
  const title = titleBlocks(answer, 0, 1);
  const shared = options.sharedBy ? sharedByBlock(answer, options.sharedBy) : null;
  // What every page may need besides its entries: title, notes, who shared it, and a row of buttons.
  const reserved = [...title, ...(notes ? [notes] : []), ...(shared ? [shared] : [])];
  const topic = options.followButtons ? followableTopic(answer) : null;
  const followTopic = topic ? followButton({ k: 'topic', t: topic }, topic, `Follow “${topic}”`) : null;
  const budget: Budget = {
    blocks: MAX_MESSAGE_BLOCKS - reserved.length - 1,
    chars: MESSAGE_TEXT_BUDGET - reserved.reduce((sum, b) => sum + textChars(b), 0) - BUTTON_ROW_CHARS - textChars(followTopic),
  };
  const asked = Math.max(0, options.page ?? 0);
  const { pages, unpaged } = paginate(answer, budget, ref, options, asked);
  const page = Math.min(asked, pages.length - 1);
  const pageRef: AnswerRef = { ...ref, p: page };

  const blocks: Block[] = titleBlocks(answer, page, pages.length);
  if (shared) blocks.push(shared);
  let lastSection = -1;
  let n = 0;
  for (const unit of pages[page]!) {
    const section = answer.sections[unit.section]!;
    if (unit.entry !== LIST && unit.section !== lastSection && section.heading) {
      blocks.push(headingBlock(section.heading, unit.entry > 0 || unit.part > 0));
    }
    lastSection = unit.section;
    const rendered = unit.rendered ?? unitBlocks(answer, unit.section, unit.entry, n, pageRef, options);
    n++;
    for (let b = unit.from; b < unit.to; b++) blocks.push(rendered[b]!);
  }
  if (notes && page === 0) blocks.push(notes);

  const buttons: Button[] = [];
  if (page < pages.length - 1) {
    const left = pages
      .slice(page + 1)
      .flat()
      .filter((u) => u.part === 0)
      .reduce((sum, u) => sum + unitEntries(answer, u.section, u.entry), unpaged + (answer.notListed ?? 0));
    buttons.push({
      type: 'button',
      action_id: ActionIds.showMore,
      // The rest of a long entry alone: "Show more" without a count.
      text: { type: 'plain_text', text: left > 0 ? `Show more (${left} more)` : 'Show more' },
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
  if (followTopic) buttons.push(followTopic);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: BlockIds.answerActions, elements: buttons });

  const suffix = pages.length > 1 ? ` (${pageOf(answer, page, pages.length)})` : '';
  return { text: escapeMrkdwn(`${shorten(answer.title, 3000)}${suffix}`), blocks };
}

/** A short message on its own (refusals, apologies, confirmations); kept within one message's limits. */
export function noticeBlocks(text: string): SlackMessage {
  const fits = (max: number) => (text.length > max ? shorten(text, max) : text);
  return { text: escapeMrkdwn(fits(3000)), blocks: sections(escapeMrkdwn(fits(MESSAGE_TEXT_BUDGET - 1000))) };
}
