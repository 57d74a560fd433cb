// Agenda packs, work programmes and ModernGov agenda-item pages.
import { addCalendarDays, formatTime } from '../../src/london.ts';
import { personName, runningDate, shortName, type Committee, type Council, type GenItem, type GenMeeting } from './council.ts';
import { itemBody, agendaDate, memberList, renderMinutes } from './render-minutes.ts';
import { pickStyle, type DocumentStyle } from './layout.ts';
import type { Random } from './random.ts';
import { AREAS, TOPICS } from './vocabulary.ts';

export interface WorkProgrammeRow {
  /** Meeting date; null for "Date to be determined" and "Pending items". */
  date: string | null;
  slot: 'dated' | 'to-be-determined' | 'pending';
  title: string;
  detail: string;
  leads: string[];
}

/** A committee's plan for one municipal year: its meetings' topic items, then undated ones. */
export function workProgrammeRows(random: Random, meetings: GenMeeting[]): WorkProgrammeRow[] {
  const rows: WorkProgrammeRow[] = [];
  for (const m of meetings) {
    for (const item of m.items.filter((i) => i.role === 'topic').slice(0, 3)) {
      const area = AREAS[item.topic!.area];
      const lead = m.committee.officerPool.find((o) => o.area === item.topic!.area) ?? m.committee.officerPool[0]!;
      rows.push({
        date: m.date,
        slot: 'dated',
        title: item.title,
        detail: random.pick([
          `To consider progress on ${item.topic!.keyword} and the actions agreed with partners.`,
          `A follow up report from the meeting in ${runningDate(m.date, false).split(' ')[1]} of the previous year.`,
          `Members requested an update on ${item.topic!.keyword}.`,
          '',
        ]),
        leads: [`${lead.person.initials} ${lead.person.surname}`, `Cllr ${m.cabinet[0]?.person.surname ?? area.cabinetPortfolio.split(' ')[0]}`],
      });
    }
  }
  for (const slot of ['to-be-determined', 'pending'] as const) {
    for (const topic of random.sample(TOPICS, random.int(1, 4))) {
      rows.push({ date: null, slot, title: topic.title, detail: `Members asked to look in more detail at ${topic.keyword}.`, leads: [] });
    }
  }
  return rows;
}

function rowDate(council: Council, row: WorkProgrammeRow, meetings: GenMeeting[]): string {
  const m = meetings.find((x) => x.date === row.date);
  const note = m && m.time !== '14:00' ? ` – ${formatTime(m.time).replace('.00', '').replace(' ', '')}` : '';
  return `${runningDate(row.date!, true).replace(',', '')}${note}`;
}

/** The plan as a table (tab-separated), optionally preceded by its flattened rendering, as appendices arrive. */
export function renderWorkProgramme(council: Council, committee: Committee, year: string, rows: WorkProgrammeRow[], meetings: GenMeeting[], flattenedToo: boolean): string {
  const short = committee.spec.name.replace(/ \(\d\)$/, '');
  const header = `${short} Work Programme ${year}`;
  const out: string[] = [];
  if (flattenedToo) {
    out.push('Appendix 1', header, 'Please see page 2 onwards for background to items');
    const dates = [...new Set(rows.filter((r) => r.date).map((r) => r.date!))];
    for (const d of dates) {
      out.push(`${rowDate(council, { date: d, slot: 'dated', title: '', detail: '', leads: [] }, meetings)}\n${rows.filter((r) => r.date === d).map((r) => r.title).join(' ')}`);
    }
    out.push(`Date to be determined\n${rows.filter((r) => r.slot === 'to-be-determined').map((r) => r.title).join(' ')}`);
    out.push(`Pending items\n${rows.filter((r) => r.slot === 'pending').map((r) => r.title).join(' ')}`);
  }
  const table: string[] = ['Date\tTitle\tDetail\tCabinet Member/ Lead Officer'];
  let lastGroup = '';
  for (const row of rows) {
    const group = row.slot === 'dated' ? rowDate(council, row, meetings) : row.slot === 'pending' ? 'Pending items' : 'Date to be determined';
    table.push(`${group === lastGroup ? '' : group}\t${row.title}\t${row.detail}\t${row.leads.join(' ')}`);
    lastGroup = group;
  }
  out.push('Appendix 1', header, table.join('\n'));
  return `${out.join('\n\n')}\n`;
}

