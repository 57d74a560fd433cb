// The co-ordinators' settings on the App Home, and the forms (modals) its buttons open: who the
// co-ordinators are, which board each channel is about, and each channel's reminders. Pure builders.
import type { types } from '@slack/bolt';
import type { Subscription } from '../../model.ts';
import { DEFAULT_AGENDA_DAYS, DEFAULT_AT, DEFAULT_DIGEST_DAY, MAX_DAYS_BEFORE, WEEKDAY_NAMES } from '../../reminders/remind-words.ts';
import type { HomeBoardChoice, HomeSettings } from '../home-content.ts';
import { ActionIds, BlockIds, InputIds, ViewIds } from '../ids.ts';
import type { Block } from './answer-blocks.ts';
import { escapeMrkdwn, shorten } from './mrkdwn.ts';
import { SETTINGS_LIST_LIMIT } from '../home-content.ts';

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

function button(actionId: string, text: string, options: { value?: string; style?: 'primary' | 'danger'; label?: string } = {}): types.Button {
  return {
    type: 'button',
    action_id: actionId,
    text: plain(text),
    ...(options.value ? { value: options.value } : {}),
    ...(options.style ? { style: options.style } : {}),
    ...(options.label ? { accessibility_label: shorten(options.label, 75) } : {}),
  };
}

function section(text: string, blockId?: string, accessory?: types.Button): Block {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: shorten(text, 2900) || ' ' },
    ...(blockId ? { block_id: blockId } : {}),
    ...(accessory ? { accessory } : {}),
  };
}

const people = (users: readonly string[]) => users.map((u) => `<@${u}>`).join(', ');

/** The settings part of the Home: shown to co-ordinators only, so every button works for who sees it. */
export function settingsBlocks(settings: HomeSettings): Block[] {
  const blocks: Block[] = [{ type: 'header', text: plain('Settings (co-ordinators)') }];
  blocks.push(
    section(
      settings.coordinators.length > 0
        ? `*Co-ordinators:* ${people(settings.coordinators)}\nThey can mark requests done, add papers, set reminders and choose channels' boards.`
        : '*Co-ordinators:* none yet.',
      BlockIds.settingsCoordinators,
      button(ActionIds.editCoordinators, 'Change', { label: 'Change who the co-ordinators are' }),
    ),
  );
  if (settings.boards.length > 0) {
    const shown = settings.channels.slice(0, SETTINGS_LIST_LIMIT);
    const lines = shown.map((t) => `• <#${t.channel}>: ${escapeMrkdwn(t.board)}`);
    if (settings.channels.length > shown.length) lines.push(`…and ${settings.channels.length - shown.length} more`);
    blocks.push(
      section(
        `*Channels' boards*\n${lines.length > 0 ? lines.join('\n') : 'No channel is tied to a board yet: every channel is about the first board.'}`,
        BlockIds.settingsChannels,
        button(ActionIds.tieChannel, 'Choose', { label: "Choose a channel's board" }),
      ),
    );
  }
  const members = settings.members.slice(0, SETTINGS_LIST_LIMIT);
  const memberLines = members.map((m) => `• <@${m.user}>: ${escapeMrkdwn(m.name)}${m.claimed ? ' _(claimed)_' : ''}`);
  if (settings.members.length > members.length) memberLines.push(`…and ${settings.members.length - members.length} more`);
  blocks.push(
    section(
      `*Members linked*\n${memberLines.length > 0 ? memberLines.join('\n') : 'Nobody yet. A member can claim their own name: `/scrutiny link me Councillor A Name`.'}`,
      BlockIds.settingsMembers,
      button(ActionIds.linkMember, 'Link', { label: 'Link a Slack user to a member of the board' }),
    ),
  );
  blocks.push(section('*Reminders*', BlockIds.settingsReminders, button(ActionIds.addReminder, 'Add', { style: 'primary', label: 'Add or change a reminder' })));
  const reminders = settings.reminders.slice(0, SETTINGS_LIST_LIMIT);
  if (reminders.length === 0) blocks.push(section('No channel gets reminders yet.'));
  reminders.forEach((r, n) => {
    const about = settings.boards.length > 0 ? ` (${escapeMrkdwn(r.board)})` : '';
    blocks.push(
      section(
        `<#${r.channel}>${about}: ${escapeMrkdwn(r.line)}`,
        `${BlockIds.settingsReminderPrefix}${n}`,
        button(ActionIds.removeReminder, 'Remove', { value: r.id, label: `Remove the reminder: ${r.line}` }),
      ),
    );
  });
  if (settings.reminders.length > reminders.length) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${settings.reminders.length - reminders.length} more: \`/scrutiny remind list\` in each channel.` }] });
  }
  return blocks;
}

