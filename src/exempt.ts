// Schedule 12A (Local Government Act 1972): an exempt item's title may be shown, marked exempt;
// nothing else of it, anywhere. The rule is applied to the data: whatever a document says inside
// a private item (its body, report author, pages, papers, resolutions, requests, and work-programme
// additions) is dropped before it is merged, and again after the merge for an item that a later
// document marks private. So no answer, post, index or file can show what the record never holds;
// the answers and posts still leave private items out as a second line of defence.
import type { AgendaItem, ParsedDocument, ParsedItem, Request, Resolution } from './model.ts';

/** A private item as it may be kept: its number and title, nothing else. */
export function sealParsedItem(item: ParsedItem): ParsedItem {
  return item.private ? sealedItem(item) : item;
}

/** The whole of an exempt item that any document may give the record: its number, title and source id. */
export function sealedItem(item: Pick<ParsedItem, 'number' | 'title' | 'externalId'>): ParsedItem {
  return {
    number: item.number,
    title: item.title,
    body: '',
    reportAuthor: null,
    pages: null,
    subItems: [],
    papers: [],
    private: true,
    resolutions: [],
    requests: [],
    workProgrammeAdditions: [],
    // The source's id for the item is no content of it: links to the item's page still find its title.
    ...(item.externalId ? { externalId: item.externalId } : {}),
  };
}

/** An item as a line of a list (a calendar entry, a link preview): "4. Title"; an exempt item "6. Title (exempt)", nothing more. */
export function itemListLine(item: Pick<AgendaItem, 'number' | 'title' | 'private'>): string {
  const number = item.number ? `${item.number}. ` : '';
  return item.private ? `${number}${item.title} (exempt)` : `${number}${item.title}`;
}

/** The document with every private item sealed. */
export function sealParsedDocument(doc: ParsedDocument): ParsedDocument {
  if (!doc.meetings.some((m) => m.items.some((i) => i.private))) return doc;
  return { ...doc, meetings: doc.meetings.map((m) => ({ ...m, items: m.items.map(sealParsedItem) })) };
}

export function sealStoredItem(item: AgendaItem): AgendaItem {
  if (!item.private) return item;
  return { ...item, body: '', reportAuthor: null, pages: null, subItems: [], papers: [] };
}

/**
 * A meeting's items, resolutions and requests with the private items sealed and their resolutions
 * and requests gone; the ids of its private items. Changes `bundle` in place.
 */
export function sealMeeting(bundle: { items: AgendaItem[]; resolutions: Resolution[]; requests: Request[] }): Set<string> {
  const exempt = new Set(bundle.items.filter((i) => i.private).map((i) => i.id));
  if (exempt.size === 0) return exempt;
  bundle.items = bundle.items.map(sealStoredItem);
  bundle.resolutions = bundle.resolutions.filter((r) => !exempt.has(r.itemId));
  bundle.requests = bundle.requests.filter((r) => !exempt.has(r.itemId));
  return exempt;
}
