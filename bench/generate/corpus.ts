// Writes a generated council's documents to a folder, one file at a time, and
// returns what was written plus the facts the benchmark asks questions about.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCouncil, itemRequests, type Council, type GenMeeting } from './council.ts';
import { pickStyle, wrap, type DocumentStyle } from './layout.ts';
import { Random } from './random.ts';
import { renderAgendaPack, renderItemPage, renderWorkProgramme, workProgrammeRows, type WorkProgrammeRow } from './render-papers.ts';
import { renderMinutes } from './render-minutes.ts';
import { renderHtmlPage } from './render-html.ts';
import { layoutTextToPdf } from '../../test/support/layout-pdf.ts';

export type GeneratedTier = 'tiny' | 'M' | 'L' | 'XL';

/** How a file is published: text (or markdown), a web page, or a PDF. */
export type FileFormat = 'text' | 'html' | 'pdf';

export interface TierShape {
  committees: number;
  years: number;
  firstYear: number;
  /** Share of meetings whose agenda pack is published as well as their minutes. */
  agendaPacks: number;
  /** Share of meetings with one item also published as a ModernGov agenda-item page. */
  itemPages: number;
  /** Share of PDF-laid-out minutes, and of agenda packs, published as real PDF files. */
  pdf: number;
  /** Share of minutes and agenda-item pages published as web pages. */
  html: number;
}

export const TIER_SHAPES: Record<GeneratedTier, TierShape> = {
  tiny: { committees: 2, years: 1, firstYear: 2023, agendaPacks: 0.5, itemPages: 0.2, pdf: 0.5, html: 0.4 },
  M: { committees: 1, years: 10, firstYear: 2014, agendaPacks: 0.4, itemPages: 0.1, pdf: 0.5, html: 0.3 },
  L: { committees: 50, years: 10, firstYear: 2014, agendaPacks: 0.25, itemPages: 0.05, pdf: 0.3, html: 0.25 },
  // Ten times L: a county with its districts' committees, or ten councils' boards on one bot.
  XL: { committees: 500, years: 10, firstYear: 2014, agendaPacks: 0.25, itemPages: 0.05, pdf: 0.3, html: 0.25 },
};

export interface WrittenFile {
  path: string;
  kind: 'minutes' | 'agenda-pack' | 'work-programme' | 'item-page';
  format: FileFormat;
  bytes: number;
  /** For minutes, agenda packs and item pages: the meeting they come from. */
  meetingId?: string;
  /** For work programmes: the rows written. */
  rows?: WorkProgrammeRow[];
  /** For item pages: the minute number of the item repeated. */
  itemNumber?: string;
}

export interface CorpusFacts {
  council: string;
  /** The tier's "now" (YYYY-MM-DD): later meetings are only planned or on an agenda. */
  now: string;
  firstDate: string;
  lastDate: string;
  meetings: number;
  pastMeetings: number;
  items: number;
  resolutions: number;
  requests: number;
  /** Topic titles by the number of items about them, most discussed first. */
  topicCounts: [string, number][];
  /** Distinctive search words by how many items use them. */
  keywordCounts: [string, number][];
  /** Distinct agenda-item titles among the past meetings' items. */
  distinctTitles: number;
  /** Distinct people named in attendance (members, officers, guests). */
  distinctPeople: number;
}

export interface GeneratedCorpus {
  dir: string;
  files: WrittenFile[];
  bytes: number;
  facts: CorpusFacts;
  council: Council;
}

export interface GenerateOptions {
  tier: GeneratedTier;
  seed: number;
  outDir: string;
  /** Override the tier's shape (tests). */
  shape?: Partial<TierShape>;
}

/**
 * Text laid out as PDF pages: pages of at most 55 lines (long parts split), and
 * lines a page cannot hold wrapped, as a word processor would have.
 */
function paged(text: string): string {
  return text
    .split('\f')
    .map((page) => {
      const lines = page.split('\n').flatMap((line) => (line.length > 110 ? wrap(line, 106).split('\n') : [line]));
      const pages: string[] = [];
      for (let i = 0; i < lines.length; i += 55) pages.push(lines.slice(i, i + 55).join('\n'));
      return pages.join('\n\f');
    })
    .join('\f');
}

