// What a title or a request is about, as a set of word stems, and whether two
// of them name the same subject. Councils title the same matter differently
// from one paper to the next ("Private Fostering", "Private Fostering - Report
// Back", "Update on private fostering arrangements"), so the words that only
// say what kind of paper it is (report, update, briefing note, progress) and the
// words of procedure (board, committee, requests) carry no subject. Dates in a
// title do: "Improvement Board Report - 10th January 2018" is not the report of
// 18th October 2017. Shared by work-programme drift, evidence for requests and
// members' follows, so the three agree on what "the same subject" means.
import { findDates } from '../../ingest/dates.ts';
import { searchTerms } from '../../search/search-options.ts';

// Words that say what kind of paper or step something is, not what it is about;
// kept as words and stemmed here, so they always agree with the stemmer.
const PAPER_WORDS = stems(
  `report reports back update updates briefing note paper presentation verbal progress item annual interim final
draft follow information circulated provide consider received request required submit submission bring brought
discuss discussion details matter issues outcome summary overview review position statement response`,
);

// Words of procedure and of the board itself.
const PROCEDURE_WORDS = stems(
  `board scrutiny committee panel commission members councillor cllr officers meeting minutes agenda resolved
agreed noted welcomed thanked asked include inclusion programme work plan forward next future previous last
chair cabinet council sb business any other urgent outstanding arising declarations interests apologies
substitutions absence`,
);

const MONTH_WORDS = stems('january february march april may june july august september october november december');

function stems(words: string): Set<string> {
  return new Set(searchTerms(words));
}

function isSubjectStem(stem: string): boolean {
  if (stem.length < 3) return false;
  if (/^\d/.test(stem)) return false;
  return !PAPER_WORDS.has(stem) && !PROCEDURE_WORDS.has(stem) && !MONTH_WORDS.has(stem);
}

/** The subject of a text as word stems, without the words of paper kinds, procedure, dates and numbers. */
export function subjectStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const term of searchTerms(text)) if (isSubjectStem(term)) stems.add(term);
  return stems;
}

/** The dates a title names ("Improvement Board Report - 18th October 2017"). */
export function titleDates(text: string): string[] {
  return findDates(text).map((d) => d.date);
}

/** How much of `subject` the other set holds, 0..1 (0 for an empty subject). */
export function coverage(subject: ReadonlySet<string>, other: ReadonlySet<string>): number {
  if (subject.size === 0) return 0;
  let shared = 0;
  for (const stem of subject) if (other.has(stem)) shared++;
  return shared / subject.size;
}

/** How many stems of `a` the other set holds (counted in place: comparers call it millions of times). */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared;
}

/**
 * A title's words, each read at most once: comparers ask for the same titles many
 * times, and evidence keeps one with each item and request it reads.
 */
export class TitleWords {
  #subject: Set<string> | null = null;
  #all: Set<string> | null = null;
  #dates: string[] | null = null;

  constructor(readonly title: string) {}

  get subject(): Set<string> {
    return (this.#subject ??= subjectStems(this.title));
  }

  get all(): Set<string> {
    return (this.#all ??= new Set(searchTerms(this.title)));
  }

  get dates(): string[] {
    return (this.#dates ??= titleDates(this.title));
  }
}

/** sameSubject over titles already read. */
export function sameSubjectWords(a: TitleWords, b: TitleWords): boolean {
  let sa = a.subject;
  let sb = b.subject;
  // A title of procedure words only ("Work Programme", "Minutes") is compared on all its words.
  if (sa.size === 0 || sb.size === 0) {
    sa = a.all;
    sb = b.all;
    if (sa.size === 0 || sb.size === 0) return false;
  }
  const small = sa.size <= sb.size ? sa : sb;
  const shared = sharedCount(small, small === sa ? sb : sa);
  // One word may differ in a longer title ("Special and Alternative Provision" ~ "Alternative Provision including Home Schooling").
  const needed = small.size <= 2 ? small.size : small.size - 1;
  if (shared < needed || shared === 0) return false;
  const da = a.dates;
  const db = b.dates;
  return da.length === 0 || db.length === 0 || da.some((d) => db.includes(d));
}

/**
 * Whether two titles name the same matter: the smaller subject is (nearly) all in
 * the larger, with at least one subject word shared, and no two different dates.
 * "Young Carers" = "Young Carers - update"; "Private Fostering" = "Private
 * Fostering Report Back (Minute 34/18)"; not "Improvement Board Report - 10th
 * January 2018" and "Improvement Board Report from 18th October, 2017".
 */
export function sameSubject(a: string, b: string): boolean {
  return sameSubjectWords(new TitleWords(a), new TitleWords(b));
}

/**
 * sameSubject for comparing many titles, each read once: the words read live as
 * long as the returned function (a look-up's build), so they are never stale.
 */
export function subjectComparer(): (a: string, b: string) => boolean {
  const read = new Map<string, TitleWords>();
  const wordsOf = (title: string) => {
    let words = read.get(title);
    if (!words) read.set(title, (words = new TitleWords(title)));
    return words;
  };
  return (a, b) => sameSubjectWords(wordsOf(a), wordsOf(b));
}
