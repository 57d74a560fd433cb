// The boards' calendars over HTTP: GET /calendar/<board>.ics, or /calendar/<token>/<board>.ics
// when CALENDAR_TOKEN is set (the meetings are public, but the bot's host need not be crawled or
// listed: without the token every calendar address answers 404). Served beside /healthz: by
// Slack's HTTP receiver over HTTP, by the health listener in Socket Mode.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock.ts';
import type { BoardRecord } from '../model.ts';
import { withoutTrailingSlashes } from '../links/moderngov-urls.ts';
import { boardFeed, boardSlug, type CalendarBoard } from './board-feed.ts';
import { renderICalendar } from './ical.ts';

export const CALENDAR_PREFIX = '/calendar/';
/** The routes as Bolt's HTTP receiver matches them. */
export const CALENDAR_ROUTES = ['/calendar/:file', '/calendar/:token/:file'] as const;

export interface CalendarSettings {
  /** A secret part of every calendar address (CALENDAR_TOKEN); null: the addresses are open. */
  token: string | null;
  /** Where members reach the bot's HTTP server (PUBLIC_URL), for the addresses `/scrutiny calendar` gives. */
  publicUrl: string | null;
}

export interface CalendarSite {
  /** The boards served, read on each request so a sync's new meetings show at once. */
  boards(): CalendarBoard[];
  settings: CalendarSettings;
  clock: Clock;
  /** Resolves when the records the calendars are made from are in memory (the bot's own thread reads them in turns). */
  ready?(): Promise<void>;
}

/** The calendar's path on the bot's server. */
export function calendarPath(slug: string, settings: CalendarSettings): string {
  return settings.token ? `${CALENDAR_PREFIX}${settings.token}/${slug}.ics` : `${CALENDAR_PREFIX}${slug}.ics`;
}

/** The calendar's full address, when the bot's public address is configured. */
export function calendarAddress(slug: string, settings: CalendarSettings): string | null {
  return settings.publicUrl ? `${withoutTrailingSlashes(settings.publicUrl)}${calendarPath(slug, settings)}` : null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The board a request path names, or null (unknown board, missing or wrong token). */
export function boardAtPath(site: CalendarSite, path: string): CalendarBoard | null {
  if (!path.startsWith(CALENDAR_PREFIX)) return null;
  const parts = path.slice(CALENDAR_PREFIX.length).split('/');
  const token = site.settings.token;
  if (parts.length !== (token ? 2 : 1)) return null;
  if (token && !sameSecret(parts[0]!, token)) return null;
  const file = /^([a-z0-9-]{1,100})\.ics$/.exec(parts[parts.length - 1]!.toLowerCase());
  if (!file) return null;
  return site.boards().find((b) => b.slug === file[1]) ?? null;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('Not found.\n');
}

/** The route's answer: the board's calendar as text/calendar, 304 when the subscriber has it already. */
export function calendarHandler(site: CalendarSite) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
        res.end('Only GET and HEAD.\n');
        return;
      }
      const path = new URL(req.url ?? '/', 'http://calendar.invalid').pathname;
      await site.ready?.();
      const board = boardAtPath(site, path);
      if (!board) return notFound(res);
      const body = renderICalendar(boardFeed(board), site.clock.now());
      // DTSTAMP changes every time; the events are what a subscriber caches.
      const etag = `"${createHash('sha256').update(body.replace(/^DTSTAMP:.*$/gm, '')).digest('base64url').slice(0, 27)}"`;
      const headers = {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="${board.slug}.ics"`,
        'cache-control': 'public, max-age=300',
        etag,
        // Public meetings, but not for search engines to list.
        'x-robots-tag': 'noindex, nofollow',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      res.writeHead(200, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The calendar could not be made just now.\n');
    }
  };
}

/**
 * The boards of one record: one calendar per committee it holds, the committee with most
 * meetings first (the board the bot answers about); a record that names no committee is one board.
 */
export function recordCalendarBoards(record: () => Readonly<BoardRecord>, moderngovUrl: string | null): CalendarBoard[] {
  const counts = new Map<string, number>();
  for (const m of record().meetings) if (m.committee && m.date) counts.set(m.committee, (counts.get(m.committee) ?? 0) + 1);
  const committees = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  if (committees.length === 0) return [{ slug: 'board', title: 'Scrutiny board meetings', committee: null, record, moderngovUrl }];
  const taken = new Set<string>();
  return committees.map((committee) => {
    let slug = boardSlug(committee);
    for (let n = 2; taken.has(slug); n++) slug = `${boardSlug(committee)}-${n}`;
    taken.add(slug);
    // With one committee, meetings that name none are its meetings too.
    return { slug, title: committee, committee: committees.length === 1 ? null : committee, record, moderngovUrl };
  });
}
