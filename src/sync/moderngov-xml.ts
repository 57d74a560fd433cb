// Reads the XML answers of a ModernGov mgWebService.asmx into small typed objects.
// Pure: no HTTP here (see moderngov-client.ts). Each reader throws
// MalformedResponse with a one-line problem; the client names the call and URL.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeEntities } from '../ingest/html-to-text.ts';

export class MalformedResponse extends Error {
  override name = 'MalformedResponse';
}

export interface MgCommittee {
  id: string;
  title: string;
  deleted: boolean;
  expired: boolean;
}

/** One meeting as GetMeetings lists it. */
export interface MgMeetingSummary {
  id: string;
  /** YYYY-MM-DD, or null when the server gave no readable date. */
  date: string | null;
  /** As printed: "10.00 am". */
  time: string | null;
  status: string;
}

export interface MgPaper {
  title: string;
  url: string | null;
  restricted: boolean;
}

export interface MgItem {
  id: string;
  title: string;
  /** As displayed: "1", "3a"; null when the server gives none. */
  number: string | null;
  agendaHtml: string;
  minutesHtml: string;
  restricted: boolean;
  /** The text under a "Presented By" / "Report author" comment label. */
  presentedBy: string | null;
  papers: MgPaper[];
}

export interface MgAttendee {
  name: string;
  role: string;
  /** "Present", "Apologies", "Expected", "Absent", "In attendance", "" ... */
  attendance: string;
}

export interface MgMeeting {
  id: string;
  date: string | null;
  time: string | null;
  status: string;
  location: string | null;
  agendaPublished: boolean;
  minutesPublished: boolean;
  items: MgItem[];
  attendees: MgAttendee[];
}

const LISTS = new Set(['committee', 'meeting', 'agendaitem', 'linkeddoc', 'attendee']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Agenda and minute HTML arrives entity-escaped, so a long minute holds thousands of entities.
  processEntities: { enabled: true, maxEntityCount: 1_000_000, maxExpandedLength: 50_000_000, maxTotalExpansions: 1_000_000 },
  // GetMeeting's root is also called <meeting>: only nested ones are lists.
  isArray: (name, jpath) => LISTS.has(name) && String(jpath).includes('.'),
});

type Node = Record<string, unknown>;

function parseXml(xml: string, root: string): Node {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new MalformedResponse(`the answer is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const doc = parser.parse(xml) as Node;
  const node = doc[root];
  if (node === undefined) {
    const found = Object.keys(doc).filter((k) => !k.startsWith('?'));
    throw new MalformedResponse(`expected a <${root}> document but got <${found[0] ?? 'nothing'}>`);
  }
  return node === '' ? {} : (node as Node);
}

function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node.trim();
  if (typeof node === 'object' && '#text' in (node as Node)) return String((node as Node)['#text']).trim();
  return '';
}

function list(node: unknown, key: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as Node)[key];
  return Array.isArray(value) ? (value as Node[]) : [];
}

function flag(node: unknown): boolean {
  return /^true$/i.test(text(node));
}

function optional(value: string): string | null {
  return value === '' ? null : value;
}

/**
 * Plain-text fields (titles, names, places) sometimes arrive escaped twice or
 * three times ("Q&amp;amp;A"). Decode complete entity references until the text
 * stops changing, at most three rounds; a bare "&" or an unknown "&word;" is left as written.
 */
export function decodeText(value: string): string {
  let current = value;
  for (let round = 0; round < 3; round++) {
    const next = decodeEntities(current);
    if (next === current) break;
    current = next;
  }
  return current.replace(/\s+/g, ' ').trim();
}

/**
 * HTML fields (agenda text, minutes) are escaped once inside the XML, which the
 * parser undoes. A server that escapes them twice leaves "&lt;p&gt;" with no real
 * tag: undo that one extra round so the text is read, not shown as markup.
 */
export function htmlField(value: string): string {
  return !/<[a-z!/]/i.test(value) && /&lt;\/?[a-z]/i.test(value) ? decodeEntities(value) : value;
}

/** "13/01/2026" -> "2026-01-13"; null when it is not a real calendar date. */
export function readUkDate(value: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

export function readCommittees(xml: string): MgCommittee[] {
  const root = parseXml(xml, 'committees');
  return list(root, 'committee')
    .map((c) => ({
      id: text(c['committeeid']),
      title: decodeText(text(c['committeetitle'])),
      deleted: flag(c['committeedeleted']),
      expired: flag(c['committeeexpired']),
    }))
    .filter((c) => c.id !== '');
}

export function readMeetings(xml: string): MgMeetingSummary[] {
  const root = parseXml(xml, 'getmeetings');
  const meetings: MgMeetingSummary[] = [];
  for (const committee of list(root, 'committee')) {
    for (const m of list(committee['committeemeetings'], 'meeting')) {
      const id = text(m['meetingid']);
      if (id === '') continue;
      meetings.push({
        id,
        date: readUkDate(text(m['meetingdate'])),
        time: optional(text(m['meetingtime'])),
        status: text(m['meetingstatus']),
      });
    }
  }
  return meetings;
}

function readPaper(doc: Node): MgPaper | null {
  const title = decodeText(text(doc['title']));
  if (title === '') return null;
  return { title, url: optional(text(doc['url'])), restricted: flag(doc['isrestricted']) };
}

function readNumber(item: Node): string | null {
  let shown = text(item['fulldisplaynumberformat']);
  while (shown.endsWith('.') || shown.endsWith(')')) shown = shown.slice(0, -1);
  if (shown !== '') return shown;
  const number = text(item['agendaitemnumber']);
  return number === '' ? null : `${number}${text(item['agendaitemsubnumber'])}`;
}

function readPresentedBy(item: Node): string | null {
  for (const n of [1, 2, 3]) {
    const label = text(item[`commentlabel${n}`]);
    const value = decodeText(text(item[`commenttext${n}`]));
    if (value !== '' && /present|author|report|lead|officer/i.test(label)) return value;
  }
  return null;
}

export function readMeeting(xml: string): MgMeeting {
  const m = parseXml(xml, 'meeting');
  if (text(m['meetingid']) === '') throw new MalformedResponse('the meeting has no <meetingid>');
  const items = list(m['agendaitems'], 'agendaitem').map((item) => ({
    id: text(item['agendaitemid']),
    title: decodeText(text(item['agendaitemtitle'])),
    number: readNumber(item),
    agendaHtml: htmlField(text(item['agendatext'])),
    minutesHtml: htmlField(text(item['minutesnonemptyhtmlbody'])),
    // An item the council does not allow to be displayed is treated like a restricted one.
    restricted: flag(item['isrestricted']) || /^false$/i.test(text(item['isdisplayallowed'])),
    presentedBy: readPresentedBy(item),
    papers: list(item['linkeddocuments'], 'linkeddoc')
      .map(readPaper)
      .filter((p): p is MgPaper => p !== null),
  }));
  const attendees = list(m['attendees'], 'attendee')
    .map((a) => ({
      name: decodeText(text(a['name'])),
      role: decodeText(text(a['roledescription'])),
      attendance: decodeText(text(a['attendance'])),
    }))
    .filter((a) => a.name !== '');
  return {
    id: text(m['meetingid']),
    date: readUkDate(text(m['meetingdate'])),
    time: optional(text(m['meetingtime'])),
    status: text(m['meetingstatus']),
    location: optional(decodeText(text(m['meetinglocation']))),
    agendaPublished: flag(m['agendapublished']),
    minutesPublished: flag(m['minutepublished']),
    items: items.filter((i) => i.title !== ''),
    attendees,
  };
}
