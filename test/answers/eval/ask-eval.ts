// The question corpus: questions as members type them, each with the facts a right
// answer must contain and the facts it must not. An answer is judged on its text
// rendering (what a member reads), with spacing and case set aside.
import type { Answer } from '../../../src/answers/answer.ts';
import type { Engine } from '../../../src/answers/engine.ts';
import { renderText } from '../../../src/answers/render-text.ts';
import { londonInstant, parseInstant } from '../../../src/london.ts';

export interface AskCase {
  /** The question, as a member would type it. */
  q: string;
  /** When it is asked: YYYY-MM-DD (noon, London) or an ISO date-time. */
  now: string;
  /** Facts the answer must state (each as text it must contain). */
  must: string[];
  /** Facts it must not state. */
  mustNot?: string[];
  /** Why the case is here, or what it checks. */
  note?: string;
  /** Ask these first, as the same member (a follow-up reads the same way). */
  follows?: string;
}

export interface CaseResult {
  case: AskCase;
  answer: Answer;
  text: string;
  missing: string[];
  unwanted: string[];
  passed: boolean;
}

/** Text compared as read: case, curly quotes and runs of spaces set aside. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ');
}

export function instantOf(now: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(now)) return londonInstant(now, '12:00');
  const parsed = parseInstant(now);
  if (!parsed) throw new Error(`not a date: ${now}`);
  return parsed;
}

export function judge(engine: Engine, c: AskCase): CaseResult {
  const answer = engine.ask(c.q, { now: instantOf(c.now) });
  const text = renderText(answer);
  const seen = comparable(text);
  const missing = c.must.filter((fact) => !seen.includes(comparable(fact)));
  const unwanted = (c.mustNot ?? []).filter((fact) => seen.includes(comparable(fact)));
  return { case: c, answer, text, missing, unwanted, passed: missing.length === 0 && unwanted.length === 0 };
}

export interface EvalReport {
  results: CaseResult[];
  passed: number;
  total: number;
}

export function runCases(engine: Engine, cases: AskCase[]): EvalReport {
  const results = cases.map((c) => judge(engine, c));
  return { results, passed: results.filter((r) => r.passed).length, total: results.length };
}

export function describeFailure(r: CaseResult): string {
  const lines = [`✗ ${r.case.q}  (as of ${r.case.now})`];
  if (r.missing.length) lines.push(`    missing: ${r.missing.map((m) => JSON.stringify(m)).join(', ')}`);
  if (r.unwanted.length) lines.push(`    should not say: ${r.unwanted.map((m) => JSON.stringify(m)).join(', ')}`);
  lines.push(...r.text.split('\n').slice(0, 8).map((l) => `    | ${l}`));
  return lines.join('\n');
}
