// Anything that is not a known kind of question: ranked search results across
// items, resolutions, requests, work-programme entries and meetings, with snippets.
import type { Store } from '../store/store.ts';
import type { SearchHit, SearchIndex } from '../search/search-index.ts';
import { processTerm } from '../search/search-options.ts';
import type { Answer, AnswerEntry } from './answer.ts';
import { answer, clip, citeLabel, cite, documentNames, meetingWhen, planEntry, requestEntry, resolutionEntry, section } from './answer-parts.ts';
import { normalise, requestStatus } from './queries.ts';
import { viewOf, type RecordView } from './record-view.ts';

const MAX_RESULTS = 10;
const SNIPPET = 220;

/** The part of `text` around the first word that matched, about SNIPPET characters. */
export function snippet(text: string, terms: string[]): string {
  const wanted = new Set(terms);
  // Stems are (nearly) prefixes of their words: only words sharing a stem's start are worth stemming.
  const starts = [...new Set(terms.map((t) => t.slice(0, Math.max(2, t.length - 1))))];
  const word = /[\p{L}\p{N}'’]+/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const lower = m[0].toLowerCase();
    if (!starts.some((s) => lower.startsWith(s))) continue;
    const term = processTerm(lower.replace(/['’]/g, ''));
    if (!term || !wanted.has(term)) continue;
    const start = Math.max(0, m.index - SNIPPET / 3);
    const piece = clip(text.slice(start), SNIPPET);
    return `${start > 0 ? '…' : ''}${piece.replace(/^\S*\s/, start > 0 ? '' : '$&')}`;
  }
  return clip(text, SNIPPET);
}

/** What makes two results the same thing (and whether it is dated), without building the entry. */
function keyFor(view: RecordView, hit: SearchHit): { key: string | null; dated: boolean } {
  switch (hit.kind) {
    case 'item': {
      const item = view.store.item(hit.refId);
      const date = item ? view.meetings.get(item.meetingId)?.date : null;
      return { key: item ? `item|${normalise(item.title)}|${date ?? ''}` : null, dated: !!date };
    }
    case 'resolution': {
      const r = view.store.resolution(hit.refId);
      const date = r ? view.meetings.get(r.meetingId)?.date : null;
      return { key: r ? `resolution|${normalise(r.text)}|${date ?? ''}` : null, dated: !!date };
    }
    case 'request': {
      const r = view.store.request(hit.refId);
      const date = r ? view.meetings.get(r.meetingId)?.date : null;
      return { key: r ? `request|${normalise(r.text)}|${date ?? ''}` : null, dated: !!date };
    }
    case 'work-programme': {
      const wp = view.workProgramme.get(hit.refId);
      return { key: wp ? `wp|${normalise(wp.title)}|${wp.date ?? wp.slot}` : null, dated: true };
    }
    case 'meeting': {
      const meeting = view.meetings.get(hit.refId);
      return { key: meeting?.date ? `meeting|${meeting.id}` : null, dated: true };
    }
  }
}

function entryFor(store: Store, view: RecordView, hit: SearchHit, now: Date): AnswerEntry | null {
  switch (hit.kind) {
    case 'item': {
      const item = view.store.item(hit.refId);
      if (!item) return null;
      const meeting = view.meetings.get(item.meetingId) ?? null;
      if (item.private) {
        return { text: item.title, label: citeLabel(meeting, null), detail: ['Exempt'], exempt: true, cite: cite(view, meeting, item) };
      }
      return {
        text: item.title,
        label: citeLabel(meeting, { ...item, title: '' }),
        ...(item.body ? { detail: [snippet(item.body, hit.terms)] } : {}),
        cite: cite(view, meeting, item),
      };
    }
    case 'resolution': {
      const resolution = view.store.resolution(hit.refId);
      if (!resolution) return null;
      const item = view.store.item(resolution.itemId) ?? null;
      const meeting = view.meetings.get(resolution.meetingId) ?? null;
      return { ...resolutionEntry(view, { resolution, item, meeting }), label: `Resolution · ${citeLabel(meeting, item)}` };
    }
    case 'request': {
      const request = view.store.request(hit.refId);
      if (!request) return null;
      const entry = requestEntry(view, requestStatus(store, request, now));
      return { ...entry, label: `Request · ${entry.label ?? ''}` };
    }
    case 'work-programme': {
      const wp = view.workProgramme.get(hit.refId);
      if (!wp) return null;
      return { ...planEntry(view, wp), label: `Work programme${wp.year ? ` ${wp.year}` : ''}` };
    }
    case 'meeting': {
      const meeting = view.meetings.get(hit.refId);
      if (!meeting?.date) return null;
      return {
        text: meetingWhen(meeting),
        label: 'Meeting',
        ...(meeting.place ? { detail: [meeting.place] } : {}),
        cite: { meetingId: meeting.id, date: meeting.date, documents: documentNames(view, meeting.sources) },
      };
    }
  }
}

/** Ranked results for free text, or null when nothing matches. */
export function buildSearch(store: Store, index: SearchIndex, query: string, question: string, now: Date): Answer | null {
  const view = viewOf(store);
  const hits = index.search(query, { limit: MAX_RESULTS * 4 });
  // Entries (and their snippets) are made only for the results shown.
  const found = hits.map((hit) => ({ hit, ...keyFor(view, hit) })).filter((f) => f.key !== null);
  // The same text known from a dated document and an undated item page is shown once, dated.
  const datedTexts = new Set(found.filter((f) => f.dated).map((f) => f.key!.replace(/\|[^|]*$/, '')));
  const seen = new Set<string>();
  const entries: AnswerEntry[] = [];
  for (const f of found) {
    if (!f.dated && datedTexts.has(f.key!.replace(/\|[^|]*$/, ''))) continue;
    if (seen.has(f.key!)) continue;
    seen.add(f.key!);
    const entry = entryFor(store, view, f.hit, now);
    if (entry) entries.push(entry);
    if (entries.length === MAX_RESULTS) break;
  }
  if (entries.length === 0) return null;
  return answer('search', question, now, {
    title: `${entries.length} result${entries.length === 1 ? '' : 's'} for "${clip(query, 80)}"`,
    sections: [section('Best matches first', entries)],
    notes: ['For more, ask "history of <topic>", "what was resolved on <topic>" or "help".'],
  });
}
