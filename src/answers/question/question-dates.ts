// Dates as members write them in questions: "11 January 2018", "11th Jan",
// "Thursday 11th of January 2018", "11/01/2018", "11.01.18", "2018-01-11".
// Always day before month (UK). A date that cannot exist ("31/02/2018") is
// reported as such so the answer can say so instead of guessing.
import { isRealDate } from '../../london.ts';
import { MONTH_WORD, monthNumber as documentMonthNumber } from '../../ingest/dates.ts';

export type QuestionDate =
  | { kind: 'date'; date: string; text: string }
  | { kind: 'day-month'; day: number; month: number; text: string }
  | { kind: 'invalid'; text: string };


const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH_WORD}\\b\\.?(?:,?\\s+(\\d{4}))?`, 'i');
const MONTH_DAY = new RegExp(`\\b${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'i');

function monthNumber(word: string): number {
  return documentMonthNumber(word) ?? 0;
}

function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function dated(y: number, m: number, d: number, text: string): QuestionDate {
  const date = iso(y, m, d);
  return isRealDate(date) ? { kind: 'date', date, text } : { kind: 'invalid', text };
}

/** A day and month that can exist in some year (29 February can). */
function dayMonth(day: number, month: number, text: string): QuestionDate {
  return isRealDate(iso(2000, month, day)) ? { kind: 'day-month', day, month, text } : { kind: 'invalid', text };
}

/** The first date written in a question, or null when it has none. */
export function findQuestionDate(question: string): QuestionDate | null {
  let m = ISO.exec(question);
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]), m[0]);
  m = NUMERIC.exec(question);
  if (m) return dated(fullYear(m[3]!), Number(m[2]), Number(m[1]), m[0]);
  m = DAY_MONTH.exec(question);
  if (m) {
    const day = Number(m[1]);
    const month = monthNumber(m[2]!);
    return m[3] ? dated(Number(m[3]), month, day, m[0]) : dayMonth(day, month, m[0]);
  }
  m = MONTH_DAY.exec(question);
  if (m) {
    const day = Number(m[2]);
    const month = monthNumber(m[1]!);
    return m[3] ? dated(Number(m[3]), month, day, m[0]) : dayMonth(day, month, m[0]);
  }
  return null;
}
