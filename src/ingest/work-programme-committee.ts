// Whose work programme is this? Councils name the committee in the programme's
// heading ("Scrutiny Co-ordination Committee Work Programme 2023/24", "Work
// Programme 2019/20 – Health and Social Care Scrutiny Board (5)"), on the line
// above a bare "Work Programme 2019/20" heading, or in the "To:" line of the
// briefing note that covers it. A name counts only when it reads as a whole
// committee name: it ends with what the body is ("... Committee", "... Board (5)",
// "... Panel", "Cabinet"). Shorthand ("SB2") and cut-off lines ("To: Education
// and Children's Services") are not names.
import { findDates } from './dates.ts';
import type { Line } from './normalise-text.ts';
import { trimBoth, trimEnd } from './text-edges.ts';

const BODY = '(?:committee|sub-committee|board|panel|commission|forum|cabinet|council|executive|partnership|group)';
const COMPLETE = new RegExp(`\\b${BODY}(?:\\s*\\(\\s*[\\w.]{1,4}\\s*\\))?$`, 'i');
// Words that say what kind of body it is, not which one.
const GENERIC = new RegExp(`^(?:the|members?|of|scrutiny|${BODY.slice(3, -1)})$`, 'i');
const YEAR = /\b(?:(?:19|20)\d{2}\s*[/\-–]\s*(?:(?:19|20)?\d{2})|(?:19|20)\d{2})\b/g;
const WORK_PROGRAMME = /\b(?:draft\s+)?work\s*programme\b/i;
const TO_LINE = /^to ?: ?/i;
/** How far above a programme its covering note's "To:" line may be. */
const TO_LINE_REACH = 120;

/** A committee name as written, or null when the text is not a whole committee name. */
export function committeeName(text: string): string | null {
  let name = text
    .replace(/[*_#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A date after the name ("To: ... Scrutiny Board (2) 13th July 2017") is the note's date.
  const date = findDates(name).find((d) => d.index > 0 && name.slice(d.index + d.text.length).trim() === '');
  if (date) name = name.slice(0, date.index);
  name = trimEnd(name.replace(/^appendix \w{1,12} ?[-–—:]? ?/i, '').replace(/^the /i, ''), ',;:.–—-');
  if (!name || name.length > 100 || /[.;!?]\s/.test(name)) return null;
  if (!COMPLETE.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.every((w) => GENERIC.test(w.replace(/[()0-9]/g, '') || 'of'))) {
    // "Cabinet" or "Council" alone is a body; "Scrutiny Board" alone is any of several.
    return words.length === 1 && /^(?:cabinet|council|executive)$/i.test(name) ? name : null;
  }
  return name;
}

/** The committee a work-programme heading names: the heading without "Work Programme", its year and separators. */
export function committeeFromHeading(heading: string): string | null {
  if (!WORK_PROGRAMME.test(heading)) return null;
  const parts = heading
    .replace(YEAR, ' ')
    .replace(/\bmunicipal\s+year\b/gi, ' ')
    .split(WORK_PROGRAMME)
    .map((p) => trimBoth(p, ':–—-|,').replace(/^(?:for|of) (?:the )?/i, ''));
  for (const part of parts) {
    const name = part ? committeeName(part) : null;
    if (name) return name;
  }
  return null;
}

/** The committee named at a programme's heading: in the heading itself or on the line just above it. */
export function committeeAtHeading(lines: Line[], headingAt: number): string | null {
  const heading = lines[headingAt];
  if (!heading) return null;
  const named = committeeFromHeading(heading.text);
  if (named) return named;
  const above = previousText(lines, headingAt, 2);
  if (!above || TO_LINE.test(above) || WORK_PROGRAMME.test(above)) return null;
  return committeeName(above);
}

/** The committee in the nearest "To:" line above a programme (its covering note), when that line names one whole. */
export function committeeOfCoveringNote(lines: Line[], headingAt: number): string | null {
  for (let i = headingAt - 1; i >= 0 && i >= headingAt - TO_LINE_REACH; i--) {
    const text = lines[i]!.text.trim();
    const to = TO_LINE.exec(text);
    // The nearest "To:" line is the covering note's; cut short, it names nobody, and an older note's is not asked.
    if (to) return committeeName(text.slice(to[0].length));
  }
  return null;
}

function previousText(lines: Line[], at: number, reach: number): string | null {
  let blanks = 0;
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.blank) {
      if (++blanks > reach) return null;
      continue;
    }
    return line.text.length <= 100 && !line.text.includes('\t') ? line.text.trim() : null;
  }
  return null;
}