/** The PDF with its creation date and file id fixed: same seed, same bytes (offsets keep their lengths). */
function reproducible(pdf: Uint8Array, text: string): Buffer {
  const id = createHash('md5').update(text).digest('hex');
  return Buffer.from(
    Buffer.from(pdf)
      .toString('latin1')
      .replace(/\(D:\d{14}Z\)/g, '(D:20240101000000Z)')
      .replace(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/, `/ID [<${id}> <${id}>]`),
    'latin1',
  );
}

/** Generate and write a tier's corpus. Same seed, same bytes. */
export async function generateCorpus(options: GenerateOptions): Promise<GeneratedCorpus> {
  const shape = { ...TIER_SHAPES[options.tier], ...options.shape };
  const council = generateCouncil({ seed: options.seed, committees: shape.committees, years: shape.years, firstYear: shape.firstYear });
  const random = new Random(options.seed).fork('documents');
  const formats = new Random(options.seed).fork('formats');
  const files: WrittenFile[] = [];
  let bytes = 0;
  const made = new Set<string>();
  const write = async (rel: string, kind: WrittenFile['kind'], text: string, format: FileFormat, extra: Omit<WrittenFile, 'path' | 'kind' | 'bytes' | 'format'> = {}) => {
    const ext = path.extname(rel);
    const stem = rel.slice(0, rel.length - ext.length);
    const full = path.join(options.outDir, format === 'pdf' ? `${stem}.pdf` : format === 'html' ? `${stem}.html` : rel);
    const dir = path.dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const content: string | Uint8Array =
      format === 'pdf' ? reproducible(await layoutTextToPdf(paged(text)), text) : format === 'html' ? renderHtmlPage(text, path.basename(stem)) : text;
    writeFileSync(full, content);
    const size = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    bytes += size;
    files.push({ path: full, kind, format, bytes: size, ...extra });
  };

  const byCommitteeYear = new Map<string, GenMeeting[]>();
  for (const m of council.meetings) {
    const key = `${m.committee.slug}|${m.year}`;
    byCommitteeYear.set(key, [...(byCommitteeYear.get(key) ?? []), m]);
  }
  const workProgrammes = new Map<string, string>();
  for (const [key, meetings] of byCommitteeYear) {
    const committee = meetings[0]!.committee;
    if (committee.spec.kind !== 'scrutiny') continue;
    const year = meetings[0]!.year;
    const rows = workProgrammeRows(random, meetings);
    const text = renderWorkProgramme(council, committee, year, rows, meetings, random.chance(0.3));
    workProgrammes.set(key, text);
    await write(`${committee.slug}/work-programme-${year.replace('/', '-')}.txt`, 'work-programme', text, 'text', { rows });
  }

  const styles = new Map<GenMeeting, DocumentStyle>();
  let itemPageId = 4000;
  const nextAgendaWritten = new Set<string>();
  for (const [index, meeting] of council.meetings.entries()) {
    const previous = index > 0 && council.meetings[index - 1]!.committee === meeting.committee ? council.meetings[index - 1]! : null;
    const style = pickStyle(random);
    styles.set(meeting, style);
    const dir = meeting.committee.slug;
    if (!meeting.future) {
      const format: FileFormat =
        style.layout === 'pdf' ? (formats.chance(shape.pdf) ? 'pdf' : 'text') : formats.chance(shape.html) ? 'html' : 'text';
      await write(`${dir}/${meeting.date}-minutes.${style.layout === 'markdown' ? 'md' : 'txt'}`, 'minutes', renderMinutes(council, meeting, style), format, { meetingId: meeting.id });
    }
    // The next meeting of each committee always has its agenda out; others sometimes kept.
    const isNext = meeting.future && !nextAgendaWritten.has(dir);
    if (isNext || (!meeting.future && random.chance(shape.agendaPacks))) {
      if (isNext) nextAgendaWritten.add(dir);
      const wp = workProgrammes.get(`${dir}|${meeting.year}`) ?? null;
      const minutes = previous && !previous.future ? previous : null;
      const minutesStyle = (previous && styles.get(previous)) ?? style;
      const text = renderAgendaPack(council, meeting, minutes, minutesStyle, wp, random);
      // A pack is a PDF when the minutes in it were laid out as one (no markdown marks in a PDF).
      const format: FileFormat = (!minutes || minutesStyle.layout === 'pdf') && formats.chance(shape.pdf * 2) ? 'pdf' : 'text';
      await write(`${dir}/${meeting.date}-agenda-pack.txt`, 'agenda-pack', text, format, { meetingId: meeting.id });
    }
    if (!meeting.future && random.chance(shape.itemPages)) {
      const item = meeting.items.find((i) => i.role === 'topic' && i.resolutions.length > 0);
      if (item) {
        await write(`moderngov/mgAi-${itemPageId++}.txt`, 'item-page', renderItemPage(meeting, item, random), formats.chance(0.5) ? 'html' : 'text', {
          meetingId: meeting.id,
          itemNumber: item.number,
        });
      }
    }
  }

  return { dir: options.outDir, files, bytes, facts: corpusFacts(council), council };
}

