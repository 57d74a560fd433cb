// Minutes of one meeting as a council publishes them.
import { formatTime } from '../../src/london.ts';
import { personName, runningDate, shortName, type Council, type GenItem, type GenMeeting, type Person } from './council.ts';
import { clauseMark, paginate, wrap, type DocumentStyle } from './layout.ts';
import { AREAS } from './vocabulary.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekday(date: string): string {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

/** "held at 2.00 pm on Thursday, 11 January 2018" or "held on Thursday 11 January 2018 at 2.00 pm" */
export function heldLine(council: Council, meeting: GenMeeting): string {
  const day = runningDate(meeting.date, false);
  return council.style.heading === 'held-at'
    ? `held at ${formatTime(meeting.time)} on ${weekday(meeting.date)}, ${day}`
    : `held on ${weekday(meeting.date)} ${day} at ${formatTime(meeting.time)}`;
}

/** "Thursday, 13th July, 2017" as agenda front sheets print dates. */
export function agendaDate(council: Council, date: string): string {
  return `${weekday(date)}, ${runningDate(date, council.style.ordinalDates)}`;
}

function bold(text: string, style: DocumentStyle, on = true): string {
  return on && style.layout !== 'pdf' ? `**${text}**` : text;
}

function attendance(council: Council, meeting: GenMeeting, style: DocumentStyle): string[] {
  const out: string[] = ['Present:'];
  const lineEnd = style.layout === 'markdown' ? '  ' : '';
  const list = (label: string, people: string[]) => {
    if (people.length === 0) return;
    out.push(`${label}: ${people.join(`${lineEnd}\n`)}`);
  };
  const cabinetMember = meeting.committee.spec.kind === 'cabinet-member';
  list(
    cabinetMember ? 'Cabinet Member' : 'Members',
    meeting.members.map((p) => (p === meeting.chair ? `${personName(p)} (${cabinetMember ? 'Cabinet Member' : 'Chair'})` : personName(p))),
  );
  if (meeting.coopted.length > 0) out.push(`Co-Opted Members: ${meeting.coopted.map(personName).join(' and ')}`);
  list(
    'Cabinet Members',
    meeting.cabinet.map((c) => `${personName(c.person)} (Cabinet Member for ${c.portfolio})`),
  );
  list('Other Members', meeting.others.map(personName));
  if (meeting.invited.length > 0) out.push(`By invitation: ${meeting.invited.map(personName).join(', ')} (Observer)`);
  out.push('Employees (by Directorate):');
  if (style.employees === 'lines') {
    out.push(meeting.employees.map((o) => `${shortName(o.person)}, ${AREAS[o.area].directorate}`).join('\n'));
  } else {
    const groups = new Map<string, string[]>();
    for (const o of meeting.employees) {
      const d = AREAS[o.area].directorate;
      groups.set(d, [...(groups.get(d) ?? []), shortName(o.person) + (o.jobTitle.startsWith('Director') ? ' (Director)' : '')]);
    }
    for (const [d, names] of groups) out.push(`${d} ${names.join(', ')}`);
  }
  if (!council.style.apologiesItem) {
    if (meeting.apologies.length === 0) out.push('Apologies: None');
    else if (style.apologies === 'lines') out.push(`Apologies: ${meeting.apologies.map(personName).join(`${lineEnd}\n`)}`);
    else {
      const names = meeting.apologies.map(shortName);
      const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
      out.push(`Apologies: Councillor${names.length > 1 ? 's' : ''} ${joined}`);
    }
  }
  return out;
}

function itemHeading(item: GenItem, style: DocumentStyle, variant: number): string {
  if (style.layout === 'markdown') {
    return [`### **${item.number}. ${item.title}**`, `**${item.number}. ${item.title}**`, `#### ${item.number}. **${item.title}**`][variant % 3]!;
  }
  if (style.layout === 'pdf') return `${item.number}.      ${item.title}`;
  return variant % 2 === 0 ? `${item.number}. ${item.title}` : `${item.number}. **${item.title}**`;
}

