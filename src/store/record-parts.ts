// The record split into parts, so that one new meeting rewrites only its own
// month and one new document only the last thousand documents, and no part
// grows with the whole record. Each part has the shape of a whole record (the
// lists it does not hold are empty), so one schema checks any of them.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { BoardRecord, Meeting, SourceDocument, WorkProgrammeItem } from '../model.ts';
import { compareMeetings, compareWorkProgramme, type MeetingBundle, type RecordIndex } from './record-index.ts';

export const DOCUMENTS_PER_PART = 1000;

/** Part names: letters, digits and dashes only, so a name is always a safe file name. */
const SAFE = /[^A-Za-z0-9-]+/g;

export function documentsPart(position: number): string {
  return `documents-${String(Math.floor(position / DOCUMENTS_PER_PART)).padStart(4, '0')}`;
}

export function meetingPart(meeting: Pick<Meeting, 'date'>): string {
  return meeting.date ? `meetings-${meeting.date.slice(0, 7)}` : 'meetings-undated';
}

export function workProgrammePart(row: Pick<WorkProgrammeItem, 'year'>): string {
  return row.year ? `work-programme-${row.year.replace(SAFE, '-').slice(0, 40)}` : 'work-programme-none';
}

export function emptyRecord(): BoardRecord {
  return { schemaVersion: 1, documents: [], meetings: [], items: [], resolutions: [], requests: [], workProgramme: [] };
}

/** One meeting part's content, meetings in record order. */
function bundlesToPart(bundles: MeetingBundle[]): BoardRecord {
  const part = emptyRecord();
  bundles.sort((a, b) => compareMeetings(a.meeting, b.meeting));
  for (const bundle of bundles) {
    part.meetings.push(bundle.meeting);
    part.items.push(...bundle.items);
    part.resolutions.push(...bundle.resolutions);
    part.requests.push(...bundle.requests);
  }
  return part;
}

/** A whole (flat) record as parts, by name. */
export function splitRecord(record: BoardRecord): Map<string, BoardRecord> {
  const parts = new Map<string, BoardRecord>();
  const partOf = (name: string) => {
    let part = parts.get(name);
    if (!part) parts.set(name, (part = emptyRecord()));
    return part;
  };
  record.documents.forEach((document, i) => partOf(documentsPart(i)).documents.push(document));
  const meetingParts = new Map<string, string>();
  for (const meeting of record.meetings) {
    const name = meetingPart(meeting);
    meetingParts.set(meeting.id, name);
    partOf(name).meetings.push(meeting);
  }
  for (const item of record.items) partOf(meetingParts.get(item.meetingId)!).items.push(item);
  for (const resolution of record.resolutions) partOf(meetingParts.get(resolution.meetingId)!).resolutions.push(resolution);
  for (const request of record.requests) partOf(meetingParts.get(request.meetingId)!).requests.push(request);
  for (const row of record.workProgramme) partOf(workProgrammePart(row)).workProgramme.push(row);
  return parts;
}

/** A part's content as the index holds it now (empty when nothing belongs to it any more). */
export function partFromIndex(index: RecordIndex, name: string): BoardRecord {
  if (name.startsWith('documents-')) {
    const part = emptyRecord();
    const first = Number(name.slice('documents-'.length)) * DOCUMENTS_PER_PART;
    part.documents = index.documents.slice(first, first + DOCUMENTS_PER_PART);
    return part;
  }
  if (name.startsWith('meetings-')) {
    return bundlesToPart([...index.bundles.values()].filter((b) => meetingPart(b.meeting) === name));
  }
  const part = emptyRecord();
  part.workProgramme = [...index.workProgramme.values()].filter((row) => workProgrammePart(row) === name).sort(compareWorkProgramme);
  return part;
}

/** Parts as one flat record, in the order the record lists things (meetings by date, undated last). */
export function joinParts(parts: Map<string, BoardRecord>): BoardRecord {
  const record = emptyRecord();
  const names = [...parts.keys()].sort();
  for (const name of names) {
    const part = parts.get(name)!;
    record.documents.push(...part.documents);
    record.meetings.push(...part.meetings);
    record.items.push(...part.items);
    record.resolutions.push(...part.resolutions);
    record.requests.push(...part.requests);
    record.workProgramme.push(...part.workProgramme);
  }
  record.workProgramme.sort(compareWorkProgramme);
  return record;
}

export function isEmptyPart(part: BoardRecord): boolean {
  return part.documents.length === 0 && part.meetings.length === 0 && part.workProgramme.length === 0;
}

/** Meeting bundles of one part's content. */
export function bundlesOf(part: BoardRecord): MeetingBundle[] {
  const bundles = new Map<string, MeetingBundle>();
  for (const meeting of part.meetings) bundles.set(meeting.id, { meeting, items: [], resolutions: [], requests: [] });
  const bundleOf = (meetingId: string) => {
    const bundle = bundles.get(meetingId);
    if (!bundle) throw new Error(`refers to meeting "${meetingId}", which is not in its part`);
    return bundle;
  };
  for (const item of part.items) bundleOf(item.meetingId).items.push(item);
  for (const resolution of part.resolutions) bundleOf(resolution.meetingId).resolutions.push(resolution);
  for (const request of part.requests) bundleOf(request.meetingId).requests.push(request);
  return [...bundles.values()];
}

/** Documents of the record as parts hold them, oldest first. */
export function documentsOf(parts: Map<string, BoardRecord>): SourceDocument[] {
  return [...parts.keys()]
    .filter((name) => name.startsWith('documents-'))
    .sort()
    .flatMap((name) => parts.get(name)!.documents);
}

/**
 * A part as written: compact JSON with characters outside ASCII as \u escapes (the
 * file reads back as a one-byte string: half the memory, a faster start-up).
 */
export function partText(part: BoardRecord): string {
  return JSON.stringify(part).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A part's file name: its name and content hash, so a new version never overwrites the one a catalogue names. */
export function partFileName(name: string, sha256: string): string {
  return `${name}.${sha256.slice(0, 16)}.json`;
}

export const PartEntry = z.object({
  file: z.string().regex(/^[A-Za-z0-9-]+\.[0-9a-f]{16}\.json$/, 'expected a part file name'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256'),
  bytes: z.number().int().nonnegative(),
});
export type PartEntry = z.infer<typeof PartEntry>;

/** The catalogue: the one small file whose atomic replacement commits a new version of the record. */
export const Catalogue = z.object({
  format: z.literal('scrutiny-store'),
  schemaVersion: z.literal(2),
  /** One more on every write, by any process: a process that sees another number reloads what changed. */
  generation: z.number().int().nonnegative(),
  parts: z.record(z.string().regex(/^[A-Za-z0-9-]+$/), PartEntry),
});
export type Catalogue = z.infer<typeof Catalogue>;

export function isCatalogue(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === 'scrutiny-store';
}
