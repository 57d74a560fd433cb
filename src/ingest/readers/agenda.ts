// An agenda front sheet: committee (its first line), "Time and Date" or
// "Date:/Time:", "Place"/"Venue", numbered items with sub-items "a) ...",
// report authors ("Briefing Note of the ..."), page references "(Pages 7 -
// 12)", Public/Private Business, "Membership: ..." and the contact officer.
import type { Attendee, ParsedItem, ParsedMeeting } from '../../model.ts';
import { readMembership } from '../attendance.ts';
import { findDates, findTimes } from '../dates.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import * as R from '../rules.ts';
import { chooseHeadings } from './headings.ts';
import { cleanTitle, nextNonBlank } from './items.ts';

/** Does this part of a document look like an agenda front sheet? Date/place labels and items, or the word "Agenda" and items. */
export function looksLikeAgenda(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  let labels = 0;
  let agendaWord = false;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.blank || l.kinds.has('table-row')) continue;
    if (l.kinds.has('date-label') || l.kinds.has('place-label')) labels++;
    if (l.kinds.has('agenda-word')) agendaWord = true;
  }
  if (labels === 0 && !agendaWord) return false;
  const items = chooseHeadings(lines, from, to, true).length;
  return (labels >= 1 && items >= 1) || (agendaWord && items >= 2);
}

/** The value of a label: on its line ("Place: ...") or the next line; `index` is the last line used. */
function valueAfterLabel(lines: readonly ClassifiedLine[], at: number, to: number): { value: string; index: number } {
  const inline = lines[at]!.value ?? '';
  if (inline) return { value: inline, index: at };
  const n = nextNonBlank(lines, at + 1, Math.min(to, at + 4));
  if (n < Math.min(to, at + 4)) return { value: lines[n]!.text, index: n };
  return { value: '', index: at };
}

function pagesOf(title: string): { title: string; pages: string | null } {
  const m = R.PAGES_REF.exec(title);
  if (!m) return { title, pages: null };
  const pages = m[3] ? `Page ${m[3]}` : `Pages ${m[1]} - ${m[2]}`;
  return { title: `${title.slice(0, m.index)}${title.slice(m.index + m[0].length)}`.trim(), pages };
}

export function readAgenda(lines: readonly ClassifiedLine[], from: number, to: number, warnings: string[] = []): { meeting: ParsedMeeting; explained: number } {
  let committee: string | null = null;
  let council: string | null = null;
  let seen = 0;
  for (let i = from; i < to && seen < 6; i++) {
    const l = lines[i]!;
    if (l.blank || l.kinds.has('furniture')) continue;
    seen++;
    if (l.kinds.has('council')) {
      council ??= l.text;
      continue;
    }
    if (l.kinds.has('agenda-word') || l.kinds.has('date-label') || l.kinds.has('place-label') || l.heading) continue;
    committee = l.text;
    break;
  }
  const headings = chooseHeadings(lines, from, to, true);
  const firstItem = headings[0]?.at ?? to;
  let date: string | null = null;
  let time: string | null = null;
  let place: string | null = null;
  let membership: Attendee[] = [];
  let contact: string | null = null;
  let itemsEnd = to;
  // "PLANNING COMMITTEE - WEDNESDAY, 9TH APRIL, 2025" in a covering letter names the meeting; its "Date:" is the letter's.
  const named = lines.slice(from, firstItem).find((l) => l.meetingHeading)?.meetingHeading ?? null;
  if (named) {
    committee = named.committee;
    date = named.date;
    time = named.time;
  }
  for (let k = from; k < to; k++) {
    const line = lines[k]!;
    if (line.blank) continue;
    if (line.kinds.has('date-label') && k < firstItem && (!date || !time)) {
      const { value, index } = valueAfterLabel(lines, k, to);
      date ??= findDates(value)[0]?.date ?? null;
      time ??= findTimes(value)[0]?.time ?? null;
      k = index;
      continue;
    }
    if (line.kinds.has('place-label') && !place && k < firstItem) {
      const { value, index } = valueAfterLabel(lines, k, to);
      place = value || null;
      k = index;
      continue;
    }
    if (line.kinds.has('membership-label')) {
      let { value, index } = valueAfterLabel(lines, k, to);
      // The list runs on over wrapped lines until a blank line.
      while (index + 1 < to && !lines[index + 1]!.blank) value = `${value} ${lines[++index]!.text}`;
      membership = readMembership(value);
      k = index;
      // Printed after the items it ends them; printed in the heading (other councils) it does not.
      if (k > firstItem) itemsEnd = Math.min(itemsEnd, line.index);
      continue;
    }
    if (!contact && (line.kinds.has('contact-label') || R.PERSON_TO_CONTACT.test(line.text))) {
      const named = /\bperson to contact\b.{0,80}?\bis ([^,]{1,80}(?:, ?[^,]{1,80})?)/i.exec(line.text);
      contact = named ? named[1]!.trim() : line.value || null;
    }
    if (k > firstItem && R.END_OF_AGENDA_ITEMS.test(line.text)) itemsEnd = Math.min(itemsEnd, k);
  }
  const items: ParsedItem[] = [];
  let privateSection = false;
  const inItems = headings.filter((h) => h.at < itemsEnd);
  for (let k = from; k < (inItems[0]?.at ?? itemsEnd); k++) if (lines[k]!.section) privateSection = lines[k]!.section === 'private';
  for (const [n, h] of inItems.entries()) {
    const next = inItems[n + 1]?.at ?? itemsEnd;
    const { title, pages } = pagesOf(h.heading.title);
    const item: ParsedItem = {
      number: h.heading.number,
      title: cleanTitle(title),
      body: '',
      reportAuthor: null,
      pages,
      subItems: [],
      papers: [],
      private: privateSection,
      resolutions: [],
      requests: [],
      workProgrammeAdditions: [],
    };
    const body: string[] = [];
    let sectionAfter: 'public' | 'private' | null = null;
    for (let k = h.titleAt + 1; k < next; k++) {
      const line = lines[k]!;
      if (line.blank || line.kinds.has('furniture')) continue;
      if (line.section) {
        sectionAfter = line.section;
        continue;
      }
      if (sectionAfter) continue;
      if (line.clause && line.clause.kind !== 'number') {
        item.subItems.push(`${line.clause.marker}) ${line.clause.rest}`);
        continue;
      }
      if (!item.reportAuthor && line.kinds.has('author')) {
        item.reportAuthor = line.text.replace(/^(?:report |decision )?author ?: ?/i, '');
        continue;
      }
      if (/^(?:nil|none)\.?$/i.test(line.text)) continue;
      body.push(line.text);
    }
    item.body = body.join('\n');
    items.push(item);
    if (sectionAfter) privateSection = sectionAfter === 'private';
  }
  if (!date) warnings.push('agenda: no meeting date found');
  if (items.length === 0) warnings.push('agenda: no numbered items found');
  const chair = membership.find((m) => m.chair)?.name ?? null;
  // A front sheet accounts for its lines.
  let explained = 0;
  for (let k = from; k < to; k++) if (!lines[k]!.blank) explained++;
  return { meeting: parsedMeeting({ committee, council, date, time, place, kind: 'agenda', chair, items, membership, contact }), explained };
}
