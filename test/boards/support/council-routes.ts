// ModernGov answers for invented councils, in the shapes the web service gives (GetCommittees,
// GetMeetings, GetMeeting): titles HTML-encoded inside XML, minutes as escaped HTML.
import type { Routes } from '../../sync/fake-moderngov.ts';

export interface InventedPaper {
  title: string;
  url: string;
  restricted?: boolean;
}

export interface InventedItem {
  number: string;
  title: string;
  /** HTML, as the agenda text. */
  agenda?: string;
  /** HTML, as the minutes. */
  minutes?: string;
  papers?: InventedPaper[];
  restricted?: boolean;
}

export interface InventedMeeting {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  time?: string;
  status?: string;
  place?: string;
  items: InventedItem[];
  attendees?: { name: string; role: string; attendance: string }[];
}

export interface InventedCommittee {
  id: string;
  title: string;
  meetings: InventedMeeting[];
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A title as ModernGov sends it: HTML entities, then XML-escaped. */
const title = (text: string) => xml(text.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
const ukDate = (iso: string) => iso.split('-').reverse().join('/');

function meetingXml(m: InventedMeeting): string {
  const minutes = m.items.some((i) => i.minutes);
  const items = m.items
    .map(
      (i, n) => `    <agendaitem>
      <agendaitemid>${m.id}${n}</agendaitemid>
      <agendaitemtitle>${title(i.title)}</agendaitemtitle>
      <agendatext>${xml(i.agenda ?? '')}</agendatext>
      <agendaitemnumber>${i.number}</agendaitemnumber>
      <fulldisplaynumberformat>${i.number}.</fulldisplaynumberformat>
      <minutesnonemptyhtmlbody>${xml(i.minutes ?? '')}</minutesnonemptyhtmlbody>
      <isminutepublished>${i.minutes ? 'True' : 'False'}</isminutepublished>
      <isrestricted>${i.restricted ? 'True' : 'False'}</isrestricted>
      <linkeddocuments>
${(i.papers ?? [])
  .map(
    (p, k) => `        <linkeddoc>
          <attachmentid>${m.id}${n}${k}</attachmentid>
          <title>${title(p.title)}</title>
          <isurl>False</isurl>
          <url>${xml(p.url)}</url>
          <isrestricted>${p.restricted ? 'True' : 'False'}</isrestricted>
        </linkeddoc>`,
  )
  .join('\n')}
      </linkeddocuments>
    </agendaitem>`,
    )
    .join('\n');
  const attendees = (m.attendees ?? [])
    .map((a, n) => `    <attendee membertype="U" memberid="${n + 1}" name="${title(a.name)}" roledescription="${title(a.role)}" attendance="${title(a.attendance)}"></attendee>`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>${m.id}</meetingid>
  <meetingdate>${ukDate(m.date)}</meetingdate>
  <meetingstatus>${m.status ?? 'Confirmed'}</meetingstatus>
  <meetingtime>${m.time ?? '2.00 pm'}</meetingtime>
  <meetinglocation>${title(m.place ?? 'Committee Room 1')}</meetinglocation>
  <agendapublished>${m.items.length > 0 ? 'True' : 'False'}</agendapublished>
  <minutepublished>${minutes ? 'True' : 'False'}</minutepublished>
  <agendaitems>
${items}
  </agendaitems>
  <attendees>
${attendees}
  </attendees>
</meeting>`;
}

/** The fake service's routes for a council with these committees and meetings. */
export function councilRoutes(committees: InventedCommittee[]): Routes {
  const committeesXml = `<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committeescount> ${committees.length}</committeescount>
${committees
  .map(
    (c) => `  <committee>
    <committeeid>${c.id}</committeeid>
    <committeetitle>${title(c.title)}</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
  </committee>`,
  )
  .join('\n')}
</committees>`;
  const meetings: Record<string, string> = {};
  const meeting: Record<string, string> = {};
  for (const c of committees) {
    meetings[c.id] = `<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <committeescount> 1</committeescount>
  <committee>
    <committeeid>${c.id}</committeeid>
    <committeetitle>${title(c.title)}</committeetitle>
    <committeemeetings>
${c.meetings.map((m) => `      <meeting><meetingid>${m.id}</meetingid><meetingdate>${ukDate(m.date)}</meetingdate><meetingstatus>${m.status ?? 'Confirmed'}</meetingstatus><meetingtime>${m.time ?? '2.00 pm'}</meetingtime></meeting>`).join('\n')}
    </committeemeetings>
  </committee>
</getmeetings>`;
    for (const m of c.meetings) meeting[m.id] = meetingXml(m);
  }
  return { committees: committeesXml, meetings, meeting };
}