function paragraph(text: string, style: DocumentStyle): string {
  return style.layout === 'pdf' ? wrap(text, 88) : text;
}

function bullets(items: string[], style: DocumentStyle): string {
  return items.map((b) => (style.layout === 'pdf' ? wrap(`${style.bullet} ${b}`, 88, '  ') : `${style.bullet} ${b}`)).join('\n');
}

/** The words of one item after its heading; shared with agenda-item pages. */
export function itemBody(item: GenItem, style: DocumentStyle, selfName: string): string[] {
  const out: string[] = [];
  for (const p of item.paragraphs) out.push(paragraph(p, style));
  if (item.discussion) {
    out.push(paragraph(item.discussion.lead, style));
    out.push(bullets(item.discussion.bullets, style));
  }
  if (item.informationRequests.length > 0) {
    out.push(paragraph(`The ${selfName === 'Scrutiny Board' ? 'Board' : selfName} also requested information on the following:`, style));
    out.push(bullets(item.informationRequests, style));
  }
  if (item.circulateRequests.length > 0) {
    out.push(paragraph(`In response to the questions, officers undertook to circulate the following information to the ${selfName}:`, style));
    out.push(bullets(item.circulateRequests, style));
  }
  if (item.workProgrammeAdditions.length > 0 && item.resolvedOpener) {
    out.push(bold(item.resolvedOpener, style, style.boldClauses));
    out.push(item.workProgrammeAdditions.map((a, i) => `${clauseMark(style.clauseMarker, i)} ${bold(a, style, style.boldClauses)}`).join('\n\n'));
  } else if (item.resolvedOpener && item.resolutions.length > 0) {
    if (item.inlineResolution) {
      const text = `${item.resolvedOpener} ${item.resolutions[0]!.text}`;
      out.push(style.boldClauses ? bold(text, style) : paragraph(text, style));
    } else {
      out.push(bold(item.resolvedOpener, style, style.boldClauses));
      out.push(
        item.resolutions
          .map((r, i) => {
            const mark = clauseMark(style.clauseMarker, i);
            const text = bold(r.text, style, style.boldClauses);
            if (style.listedClauses && mark !== '-' && mark !== '•') return `- ${mark} ${text}`;
            return style.layout === 'pdf' ? `    ${wrap(`${mark} ${text}`, 84, '       ')}` : `${mark} ${text}`;
          })
          .join(style.listedClauses ? '\n' : '\n\n'),
      );
    }
  }
  return out;
}

export function renderMinutes(council: Council, meeting: GenMeeting, style: DocumentStyle): string {
  const md = style.layout === 'markdown';
  const head = [
    bold(council.name, style, md),
    bold(`Minutes of the Meeting of ${meeting.committee.spec.name}`, style, md),
    bold(heldLine(council, meeting), style, md),
  ].join(md ? '  \n' : '\n');
  const blocks: string[] = ['', head, ...attendance(council, meeting, style)];
  blocks.push(md ? '## **Public Business**' : 'Public Business');
  let privateShown = false;
  meeting.items.forEach((item, index) => {
    if (item.role === 'private' && !privateShown) {
      blocks.push(md ? '## **Private Business**' : 'Private Business');
      privateShown = true;
    }
    blocks.push(itemHeading(item, style, index + meeting.date.charCodeAt(9)));
    blocks.push(...itemBody(item, style, meeting.committee.spec.selfName));
  });
  const closing = style.closing.replace('%s', md && meeting.date.charCodeAt(8) % 2 === 0 ? formatTime(meeting.closingTime).replace('.', ':').replace(' ', '') : formatTime(meeting.closingTime));
  blocks.push(closing);
  const text = blocks.join('\n\n');
  if (style.layout !== 'pdf') return `${text}\n`;
  return `${paginate(text, (page) => `- ${page} -`)}\n`;
}

export function memberList(people: Person[], chair: Person): string {
  const names = people.map((p) => `${shortName(p)}${p === chair ? ' (Chair)' : ''}`);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
