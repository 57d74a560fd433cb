// The questions the benchmark asks, built from the stored record itself (so the
// bundled corpus and a generated council are asked the same way): for each
// kind, up to `perKind` distinct questions, each about a different subject
// (a date, a person, a topic, a word) or asked at a different moment, so no
// answer is served from what an earlier question of the run left behind.
// Every question is checked against the bot's own router, so a kind's figures
// are that kind's.
import type { AnswerKind } from '../../src/answers/answer.ts';
import { readQuestion } from '../../src/answers/question/read-question.ts';
import type { IntentKind } from '../../src/answers/question/question-reading.ts';
import { addCalendarDays, formatDate, londonInstant } from '../../src/london.ts';
import type { BoardRecord } from '../../src/model.ts';
import { STOP_WORDS, tokenize } from '../../src/search/search-options.ts';
import { Random } from '../generate/random.ts';

export type QuestionKind =
  | 'next-meeting'
  | 'meeting-on'
  | 'outstanding-requests'
  | 'work-programme'
  | 'attendance'
  | 'resolutions'
  | 'requests-about'
  | 'history'
  | 'search-common'
  | 'search-rare'
  | 'search-misspelt';

/** Structured questions are answered from the record's look-ups; the others need the search index. */
export type QuestionGroup = 'structured' | 'search';

export interface KindSpec {
  kind: QuestionKind;
  label: string;
  /** The intent the router must give these questions. */
  intent: IntentKind;
  /** The answer kind the engine should give. */
  expect: AnswerKind;
  group: QuestionGroup;
}

export const KINDS: KindSpec[] = [
  { kind: 'next-meeting', label: 'next meeting', intent: 'next-meeting', expect: 'next-meeting', group: 'structured' },
  { kind: 'meeting-on', label: 'meeting on a date', intent: 'meeting', expect: 'meeting', group: 'structured' },
  { kind: 'outstanding-requests', label: 'outstanding requests', intent: 'requests', expect: 'requests', group: 'structured' },
  { kind: 'work-programme', label: 'work programme', intent: 'work-programme', expect: 'work-programme', group: 'structured' },
  { kind: 'attendance', label: 'attendance', intent: 'attendance', expect: 'attendance', group: 'structured' },
  { kind: 'resolutions', label: 'resolutions on a topic', intent: 'resolutions', expect: 'resolutions', group: 'search' },
  { kind: 'requests-about', label: 'requests on a topic', intent: 'requests', expect: 'requests', group: 'search' },
  { kind: 'history', label: 'topic history', intent: 'history', expect: 'history', group: 'search' },
  { kind: 'search-common', label: 'search, common words', intent: 'search', expect: 'search', group: 'search' },
  { kind: 'search-rare', label: 'search, rare words', intent: 'search', expect: 'search', group: 'search' },
  { kind: 'search-misspelt', label: 'search, misspelt words', intent: 'search', expect: 'search', group: 'search' },
];

/** Targets of issue 13 at tier L: p99 of the first and of a repeated ask, per group. */
export const ANSWER_TARGETS: Record<QuestionGroup, { firstP99Ms: number; repeatP99Ms: number }> = {
  structured: { firstP99Ms: 20, repeatP99Ms: 10 },
  search: { firstP99Ms: 100, repeatP99Ms: 50 },
};

export interface Question {
  kind: QuestionKind;
  text: string;
  /** The topic, word, person or date the question is about (what a scan matches on); null for none. */
  subject: string | null;
  /** ISO instant the question is asked at. */
  now: string;
}

export interface QuestionSet {
  /** The record's "now" the questions are asked at (ISO), unless a question says otherwise. */
  now: string;
  questions: Question[];
  /** Per kind: candidates the router sent elsewhere (dropped), so a short kind says why. */
  misrouted: Partial<Record<QuestionKind, number>>;
}

