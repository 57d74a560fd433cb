// Whether a later agenda item looks like the answer to a request, and why. Pure:
// the facts of one request and one later item in, a scored proposal (or nothing)
// out. Four kinds of evidence, as councils write report-backs:
//  - it cites the request's minute ("Further to Minute 34/18", "(Minute 23 refers)");
//  - it refers back to the meeting that asked ("as agreed at the meeting on 11 January 2018");
//  - its title is the subject asked about, as a paper that comes back ("Private
//    Fostering - Report Back") or as the very thing asked for ("Exclusions and PRU");
//  - a matters-arising line says the information asked for has been circulated.
// A sentence that says it has not happened yet ("had not yet been received")
// rules the item out. Exempt items are matched on their title alone.
import type { AgendaItem, Meeting, Request } from '../../model.ts';
import { formatShortDate } from '../../london.ts';
import { coverage, sameSubjectWords, sharedCount, subjectStems, TitleWords } from '../subjects/subject-words.ts';
import { ASKS_FOR_A_PAPER, DECLINED, DONE, FOLLOW_UP_ITEM, NOT_YET, REFERS_BACK, REPORTS_BACK, datesNamed, minuteCitations, sentencesOf, yearFits, type MinuteCitation } from './evidence-rules.ts';

/** What is known of a request, once per record version. */
export interface RequestFacts {
  request: Request;
  item: AgendaItem | null;
  meeting: Meeting | null;
  /** Start of the raising meeting (ms). */
  start: number;
  /** The subject of the request's own words. */
  textSubject: Set<string>;
  /** The subject of its item's title (empty for "Any Other Business", "Minutes" ...). */
  itemSubject: Set<string>;
  /** Its own words without those of its item's title: a later paper that repeats the title says nothing of which request it answers. */
  ownWords: Set<string>;
  itemTitle: string | null;
  /** The item's title as read for comparing subjects (null without an item). */
  itemWords: TitleWords | null;
  /** It asks for something brought to a meeting, not only information sent round. */
  asksForPaper: boolean;
  /** How many visible requests its item made: a citation of the minute alone cannot tell them apart. */
  siblings: number;
}

/**
 * A sentence of a later item, read once for every request it is matched against.
 * Its subject words and dates are read when first asked for: most are never needed.
 */
export class Sentence {
  readonly citations: MinuteCitation[];
  readonly refersBack: boolean;
  readonly done: boolean;
  readonly notYet: boolean;
  /** It says what was asked cannot be done ("could not be provided"). */
  readonly declined: boolean;
  #stems: Set<string> | null = null;
  #dates: string[] | null = null;

  constructor(readonly text: string) {
    this.citations = minuteCitations(text);
    this.refersBack = REFERS_BACK.test(text) || REPORTS_BACK.test(text);
    this.done = DONE.test(text);
    this.notYet = NOT_YET.test(text);
    this.declined = DECLINED.test(text);
  }