function frontSheet(council: Council, meeting: GenMeeting, previous: GenMeeting | null, random: Random): string {
  const out: string[] = ['', meeting.committee.spec.name, 'Time and Date', `${formatTime(meeting.time)} on ${agendaDate(council, meeting.date)}`, 'Place', meeting.place, 'Public Business'];
  let n = 1;
  let page = 3;
  const pages = (len: number) => {
    const from = page;
    page += len;
    return `(Pages ${from} - ${page - 1})`;
  };
  out.push(`${n++}. Apologies and Substitutions`, `${n++}. Declarations of Interests`);
  if (previous) {
    out.push(`${n++}. Minutes ${pages(random.int(3, 6))}`, `a) To agree the minutes of the meeting held on ${runningDate(previous.date, council.style.ordinalDates)}\n\nb) Matters Arising`);
  }
  for (const item of meeting.items.filter((i) => i.role === 'topic' || i.role === 'work-programme')) {
    out.push(`${n++}. ${item.title} ${pages(random.int(2, 12))}`);
    out.push(item.reportAuthor ?? 'Briefing Note of the Scrutiny Co-ordinator');
  }
  out.push(`${n++}. Any Other Business`, 'Any other items of business which the Chair decides to take as matters of urgency because of the special circumstances involved.');
  out.push('Private Business');
  const privateItem = meeting.items.find((i) => i.role === 'private');
  out.push(privateItem ? `${n++}. ${privateItem.title}` : 'Nil');
  const legal = meeting.committee.officerPool.find((o) => o.area === 'governance') ?? meeting.committee.officerPool[0]!;
  out.push(`${shortName(legal.person)}, Director of Law and Governance, Council House ${council.city}`);
  out.push(agendaDate(council, addCalendarDays(meeting.date, -8)).replace(',', ''));
  out.push(
    `Notes: 1) The person to contact about the agenda and documents for this meeting is ${shortName(legal.person)}, Governance Services, Council House, ${council.city}.`,
  );
  out.push(`Membership: Councillors ${memberList([meeting.chair, ...meeting.members.filter((m) => m !== meeting.chair)], meeting.chair)}`);
  return out.join('\n\n');
}

function briefingNote(council: Council, meeting: GenMeeting, item: GenItem, random: Random): string {
  const area = AREAS[item.topic!.area];
  const author = meeting.committee.officerPool.find((o) => o.area === item.topic!.area) ?? meeting.committee.officerPool[0]!;
  return [
    council.name,
    'Briefing note',
    `To: ${meeting.committee.spec.name}`,
    `Date: ${runningDate(meeting.date, council.style.ordinalDates)}`,
    `Subject: ${item.title}`,
    '1 Purpose of the Note',
    `1.1 To update the ${meeting.committee.spec.name} on ${item.topic!.keyword} and the work undertaken since the last report.`,
    '2 Recommendations',
    `2.1 The ${meeting.committee.spec.name} is recommended to:\n 1) Note the report\n 2) Identify any recommendations for the appropriate Cabinet Member.`,
    '3 Information/Background',
    `3.1 ${item.paragraphs[1] ?? ''}`,
    `3.2 The service has focused on ${random.pick(area.aspects)} and on ${random.pick(area.aspects)}.`,
    `Report of: ${personName(author.person).replace(/^(Mr|Mrs|Ms|Dr) /, '')}`,
    `Job Title: ${author.jobTitle}`,
  ].join('\n\n');
}

/**
 * Front sheet, the previous meeting's minutes, a briefing note and, for
 * scrutiny bodies, the work programme appendix: one file, as councils publish it.
 */
export function renderAgendaPack(
  council: Council,
  meeting: GenMeeting,
  previous: GenMeeting | null,
  previousStyle: DocumentStyle,
  workProgramme: string | null,
  random: Random,
): string {
  const parts = [frontSheet(council, meeting, previous, random)];
  if (previous) parts.push(renderMinutes(council, previous, previousStyle), 'This page is intentionally left blank');
  const topic = meeting.items.find((i) => i.role === 'topic');
  if (topic) parts.push(briefingNote(council, meeting, topic, random));
  if (workProgramme) parts.push(workProgramme);
  return `${parts.join('\n\n\f\n\n')}\n`;
}

/** A ModernGov agenda-item page: title, author, "Minutes:" and the minute text, with no date. */
export function renderItemPage(meeting: GenMeeting, item: GenItem, random: Random): string {
  const style = { ...pickStyle(random, 'plain'), bullet: '  •', boldClauses: false, listedClauses: false, clauseMarker: '1.' as const };
  const body = itemBody(item, style, meeting.committee.spec.selfName)
    .map((block) => block.replace(/'/g, '’'))
    .join('\n\n \n\n');
  return `Agenda item\n\n${item.title.replace(/'/g, '’')}\n\n${(item.reportAuthor ?? '').replace(/'/g, '’')}\n\nMinutes:\n\n${body}\n\n \n\nSupporting documents:\n`;
}
