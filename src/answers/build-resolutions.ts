// "What was resolved on private fostering?" Resolutions newest first, verbatim,
// each with its date, minute number and item title.
import type { Store } from '../store/store.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Answer } from './answer.ts';
import { answer, count, entryLimit, meetingWhen, resolutionEntry, section } from './answer-parts.ts';
import { latestMeeting, resolutionsAbout, resolutionsAt } from './queries.ts';
import { viewOf } from './record-view.ts';

export function buildResolutionsAnswer(store: Store, topic: string | null, question: string, now: Date, index?: SearchIndex, limit = entryLimit()): Answer {
  const view = viewOf(store);
  if (!topic) {
    const latest = latestMeeting(store, now);
    const refs = latest ? resolutionsAt(store, latest.id) : [];
    return answer('resolutions', question, now, {
      title: latest ? `Resolutions of the most recent meeting, ${meetingWhen(latest)}` : 'No resolutions are in the record yet.',
      sections: [section('Resolutions', refs.map((r) => resolutionEntry(view, r)), 'None recorded.')],
      notes: ['Ask about a topic for its resolutions across meetings, e.g. "what was resolved on private fostering?"'],
    });
  }
  const t = now.getTime();
  const refs = resolutionsAbout(store, topic, index).filter((r) => !r.meeting?.date || Date.parse(r.meeting.date) <= t);
  // Entries for the pages asked for; the title counts them all.
  const shown = refs.slice(0, limit);
  const meetings = new Set(refs.map((r) => r.meeting?.id));
  const notes: string[] = [];
  if (refs.length === 0) notes.push(`Try other words, or "history of ${topic}" for everything on it.`);
  return answer('resolutions', question, now, {
    title:
      refs.length === 0
        ? `No resolutions found on "${topic}".`
        : `${count(refs.length)} resolution${refs.length === 1 ? '' : 's'} on "${topic}" from ${count(meetings.size)} meeting${meetings.size === 1 ? '' : 's'}, newest first`,
    sections: [section(`Resolutions on ${topic}`, shown.map((r) => resolutionEntry(view, r)), 'None found.')],
    ...(notes.length ? { notes } : {}),
    ...(refs.length > shown.length ? { notListed: refs.length - shown.length } : {}),
  });
}