  get stems(): Set<string> {
    return (this.#stems ??= subjectStems(this.text));
  }

  dates(): string[] {
    return (this.#dates ??= datesNamed(this.text));
  }

  /** Whether any rule of evidence reads it: a citation, a reference back, done, not yet or declined. */
  get telling(): boolean {
    return this.citations.length > 0 || this.refersBack || this.done || this.notYet || this.declined;
  }
}

/**
 * What is known of a later item, once per record version. Exempt items keep their title only.
 * Kept for every item a request has been matched against, so it holds only what the rules read:
 * the sentences some rule reads (`telling`), not the whole body.
 */
export class CandidateFacts {
  /** The title and the titles of its open papers. */
  readonly titleText: string;
  /** The title read as a sentence (its citations and dates). */
  readonly title: Sentence;
  /** The title read as a subject, for comparing with the title a request was made under. */
  readonly titleWords: TitleWords;
  /** Sentences of the body that cite a minute, refer back, say something was done, is not yet or cannot be (none for an exempt item). */
  readonly sentences: Sentence[];
  /** Minutes, matters arising, action trackers: items that report on earlier requests. */
  readonly followUpItem: boolean;
  /** Its title (or opening) says it is a paper coming back: "Report Back", "Update on". */
  readonly reportsBack: boolean;
  #allStems: Set<string> | null = null;

  constructor(
    readonly item: AgendaItem,
    readonly meeting: Meeting,
    readonly start: number,
    titleWords: TitleWords = new TitleWords(item.title),
  ) {
    const papers = item.papers.filter((p) => !p.restricted).map((p) => p.title);
    this.titleText = [item.title, ...papers].join(' · ');
    const texts = item.private ? [] : bodySentences(item);
    const sentences = texts.map((text) => new Sentence(text));
    this.sentences = sentences.filter((s) => s.telling);
    this.title = new Sentence(item.title);
    this.titleWords = titleWords;
    this.followUpItem = FOLLOW_UP_ITEM.test(item.title);
    const opening = texts[0] ?? '';
    this.reportsBack = REPORTS_BACK.test(item.title) || REFERS_BACK.test(item.title) || REFERS_BACK.test(opening);
  }

  get titleRead(): string {
    return this.item.title;
  }

  get titleSubject(): Set<string> {
    return this.titleWords.subject;
  }

  /** All subject words of the title and body: read again from the body when first asked for (rarely). */
  get allStems(): Set<string> {
    if (!this.#allStems) {
      const all = new Set(subjectStems(this.titleText));
      if (!this.item.private) for (const text of bodySentences(this.item)) for (const stem of subjectStems(text)) all.add(stem);
      this.#allStems = all;
    }
    return this.#allStems;
  }
}

/** Body text read for evidence: the first part of a long item is where report-backs say what they are. */
const BODY_READ = 6000;

function bodySentences(item: AgendaItem): string[] {
  return sentencesOf(item.body.slice(0, BODY_READ));
}

export interface Proposal {
  requestId: string;
  itemId: string;
  meetingId: string;
  score: number;
  /** Why, in words a co-ordinator checks: "cites Minute 34/18", "title matches the request". */
  reasons: string[];
  /** The sentence that says so, when there is one (never from an exempt item). */
  quote: string | null;
}

/** The reason given when a later item says the request cannot be met. */
export const DECLINED_REASON = 'says it cannot be done';

/** Below this, a match is a coincidence of words. */
export const PROPOSAL_THRESHOLD = 2;

/** With no year beside a minute number, it is taken to mean the raising meeting within this many days. */
const UNDATED_CITATION_DAYS = 200;
const DAY_MS = 86_400_000;

/** `titleWords` reads a title's words (shared by whoever compares many: see evidence-queries). */
export function requestFacts(
  request: Request,
  item: AgendaItem | null,
  meeting: Meeting | null,
  start: number,
  siblings: number,
  titleWords: (title: string) => TitleWords = (title) => new TitleWords(title),
): RequestFacts {
  const itemWords = item ? titleWords(item.title) : null;
  const textSubject = subjectStems(request.text);
  const itemSubject = itemWords ? itemWords.subject : new Set<string>();
  return {
    request,
    item,
    meeting,
    start,
    textSubject,
    itemSubject,
    ownWords: new Set([...textSubject].filter((w) => !itemSubject.has(w))),
    itemTitle: item ? item.title : null,
    itemWords,
    asksForPaper: request.kind === 'report-back' || request.kind === 'update' || request.kind === 'next-meeting' || ASKS_FOR_A_PAPER.test(request.text),
    siblings,
  };
}

export function candidateFacts(item: AgendaItem, meeting: Meeting, start: number, titleWords?: TitleWords): CandidateFacts {
  return new CandidateFacts(item, meeting, start, titleWords);
}

function citesRequestMinute(req: RequestFacts, cand: CandidateFacts, s: Sentence): boolean {
  const number = req.item?.number?.toLowerCase();
  const date = req.meeting?.date;
  if (!number || !date || s.citations.length === 0) return false;
  const citations = s.citations.filter((c) => c.number === number);
  if (citations.length === 0) return false;
  // "Minute 17 of the meeting held on 11 June 2024": the date says which meeting.
  if (s.dates().includes(date)) return true;
  return citations.some((c) => (c.year ? yearFits(c.year, date) : cand.start - req.start <= UNDATED_CITATION_DAYS * DAY_MS));
}

function clipQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 280) return flat;
  const cut = flat.slice(0, 277);
  const space = cut.lastIndexOf(' ');
  return `${space > 200 ? cut.slice(0, space) : cut}…`;
}

