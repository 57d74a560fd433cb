// `/scrutiny calendar`: the address of the channel's board's calendar, to subscribe to in Outlook,
// Google or Apple Calendar, and the other boards' addresses. An Answer like any other.
import type { Answer, AnswerEntry, AnswerSection } from '../answers/answer.ts';
import { answer } from '../answers/answer-parts.ts';
import type { CalendarBoard } from './board-feed.ts';
import { calendarAddress, calendarPath, type CalendarSite } from './calendar-site.ts';

const WHAT_IT_HOLDS =
  "Subscribe to it in Outlook, Google Calendar or Apple Calendar (\"add calendar from URL\"): it lists the board's meetings with their place, a link to the agenda and the items, marks cancelled meetings, and refreshes every few hours.";

function entryFor(board: CalendarBoard, site: CalendarSite): AnswerEntry {
  const address = calendarAddress(board.slug, site.settings);
  return address
    ? { text: board.title, links: [{ title: address, url: address }] }
    : { text: board.title, detail: [`${calendarPath(board.slug, site.settings)} on the bot's web address`] };
}

export function calendarAnswer(site: CalendarSite | null, board: CalendarBoard | null, question: string, now: Date): Answer {
  if (!site || !board) {
    return answer('notice', question, now, {
      title: 'The board’s calendar is served only while the bot runs in Slack.',
      summary: 'Over HTTP it is beside the bot’s Slack address; in Socket Mode on the health port (HEALTH_PORT).',
      sections: [],
    });
  }
  const address = calendarAddress(board.slug, site.settings);
  const others = site.boards().filter((b) => b.slug !== board.slug);
  const sections: AnswerSection[] = [{ heading: 'Calendar address', entries: [entryFor(board, site)] }];
  if (others.length > 0) sections.push({ heading: 'Other boards’ calendars', entries: others.slice(0, 20).map((b) => entryFor(b, site)) });
  const notes = address
    ? []
    : [`The whole address is the bot's web address followed by ${calendarPath(board.slug, site.settings)}: the engineer who runs the bot can set PUBLIC_URL so that this answer gives it in full.`];
  return answer('calendar', question, now, {
    title: address ? `Calendar of ${board.title}: ${address}` : `Calendar of ${board.title}: ${calendarPath(board.slug, site.settings)} on the bot's web address`,
    summary: WHAT_IT_HOLDS,
    sections,
    ...(notes.length > 0 ? { notes } : {}),
  });
}
