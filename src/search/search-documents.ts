// What goes into the index from the record. Exempt (private) items give their
// title only: their body, resolutions and requests are never indexed.
import type { BoardRecord } from '../model.ts';
import type { SearchDoc, SearchDocKind } from './search-options.ts';

export function docId(kind: SearchDocKind, id: string): string {
  return `${kind}:${id}`;
}

export function parseDocId(id: string): { kind: SearchDocKind; refId: string } {
  const at = id.indexOf(':');
  return { kind: id.slice(0, at) as SearchDocKind, refId: id.slice(at + 1) };
}

export function searchDocuments(record: Readonly<BoardRecord>): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const items = new Map(record.items.map((item) => [item.id, item]));
  for (const meeting of record.meetings) {
    docs.push({
      id: docId('meeting', meeting.id),
      title: meeting.committee ?? '',
      text: '',
      body: [meeting.place ?? '', meeting.chair ?? ''].join(' '),
    });
  }
  for (const item of record.items) {
    docs.push({
      id: docId('item', item.id),
      title: item.title,
      text: '',
      body: item.private ? '' : [item.reportAuthor ?? '', item.subItems.join(' '), item.body].join('\n'),
    });
  }
  for (const resolution of record.resolutions) {
    const item = items.get(resolution.itemId);
    if (item?.private) continue;
    docs.push({ id: docId('resolution', resolution.id), title: item?.title ?? '', text: resolution.text, body: '' });
  }
  for (const request of record.requests) {
    const item = items.get(request.itemId);
    if (item?.private) continue;
    docs.push({ id: docId('request', request.id), title: item?.title ?? '', text: request.text, body: '' });
  }
  for (const entry of record.workProgramme) {
    docs.push({
      id: docId('work-programme', entry.id),
      title: entry.title,
      text: '',
      body: [entry.detail ?? '', entry.leads.join(' ')].join('\n'),
    });
  }
  return docs;
}
