// How councils write that something the board asked for has come back: the
// patterns of report-backs, each named once. "Further to Minute 34/18",
// "(Minute 23 refers)", "Matters arising: Minute 242 - ...", "as requested at the
// meeting on 11 January 2018", "Report Back", "Update on ...", "the figures ...
// had been circulated to Members", and the words that say it has not happened
// yet ("had not yet been received", "would be circulated", "still awaited").
// Every pattern is linear: no nested repetition.
import { findDates } from '../../ingest/dates.ts';

/** "Minute 34/18", "Minute No. 27", "minute 8/17", "Min 42", "Minutes 23 and 24": the number and a year, if given. */
const MINUTE_CITATION = /\b(?:minutes?|min\.?)\s+(?:no\.?\s*|number\s+)?(\d{1,4}[a-z]?)(?:\s*\/\s*(\d{2,4})(?:\s*[-/]\s*(\d{2,4}))?)?/gi;

/** Words that send the reader back to an earlier decision. */
export const REFERS_BACK =
  /\b(?:further to|following (?:on from )?(?:the|its) (?:request|meeting)|as (?:requested|agreed|asked|promised|undertaken)|at the request of|(?:minute|min\.?)\s+\d{1,4}[a-z]?(?:\s*\/\s*\d{2,4})?\s+refers|refers? to minute|matters? arising|in response to (?:the|a|members') (?:request|question)|requested (?:at|by) (?:the|its|members)|(?:had|has|have) (?:asked|requested) for|asked for (?:at|by) (?:the|its|members))\b/i;

/** A paper that comes back: "Report Back", "Update on", "progress report", "follow-up report", "response to". */
export const REPORTS_BACK =
  /\b(?:report(?:s|ed|ing)? back|brought back|updates? (?:on|from|regarding|about)|(?:an? |the |further |verbal |written |progress )update|progress (?:report|update|on)|follow[- ]?up (?:report|on)|response (?:to|from)|responses to (?:panel |committee |members'? )?questions)\b|(?:\s[-–—:] ?|\()(?:update|report back|progress|follow[- ]?up)\b/i;

/** Something promised has been done: information circulated, a response received, a note sent. */
export const DONE =
  /\b(?:(?:had|has|have|was|were)\s+(?:now\s+|since\s+|already\s+)?(?:been\s+)?(?:circulated|provided|sent|shared|emailed|e-mailed|distributed|received|supplied|forwarded|published|answered|given|issued|reported|presented|responded)|(?:circulated|sent|emailed|provided)\s+to\s+(?:all\s+)?(?:members|the (?:board|committee|panel))|(?:a|the)\s+(?:response|reply|note|briefing note|answer)\s+(?:had|has)\s+(?:now\s+)?(?:been\s+)?(?:received|sent|circulated)|information (?:circulated|provided)|(?:now|duly)\s+(?:circulated|provided|received))\b/i;

/** It has not happened yet, or only will: these sentences are no answer. */
export const NOT_YET =
  /\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:received|circulated|provided|sent|happened|available|answered|completed)|had not|has not|have not|hadn't|hasn't|not yet|still (?:awaited|outstanding|to be|waiting|pending)|(?:was|were|is|are|remains?) (?:awaited|outstanding|pending)|would be (?:circulated|provided|sent|followed up|brought|reported|chased)|will be (?:circulated|provided|sent|followed up|brought|reported)|to be (?:circulated|provided|sent|brought)|(?:chased|chase) (?:the|a|for)|no (?:response|reply|update) (?:had|has)|awaiting)\b/i;

/** What was asked cannot be done, or officers declined it: "could not be provided", "was not currently possible", "unable to share". */
export const DECLINED =
  /\b(?:(?:was|were|is|are|would be|had been|has been) not (?:currently |yet |now )?(?:possible|feasible|available|affordable|agreed|supported|accepted|approved)|could not (?:be )?(?:provided|provide|supplied|supply|met|meet|given|give|agreed|agree|shared|share|produced|produce|done|funded|fund|collected)|(?:unable|not able) to (?:provide|supply|share|meet|agree|fund|produce|offer|give|release|publish)|declined (?:to|the request)|(?:request|recommendation|proposal)s? (?:was |were |had been |has been )?(?:declined|refused|rejected|turned down|not accepted)|no longer (?:possible|available|collected|produced|published)|not (?:collected|held|recorded|published) by the (?:council|authority|service|department))\b/i;

/** Items that only carry matters arising: minutes of the last meeting, outstanding actions, action trackers. */
export const FOLLOW_UP_ITEM =
  /\b(?:minutes|matters arising|outstanding (?:issues|actions|items|matters)|action (?:tracker|log|list|schedule|sheet)|actions? (?:arising|list|log|tracker|update)|tracking (?:decisions|recommendations|actions)|recommendations? (?:tracker|monitor|monitoring)|information (?:items|circulated)|responses to (?:panel |committee )?questions|resolutions of the)\b/i;

/** A request that expects something brought to a meeting (not only information sent round). */
export const ASKS_FOR_A_PAPER =
  /\b(?:report|update|brought back|come back|return(?:s|ed)? to|next meeting|future meeting|next agenda|agenda of|presentation|be considered|be discussed)\b/i;

export interface MinuteCitation {
  number: string;
  /** The year as written after the number ("18", "2018", "2017-18"), or null. */
  year: string | null;
  index: number;
  text: string;
}

export function minuteCitations(text: string): MinuteCitation[] {
  const out: MinuteCitation[] = [];
  for (const m of text.matchAll(MINUTE_CITATION)) {
    out.push({ number: m[1]!.toLowerCase(), year: m[2] ? (m[3] ? `${m[2]}-${m[3]}` : m[2]) : null, index: m.index, text: m[0] });
  }
  return out;
}

/** Whether a year written beside a minute number ("18", "2018", "2017-18", "17/18") fits a meeting's date. */
export function yearFits(year: string, meetingDate: string): boolean {
  const y = Number(meetingDate.slice(0, 4));
  const m = Number(meetingDate.slice(5, 7));
  const municipalStart = m >= 5 ? y : y - 1;
  const fits = (written: string): boolean => {
    const n = Number(written);
    if (written.length === 4) return n === y || n === municipalStart || n === municipalStart + 1;
    return n === y % 100 || n === municipalStart % 100 || n === (municipalStart + 1) % 100;
  };
  return year.split('-').some(fits);
}

/** A line that starts a list entry or a numbered paragraph, rather than carrying on the one above. */
const LIST_START = /^\s*(?:[•·*▪–-]|\(?[a-z0-9]{1,3}[.)]\s|\d{1,2}\.\d{1,2}\s|minute\s+\d)/i;

/**
 * Paragraphs with their wrapped lines joined (PDF text breaks every line), each list
 * entry or numbered paragraph on its own.
 */
function paragraphsOf(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    let current = '';
    for (const line of block.split('\n')) {
      if (LIST_START.test(line) && current.trim()) {
        out.push(current);
        current = line;
      } else current = current ? `${current} ${line.trim()}` : line;
    }
    if (current.trim()) out.push(current);
  }
  return out;
}

/** Sentences, or entries of a list, as the evidence is quoted from. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of paragraphsOf(text)) {
    const trimmed = line.replace(/^[\s•·*-]+/, '').replace(/\s+/g, ' ').trim();
    if (!trimmed) continue;
    // Split after a full stop followed by a capital, keeping "Minute 34/18." or "No. 27" whole.
    let start = 0;
    for (const m of trimmed.matchAll(/[.!?]\s+(?=[A-Z(“"])/g)) {
      const before = trimmed.slice(Math.max(0, m.index - 4), m.index + 1);
      if (/\b(?:no|nos|min|cllr|mr|mrs|ms|dr)\.$/i.test(before)) continue;
      out.push(trimmed.slice(start, m.index + 1).trim());
      start = m.index + m[0].length;
    }
    const rest = trimmed.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** London dates a text names ("the meeting held on 11th January 2018"). */
export function datesNamed(text: string): string[] {
  return findDates(text).map((d) => d.date);
}
