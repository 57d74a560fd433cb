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
import { coverage, sameSubject, sharedStems, subjectStems } from '../subjects/subject-words.ts';
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
  itemTitle: string | null;
  /** It asks for something brought to a meeting, not only information sent round. */
  asksForPaper: boolean;
  /** How many visible requests its item made: a citation of the minute alone cannot tell them apart. */
  siblings: number;
}

/** A sentence of a later item, read once for every request it is matched against. */
export interface Sentence {
  text: string;
  readonly stems: Set<string>;
  citations: MinuteCitation[];
  /** The dates it names (read only when a citation or a referring phrase needs them). */
  dates: () => string[];
  refersBack: boolean;
  done: boolean;
  notYet: boolean;
  /** It says what was asked cannot be done ("could not be provided"). */
  declined: boolean;
}

// Most sentences of a later item never matter to any request: their words and dates are read when first asked for.
function sentence(text: string): Sentence {
  let dates: string[] | null = null;
  let stems: Set<string> | null = null;
  return {
    text,
    get stems() {
      return (stems ??= subjectStems(text));
    },
    citations: minuteCitations(text),
    dates: () => (dates ??= datesNamed(text)),
    refersBack: REFERS_BACK.test(text) || REPORTS_BACK.test(text),
    done: DONE.test(text),
    notYet: NOT_YET.test(text),
    declined: DECLINED.test(text),
  };
}

/** What is known of a later item, once per record version. Exempt items keep their title only. */
export interface CandidateFacts {
  item: AgendaItem;
  meeting: Meeting;
  start: number;
  /** The title and the titles of its open papers. */
  titleText: string;
  /** The title read as a sentence (its citations and dates), and as a subject. */
  title: Sentence;
  titleRead: string;
  titleSubject: Set<string>;
  /** Sentences of the body (none for an exempt item). */
  sentences: Sentence[];
  /** All subject words of the title and body (read when first asked for). */
  readonly allStems: Set<string>;
  /** Minutes, matters arising, action trackers: items that report on earlier requests. */
  followUpItem: boolean;
  /** Its title (or opening) says it is a paper coming back: "Report Back", "Update on". */
  reportsBack: boolean;
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

export function requestFacts(request: Request, item: AgendaItem | null, meeting: Meeting | null, start: number, siblings: number): RequestFacts {
  return {
    request,
    item,
    meeting,
    start,
    textSubject: subjectStems(request.text),
    itemSubject: item ? subjectStems(item.title) : new Set(),
    itemTitle: item ? item.title : null,
    asksForPaper: request.kind === 'report-back' || request.kind === 'update' || request.kind === 'next-meeting' || ASKS_FOR_A_PAPER.test(request.text),
    siblings,
  };
}

/** Body text read for evidence: the first part of a long item is where report-backs say what they are. */
const BODY_READ = 6000;

export function candidateFacts(item: AgendaItem, meeting: Meeting, start: number): CandidateFacts {
  const papers = item.papers.filter((p) => !p.restricted).map((p) => p.title);
  const titleText = [item.title, ...papers].join(' · ');
  const sentences = item.private
    ? []
    : sentencesOf(item.body.slice(0, BODY_READ)).map(sentence);
  let allStems: Set<string> | null = null;
  const opening = sentences[0]?.text ?? '';
  return {
    item,
    meeting,
    start,
    titleText,
    title: sentence(item.title),
    titleRead: item.title,
    titleSubject: subjectStems(item.title),
    sentences,
    get allStems() {
      if (!allStems) {
        allStems = new Set(subjectStems(titleText));
        for (const s of sentences) for (const stem of s.stems) allStems.add(stem);
      }
      return allStems;
    },
    followUpItem: FOLLOW_UP_ITEM.test(item.title),
    reportsBack: REPORTS_BACK.test(item.title) || REFERS_BACK.test(item.title) || REFERS_BACK.test(opening),
  };
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
  const ownWords = new Set([...requestWords].filter((w) => !req.itemSubject.has(w)));
  if (citingTitle || citing.length > 0) {
    const words = new Set([...cand.titleSubject, ...citing.flatMap((s) => [...s.stems])]);
    const shared = sharedStems(ownWords, words).length;
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
    const named = referring ? sharedStems(ownWords, new Set([...referring.stems, ...cand.titleSubject])).length : 0;
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
  const titleShared = sharedStems(titleOwn, ownWords).length;
  const titleOnRequest =
    titleOwn.size > 0 &&
    coverage(titleOwn, ownWords) >= 0.67 &&
    (titleShared >= 2 || (titleShared === titleOwn.size && titleShared === ownWords.size));
  if (titleOnRequest) {
    score += 2;
    reasons.push('its title is what was asked for');
  } else if (req.itemTitle && req.itemSubject.size > 0 && req.asksForPaper && sameSubject(cand.titleRead, req.itemTitle)) {
    // The same subject as the item that asked: a paper coming back, if the request's own words are in it too.
    const own = new Set([...requestWords].filter((w) => !req.itemSubject.has(w)));
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
    const shared = sharedStems(requestWords, s.stems).length;
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
    const shared = sharedStems(requestWords, s.stems).length;
    if (shared < 2 && !(shared >= 1 && requestWords.size <= 2)) continue;
    if (!(cand.followUpItem || s.refersBack || citing.includes(s) || titleOnRequest)) continue;
    score += 2.5;
    reasons.push(DECLINED_REASON);
    quote = s.text;
    break;
  }

  // A matters-arising line that names the subject and says it is still awaited rules the item out.
  if (cand.followUpItem && cand.sentences.some((s) => s.notYet && !s.declined && sharedStems(requestWords, s.stems).length >= 2)) return null;

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
