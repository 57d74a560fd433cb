// What the App Home tab shows, gathered from the engine and the record. No Slack here: the view is
// built from this by blocks/home-view.ts. The Home is about one board (the member picks which when
// the workspace serves several); co-ordinators also get the workspace's settings.
import type { Answer, AnswerEntry } from '../answers/answer.ts';
import { answerFrom, type Engine } from '../answers/engine.ts';
import type { Board, BoardDirectory } from '../boards/board-directory.ts';
import { placeOf } from '../boards/board-engine.ts';
import type { Meeting } from '../model.ts';
import { followsOf, snoozeShown } from '../follows/follows.ts';
import { HOME_LIST_LIMIT, type HomeRecord } from '../home/home-record.ts';
import { HOW_TO_LINK, memberLinkOf } from '../members/member-links.ts';
import { describeSubscription } from '../reminders/remind-command.ts';

export { HOME_LIST_LIMIT };
/** Settings rows shown at most (each is a block or two of the Home's hundred). */
export const SETTINGS_LIST_LIMIT = 12;

export interface HomeBoardChoice {
  id: string;
  title: string;
}

export interface ReminderSetting {
  /** The subscription's id (channel and kind). */
  id: string;
  channel: string;
  board: string;
  line: string;
}

/** The co-ordinators' part of the Home: who they are, channels' boards, reminders. */
export interface HomeSettings {
  coordinators: string[];
  /** Channels tied to a board, in Slack or by the configuration file. */
  channels: { channel: string; board: string }[];
  reminders: ReminderSetting[];
  /** Boards a channel can be tied to (shown only when there is a choice). */
  boards: HomeBoardChoice[];
  /** Slack users linked to members of the board: who, as whom, and whether they claimed it. */
  members: { user: string; name: string; claimed: boolean }[];
}

export interface HomeContent {
  /** The board shown, and the others a member can switch to (none when only one is served). */
  board: { id: string; title: string; choices: HomeBoardChoice[] };
  nextMeeting: Answer;
  openRequests: { count: number; oldest: AnswerEntry[] };
  latestResolutions: { meeting: Meeting | null; entries: AnswerEntry[]; more: number };
  /** One line per reminder subscription, with channels as Slack channel links. */
  subscriptions: string[];
  /** What the member whose Home it is follows, and their snooze (London date). */
  following?: { lines: string[]; snoozedUntil: string | null };
  /** The member of the board the Slack user is linked to: their attendance and the requests they raised. */
  me?: MyPart;
  /** Whether the member may change requests (their buttons are shown only then). */
  coordinator: boolean;
  /** The settings, for co-ordinators only. */
  settings: HomeSettings | null;
}

/** The Home's personal part: who the member is on the board, or how to say so. */
export interface MyPart {
  /** The name linked (as the minutes print it), or null with `howToLink`. */
  name: string | null;
  howToLink: string;
  /** "Councillor S Gray: attended 3, apologies 1, absent 0 of 4 meetings (75%)" and the latest meetings. */
  attendance: { title: string; recent: string[] } | null;
  raised: { count: number; entries: AnswerEntry[] };
}

/** How many of a member's latest meetings the Home lists. */
const RECENT_MEETINGS = 3;

/** The attendance answer in a line and the latest meetings, newest first: "Thursday 19 March 2026, 2.00 pm · attended". */
function attendanceSummary(answer: Answer): MyPart['attendance'] {
  if (answer.kind !== 'attendance') return null;
  const meetings = answer.sections.flatMap((s) => s.entries.map((e) => ({ date: e.cite?.date ?? '', line: `${e.text} · ${s.heading.toLowerCase()}` })));
  meetings.sort((a, b) => b.date.localeCompare(a.date));
  return { title: answer.title, recent: meetings.slice(0, RECENT_MEETINGS).map((m) => m.line) };
}

