// What an older parser might have made of a paper, for the tests of reading documents again.
import { parsePaper } from '../../../src/ingest/paper-job.ts';
import { readFileBytes } from '../../../src/ingest/read-document.ts';
import type { BoardRecord, ParsedDocument } from '../../../src/model.ts';
import type { SourceInfo } from '../../../src/store/store.ts';

/** A paper read by this parser, with the source it is stored under (stamped `parser`). */
export async function paper(file: string, parser = 'newer'): Promise<{ parsed: ParsedDocument; source: SourceInfo }> {
  const read = await readFileBytes(file);
  if (!read.ok) throw new Error(read.reason);
  const result = await parsePaper(read.bytes, read.name);
  if (!result.ok) throw new Error(result.reason);
  return { parsed: result.parsed, source: { name: read.name, sha256: read.sha256, bytes: read.bytes.length, kind: result.parsed.kind, parser } };
}

/**
 * What an older parser might have made of the same paper: a page footer glued to an item's text, a
 * place misread, an item it missed, one it made up, a meeting on a date the paper never gives, a
 * work-programme row it made up and one it missed.
 */
export function olderReading(parsed: ParsedDocument): ParsedDocument {
  const older = structuredClone(parsed);
  const meeting = older.meetings.find((m) => m.date !== null && m.items.length > 1) ?? older.meetings[0];
  if (meeting) {
    // A value the newer reading gives too, read otherwise (a value only the older one gave stays: see #forgetOldReading).
    if (meeting.place) meeting.place = 'Committee Room 9, Old Annexe';
    if (meeting.time) meeting.time = '23:59';
    if (meeting.items.length > 1) meeting.items.pop();
    const withText = meeting.date ? meeting.items.find((i) => i.body && !i.private) : undefined;
    if (withText) withText.body = `${withText.body} Page 2 of 7 Printed 03/02/1999`;
    meeting.items.push({
      number: '99',
      title: 'Matters Arising From The Footer',
      body: 'Page 3 of 7',
      reportAuthor: null,
      pages: null,
      subItems: [],
      papers: [],
      private: false,
      resolutions: [{ text: 'That the footer be noted.', unanimous: false }],
      requests: [{ text: 'Officers to circulate page 4.', kind: 'information', due: null }],
      workProgrammeAdditions: [],
    });
    older.meetings.push({ ...structuredClone(meeting), date: '1999-02-03', items: meeting.items.slice(-1) });
  }
  older.workProgramme.pop();
  older.workProgramme.push({ ...(parsed.workProgramme[0] ?? { year: '2017/18', date: null, slot: 'pending', detail: null, leads: [], meetingNote: null, committee: null }), title: 'Draft Work Programme Page Footer' });
  return older;
}

/** The record without when documents came and which parser read them. */
export function content(record: Readonly<BoardRecord>) {
  const { documents, ...rest } = record;
  return { ...rest, documents: documents.map(({ ingestedAt: _at, parser: _parser, ...d }) => d) };
}

