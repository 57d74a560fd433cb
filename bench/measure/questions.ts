// The questions the benchmark asks, per kind, built from what a tier's corpus
// is known to contain: its most and least discussed topics and words.
import type { AnswerKind } from '../../src/answers/answer.ts';
import { londonInstant } from '../../src/london.ts';
import { Random } from '../generate/random.ts';

export type QuestionKind =
  | 'next-meeting'
  | 'resolutions-common'
  | 'resolutions-rare'
  | 'outstanding-requests'
  | 'work-programme'
  | 'topic-history'
  | 'search-common'
  | 'search-rare'
  | 'search-misspelt';

export interface KindSpec {
  kind: QuestionKind;
  label: string;
  /** The answer kind the engine should route these to. */
  expect: AnswerKind;
  /** Target p99 at tier L (issue 6). */
  targetP99Ms: number;
}

export const KINDS: KindSpec[] = [
  { kind: 'next-meeting', label: 'next meeting', expect: 'next-meeting', targetP99Ms: 10 },
  { kind: 'resolutions-common', label: 'resolutions, common topic', expect: 'resolutions', targetP99Ms: 50 },
  { kind: 'resolutions-rare', label: 'resolutions, rare topic', expect: 'resolutions', targetP99Ms: 50 },
  { kind: 'outstanding-requests', label: 'outstanding requests', expect: 'requests', targetP99Ms: 10 },
  { kind: 'work-programme', label: 'work programme', expect: 'work-programme', targetP99Ms: 10 },
  { kind: 'topic-history', label: 'topic history', expect: 'history', targetP99Ms: 50 },
  { kind: 'search-common', label: 'search, common term', expect: 'search', targetP99Ms: 50 },
  { kind: 'search-rare', label: 'search, rare term', expect: 'search', targetP99Ms: 50 },
  { kind: 'search-misspelt', label: 'search, misspelt term', expect: 'search', targetP99Ms: 50 },
];

export interface Question {
  text: string;
  /** The topic or term the question is about (what a scan matches on). */
  subject: string | null;
  /** ISO instant the question is asked at. */
  now: string;
}

export interface QuestionTerms {
  /** The tier's "now" (YYYY-MM-DD). */
  now: string;
  firstDate: string;
  lastDate: string;
  commonTopics: string[];
  rareTopics: string[];
  commonTerms: string[];
  rareTerms: string[];
}

/** A typo a member might make: one letter dropped from the middle of the longest word. */
export function misspell(term: string): string {
  const words = term.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.length < 5) return `${term}s`;
  const at = Math.floor(longest.length / 2);
  return words.map((w) => (w === longest ? w.slice(0, at) + w.slice(at + 1) : w)).join(' ');
}

function dateBetween(random: Random, first: string, last: string): string {
  const a = Date.parse(`${first}T12:00:00Z`);
  const b = Date.parse(`${last}T12:00:00Z`);
  return new Date(a + random.next() * (b - a)).toISOString().slice(0, 10);
}

/** `perKind` questions of each kind, deterministic for a seed. */
export function buildQuestions(terms: QuestionTerms, perKind: number, seed = 1): Record<QuestionKind, Question[]> {
  const random = new Random(seed);
  const now = londonInstant(terms.now, '12:00').toISOString();
  const lower = (s: string) => s.toLowerCase();
  const make = (count: number, f: (i: number) => Question): Question[] => Array.from({ length: count }, (_, i) => f(i));
  const pick = <T>(list: T[]) => random.pick(list);
  return {
    'next-meeting': make(perKind, () => ({
      text: pick(['next meeting', 'when is the next meeting?', 'next mtg', "when's the next meeting"]),
      subject: null,
      now: londonInstant(dateBetween(random, terms.firstDate, terms.lastDate), pick(['09:00', '12:00', '18:00'])).toISOString(),
    })),
    'resolutions-common': make(perKind, () => {
      const topic = lower(pick(terms.commonTopics));
      return { text: pick([`what was resolved on ${topic}?`, `decisions about ${topic}`, `resolutions on ${topic}`]), subject: topic, now };
    }),
    'resolutions-rare': make(perKind, () => {
      const topic = lower(pick(terms.rareTopics));
      return { text: pick([`what was resolved on ${topic}?`, `decisions about ${topic}`]), subject: topic, now };
    }),
    'outstanding-requests': make(perKind, () => ({
      text: pick(['outstanding requests', 'what requests are still outstanding?', 'open requests']),
      subject: null,
      now,
    })),
    'work-programme': make(perKind, () => ({ text: pick(['work programme', "what's on the work programme?"]), subject: null, now })),
    'topic-history': make(perKind, () => {
      const topic = lower(pick([...terms.commonTopics, ...terms.rareTopics]));
      return { text: pick([`history of ${topic}`, `timeline of ${topic}`]), subject: topic, now };
    }),
    'search-common': make(perKind, () => {
      const term = pick(terms.commonTerms);
      return { text: term, subject: term, now };
    }),
    'search-rare': make(perKind, () => {
      const term = pick(terms.rareTerms);
      return { text: term, subject: term, now };
    }),
    'search-misspelt': make(perKind, () => {
      const term = misspell(pick(terms.commonTerms));
      return { text: term, subject: term, now };
    }),
  };
}
