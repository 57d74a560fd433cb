// The App Home tab as a Block Kit view (at most 100 blocks): the board shown (and a picker when there
// are several), next meeting, open requests, latest resolutions, the board's reminders, and for
// co-ordinators the settings. Pure: built from HomeContent.
import type { types } from '@slack/bolt';
import type { Answer, AnswerEntry } from '../../answers/answer.ts';
import { formatDate } from '../../london.ts';
import type { HomeContent, MyPart } from '../home-content.ts';
import { BlockIds, HOME_CALLBACK_ID } from '../ids.ts';
import { entryBlocks, type Block } from './answer-blocks.ts';
import { escapeMrkdwn, shorten } from './mrkdwn.ts';
import { homeBoardPicker, settingsBlocks } from './settings-blocks.ts';

export const MAX_VIEW_BLOCKS = 100;
/** A Home entry's text at most: a phone-sized summary. */
const HOME_ENTRY_CHARS = 600;

export interface HomeView {
  type: 'home';
  callback_id: string;
  blocks: Block[];
}

function section(text: string, blockId?: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: shorten(text, 2900) }, ...(blockId ? { block_id: blockId } : {}) };
}

function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: shorten(text, 150), emoji: true } };
}

function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: shorten(text, 2900) }] };
}

/** The next-meeting answer in a few lines: title, summary and the first items. */
function nextMeetingText(answer: Answer): string {
  const lines = [`*${escapeMrkdwn(answer.title)}*`];
  if (answer.summary) lines.push(escapeMrkdwn(answer.summary));
  const entries = answer.sections[0]?.entries ?? [];
  for (const entry of entries.slice(0, 8)) {
    const label = entry.label ? `${entry.label} · ` : '';
    lines.push(`• ${escapeMrkdwn(shorten(`${label}${entry.text}`, 160))}${entry.exempt ? ' _(exempt)_' : ''}`);
  }
  if (entries.length > 8) lines.push(`_…and ${entries.length - 8} more: ask \`/scrutiny next meeting\`_`);
  return lines.join('\n');
}

/** An entry as the Home tab shows it: a summary, however long the resolution or request (the answers have it whole). */
function summarised(entry: AnswerEntry): AnswerEntry {
  return {
    ...entry,
    text: entry.text.length > HOME_ENTRY_CHARS ? shorten(entry.text, HOME_ENTRY_CHARS) : entry.text,
    ...(entry.detail ? { detail: entry.detail.slice(0, 3).map((d) => (d.length > 300 ? shorten(d, 300) : d)) } : {}),
  };
}

/** Who the member is on the board: their attendance and the requests they raised, or how to link. */
function myBlocks(me: MyPart, coordinator: boolean): Block[] {
  if (!me.name) return [header('You on the board'), section(escapeMrkdwn(me.howToLink), BlockIds.homeMe), { type: 'divider' }];
  const blocks: Block[] = [header(`You: ${shorten(me.name, 140)}`)];
  const attendance = me.attendance
    ? [`*${escapeMrkdwn(me.attendance.title)}*`, ...me.attendance.recent.map((line) => `• ${escapeMrkdwn(line)}`)].join('\n')
    : 'No attendance of yours is in the record yet.';
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: shorten(attendance, 2900) }, block_id: BlockIds.homeMe });
  const { count, entries } = me.raised;
  blocks.push(
    section(
      count === 0
        ? 'Requests you raised: none in the record names you as asking for it.'
        : `*Requests you raised (${count})*${count > entries.length ? `: the latest ${entries.length}` : ''}`,
      BlockIds.homeRaised,
    ),
  );
  entries.forEach((entry, n) => blocks.push(...entryBlocks(summarised(entry), 100 + n, undefined, { requestButtons: coordinator, followButtons: true })));
  blocks.push({ type: 'divider' });
  return blocks;
}

