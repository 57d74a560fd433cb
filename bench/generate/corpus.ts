// Writes a generated council's documents to a folder, one file at a time, and
// returns what was written plus the facts the benchmark asks questions about.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCouncil, itemRequests, type Council, type GenMeeting } from './council.ts';
import { pickStyle, type DocumentStyle } from './layout.ts';
import { Random } from './random.ts';
import { renderAgendaPack, renderItemPage, renderWorkProgramme, workProgrammeRows, type WorkProgrammeRow } from './render-papers.ts';
import { renderMinutes } from './render-minutes.ts';

export type GeneratedTier = 'tiny' | 'M' | 'L';

export interface TierShape {
  committees: number;
  years: number;
  firstYear: number;
  /** Share of meetings whose agenda pack is published as well as their minutes. */
  agendaPacks: number;
  /** Share of meetings with one item also published as a ModernGov agenda-item page. */
  itemPages: number;
}

export const TIER_SHAPES: Record<GeneratedTier, TierShape> = {
  tiny: { committees: 2, years: 1, firstYear: 2023, agendaPacks: 0.5, itemPages: 0.2 },
  M: { committees: 1, years: 10, firstYear: 2014, agendaPacks: 0.4, itemPages: 0.1 },
  L: { committees: 50, years: 10, firstYear: 2014, agendaPacks: 0.25, itemPages: 0.05 },
};

export interface WrittenFile {
  path: string;
  kind: 'minutes' | 'agenda-pack' | 'work-programme' | 'item-page';
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

/** Generate and write a tier's corpus. Same seed, same bytes. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const shape = { ...TIER_SHAPES[options.tier], ...options.shape };
  const council = generateCouncil({ seed: options.seed, committees: shape.committees, years: shape.years, firstYear: shape.firstYear });
  const random = new Random(options.seed).fork('documents');
  const files: WrittenFile[] = [];
  let bytes = 0;
  const made = new Set<string>();
  const write = (rel: string, kind: WrittenFile['kind'], text: string, extra: Omit<WrittenFile, 'path' | 'kind' | 'bytes'> = {}) => {
    const full = path.join(options.outDir, rel);
    const dir = path.dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(full, text);
    const size = Buffer.byteLength(text);
    bytes += size;
    files.push({ path: full, kind, bytes: size, ...extra });
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
    write(`${committee.slug}/work-programme-${year.replace('/', '-')}.txt`, 'work-programme', text, { rows });
  }

  const styles = new Map<GenMeeting, DocumentStyle>();
  let itemPageId = 4000;
  const nextAgendaWritten = new Set<string>();
  council.meetings.forEach((meeting, index) => {
    const previous = index > 0 && council.meetings[index - 1]!.committee === meeting.committee ? council.meetings[index - 1]! : null;
    const style = pickStyle(random);
    styles.set(meeting, style);
    const dir = meeting.committee.slug;
    if (!meeting.future) {
      write(`${dir}/${meeting.date}-minutes.${style.layout === 'markdown' ? 'md' : 'txt'}`, 'minutes', renderMinutes(council, meeting, style), { meetingId: meeting.id });
    }
    // The next meeting of each committee always has its agenda out; others sometimes kept.
    const isNext = meeting.future && !nextAgendaWritten.has(dir);
    if (isNext || (!meeting.future && random.chance(shape.agendaPacks))) {
      if (isNext) nextAgendaWritten.add(dir);
      const wp = workProgrammes.get(`${dir}|${meeting.year}`) ?? null;
      const text = renderAgendaPack(council, meeting, previous && !previous.future ? previous : null, (previous && styles.get(previous)) ?? style, wp, random);
      write(`${dir}/${meeting.date}-agenda-pack.txt`, 'agenda-pack', text, { meetingId: meeting.id });
    }
    if (!meeting.future && random.chance(shape.itemPages)) {
      const item = meeting.items.find((i) => i.role === 'topic' && i.resolutions.length > 0);
      if (item) write(`moderngov/mgAi-${itemPageId++}.txt`, 'item-page', renderItemPage(meeting, item, random), { meetingId: meeting.id, itemNumber: item.number });
    }
  });

  return { dir: options.outDir, files, bytes, facts: corpusFacts(council), council };
}

function corpusFacts(council: Council): CorpusFacts {
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
  };
}