/** A typo a member might make: one letter dropped from the middle of the longest word. */
export function misspell(term: string): string {
  const words = term.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.length < 5) return `${term}s`;
  const at = Math.floor(longest.length / 2);
  return words.map((w) => (w === longest ? w.slice(0, at) + w.slice(at + 1) : w)).join(' ');
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dateWords(random: Random, date: string): string {
  const [y, m, d] = date.split('-');
  switch (random.int(0, 3)) {
    case 0:
      return formatDate(date).replace(/^\w+ /, '');
    case 1:
      return `${d}/${m}/${y}`;
    case 2:
      return `${WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]} ${formatDate(date).replace(/^\w+ /, '')}`;
    default:
      return date;
  }
}

/** Words of the record and in how many texts each occurs (titles, bodies, resolutions, requests). */
function wordFrequencies(record: Readonly<BoardRecord>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const word of new Set(tokenize(text))) {
      if (word.length < 4 || STOP_WORDS.has(word) || /\d/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  };
  for (const item of record.items) add(item.private ? item.title : `${item.title} ${item.body}`);
  for (const r of record.resolutions) add(r.text);
  for (const r of record.requests) add(r.text);
  for (const w of record.workProgramme) add(`${w.title} ${w.detail ?? ''}`);
  return counts;
}

/** Topics as members name them: one to three words of an item's title, without its qualifiers. */
function topicPhrases(record: Readonly<BoardRecord>, random: Random): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const titles = [...new Set(record.items.filter((i) => !i.private).map((i) => i.title))];
  for (const title of random.sample(titles, titles.length)) {
    const words = tokenize(title.split(/ [-–:] | in /)[0]!).filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w) && w.length > 2);
    if (words.length === 0) continue;
    const length = Math.min(words.length, random.int(1, 3));
    const start = random.int(0, words.length - length);
    const phrase = words.slice(start, start + length).join(' ');
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    out.push(phrase);
  }
  return out;
}