export function homeView(content: HomeContent, options: { notice?: string } = {}): HomeView {
  const blocks: Block[] = [];
  if (options.notice) blocks.push(section(`:information_source: ${escapeMrkdwn(options.notice)}`, BlockIds.homeNotice));
  if (content.board.choices.length > 1) {
    blocks.push(homeBoardPicker(content.board.id, content.board.choices));
    blocks.push(context(`Showing *${escapeMrkdwn(content.board.title)}*. Each channel's answers and reminders are about its own board.`));
  }

  blocks.push(header('Next meeting'));
  blocks.push(section(nextMeetingText(content.nextMeeting), BlockIds.homeNextMeeting));
  for (const note of (content.nextMeeting.notes ?? []).slice(0, 2)) blocks.push(context(escapeMrkdwn(note)));
  blocks.push({ type: 'divider' });

  const { count, oldest } = content.openRequests;
  blocks.push(header(`Open requests (${count})`));
  if (count === 0) blocks.push(section('Nothing outstanding.', BlockIds.homeRequests));
  else {
    blocks.push(
      section(count > oldest.length ? `The oldest ${oldest.length} of ${count}. Ask \`/scrutiny outstanding requests\` for all.` : 'Oldest first.', BlockIds.homeRequests),
    );
    oldest.forEach((entry, n) => blocks.push(...entryBlocks(summarised(entry), n, undefined, { requestButtons: content.coordinator, followButtons: true })));
  }
  blocks.push({ type: 'divider' });

  const latest = content.latestResolutions;
  blocks.push(header('Latest resolutions'));
  if (!latest.meeting) blocks.push(section('No resolutions in the record yet.', BlockIds.homeResolutions));
  else {
    blocks.push(section(`From the meeting of ${latest.meeting.date ? formatDate(latest.meeting.date) : 'an unknown date'}.`, BlockIds.homeResolutions));
    latest.entries.forEach((entry) => blocks.push(...entryBlocks(summarised(entry), -1)));
    if (latest.more > 0) blocks.push(context(`…and ${latest.more} more from that meeting.`));
  }
  blocks.push({ type: 'divider' });

  if (content.me) blocks.push(...myBlocks(content.me, content.coordinator));

  if (content.following) {
    const { lines, snoozedUntil } = content.following;
    blocks.push(header('You follow'));
    // One line each: section() flattens a text to one line.
    const listed = lines.slice(0, 20).map((line) => `• ${escapeMrkdwn(shorten(line, 120))}`);
    if (lines.length > 20) listed.push(`…and ${lines.length - 20} more: \`/scrutiny following\``);
    blocks.push(
      listed.length > 0
        ? { type: 'section', text: { type: 'mrkdwn', text: listed.join('\n') }, block_id: BlockIds.homeFollowing }
        : section('Nothing yet. Follow a topic with `/scrutiny follow SEND` and hear when it is on a new agenda or in new minutes.', BlockIds.homeFollowing),
    );
    if (snoozedUntil) blocks.push(context(`Your messages are snoozed until ${formatDate(snoozedUntil)}: \`/scrutiny snooze off\` to resume.`));
    blocks.push({ type: 'divider' });
  }

  blocks.push(header('Reminders'));
  blocks.push(
    section(
      content.subscriptions.length > 0
        ? content.subscriptions.map((line) => `• ${line}`).join('\n')
        : content.board.choices.length > 1
          ? 'No channel gets reminders about this board yet.'
          : 'No channel gets reminders yet. In a channel, a co-ordinator can type `/scrutiny remind agenda` or `/scrutiny remind requests`.',
      BlockIds.homeSubscriptions,
    ),
  );
  if (content.settings) {
    blocks.push({ type: 'divider' });
    blocks.push(...settingsBlocks(content.settings));
  }
  blocks.push(context('Ask anything with `/scrutiny <question>` or by mentioning me, e.g. `/scrutiny next meeting`, `/scrutiny what was resolved on private fostering?`'));

  // Entries are capped above; this only guards Slack's limit should an entry split into many sections.
  const fitted = blocks.length > MAX_VIEW_BLOCKS ? [...blocks.slice(0, MAX_VIEW_BLOCKS - 1), context('More in the answers to `/scrutiny` questions.')] : blocks;
  return { type: 'home', callback_id: HOME_CALLBACK_ID, blocks: fitted };
}

