// Which boards' calendars the bot serves: one per board of the workspace, its committee's meetings
// in its council's record, linked to that council's ModernGov site. One place, so the HTTP
// receiver, the Socket Mode listener and `/scrutiny calendar` agree on the boards and their addresses.
import type { BoardDirectory } from '../boards/board-directory.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { boardSlug, type CalendarBoard } from './board-feed.ts';
import type { CalendarSite } from './calendar-site.ts';

/** The workspace's boards as calendars, in the directory's order; slugs from their titles, unique. */
function boardCalendars(boards: BoardDirectory, moderngovUrl: string | null): { id: string; calendar: CalendarBoard }[] {
  const taken = new Set<string>();
  return boards.all().map((board) => {
    const title = boards.fullTitle(board);
    let slug = boardSlug(title);
    for (let n = 2; taken.has(slug); n++) slug = `${boardSlug(title)}-${n}`;
    taken.add(slug);
    const store = board.council.store;
    return {
      id: board.id,
      calendar: {
        slug,
        title,
        committee: boards.committeeOf(board),
        record: () => store.record(),
        moderngovUrl: board.council.settings.moderngov?.url ?? moderngovUrl,
      },
    };
  });
}

export interface ServedCalendars extends CalendarSite {
  /** The calendar of a channel's board. */
  forChannel(channel: string): CalendarBoard | null;
}

export function servedCalendars(deps: { boards: BoardDirectory; config: Pick<Config, 'calendar' | 'moderngov'>; clock: Clock }): ServedCalendars {
  const { boards, config, clock } = deps;
  const all = () => boardCalendars(boards, config.moderngov?.url ?? null);
  return {
    boards: () => all().map((b) => b.calendar),
    settings: config.calendar,
    clock,
    ready: () => boards.recordsRead(),
    forChannel: (channel) => {
      const board = boards.forChannel(channel);
      return all().find((b) => b.id === board.id)?.calendar ?? null;
    },
  };
}

/** The calendar of the board a channel's questions are about. */
export function channelCalendar(site: ServedCalendars, channel: string): CalendarBoard | null {
  return site.forChannel(channel);
}
