// Requests: what the board is waiting for, read from the words of a minute.
//
// Rules (general wording, not particular documents):
//  - A request is something coming back TO the board: information, a report,
//    an update, an item at the next meeting, a matter to be followed up, or
//    something officers undertook/offered to circulate or provide.
//  - "Requests <someone> <does something>" ("Requests the LSCB and Cabinet
//    Member promote ...") asks others to act: it stays a resolution only. A
//    resolution clause is a request only when the thing requested is a
//    deliverable (report, update, information, figures, ...) or an item at the
//    next meeting.
//  - "... the following:" followed by bullets gives one request per bullet.
//  - When a resolution and a sentence of the discussion ask for the same kind
//    of thing in one item, the resolution's words are kept (one request).
import type { ParsedRequest, RequestKind, Due } from '../model.ts';
import { endOfMonth, monthNumber } from './dates.ts';

const DELIVERABLE =
  '(?:reports?|updates?|information|details|figures|data|statistics|breakdown|briefings?|briefing notes?|papers?|presentation|analysis|response|feedback)';

const REPORT_BACK = new RegExp(
  [
    '\\b(?:reports?|reported)\\s+back\\b',
    '\\breport\\s+(?:to\\s+be\\s+|be\\s+|being\\s+)?brought\\s+back\\b',
    '\\breport\\s+(?:to\\s+)?be\\s+(?:brought|submitted|presented|made)\\s+to\\s+(?:a|the)\\s+(?:future|next|subsequent|later)\\s+meeting\\b',
    '\\b(?:further|progress|follow[- ]up)\\s+report\\b',
    '\\breport\\s+on\\s+progress\\b',
    '\\b(?:requests?|requested|requesting|asks?|asked)\\s+(?:for\\s+)?(?:that\\s+)?(?:a|an)\\s+(?:\\w+\\s+){0,2}?report\\b',
  ].join('|'),
  'i',
);
const UPDATE = /\b(?:requests?|requested|requesting|asks?|asked)\s+(?:for\s+)?(?:a|an|further|regular|an?\s+further)?\s*(?:further\s+|progress\s+|regular\s+|written\s+)?updates?\b/i;
// "an update on journey times be provided to the Committee in March 2020": asked for without the word "requests".
const UPDATE_TO_BOARD =
  /\bupdates?\b[^.;]*?\b(?:be|to\s+be)\s+(?:provided|brought|presented|submitted|given|made|reported)\s+to\s+(?:the|a|this)\s+(?:board|committee|panel|commission|scrutiny|future|next|subsequent)\b/i;
