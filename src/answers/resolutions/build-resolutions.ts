// "What was resolved on private fostering?" Resolutions newest first, verbatim,
// each with its date, minute number and item title.
import type { Answer } from '../answer.ts';
import { answerFor, count, meetingWhen, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { latestMeeting } from '../meetings/meeting-queries.ts';
import { resolutionsAbout, resolutionsAt } from './resolution-queries.ts';

export function buildResolutionsAnswer(ctx: AnswerContext, topic: string | null, question: string): Answer {
  const view = ctx.view;
  if (!topic) {
    const latest = latestMeeting(ctx);
    const refs = latest ? resolutionsAt(view, latest.id) : [];
    return answerFor(ctx, 'resolutions', question, {
      title: latest ? `Resolutions of the most recent meeting, ${meetingWhen(latest)}` : 'No resolutions are in the record yet.',
      sections: [section('Resolutions', refs.map((r) => resolutionEntry(view, r)), 'None recorded.')],
      notes: ['Ask about a topic for its resolutions across meetings, e.g. "what was resolved on private fostering?"'],
    });
  }
  const refs = resolutionsAbout(ctx, topic);
  // Entries for the pages asked for; the title counts them all.
  const shown = refs.slice(0, ctx.limit);
  const meetings = new Set(refs.map((r) => r.meeting?.id));
  const notes: string[] = [];
  if (refs.length === 0) notes.push(`Try other words, or "history of ${topic}" for everything on it.`);
  return answerFor(ctx, 'resolutions', question, {
    title:
      refs.length === 0
        ? `No resolutions found on "${topic}".`
        : `${count(refs.length)} resolution${refs.length === 1 ? '' : 's'} on "${topic}" from ${count(meetings.size)} meeting${meetings.size === 1 ? '' : 's'}, newest first`,
    sections: [section(`Resolutions on ${topic}`, shown.map((r) => resolutionEntry(view, r)), 'None found.')],
    ...(notes.length ? { notes } : {}),
    ...(refs.length > shown.length ? { notListed: refs.length - shown.length } : {}),
  });
}