async function myPart(place: ReturnType<typeof placeOf>, link: ReturnType<typeof memberLinkOf>, raised: HomeRecord['raised'], now: Date): Promise<MyPart> {
  if (!link) return { name: null, howToLink: HOW_TO_LINK, attendance: null, raised: { count: 0, entries: [] } };
  return {
    name: link.name,
    howToLink: HOW_TO_LINK,
    // From the answer worker, as every answer in Slack: a synchronous ask would build a second engine in this thread.
    attendance: attendanceSummary(await answerFrom(place.engine, `attendance of ${link.name}`, { now })),
    raised,
  };
}

async function boardContent(engine: Engine, latest: HomeRecord['latestResolutions'], now: Date) {
  const [requests, nextMeeting] = await Promise.all([answerFrom(engine, 'outstanding requests', { now }), answerFrom(engine, 'next meeting', { now })]);
  const open = requests.sections.flatMap((s) => s.entries).filter((e) => e.request?.state.status === 'open');
  return {
    nextMeeting,
    // The answer builds its first pages only; the rest (all open) is counted in notListed.
    openRequests: { count: open.length + (requests.notListed ?? 0), oldest: open.slice(0, HOME_LIST_LIMIT) },
    latestResolutions: latest,
  };
}

function settingsOf(boards: BoardDirectory): HomeSettings {
  const state = boards.workspace.state();
  const tiedInSlack = Object.entries(state.channelBoards)
    .map(([channel, id]) => ({ channel, board: boards.byId(id) }))
    .filter((t): t is { channel: string; board: Board } => t.board !== undefined);
  const tiedByFile = boards
    .all()
    .flatMap((board) => board.settings.channels.map((channel) => ({ channel, board })))
    .filter((t) => !(t.channel in state.channelBoards));
  return {
    coordinators: boards.coordinators(),
    channels: [...tiedInSlack, ...tiedByFile].map((t) => ({ channel: t.channel, board: boards.fullTitle(t.board) })),
    reminders: [...state.subscriptions]
      .sort((a, b) => a.channel.localeCompare(b.channel) || a.kind.localeCompare(b.kind))
      .map((sub) => ({ id: sub.id, channel: sub.channel, board: boards.title(boards.forChannel(sub.channel)), line: describeSubscription(sub) })),
    boards: boards.several ? boards.all().map((b) => ({ id: b.id, title: boards.fullTitle(b) })) : [],
    members: Object.entries(state.memberLinks ?? {})
      .map(([user, link]) => ({ user, name: link.name, claimed: link.claimed }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The Home of one member: their chosen board (else the default) and, for co-ordinators, the settings. */
export async function homeContent(deps: { boards: BoardDirectory }, user: string, now: Date): Promise<HomeContent> {
  const { boards } = deps;
  const board = boards.forHome(user);
  const place = placeOf(boards, board);
  const coordinator = boards.isCoordinator(user);
  const several = boards.several;
  const link = memberLinkOf(boards.workspace, user);
  // What is read from the record, where it is held: this thread holds no copy of it in Slack.
  const record = await boards.recordsOf(board.council).query('homeRecord', {
    committee: boards.committeeOf(board),
    now: now.toISOString(),
    follows: followsOf(boards.workspace, user),
    member: link?.name ?? null,
  });
  return {
    board: { id: board.id, title: boards.fullTitle(board), choices: several ? boards.all().map((b) => ({ id: b.id, title: boards.fullTitle(b) })) : [] },
    ...(await boardContent(place.engine, record.latestResolutions, now)),
    subscriptions: boards.workspace
      .state()
      .subscriptions.filter((s) => boards.forChannel(s.channel) === board)
      .sort((a, b) => a.channel.localeCompare(b.channel) || a.kind.localeCompare(b.kind))
      .map((sub) => `<#${sub.channel}>: ${describeSubscription(sub)}`),
    coordinator,
    settings: coordinator ? settingsOf(boards) : null,
    following: { lines: record.following, snoozedUntil: snoozeShown(boards.workspace, user, now) },
    me: await myPart(place, link, record.raised, now),
  };
}
