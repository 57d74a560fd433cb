// Items, resolutions and requests of one meeting: which parsed item is which
// stored item, and ids that survive a re-ingest.
import type { AgendaItem, Paper, ParsedItem, ParsedRequest, ParsedResolution, Request, Resolution } from '../model.ts';
import type { MeetingBundle } from './record-index.ts';
import { shortHash, titleSimilarity } from './merge-keys.ts';
import { normaliseText, titleKey } from '../record-keys.ts';

/** Items this similar (0..1) are the same item of one meeting. */
const SAME_ITEM = 0.7;

/** Put an item's resolutions or requests where that item sits among the meeting's items. */
export function insertForItem<T extends { itemId: string }>(bundle: MeetingBundle, list: T[], itemId: string, added: T[]): T[] {
  const order = new Map(bundle.items.map((item, i) => [item.id, i]));
  return [...list.filter((t) => t.itemId !== itemId), ...added].sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
}

/**
 * Pair parsed items with a meeting's stored items: best title similarity first;
 * the same minute number helps, and decides between two minutes versions.
 */
export function matchItems(existing: AgendaItem[], incoming: ParsedItem[], sameNumbering: (e: AgendaItem) => boolean): Map<number, number> {
  const pairs: Array<{ p: number; e: number; score: number }> = [];
  incoming.forEach((pi, p) => {
    existing.forEach((e, i) => {
      let score = titleSimilarity(pi.title, e.title);
      if (pi.number !== null && pi.number === e.number) score = sameNumbering(e) ? Math.max(score, 0.9) : Math.min(1, score + 0.25);
      if (score >= SAME_ITEM) pairs.push({ p, e: i, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.e - b.e);
  const result = new Map<number, number>();
  const used = new Set<number>();
  for (const { p, e } of pairs) {
    if (result.has(p) || used.has(e)) continue;
    result.set(p, e);
    used.add(e);
  }
  return result;
}

export function mergePapers(first: Paper[], second: Paper[]): Paper[] {
  const seen = new Set(first.map((p) => normaliseText(p.title)));
  return [...first, ...second.filter((p) => !seen.has(normaliseText(p.title)))];
}

export function wordCount(text: string): number {
  return normaliseText(text).split(' ').filter(Boolean).length;
}

/** The fuller of two renderings of one body of text; the first unless the second says clearly more. */
export function richerBody(current: string, other: string): string {
  return wordCount(other) > wordCount(current) * 1.1 ? other : current;
}

/**
 * Ids from content, so a re-ingest finds the same ones; where a corrected text
 * changed, the id at the same position is kept so that a person's status survives.
 */
export function stableIds(fresh: string[], old: string[]): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  // The next suffix to try per id: a minute of 100,000 identical clauses must not cost their square.
  const nextSuffix = new Map<string, number>();
  for (const id of fresh) {
    let n = nextSuffix.get(id) ?? 1;
    let unique = n === 1 ? id : `${id}-${n}`;
    while (seen.has(unique)) unique = `${id}-${++n}`;
    nextSuffix.set(id, n + 1);
    seen.add(unique);
    ids.push(unique);
  }
  const oldSet = new Set(old);
  const taken = new Set(ids.filter((id) => oldSet.has(id)));
  return ids.map((id, i) => {
    if (oldSet.has(id)) return id;
    const previous = old[i];
    if (previous !== undefined && !taken.has(previous)) {
      taken.add(previous);
      return previous;
    }
    return id;
  });
}

/**
 * Each id once in a meeting. stableIds keeps an item's ids by position across re-reads, so after
 * items are re-matched two items of a meeting can come to claim one id (seen at ten years of 500
 * committees). The entry of the item the record already holds the id under keeps it (a request's
 * status is kept by id), else the first in the meeting's order; a later claim gets the next free
 * suffix. `stored` is what the record holds under an id, in any meeting.
 */
export function uniqueInMeeting<T extends { id: string; itemId: string }>(list: T[], meetingId: string, stored: (id: string) => { meetingId: string; itemId: string } | undefined): T[] {
  const all = new Set(list.map((entry) => entry.id));
  if (all.size === list.length) return list;
  const ownerItem = (id: string) => {
    const held = stored(id);
    return held?.meetingId === meetingId ? held.itemId : undefined;
  };
  const keeper = new Map<string, number>();
  list.forEach((entry, i) => {
    const first = keeper.get(entry.id);
    if (first === undefined) keeper.set(entry.id, i);
    else if (list[first]!.itemId !== ownerItem(entry.id) && entry.itemId === ownerItem(entry.id)) keeper.set(entry.id, i);
  });
  return list.map((entry, i) => {
    if (keeper.get(entry.id) === i) return entry;
    let n = 2;
    let id = `${entry.id}-${n}`;
    while (all.has(id) || stored(id) !== undefined) id = `${entry.id}-${++n}`;
    all.add(id);
    return { ...entry, id };
  });
}

export function itemAnchor(item: AgendaItem): string {
  return item.number ?? titleKey(item.title);
}

export function buildResolutions(meetingId: string, item: AgendaItem, parsed: ParsedResolution[], old: Resolution[]): Resolution[] {
  const ids = stableIds(
    parsed.map((r) => `r-${shortHash(meetingId, itemAnchor(item), normaliseText(r.text))}`),
    old.map((r) => r.id),
  );
  return parsed.map((r, i) => ({ id: ids[i]!, meetingId, itemId: item.id, clause: i + 1, text: r.text, unanimous: r.unanimous }));
}

export function buildRequests(meetingId: string, item: AgendaItem, parsed: ParsedRequest[], old: Request[]): Request[] {
  const ids = stableIds(
    parsed.map((r) => `q-${shortHash(meetingId, itemAnchor(item), normaliseText(r.text))}`),
    old.map((r) => r.id),
  );
  return parsed.map((r, i) => ({ id: ids[i]!, meetingId, itemId: item.id, text: r.text, kind: r.kind, due: r.due }));
}