/** The evidence a later item gives for a request, or null when it gives none (or says it is still awaited). */
export function matchEvidence(req: RequestFacts, cand: CandidateFacts): Proposal | null {
  if (cand.start <= req.start) return null;
  const reasons: string[] = [];
  let score = 0;
  let quote: string | null = null;
  const minuteLabel = req.item?.number ? `Minute ${req.item.number}` : 'the minute';
  const requestWords = req.textSubject;

  // 1. It cites the request's minute, in its title or a sentence of its body.
  const citingTitle = citesRequestMinute(req, cand, cand.title);
  const citing = cand.sentences.filter((s) => citesRequestMinute(req, cand, s));
  // "Not yet" rules an item out, unless it says the request cannot be met at all.
  if (citing.some((s) => s.notYet && !s.declined)) return null;
  // The request's own words, without those of its item's title: a citation often repeats the title
  // ("Minute 4 (Children's Services Ofsted Outcome)"), which says nothing of which request it answers.
  const ownWords = req.ownWords;
  if (citingTitle || citing.length > 0) {
    const words = new Set([...cand.titleSubject, ...citing.flatMap((s) => [...s.stems])]);
    const shared = sharedCount(ownWords, words);
    const onThisRequest = ownWords.size === 0 || shared >= 2 || coverage(ownWords, words) >= 0.5;
    // One minute, several requests: the citation alone cannot say which was answered.
    const points = req.siblings <= 1 || onThisRequest ? 3 : 1;
    score += points;
    reasons.push(`cites ${minuteLabel}${req.meeting?.date ? ` of ${formatShortDate(req.meeting.date)}` : ''}`);
    if (citing[0]) quote = citing[0].text;
  }

  // 2. It refers back to the meeting that asked, by its date.
  const date = req.meeting?.date;
  if (date && !citingTitle && citing.length === 0) {
    const referring = cand.sentences.find((s) => s.refersBack && s.dates().includes(date));
    if (referring?.notYet && !referring.declined) return null;
    const named = referring ? sharedCount(ownWords, new Set([...referring.stems, ...cand.titleSubject])) : 0;
    // The date names the meeting, not the request: the request's own words must be there too.
    if (referring && (named >= 2 || (named >= 1 && ownWords.size <= 2))) {
      score += 2;
      reasons.push(`refers back to the meeting of ${formatShortDate(date)}`);
      quote ??= referring.text;
    }
  }

  // 3. Its title is the subject asked about.
  // Most of the title is in the request's own words (beyond its item's subject): two words at least,
  // or the very same one-word subject.
  const titleOwn = new Set([...cand.titleSubject].filter((w) => !req.itemSubject.has(w)));
  const titleShared = sharedCount(titleOwn, ownWords);
  const titleOnRequest =
    titleOwn.size > 0 &&
    coverage(titleOwn, ownWords) >= 0.67 &&
    (titleShared >= 2 || (titleShared === titleOwn.size && titleShared === ownWords.size));
  if (titleOnRequest) {
    score += 2;
    reasons.push('its title is what was asked for');
  } else if (req.itemWords && req.itemSubject.size > 0 && req.asksForPaper && sameSubjectWords(cand.titleWords, req.itemWords)) {
    // The same subject as the item that asked: a paper coming back, if the request's own words are in it too.
    const own = ownWords;
    // A paper that says it comes back on that subject needs nothing more; any other must carry the request's words.
    const covered = own.size < 2 || cand.reportsBack || coverage(own, cand.allStems) >= 0.4;
    if (covered && (cand.reportsBack || req.request.kind !== 'update' || coverage(own, cand.allStems) >= 0.5)) {
      score += cand.reportsBack ? 2.5 : 2;
      reasons.push(cand.reportsBack ? 'a report back on the same subject' : 'the same subject as the request');
    }
  }

  // 4. A line saying the information asked for has been circulated or received.
  for (const s of cand.sentences) {
    if (!s.done) continue;
    const shared = sharedCount(requestWords, s.stems);
    const enough = shared >= 2 || (shared >= 1 && requestWords.size <= 2);
    if (!enough) continue;
    if (s.notYet) return null;
    if (!(cand.followUpItem || REFERS_BACK.test(s.text) || citing.includes(s) || titleOnRequest)) continue;
    score += 2.5;
    reasons.push('says it has been circulated or received');
    quote ??= s.text;
    break;
  }

  // 5. A line saying what was asked cannot be done: the request's answer too, though not what was asked for.
  for (const s of cand.sentences) {
    if (!s.declined) continue;
    const shared = sharedCount(requestWords, s.stems);
    if (shared < 2 && !(shared >= 1 && requestWords.size <= 2)) continue;
    if (!(cand.followUpItem || s.refersBack || citing.includes(s) || titleOnRequest)) continue;
    score += 2.5;
    reasons.push(DECLINED_REASON);
    quote = s.text;
    break;
  }

  // A matters-arising line that names the subject and says it is still awaited rules the item out.
  if (cand.followUpItem && cand.sentences.some((s) => s.notYet && !s.declined && sharedCount(requestWords, s.stems) >= 2)) return null;

  if (score < PROPOSAL_THRESHOLD) return null;
  return {
    requestId: req.request.id,
    itemId: cand.item.id,
    meetingId: cand.meeting.id,
    score,
    reasons,
    quote: quote && !cand.item.private ? clipQuote(quote) : null,
  };
}
