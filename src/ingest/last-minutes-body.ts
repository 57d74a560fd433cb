// The fallback for a meeting whose reading named no body: a page saved without its heading (a ModernGov page from its
// venue line on, a parish's minutes under a bare "Minutes of the meeting held on ...") still puts its own last minutes
// to the meeting, and that item names the body, whose last meeting it was ("To approve as a correct record the minutes
// of the meeting of the X Committee held on ...", "To confirm the minutes of the X meeting held on ...", ModernGov's own
// "Minutes of meeting Thursday, 16 January 2020 of X"). Only an item among the first that confirms a record is read (a
// council receiving another body's minutes "receives" them, further down), only a whole body's name counts ("the
// Committee" names none), and a reading's own committee is never replaced, so the fallback cannot make a right reading
// worse. An exempt item is read for nothing.
import type { ParsedItem, ParsedMeeting } from '../model.ts';
import { findDates } from './dates.ts';

/** Items from the top among which the last minutes stand: apologies, interests, then the minutes. */
const FIRST_ITEMS = 5;
/** Characters a body's name runs to, at most. */
const NAME_LENGTH = 100;

/** "minutes of the meeting of the", "Minutes of the", "minutes of the last meeting of": where the body's name begins. */
const MINUTES_OF = /\bminutes of (?:the )?(?:(?:last|previous) )?(?:meeting of (?:the )?)?/gi;
/** " meeting held on", " held on": where the body's name ends. */
const HELD_AFTER_NAME = /(?: meeting)? held\b/i;
/** ModernGov's title of the minutes item: "Minutes of meeting <day, date> of <body>". */
const MEETING_OF_BODY_TITLE = /^minutes of (?:the )?meeting\b/i;
/** What the item asks of the record, or says was done with it. */
const CONFIRMS = /\b(?:confirm|approv|agree|sign|adopt)\w*|\b(?:true|correct|accurate) record\b/i;
/** Small words a body's name holds in lower case. */
const SMALL_WORD = /^(?:and|of|the|for|on|in|&|to)$/;

/** What a body's name ends with: what the body is ("... Scrutiny Panel", "Executive Cabinet", "Scrutiny Board (5)"). */
const ENDS_AS_BODY = /\b(?:committee|board|panel|commission|forum|cabinet|council|executive|partnership|group|authority|assembly)(?: \(\w{1,4}\))?$/i;

/**
 * A body's name as printed: every word but the small ones opens with a capital, it ends with what the body is and names
 * no meeting; a word alone names a body only as the council or its cabinet ("the Committee" names none).
 */
function namesBody(text: string): string | null {
  const name = text.trim().replace(/^the /i, '').replace(/[,;:]$/, '');
  // ("the Annual General Meeting of the Authority": a meeting's name, not its body's.)
  if (!name || name.length > NAME_LENGTH || !ENDS_AS_BODY.test(name) || /\bmeeting\b/i.test(name)) return null;
  const words = name.split(' ');
  if (!words.every((w) => SMALL_WORD.test(w) || /^[A-Z(]/.test(w))) return null;
  return words.length > 1 || /^(?:cabinet|council|executive)$/i.test(name) ? name : null;
}

/** The body whose last minutes the item puts to the meeting, or null. */
function bodyOfMinutes(item: ParsedItem): string | null {
  const title = item.title.replace(/\s+/g, ' ').trim();
  if (MEETING_OF_BODY_TITLE.test(title)) {
    // "Minutes of meeting Thursday, 16 January 2020 of Executive Cabinet": the body after the date.
    const date = findDates(title)[0];
    const rest = date ? title.slice(date.index + date.text.length) : '';
    const of = /^,? ?of (.+)$/i.exec(rest.trim());
    const body = of ? namesBody(of[1]!) : null;
    if (body) return body;
  }
  const text = [title, item.body, ...item.resolutions.map((r) => r.text)].join('\n').replace(/[ \t]+/g, ' ');
  if (!CONFIRMS.test(text)) return null;
  for (const m of text.matchAll(MINUTES_OF)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + NAME_LENGTH + 20).split('\n')[0]!;
    const held = HELD_AFTER_NAME.exec(rest);
    if (!held) continue;
    const body = namesBody(rest.slice(0, held.index));
    if (body) return body;
  }
  return null;
}

/** Meetings with no body named take the body whose last minutes one of their first items confirms. */
export function withBodyFromLastMinutes(meetings: ParsedMeeting[]): void {
  for (const meeting of meetings) {
    if (meeting.committee !== null || meeting.kind === 'item-page') continue;
    for (const item of meeting.items.slice(0, FIRST_ITEMS)) {
      if (item.private) continue;
      const body = bodyOfMinutes(item);
      if (body) {
        meeting.committee = body;
        break;
      }
    }
  }
}
