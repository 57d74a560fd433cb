// "Who do I contact about Thursday's agenda?", "who's the scrutiny co-ordinator?":
// the officers who serve the board, as its papers name them. The contact officer is
// printed on each agenda; the co-ordinator signs the briefing notes they write.
import type { AgendaItem, Meeting } from '../../model.ts';
import { formatDate } from '../../london.ts';
import type { Answer } from '../answer.ts';
import { answerFor, cite, citeLabel, meetingWhen, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { meetingNamed, ofBoard } from '../meetings/meeting-queries.ts';
import type { Period } from '../question/question-periods.ts';
import type { MeetingRef } from '../question/question-reading.ts';
import { paperKnown } from '../passages/passages.ts';
import { firstAfter, papersOutBy } from '../record-view.ts';

export type OfficerRole = 'contact' | 'co-ordinator';

/** Which officer a question asks for: a co-ordinator or scrutiny officer by that name; otherwise the agenda's contact. */
export function officerRole(question: string): OfficerRole {
  return /\b(?:co[- ]?ordinator|scrutiny (?:officer|support))\b/i.test(question) ? 'co-ordinator' : 'contact';
}

export function buildOfficer(ctx: AnswerContext, role: OfficerRole, ref: MeetingRef | null, period: Period | null, question: string): Answer {
  return role === 'co-ordinator' ? buildCoordinator(ctx, question) : buildContact(ctx, ref, period, question);
}

/** The latest agenda out by now that names a contact officer, on or before `before` (ms). */
export function latestContact(ctx: AnswerContext, before: number): Meeting | null {
  const { calendar } = ctx.view;
  // Agendas come out ahead of their meetings: look a few weeks past now for one already out.
  const horizon = firstAfter(ctx.view, before + 21 * 86_400_000);
  for (let i = horizon - 1; i >= 0; i--) {
    const m = calendar[i]!;
    if (m.contact && ofBoard(ctx, m) && papersOutBy(m, ctx.t)) return m;
  }
  return null;
}

function buildContact(ctx: AnswerContext, ref: MeetingRef | null, period: Period | null, question: string): Answer {
  const asked = meetingNamed(ctx, ref, period?.day);
  const own = asked?.contact && papersOutBy(asked, ctx.t) ? asked : null;
  const found = own ?? latestContact(ctx, asked?.date ? ctx.view.starts.get(asked.id) ?? ctx.t : ctx.t);
  if (!found) {
    return answerFor(ctx, 'attendance', question, {
      title: asked ? `No contact officer is recorded for the meeting of ${meetingWhen(asked)}.` : 'No agenda in the record names a contact officer.',
      summary: 'The contact officer is printed on each agenda; the council’s committee pages list them too.',
      sections: [],
    });
  }
  const entry = { text: found.contact!, label: `Agenda · ${citeLabel(found, null)}`, cite: cite(ctx.view, found, null) };
  const title =
    found === asked || !asked
      ? `${found.contact} is the contact for the agenda of ${meetingWhen(found)}.`
      : `No contact officer is printed for the meeting of ${meetingWhen(asked)}; the agenda of ${formatDate(found.date!)} named ${found.contact}.`;
  return answerFor(ctx, 'attendance', question, {
    title,
    summary: 'The person to contact about the agenda and papers, as the agenda prints it.',
    sections: [section('Contact officer', [entry])],
  });
}

// "Gennie Holmes\nScrutiny Co-ordinator" (a briefing note's signature) or "Gennie Holmes, Scrutiny Co-ordinator".
const NAME = String.raw`[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’.-]*){1,3}`;
const SIGNED_BELOW = new RegExp(String.raw`(?:^|\n) ?(${NAME}) ?\n ?(?:Senior |Lead |Principal )?Scrutiny Co-?ordinator\b`, 'u');
// Beside: the name starts a word, not after a hyphen or an apostrophe (tried from each part of "Anne-Marie-..." it read the rest again).
export const SIGNED_BESIDE = new RegExp(String.raw`\b(?<![\p{L}'’-])(${NAME}), (?:Senior |Lead |Principal )?Scrutiny Co-?ordinator\b`, 'u');

function signedBy(item: AgendaItem): string | null {
  if (item.private) return null;
  const m = SIGNED_BELOW.exec(item.body) ?? SIGNED_BESIDE.exec(item.body);
  return m ? m[1]!.trim() : null;
}

function buildCoordinator(ctx: AnswerContext, question: string): Answer {
  // The index finds the papers that name the role; the newest known by now that is signed wins.
  const hits = ctx.index.search('scrutiny co-ordinator', { kinds: ['item'], combineWith: 'AND', limit: 200 });
  let best: { item: AgendaItem; meeting: Meeting; name: string; at: number } | null = null;
  for (const hit of hits) {
    const item = ctx.view.store.item(hit.refId);
    const meeting = item ? ctx.view.meetings.get(item.meetingId) : undefined;
    if (!item || !meeting || !paperKnown(ctx, meeting)) continue;
    const at = ctx.view.starts.get(meeting.id) ?? 0;
    if (best && at <= best.at) continue;
    const name = signedBy(item);
    if (name) best = { item, meeting, name, at };
  }
  if (!best) {
    return answerFor(ctx, 'attendance', question, {
      title: 'No paper in the record names the scrutiny co-ordinator.',
      summary: 'Briefing notes of the co-ordinator are signed with their name; none known so far gives it.',
      sections: [],
    });
  }
  return answerFor(ctx, 'attendance', question, {
    title: `${best.name} is the scrutiny co-ordinator (signing the ${best.item.title} paper for ${meetingWhen(best.meeting)}).`,
    sections: [section('Named in', [{ text: best.item.title, label: citeLabel(best.meeting, best.item), detail: [`${best.name}, Scrutiny Co-ordinator`], cite: cite(ctx.view, best.meeting, best.item) }])],
  });
}
