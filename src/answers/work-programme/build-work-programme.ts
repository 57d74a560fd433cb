// The work programme from now on: planned meetings in date order, then items with
// no date yet and pending items; items added by resolution are included.
import { addCalendarDays, formatDate } from '../../london.ts';
import type { WorkProgrammeItem } from '../../model.ts';
import type { Answer, AnswerSection } from '../answer.ts';
import { answerFor, citeLabel, count, meetingWhen, planEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { isPlanOnly, shownDate } from '../record-view.ts';
import { driftEntry } from './build-slipped.ts';
import { movedFromDates, slippedRows } from './drift-queries.ts';
import { addedAt, workProgrammeFrom } from './work-programme-queries.ts';

/** Slipped items are listed with the programme for a year after their planned date. */
export const SLIPPED_SHOWN_DAYS = 365;

/** `year` ("2017/18"): that municipal year's programme, past or to come, as known today; no slipped items. */
export function buildWorkProgramme(ctx: AnswerContext, question = 'work programme', options: { undatedOnly?: boolean; year?: string } = {}): Answer {
  const view = ctx.view;
  const year = options.year ?? null;
  const plan = workProgrammeFrom(ctx, year, ctx.limit);
  const addedBy = (entry: WorkProgrammeItem): string[] => {
    const moved = movedFromDates(ctx, entry).map((date) => `Moved from ${shownDate(view, date)}`);
    if (entry.origin !== 'resolution' || !entry.addedByItemId) return moved;
    const item = view.store.item(entry.addedByItemId) ?? null;
    return [...moved, `Added by resolution: ${citeLabel(addedAt(view, entry), item)}`];
  };
  // A council's plans list hundreds of items: entries are built for the pages asked for, all are counted.
  let total = 0;
  let built = 0;
  const sections: AnswerSection[] = [];
  // Headings are worked out only for the sections built: the rest are only counted.
  const add = (heading: () => string, entries: WorkProgrammeItem[], empty?: string) => {
    const room = Math.max(0, ctx.limit - total);
    total += entries.length;
    if (room === 0) return;
    const shown = entries.slice(0, room).map((e) => planEntry(view, e, addedBy(e)));
    built += shown.length;
    sections.push(section(heading(), shown, empty));
  };
  for (const { date, meeting, entries } of options.undatedOnly ? [] : plan.dated) {
    const heading = () => {
      const when = meeting ? meetingWhen(meeting) : formatDate(date);
      const planned = !meeting || isPlanOnly(meeting) || meeting.status === 'planned';
      return `${when}${planned ? ' (planned)' : ''}`;
    };
    add(heading, entries, 'No items listed yet.');
  }
  // Later meetings' entries are past the entries built: only counted.
  if (!options.undatedOnly) total += plan.datedNotListed;
  if (plan.toBeDetermined.length) add(() => 'Date to be determined', plan.toBeDetermined);
  if (plan.pending.length) add(() => 'Pending items', plan.pending);
  const slipped = options.undatedOnly || year ? [] : slippedRows(ctx, { from: addCalendarDays(ctx.today, -SLIPPED_SHOWN_DAYS) });
  if (slipped.length) {
    const room = Math.max(0, ctx.limit - total);
    total += slipped.length;
    const shown = slipped.slice(0, room).map((row) => driftEntry(ctx, row));
    built += shown.length;
    if (shown.length) sections.push(section('Slipped: planned, not taken since', shown));
  }
  const notes: string[] = [];
  if (plan.years.length) notes.push(`Undated items are from the ${plan.years.join(' and ')} work programme${plan.years.length > 1 ? 's' : ''}.`);
  return answerFor(ctx, 'work-programme', question, {
    title: options.undatedOnly
      ? total === 0
        ? 'No pending or undated items are in the work programmes known.'
        : `Pending and undated items in the work programme: ${count(total)}, none with a date yet`
      : year
        ? total === 0
          ? `Nothing is known of the ${year} work programme.`
          : `Work programme ${year}: ${count(total)} item${total === 1 ? '' : 's'}`
        : total === 0
          ? 'Nothing is planned from today in the work programmes known.'
          : `Work programme from ${formatDate(ctx.today)}: ${count(total)} item${total === 1 ? '' : 's'}`,
    sections: sections.length ? sections : [section('Work programme', [], year ? `No items of ${year} are known.` : 'No planned items are known from today on.')],
    ...(notes.length ? { notes } : {}),
    ...(total > built ? { notListed: total - built } : {}),
  });
}