export function corpusFacts(council: Council): CorpusFacts {
  const topics = new Map<string, number>();
  const keywords = new Map<string, number>();
  let items = 0;
  let resolutions = 0;
  let requests = 0;
  const past = council.meetings.filter((m) => !m.future);
  for (const m of past) {
    for (const item of m.items) {
      items++;
      resolutions += item.resolutions.length;
      requests += itemRequests(item).length;
      if (item.topic) {
        topics.set(item.topic.title, (topics.get(item.topic.title) ?? 0) + 1);
        keywords.set(item.topic.keyword, (keywords.get(item.topic.keyword) ?? 0) + 1);
      }
    }
  }
  const titles = new Set(past.flatMap((m) => m.items.map((i) => i.title)));
  const people = new Set(past.flatMap((m) => [...m.members, ...m.coopted, ...m.others, ...m.employees.map((e) => e.person)].map((p) => `${p.initials} ${p.surname}`)));
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const dates = council.meetings.map((m) => m.date).sort();
  return {
    council: council.name,
    now: council.now,
    firstDate: dates[0]!,
    lastDate: dates[dates.length - 1]!,
    meetings: council.meetings.length,
    pastMeetings: past.length,
    items,
    resolutions,
    requests,
    topicCounts: sorted(topics),
    keywordCounts: sorted(keywords),
    distinctTitles: titles.size,
    distinctPeople: people.size,
  };
}

/** A word no generated document uses: finding it proves a new paper is searchable. */
export const NEW_PAPER_WORD = 'Quillerbrook';

export interface NewPaper {
  name: string;
  text: string;
  /** The word to search for once it is in. */
  word: string;
  meetingDate: string;
}

/**
 * Minutes that arrive after the corpus was written: those of an extra meeting a committee held the
 * day after one of its meetings (a special meeting), with one item about a subject nobody has
 * discussed before. It is the latest such day before the council's last meeting held, so the minutes
 * are known at the tier's "now" (the day after the last minutes) and can be searched as soon as they
 * are in. `before` (YYYY-MM-DD) bounds it further, for a record whose "now" is not this council's.
 */
export function newPaper(council: Council, seed: number, before?: string): NewPaper {
  const held = council.meetings.filter((m) => !m.future && (before === undefined || m.date < before));
  const last = held.reduce((latest, m) => (m.date > latest ? m.date : latest), '');
  const taken = new Set(council.meetings.map((m) => `${m.committee.slug}|${m.date}`));
  const template = held
    .filter((m) => m.items.some((i) => i.role === 'topic'))
    .map((m) => ({ meeting: m, date: nextDay(m.date) }))
    .filter(({ meeting, date }) => date < last && !taken.has(`${meeting.committee.slug}|${date}`))
    .reduce<{ meeting: GenMeeting; date: string } | null>((latest, c) => (latest === null || c.date > latest.date ? c : latest), null);
  if (!template) throw new Error('the council has no meeting held before its last with a subject item');
  const { meeting, date } = template;
  const topic = meeting.items.find((i) => i.role === 'topic');
  const items = meeting.items.map((item) => (item === topic ? { ...item, title: `${NEW_PAPER_WORD} Community Hub Proposal` } : item));
  const style = pickStyle(new Random(seed).fork('new paper'), 'plain');
  return {
    name: `${date}-minutes.txt`,
    text: renderMinutes(council, { ...meeting, id: `${meeting.id}-special`, date, items }, style),
    word: NEW_PAPER_WORD,
    meetingDate: date,
  };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
