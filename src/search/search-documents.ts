// What goes into the index from the record: per meeting (the meeting, its items,
// resolutions and requests), and per work-programme row, so a change to one
// meeting re-indexes that meeting's documents only. Exempt (private) items give
// their title only: their body, resolutions and requests are never indexed.
import type { AgendaItem, BoardRecord, Meeting, Request, Resolution, WorkProgrammeItem } from '../model.ts';
import type { Store } from '../store/store.ts';
import type { SearchDoc, SearchDocKind } from './search-options.ts';

export function docId(kind: SearchDocKind, id: string): string {
  return `${kind}:${id}`;
}

/** A document's record id as the record itself holds it, when the record has it; undefined when not. */
export type RecordIdOf = (kind: SearchDocKind, refId: string) => string | undefined;

/**
 * The record ids of a store's meetings, items, resolutions and requests as its own entries hold
 * them: a table of the index's documents that keeps these (the answer thread's, one per document)
 * costs no string of its own per document, where a copy cut from each document's id is one more
 * object for every full collection to mark. Work-programme rows, which the store looks up by no id,
 * keep their copy.
 */
export function recordIdsOf(store: Pick<Store, 'meeting' | 'item' | 'resolution' | 'request'>): RecordIdOf {
  return (kind, refId) => {
    switch (kind) {
      case 'item':
        return store.item(refId)?.id;
      case 'resolution':
        return store.resolution(refId)?.id;
      case 'request':
        return store.request(refId)?.id;
      case 'meeting':
        return store.meeting(refId)?.id;
      default:
        return undefined;
    }
  };
}

export function parseDocId(id: string): { kind: SearchDocKind; refId: string } {
  const at = id.indexOf(':');
  return { kind: id.slice(0, at) as SearchDocKind, refId: id.slice(at + 1) };
}

/** A meeting with what hangs off it (the store's MeetingBundle). */
export interface IndexedMeeting {
  meeting: Meeting;
  items: readonly AgendaItem[];
  resolutions: readonly Resolution[];
  requests: readonly Request[];
}

/** The documents of one meeting. */
export function meetingDocuments(bundle: IndexedMeeting): SearchDoc[] {
  const { meeting } = bundle;
  const docs: SearchDoc[] = [
    {
      id: docId('meeting', meeting.id),
      title: meeting.committee ?? '',
      text: '',
      body: [meeting.place ?? '', meeting.chair ?? ''].join(' '),
    },
  ];
  const items = new Map(bundle.items.map((item) => [item.id, item]));
  for (const item of bundle.items) {
    docs.push({
      id: docId('item', item.id),
      title: item.title,
      text: '',
      body: item.private ? '' : [item.reportAuthor ?? '', item.subItems.join(' '), item.body].join('\n'),
    });
  }
  for (const resolution of bundle.resolutions) {
    const item = items.get(resolution.itemId);
    if (item?.private) continue;
    docs.push({ id: docId('resolution', resolution.id), title: item?.title ?? '', text: resolution.text, body: '' });
  }
  for (const request of bundle.requests) {
    const item = items.get(request.itemId);
    if (item?.private) continue;
    docs.push({ id: docId('request', request.id), title: item?.title ?? '', text: request.text, body: '' });
  }
  return docs;
}

export function workProgrammeDocument(entry: WorkProgrammeItem): SearchDoc {
  return {
    id: docId('work-programme', entry.id),
    title: entry.title,
    text: '',
    body: [entry.detail ?? '', entry.leads.join(' ')].join('\n'),
  };
}

/** The record as meeting bundles, grouped as it goes (a step per 500 entries read). */
export function* recordMeetings(record: Readonly<BoardRecord>): Generator<IndexedMeeting | null, void, void> {
  const bundles = new Map<string, { meeting: Meeting; items: AgendaItem[]; resolutions: Resolution[]; requests: Request[] }>();
  for (const meeting of record.meetings) bundles.set(meeting.id, { meeting, items: [], resolutions: [], requests: [] });
  let n = 0;
  const step = () => ++n % 500 === 0;
  for (const item of record.items) {
    bundles.get(item.meetingId)?.items.push(item);
    if (step()) yield null;
  }
  for (const resolution of record.resolutions) {
    bundles.get(resolution.meetingId)?.resolutions.push(resolution);
    if (step()) yield null;
  }
  for (const request of record.requests) {
    bundles.get(request.meetingId)?.requests.push(request);
    if (step()) yield null;
  }
  yield* bundles.values();
}

/** Every document of the record, meetings first, then the work programme. */
export function searchDocuments(record: Readonly<BoardRecord>): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const bundle of recordMeetings(record)) if (bundle) docs.push(...meetingDocuments(bundle));
  for (const entry of record.workProgramme) docs.push(workProgrammeDocument(entry));
  return docs;
}
