// "What has slipped?": work-programme items whose meeting passed without them,
// items moved to a later date (both dates shown) and items taken later than
// planned. Each entry says what the record shows and why it counts.
import { formatDate } from '../../london.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, count, documentNames, meetingWhen, numberLabel, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { passedPlanRows, type PlanRowFate, type SlipReason } from './drift-queries.ts';

const SLIP_WORDS: Record<SlipReason, string> = {
  'not-on-papers': "not on that meeting's agenda or in its minutes",
  cancelled: 'that meeting was cancelled',
  'no-papers': 'no agenda or minutes of that meeting are in the record',
};

/** One plan row and what became of it, dates as the minutes print them. */
export function driftEntry(ctx: AnswerContext, row: PlanRowFate): AnswerEntry {
  const { entry } = row.trail;
  const planned = `Planned for ${formatDate(entry.date!)}`;
  const detail: string[] = [];
  const fate = row.fate;
  switch (fate.state) {
    case 'slipped':
      detail.push(`${planned}; ${SLIP_WORDS[fate.why]}. Not on any later agenda yet.`);
      break;
    case 'moved':
      detail.push(`${planned}; moved to ${formatDate(fate.to.date!)}.`);
      break;
    case 'taken-later': {
      const { meeting, item, start } = fate.at;
      const where = numberLabel(meeting, item);
      detail.push(
        start > ctx.t
          ? `${planned}; now on the agenda of ${meetingWhen(meeting)}${where ? ` (${where})` : ''}.`
          : `${planned}; taken on ${formatDate(meeting.date!)}${where ? ` (${where})` : ''}.`,
      );
      break;
    }
    case 'taken':
      detail.push(`${planned}; taken that day.`);
      break;
    case 'ahead':
      detail.push(planned);
      break;
  }
  if (entry.leads.length) detail.push(`Lead: ${entry.leads.join(', ')}`);
  return {
    text: entry.title,
    detail,
    cite: { date: entry.date, documents: documentNames(ctx.view, entry.sources) },
  };
}

export function buildSlipped(ctx: AnswerContext, question = 'what has slipped'): Answer {
  const rows = passedPlanRows(ctx);
  const slipped = rows.filter((r) => r.fate.state === 'slipped');
  const moved = rows.filter((r) => r.fate.state === 'moved');
  const late = rows.filter((r) => r.fate.state === 'taken-later');
  const sections = [];
  // Long lists are built up to the pages asked for; the title counts them all.
  let room = ctx.limit;
  const take = (list: PlanRowFate[]) => {
    const shown = list.slice(0, Math.max(0, room)).map((r) => driftEntry(ctx, r));
    room -= shown.length;
    return shown;
  };
  sections.push(section('Slipped: not taken since', take(slipped), 'Nothing planned has slipped.'));
  if (moved.length) sections.push(section('Moved to a later date', take(moved)));
  if (late.length) sections.push(section('Taken later than planned', take(late)));
  const built = sections.reduce((n, s) => n + s.entries.length, 0);
  const total = slipped.length + moved.length + late.length;
  const title =
    slipped.length === 0 && moved.length === 0
      ? 'Nothing in the work programme has slipped.'
      : `${count(slipped.length)} work-programme item${slipped.length === 1 ? ' has' : 's have'} slipped${moved.length ? `, ${count(moved.length)} moved` : ''}`;
  return answerFor(ctx, 'work-programme', question, {
    title,
    summary: `As of ${formatDate(ctx.today)}, newest planned date first: items whose meeting passed without them on its agenda or in its minutes.`,
    sections,
    notes: ['An item counts as taken when a later agenda or minutes of the committee names the same subject.'],
    ...(total > built ? { notListed: total - built } : {}),
  });
}