/** People named in attendance, as a member would name them ("Councillor JM Plant" -> surname and all). */
function people(record: Readonly<BoardRecord>): string[] {
  const names = new Set<string>();
  for (const m of record.meetings) for (const p of m.present) if (p.role !== 'employee') names.add(p.name.replace(/\s*\(.*$/, '').trim());
  return [...names].filter((n) => /[A-Za-z]{3}/.test(n)).sort();
}

export interface QuestionOptions {
  perKind: number;
  seed: number;
  /** The tier's "now" (YYYY-MM-DD): by default the day after the last minutes. */
  now?: string;
}

/** Up to `perKind` distinct questions of each kind about this record. */
export function buildQuestions(record: Readonly<BoardRecord>, options: QuestionOptions): QuestionSet {
  const random = new Random(options.seed).fork('questions');
  const dated = record.meetings.map((m) => m.date).filter((d): d is string => d !== null).sort();
  const minuted = record.meetings.filter((m) => m.status === 'minutes' && m.date).map((m) => m.date!).sort();
  const today = options.now ?? (minuted.length ? addCalendarDays(minuted[minuted.length - 1]!, 1) : '2024-01-01');
  const now = londonInstant(today, '12:00').toISOString();
  const first = dated[0] ?? today;
  const last = dated[dated.length - 1] ?? today;
  const n = options.perKind;
  const questions: Question[] = [];
  const misrouted: QuestionSet['misrouted'] = {};

  /** Adds candidates until the kind has n distinct questions that route as intended. */
  const fill = (kind: QuestionKind, candidates: Iterable<Omit<Question, 'kind'>>) => {
    const spec = KINDS.find((k) => k.kind === kind)!;
    const texts = new Set<string>();
    for (const c of candidates) {
      if (texts.size >= n) break;
      const key = `${c.text}|${c.now}`;
      if (texts.has(key)) continue;
      const reading = readQuestion(c.text, new Date(c.now));
      const wanted = reading.intent === spec.intent && (kind !== 'outstanding-requests' || reading.topic === null) && (kind !== 'requests-about' || reading.topic !== null);
      if (!wanted) {
        misrouted[kind] = (misrouted[kind] ?? 0) + 1;
        continue;
      }
      texts.add(key);
      questions.push({ kind, ...c });
    }
  };
  const instantBetween = () => {
    const a = Date.parse(`${first}T00:00:00Z`);
    const b = Date.parse(`${last}T00:00:00Z`);
    const day = new Date(a + random.next() * (b - a)).toISOString().slice(0, 10);
    return londonInstant(day, random.pick(['08:30', '12:00', '17:45', '21:10'])).toISOString();
  };
  function* repeat<T>(f: () => T, tries = n * 4): Generator<T> {
    for (let i = 0; i < tries; i++) yield f();
  }

  fill(
    'next-meeting',
    repeat(() => ({ text: random.pick(['next meeting', 'when is the next meeting?', 'next mtg', "when's the next meeting", "what's on the agenda for the next meeting?"]), subject: null, now: instantBetween() })),
  );
  const dates = random.sample([...new Set(dated)], n * 2);
  fill(
    'meeting-on',
    (function* () {
      for (const date of dates) {
        const words = dateWords(random, random.chance(0.85) ? date : addCalendarDays(date, random.int(1, 5)));
        yield { text: random.pick([`meeting on ${words}`, `what happened at the meeting on ${words}?`, `minutes of ${words}`, `who attended the meeting on ${words}`]), subject: words, now };
      }
    })(),
  );
  fill(
    'outstanding-requests',
    repeat(() => ({ text: random.pick(['outstanding requests', 'what requests are still outstanding?', 'open requests', 'what are we still waiting for?', 'any overdue requests?']), subject: null, now: instantBetween() })),
  );
  fill(
    'work-programme',
    repeat(() => ({ text: random.pick(['work programme', "what's on the work programme?", 'forward plan', 'what is coming up on the work programme']), subject: null, now: instantBetween() })),
  );
  const names = random.sample(people(record), n);
  fill(
    'attendance',
    (function* () {
      for (const name of names) {
        const surname = name.split(' ').pop()!;
        const plain = name.replace(/^(Councillor|Cllr\.?)\s+/i, '');
        yield {
          text: random.pick([`attendance of Councillor ${plain}`, `how often has Cllr ${surname} attended?`, `Councillor ${plain} attendance record`, `was Councillor ${surname} absent`]),
          subject: name,
          now,
        };
      }
      // People the record does not know: a member mistyping or asking about someone new.
      for (let i = 0; i < n; i++) yield { text: `attendance of Councillor ${random.pick(['Q', 'X', 'Z'])} ${random.pick(['Vandersloot', 'Achterberg', 'Quennell', 'Ruddock'])}${i}`, subject: null, now };
    })(),
  );
  const topics = topicPhrases(record, random);
  const topicsFor = (offset: number) => topics.filter((_, i) => i % 3 === offset).concat(topics.filter((_, i) => i % 3 !== offset));
  fill(
    'resolutions',
    topicsFor(0).map((t) => ({ text: random.pick([`what was resolved on ${t}?`, `decisions about ${t}`, `resolutions on ${t}`, `what did the board decide on ${t}`]), subject: t, now })),
  );
  fill(
    'requests-about',
    topicsFor(1).map((t) => ({ text: random.pick([`requests about ${t}`, `did we get the figures on ${t}?`, `what was requested on ${t}?`, `follow-ups on ${t}`]), subject: t, now })),
  );
  fill(
    'history',
    topicsFor(2).map((t) => ({ text: random.pick([`history of ${t}`, `timeline of ${t}`, `when did we last discuss ${t}?`]), subject: t, now })),
  );
  const frequencies = [...wordFrequencies(record)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const common = frequencies.slice(0, Math.max(n * 2, Math.ceil(frequencies.length * 0.1))).map(([w]) => w);
  const rare = frequencies.filter(([, count]) => count <= 3).map(([w]) => w);
  fill(
    'search-common',
    (function* () {
      for (const word of random.sample(common, common.length)) yield { text: random.chance(0.25) ? `${word} ${random.pick(common)}` : word, subject: word, now };
    })(),
  );
  fill('search-rare', random.sample(rare, rare.length).map((w) => ({ text: w, subject: w, now })));
  fill(
    'search-misspelt',
    random
      .sample(common.filter((w) => w.length >= 6), common.length)
      .map((w) => misspell(w))
      .map((w) => ({ text: w, subject: w, now })),
  );
  return { now, questions, misrouted };
}

/** The questions in a seeded random order, kinds interleaved, as members ask them. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  return new Random(seed).fork('order').sample(items, items.length);
}
