// Anything that is not a known kind of question: ranked search results across
// items, resolutions, requests, work-programme entries and meetings, with snippets.
// As of a moment: what a meeting still to come will say is not known yet.
import type { SearchHit } from '../../search/search-index.ts';
import { processTerm } from '../../search/search-options.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, clip, citeLabel, cite, documentNames, meetingWhen, planEntry, requestEntry, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { heldBy } from '../record-view.ts';
import { requestStatus } from '../requests/request-catalogue.ts';
import { entryKnown } from '../work-programme/work-programme-queries.ts';

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

/** One result as an entry; null when it is not known as of now (or gone from the record). */
export function searchEntry(ctx: AnswerContext, hit: SearchHit): AnswerEntry | null {
  const view = ctx.view;
  switch (hit.kind) {
    case 'item': {
      const item = view.store.item(hit.refId);
      if (!item) return null;
      const meeting = view.meetings.get(item.meetingId) ?? null;
      if (item.private) {
        return { text: item.title, label: citeLabel(meeting, null), detail: ['Exempt'], exempt: true, cite: cite(view, meeting, item) };
      }
      const held = heldBy(view, meeting, ctx.t);
      // Before its meeting an item is an agenda title: what the minutes say of it is not known yet.
      if (!held && hit.terms.length > 0 && !titleHas(item.title, hit.terms)) return null;
      return {
        text: item.title,
        label: held ? citeLabel(meeting, { ...item, title: '' }) : `Agenda · ${citeLabel(meeting, { ...item, title: '' })}`,
        ...(held && item.body ? { detail: [snippet(item.body, hit.terms)] } : {}),
        cite: cite(view, meeting, item),
      };
    }
    case 'resolution': {
      const resolution = view.store.resolution(hit.refId);
      if (!resolution) return null;
      const item = view.store.item(resolution.itemId) ?? null;
      const meeting = view.meetings.get(resolution.meetingId) ?? null;
      if (!heldBy(view, meeting, ctx.t)) return null;
      return { ...resolutionEntry(view, { resolution, item, meeting }), label: `Resolution · ${citeLabel(meeting, item)}` };
    }
    case 'request': {
      const request = view.store.request(hit.refId);
      const status = request ? requestStatus(ctx, request) : null;
      if (!status) return null;
      const entry = requestEntry(view, status);
      return { ...entry, label: `Request · ${entry.label ?? ''}` };
    }
    case 'work-programme': {
      const wp = view.workProgramme.get(hit.refId);
      if (!wp || !entryKnown(ctx, wp)) return null;
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

/** Whether a title holds one of the matched terms. */
function titleHas(title: string, terms: string[]): boolean {
  const wanted = new Set(terms);
  return title.split(/[^\p{L}\p{N}'’]+/u).some((w) => {
    const term = processTerm(w.toLowerCase().replace(/['’]/g, ''));
    return term !== null && wanted.has(term);
  });
}

/** Ranked results for free text, or null when nothing matches. */
export function buildSearch(ctx: AnswerContext, query: string, question: string): Answer | null {
  const hits = ctx.index.search(query, { limit: MAX_RESULTS * 4 });
  // Entries (and their snippets) are made only for the results shown.
  const entries: AnswerEntry[] = [];
  for (const hit of hits) {
    const entry = searchEntry(ctx, hit);
    if (entry) entries.push(entry);
    if (entries.length === MAX_RESULTS) break;
  }
  if (entries.length === 0) return null;
  return answerFor(ctx, 'search', question, {
    title: `${entries.length} result${entries.length === 1 ? '' : 's'} for "${clip(query, 80)}"`,
    sections: [section('Best matches first', entries)],
    notes: ['For more, ask "history of <topic>", "what was resolved on <topic>" or "help".'],
  });
}