const INFORMATION = new RegExp(
  `\\b(?:requests?|requested|requesting|asks?|asked|sought)\\s+(?:for\\s+)?(?:that\\s+)?(?:a\\s+|an\\s+|the\\s+)?(?:further\\s+|more\\s+|additional\\s+|written\\s+|detailed\\s+)?(?:information|details|figures|data|statistics|breakdown|clarification|briefing(?:\\s+note)?|note|summary|list|copy|copies|analysis)\\b`,
  'i',
);
const NEXT_MEETING =
  /\b(?:(?:added|brought|considered|discussed|included|placed|put)\s+(?:to|on|at|onto)\s+the\s+next\s+(?:meeting|agenda)|(?:for|at)\s+the\s+next\s+meeting|next\s+meeting'?s?\s+agenda|to\s+the\s+next\s+agenda)\b/i;
const NEXT_MEETING_ASK = /\b(request|ask|agree|resolv|would\s+like|be\s+(?:added|discussed|brought|considered|included|placed))/i;
const FOLLOW_UP = /\b(?:would|will|to|should|must)\s+be\s+followed\s+up\b|\bfollow(?:ed)?[- ]up\s+(?:with|by)\s+officers\b|\bofficers\s+(?:would|will)\s+follow\s+(?:this\s+|it\s+)?up\b/i;
const OFFERER =
  '\\b(?:officers?|the\\s+director|the\\s+cabinet\\s+member|the\\s+(?:(?:assistant|deputy|interim|acting)\\s+)?(?:head|director|manager)\\s+(?:of|for)(?:\\s+(?:[A-Z][\\w\\x27&-]*|and|the)){1,6}?|the\\s+lead\\s+officer|[A-Z]\\s+[A-Z][a-z]+)\\s+(?:\\w+\\s+){0,2}?(?:offered|undertook|agreed|promised|would|will|to)\\s+(?:to\\s+)?';
// Circulating, sending or sharing is always of papers; "provide" needs a paper-like object ("provide help" is not one).
const OFFICER_OFFER = new RegExp(
  `${OFFERER}(?:circulate|send|share|forward|email|e-mail|report\\s+back)\\b|${OFFERER}(?:provide|supply|produce|prepare)\\b.*\\b(?:${DELIVERABLE}|context|materials?|list|copy|copies|note|programme|plan|register|responses?|summary|figures)\\b`,
  'i',
);
// A resolution telling officers to circulate something: "That officers circulate the site plan".
const OFFICERS_TO_CIRCULATE = /\bofficers?\s+(?:be\s+(?:asked|requested)\s+to\s+|to\s+)?(?:circulate|send|share|forward)\b/i;
// Something promised to the board in the passive: "figures would be circulated to them shortly".
// "... would be circulated", "requests that the results be circulated": circulating is of papers and goes to the members unless the words name someone else;
// "provided" or "shared" needs the board named ("support would be provided by the DfE" is no request).
const TO_BOARD = '(?:them|members|all\\s+members|(?:the\\s+)?(?:members\\s+of\\s+the\\s+)?(?:board|committee|panel|commission))\\b';
const PROMISED_TO_BOARD = new RegExp(
  `\\b(?:would|will|is\\s+to|are\\s+to|that\\b[^.;]{1,80}?)\\s+be\\s+(?:(?:circulated|e-?mailed|sent\\s+out)\\b(?!\\s+(?:to|with)\\s+(?!${TO_BOARD}))|(?:provided|shared|forwarded|sent)\\s+(?:to|with)\\s+${TO_BOARD})`,
  'i',
);
const ACTION_POINT = /^actions?(?:\s+points?)?\s*(?::|[-–—]\s)\s*(?=\S)/i;
const FOLLOWING_LIST = /\b(?:the\s+following|as\s+follows|below)\b[^.]*:\s*$/i;

/** What kind of request a resolution clause or sentence makes, or null when it makes none. */
export function requestKind(text: string, source: 'resolution' | 'body'): RequestKind | null {
  // An action point ("Action: Head of Repairs to provide ...") is owed by its label; its words say what kind.
  const action = ACTION_POINT.exec(text);
  if (action) {
    const rest = text.slice(action[0].length);
    if (/\b(?:circulate|send|share|provide|supply|forward|e-?mail)\b/i.test(rest)) return 'circulate';
    return requestKind(rest, 'resolution') ?? 'follow-up';
  }
  if (NEXT_MEETING.test(text) && (source === 'resolution' || NEXT_MEETING_ASK.test(text))) return 'next-meeting';
  if (REPORT_BACK.test(text) && (source === 'resolution' || /\b(request|ask|agree)/i.test(text))) return 'report-back';
  if (UPDATE.test(text) || UPDATE_TO_BOARD.test(text)) return 'update';
  if (INFORMATION.test(text)) return 'information';
  if (OFFICER_OFFER.test(text) || OFFICERS_TO_CIRCULATE.test(text) || PROMISED_TO_BOARD.test(text)) return 'circulate';
  if (FOLLOW_UP.test(text)) return 'follow-up';
  return null;
}

/** A sentence that introduces a bulleted list of requests, and the kind of each. */
export function requestListKind(text: string): RequestKind | null {
  if (!FOLLOWING_LIST.test(text)) return null;
  if (/\bcirculat\w*|\bofficers?\s+(?:\w+\s+){0,2}?(?:undertook|offered|agreed|promised)\b/i.test(text)) return 'circulate';
  if (/\b(?:requested|requests?|asked\s+for|sought)\b[^:]*\b(?:information|details|figures|data|clarification)\b/i.test(text))
    return 'information';
  if (/\b(?:requested|requests?|asked\s+for)\b[^:]*\b(?:reports?|updates?)\b/i.test(text)) return 'report-back';
  return null;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';

/** Last day of the municipal year (May to May) that contains a date. */
function municipalYearEnd(meetingDate: string): string {
  const [y, m] = meetingDate.split('-').map(Number) as [number, number];
  return `${m >= 6 ? y + 1 : y}-05-31`;
}

/**
 * When a request is due, from its words. The date is the last day still on
 * time: the end of the month for "in March 2018", 31 May for a municipal
 * year ("2023/24 Municipal Year" -> 2024-05-31). A month without a year
 * ("to the February meeting") is the next such month after the meeting.
 */
export function dueFromText(text: string, meetingDate: string | null): Due | null {
  let m = /\b(?:in|during|by|for)\s+the\s+(\d{4})\s*[/-]\s*(\d{2,4})\s+municipal\s+year\b/i.exec(text);
  if (m) {
    const end = m[2]!.length === 4 ? Number(m[2]) : Math.floor(Number(m[1]) / 100) * 100 + Number(m[2]);
    return { text: m[0], date: `${end}-05-31`, nextMeeting: false };
  }
  m = /\b(?:at\s+|by\s+|before\s+)?the\s+end\s+of\s+the\s+municipal\s+year\b/i.exec(text);
  if (m) return { text: m[0], date: meetingDate ? municipalYearEnd(meetingDate) : null, nextMeeting: false };
  m = NEXT_MEETING.exec(text) ?? /\bnext\s+meeting\b/i.exec(text);
  if (m) return { text: m[0], date: null, nextMeeting: true };
  m = new RegExp(`\\b(?:by|on|before)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (m) {
    const mo = monthNumber(m[2]!)!;
    return { text: m[0], date: `${m[3]}-${String(mo).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, nextMeeting: false };
  }
  m = new RegExp(`\\b(?:in|by|during|before|for|to\\s+the)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (m) return { text: m[0], date: endOfMonth(Number(m[2]), monthNumber(m[1]!)!), nextMeeting: false };
  m = new RegExp(`\\b(?:to|at|for)\\s+the\\s+${MONTH}\\s+(?:\\d{4}\\s+)?meeting\\b`, 'i').exec(text);
  if (m) {
    const mo = monthNumber(m[1]!)!;
    const year = /\d{4}/.exec(m[0]);
    let y: number | null = year ? Number(year[0]) : null;
    if (y === null && meetingDate) {
      const [my, mm] = meetingDate.split('-').map(Number) as [number, number];
      y = mo > mm ? my : my + 1;
    }
    return { text: m[0], date: y === null ? null : endOfMonth(y, mo), nextMeeting: false };
  }
  return null;
}

export function makeRequest(text: string, kind: RequestKind, meetingDate: string | null): ParsedRequest {
  return { text, kind, due: dueFromText(text, meetingDate) };
}