/** The Home's board picker, when the workspace serves several boards. */
export function homeBoardPicker(current: string, choices: readonly HomeBoardChoice[]): Block {
  const options = choices.slice(0, 100).map((c) => ({ text: plain(shorten(c.title, 75)), value: c.id }));
  const initial = options.find((o) => o.value === current);
  return {
    type: 'section',
    block_id: BlockIds.homeBoard,
    text: { type: 'mrkdwn', text: '*Board shown here*' },
    accessory: {
      type: 'static_select',
      action_id: ActionIds.homeBoard,
      placeholder: plain('Choose a board'),
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

export interface ModalView {
  type: 'modal';
  callback_id: string;
  title: { type: 'plain_text'; text: string };
  submit: { type: 'plain_text'; text: string };
  close: { type: 'plain_text'; text: string };
  private_metadata?: string;
  blocks: Block[];
}

function modal(callbackId: string, title: string, blocks: Block[], submit = 'Save'): ModalView {
  // Slack allows 24 characters in a modal's title and buttons.
  return { type: 'modal', callback_id: callbackId, title: { type: 'plain_text', text: title.slice(0, 24) }, submit: { type: 'plain_text', text: submit }, close: { type: 'plain_text', text: 'Cancel' }, blocks };
}

function input(blockId: string, label: string, element: Record<string, unknown>, options: { hint?: string; optional?: boolean } = {}): Block {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label),
    element: { action_id: InputIds.value, ...element },
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    ...(options.optional ? { optional: true } : {}),
  } as Block;
}

export function coordinatorsModal(current: readonly string[]): ModalView {
  return modal(ViewIds.coordinators, 'Co-ordinators', [
    input(
      InputIds.coordinators,
      'Scrutiny co-ordinators',
      { type: 'multi_users_select', placeholder: plain('Choose people'), ...(current.length > 0 ? { initial_users: [...current] } : {}) },
      { hint: 'Co-ordinators mark requests done, add papers, set reminders and choose channels\u2019 boards. Keep at least one.' },
    ),
  ]);
}

export function channelBoardModal(boards: readonly HomeBoardChoice[]): ModalView {
  const options = boards.slice(0, 100).map((b) => ({ text: plain(shorten(b.title, 75)), value: b.id }));
  return modal(ViewIds.channelBoard, "A channel's board", [
    input(InputIds.channel, 'Channel', { type: 'conversations_select', placeholder: plain('Choose a channel'), filter: { include: ['public', 'private'], exclude_bot_users: true } }),
    input(InputIds.board, 'Board', { type: 'static_select', placeholder: plain('Choose a board'), options }, { hint: 'Questions, reminders and digests in the channel are then about this board.' }),
  ]);
}

function dayOptions() {
  const week = [1, 2, 3, 4, 5, 6, 0].map((d) => ({ text: plain(`Every ${WEEKDAY_NAMES[d]}`), value: `week:${d}` }));
  return [...week, { text: plain('The 1st of each month'), value: 'month' }];
}

function leadOptions() {
  const days = [...new Set([0, 1, 2, 3, 4, 5, 6, 7, 10, 14, 21, 28, MAX_DAYS_BEFORE])].filter((d) => d <= MAX_DAYS_BEFORE);
  return days.map((d) => ({ text: plain(d === 0 ? 'On the day' : `${d} day${d === 1 ? '' : 's'} before`), value: String(d) }));
}

/** Add or change a channel's reminder; `existing` fills the form when one is being changed. */
export function reminderModal(existing?: Subscription): ModalView {
  const kinds = [
    { text: plain("Each meeting's agenda, before the meeting"), value: 'agenda' },
    { text: plain('The open requests (a digest)'), value: 'requests' },
  ];
  const kind = kinds.find((k) => k.value === (existing?.kind ?? 'agenda'))!;
  const leads = leadOptions();
  const lead = leads.find((o) => o.value === String(existing?.daysBefore ?? DEFAULT_AGENDA_DAYS)) ?? leads[0]!;
  const days = dayOptions();
  const cadence = existing?.cadence;
  const day = days.find((o) => o.value === (cadence?.every === 'month' ? 'month' : `week:${cadence?.day ?? DEFAULT_DIGEST_DAY}`))!;
  return modal(ViewIds.reminder, 'Reminder', [
    input(InputIds.channel, 'Channel', {
      type: 'conversations_select',
      placeholder: plain('Choose a channel'),
      filter: { include: ['public', 'private'], exclude_bot_users: true },
      ...(existing ? { initial_conversation: existing.channel } : {}),
    }),
    input(InputIds.kind, 'What to post', { type: 'radio_buttons', options: kinds, initial_option: kind }, { hint: 'A channel has one reminder of each kind: a new one replaces the old.' }),
    input(InputIds.daysBefore, 'Agenda: how long before the meeting', { type: 'static_select', options: leads, initial_option: lead }),
    input(InputIds.day, 'Requests digest: which day', { type: 'static_select', options: days, initial_option: day }),
    input(InputIds.time, 'At (UK time)', { type: 'timepicker', initial_time: existing?.at ?? DEFAULT_AT }),
    input(
      InputIds.news,
      'News',
      {
        type: 'checkboxes',
        options: [{ text: plain('Also post when new minutes or an agenda arrive'), value: 'on' }],
        ...(existing?.newMinutes === false ? {} : { initial_options: [{ text: plain('Also post when new minutes or an agenda arrive'), value: 'on' }] }),
      },
      { optional: true },
    ),
  ]);
}

/** Link a Slack user to a member of the board, by the name the minutes print. */
export function memberLinkModal(): ModalView {
  return modal(ViewIds.memberLink, 'Link a member', [
    input(InputIds.member, 'Slack user', { type: 'users_select', placeholder: plain('Choose a person') }),
    input(InputIds.memberName, 'Member of the board', { type: 'plain_text_input', max_length: 80, placeholder: plain('Councillor A Name') }, { hint: 'As the minutes print it. Their Home then shows their attendance and the requests they raised.' }),
  ], 'Link');
}
