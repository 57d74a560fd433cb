// What a settings form (modal) says, read from the view's state as Slack sends it on submission, or
// the problems to show beside its inputs. Pure: nothing is changed here.
import type { Subscription } from '../../model.ts';
import { MAX_DAYS_BEFORE } from '../../reminders/remind-words.ts';
import { InputIds } from '../ids.ts';

/** One input's state: the fields Slack fills for the input's element type. */
export interface InputState {
  type?: string;
  value?: string | null;
  selected_users?: string[];
  selected_conversation?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_time?: string | null;
  selected_user?: string | null;
}

/** view.state.values: block id -> action id -> the input's state. */
export type FormValues = Record<string, Record<string, InputState>>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

function field(values: FormValues, blockId: string): InputState | undefined {
  return values[blockId]?.[InputIds.value];
}

const SLACK_ID = /^[A-Z0-9]{2,}$/;

export function readCoordinatorsForm(values: FormValues): FormResult<string[]> {
  const users = (field(values, InputIds.coordinators)?.selected_users ?? []).filter((u) => SLACK_ID.test(u));
  if (users.length === 0) return { ok: false, errors: { [InputIds.coordinators]: 'Keep at least one co-ordinator: without one, nobody can mark requests done or change reminders.' } };
  return { ok: true, value: users };
}

export function readChannelBoardForm(values: FormValues, boardIds: readonly string[]): FormResult<{ channel: string; board: string }> {
  const errors: Record<string, string> = {};
  const channel = field(values, InputIds.channel)?.selected_conversation ?? '';
  const board = field(values, InputIds.board)?.selected_option?.value ?? '';
  if (!SLACK_ID.test(channel)) errors[InputIds.channel] = 'Choose a channel.';
  if (!boardIds.includes(board)) errors[InputIds.board] = 'Choose one of the boards.';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: { channel, board } };
}

export interface ReminderChange {
  channel: string;
  kind: Subscription['kind'];
  at: string;
  daysBefore: number | null;
  cadence: Subscription['cadence'];
  news: boolean;
}

export function readReminderForm(values: FormValues): FormResult<ReminderChange> {
  const errors: Record<string, string> = {};
  const channel = field(values, InputIds.channel)?.selected_conversation ?? '';
  const kind = field(values, InputIds.kind)?.selected_option?.value;
  const at = field(values, InputIds.time)?.selected_time ?? '';
  const lead = field(values, InputIds.daysBefore)?.selected_option?.value ?? '';
  const day = field(values, InputIds.day)?.selected_option?.value ?? '';
  if (!SLACK_ID.test(channel)) errors[InputIds.channel] = 'Choose the channel to post in.';
  if (kind !== 'agenda' && kind !== 'requests') errors[InputIds.kind] = 'Choose what to post.';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) errors[InputIds.time] = 'Choose a time of day.';
  const daysBefore = /^\d+$/.test(lead) && Number(lead) <= MAX_DAYS_BEFORE ? Number(lead) : null;
  if (kind === 'agenda' && daysBefore === null) errors[InputIds.daysBefore] = `Choose how many days before the meeting (0 to ${MAX_DAYS_BEFORE}).`;
  const week = /^week:([0-6])$/.exec(day);
  const cadence: Subscription['cadence'] = day === 'month' ? { every: 'month' } : week ? { every: 'week', day: Number(week[1]) } : null;
  if (kind === 'requests' && cadence === null) errors[InputIds.day] = 'Choose the day of the digest.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const news = (field(values, InputIds.news)?.selected_options ?? []).some((o) => o.value === 'on');
  return {
    ok: true,
    value:
      kind === 'agenda'
        ? { channel, kind, at, daysBefore, cadence: null, news }
        : { channel, kind: 'requests', at, daysBefore: null, cadence, news },
  };
}

export function readMemberLinkForm(values: FormValues): FormResult<{ user: string; name: string }> {
  const errors: Record<string, string> = {};
  const user = field(values, InputIds.member)?.selected_user ?? '';
  const name = (field(values, InputIds.memberName)?.value ?? '').replace(/\s+/g, ' ').trim();
  if (!SLACK_ID.test(user)) errors[InputIds.member] = 'Choose the person.';
  if (!name || name.length > 80) errors[InputIds.memberName] = 'Give the member’s name as the minutes print it.';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: { user, name } };
}
