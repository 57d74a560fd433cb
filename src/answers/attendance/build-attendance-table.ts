// "Attendance table": everyone who sat on the board, with how many of its
// meetings they attended, sent apologies to and missed, and the rate.
import { formatDate } from '../../london.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, count, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import type { RankSlot } from '../question/question-reading.ts';
import { attendanceTable, percent, type AttendanceRate } from './attendance-rates.ts';

function rowEntry(row: AttendanceRate): AnswerEntry {
  const first = row.meetings[0]?.meeting.date;
  const last = row.meetings.at(-1)?.meeting.date;
  const span = first && last ? (first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`) : null;
  return {
    label: row.name,
    text: `${percent(row.rate)} · attended ${row.attended} of ${row.meetings.length} · apologies ${row.apologies} · absent ${row.absent}`,
    ...(span ? { detail: [`Meetings ${span}`] } : {}),
  };
}

/** The rows by surname, or by rate with one end first (ties keep the surname order). */
function ranked(rows: AttendanceRate[], rank: RankSlot | null): AttendanceRate[] {
  if (!rank) return rows;
  const sign = rank === 'lowest' ? 1 : -1;
  // A member with no meeting yet has no rate: last either way.
  const order = (a: AttendanceRate, b: AttendanceRate) => (a.rate === null || b.rate === null ? Number(a.rate === null) - Number(b.rate === null) : sign * (a.rate - b.rate));
  return rows.map((row, i) => ({ row, i })).sort((a, b) => order(a.row, b.row) || a.i - b.i).map(({ row }) => row);
}

export function buildAttendanceTable(ctx: AnswerContext, question = 'attendance table', rank: RankSlot | null = null): Answer {
  const rows = ranked(attendanceTable(ctx), rank);
  const shown = rows.slice(0, ctx.limit);
  const board = ctx.committee ?? 'the committees in the record';
  return answerFor(ctx, 'attendance', question, {
    title: rows.length === 0 ? `No attendance is recorded for ${board}.` : `Attendance at ${board}: ${count(rows.length)} member${rows.length === 1 ? '' : 's'}`,
    summary: `As of ${formatDate(ctx.today)}, ${rank ? `${rank} rate first` : 'by surname'}. Each rate counts the meetings held in the municipal years the member sat.`,
    sections: [section('Members', shown.map(rowEntry), 'No minutes with attendance are in the record yet.')],
    notes: [
      'Absent counts meetings where the minutes name a member neither present nor with apologies, and ModernGov records of "Absent". Substitutes, cabinet members, officers and guests are not rated.',
      'Ask "attendance of <name>" for one person\'s meetings.',
    ],
    ...(rows.length > shown.length ? { notListed: rows.length - shown.length } : {}),
  });
}
