// Which boards' calendars the bot serves, from its configuration: the committees of its record,
// linked to the configured ModernGov site. One place, so the HTTP receiver, the Socket Mode
// listener and `/scrutiny calendar` agree on the boards and their addresses.
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Store } from '../store/store.ts';
import type { CalendarBoard } from './board-feed.ts';
import { recordCalendarBoards, type CalendarSite } from './calendar-site.ts';

export function servedCalendars(deps: { store: Pick<Store, 'record'>; config: Pick<Config, 'calendar' | 'moderngov'>; clock: Clock }): CalendarSite {
  const { store, config, clock } = deps;
  return {
    boards: () => recordCalendarBoards(() => store.record(), config.moderngov?.url ?? null),
    settings: config.calendar,
    clock,
  };
}

/** The board a channel's questions are about: the record's main committee. */
export function channelCalendar(site: CalendarSite, _channel: string): CalendarBoard | null {
  return site.boards()[0] ?? null;
}
