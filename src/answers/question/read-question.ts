// A member's question read into an intent and slots: dates and periods, a
// meeting named by its place ("next", "last"), a person, a committee, a request
// status and the topic. Words decide, not a fixed grammar: "whens the next mtg",
// "next meeting" and "when do we meet?" read the same. Typos in the words that
// frame a question are mended first; the topic keeps the member's own words.
import { glossaryHits } from '../../search/glossary.ts';
import { londonDate } from '../../london.ts';
import { findPeriod, type Direction, type PeriodReading } from './question-periods.ts';
import { emptyReading, type IntentKind, type MeetingRef, type QuestionReading, type RequestStatusSlot } from './question-reading.ts';

/** What the record tells the reader: the people it names and the committees it holds. */
export interface QuestionVocabulary {
  /** Surnames and first names of people in the record, lower case. */
  names: ReadonlySet<string>;
  /** Committees of the record, as named. */
  committees: readonly string[];
}

const NO_VOCABULARY: QuestionVocabulary = { names: new Set(), committees: [] };

/**
 * The question as plain words. Slack sends mrkdwn: mentions (<@U123>), special
 * mentions (<!channel>), links (<https://x|label>) and *bold* _italic_ ~strike~ `code`.
 */
export function plainQuestion(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<([^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/[*_~`]+/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

// Shorthand and typos members use in the words around a topic.
const MENDS: Array<[RegExp, string]> = [
  [/\b(?:mtgs?|mtngs?|meetin|meetng|meting|meeeting|meetign|mting)\b/gi, 'meeting'],
  [/\bnxt\b/gi, 'next'],
  [/\bwhen'?s\b/gi, 'when is'],
  [/\b(?:what'?s|wats|wots?|whats)\b/gi, 'what is'],
  [/\bwat\b/gi, 'what'],
  [/\bwho'?s\b/gi, 'who is'],
  [/\bwhere'?s\b/gi, 'where is'],
  [/\b(?:wen|wehn)\b/gi, 'when'],
  [/\b(?:agend|agena|ajenda|agneda|agenda's)\b/gi, 'agenda'],
  [/\b(?:minuts|minits|minites)\b/gi, 'minutes'],
  [/\b(?:reqs?|requets?|reqests?|requsts?|reqeusts?)\b/gi, 'requests'],
  [/\b(?:resolutons?|resoltions?|resolutins?|reslutions?|resoloutions?)\b/gi, 'resolutions'],
  [/\b(?:descisions?|decsions?|desicions?|decisons?)\b/gi, 'decisions'],
  [/\b(?:decidded|descided|decied)\b/gi, 'decided'],
  [/\b(?:programe|programm|progamme|prgramme|programmme)\b/gi, 'programme'],
  [/\b(?:attendence|atendance|attendace)\b/gi, 'attendance'],
  [/\b(?:apologys|appologies|apolgies|apologie)\b/gi, 'apologies'],
  [/\b(?:outstandng|oustanding|outstading)\b/gi, 'outstanding'],
  [/\bwk\b/gi, 'week'],
  [/\bmnth\b/gi, 'month'],
  [/\bcllrs?\.?(?=\s)/gi, 'Councillor'],
  [/\bu\b/gi, 'you'],
  [/\bpls\b|\bplz\b/gi, 'please'],
  [/\bthx\b|\bty\b/gi, 'thanks'],
  [/\b(?:yr|yrs)\b/gi, 'year'],
];

export function mend(text: string): string {
  let out = text;
  for (const [pattern, to] of MENDS) out = out.replace(pattern, to);
  return out.replace(/\s+/g, ' ').trim();
}

/** "send" and "sen" in lower case mean SEND unless a verb ("send me the minutes"). */
function sendAsTerm(text: string): string {
  return text.replace(/\b(send|sen)\b(?!\s+(?:me|us|it|them|him|her|the|a|an|my|our|this|that|these|those|out|over|round|on|to|through|everyone|all)\b)/gi, (word, _w, at: number) => {
    const before = text.slice(Math.max(0, at - 25), at).toLowerCase();
    if (/(?:can|could|would|will|pls|please|you|i|we|to|and)\s+$/.test(before)) return word;
    return word.toUpperCase();
  });
}

// -- what a question asks -------------------------------------------------------

const HELP = /^(?:help|\?+|h|usage|commands?|menu|hi|hello|hey|hiya|yo|morning|afternoon|evening|good (?:morning|afternoon|evening)|thanks?|thank you|thanks a lot|cheers|ta|ok|okay|what can (?:i|you) (?:ask|do|tell me)\b.*|how (?:do i|does this|do you|does it) (?:use|work)\b.*|what (?:do|can) you (?:do|know)\b.*|what (?:is|are) you\b.*|who are you\b.*|how can you help\b.*)$/i;

// Things only a person can do for a member: the bot says so, and what it can do.
const CANNOT =
  /^(?:(?:can|could|would|will)\s+(?:you|someone)\s+(?:please\s+)?|please\s+|i\s+(?:want|need|would like)\s+(?:you\s+)?(?:to\s+)?|i'?d like (?:you )?to\s+)?(e-?mail|send|forward|print|download|book|reserve|cancel|postpone|reschedule|re-?arrange|arrange|organise|organize|call|phone|ring|text|whatsapp|translate|draft|write|edit|change|amend|update|delete|remove|add|put|remind|notify|invite|register|order|pay|sign|approve|submit|upload|attach|share|post|tweet|summari[sz]e|read out|record|transcribe|vote|nominate|apply)\b(.*)$/i;
const SEND_VERB = /^(?:send|forward|e-?mail|text|share|post)\s+(?:me|us|it|them|him|her|the|a|an|my|our|this|that|these|those|out|over|round|everyone|all)\b/i;
// Asking the bot to act as a member would ask a clerk, in any word order.
const CANNOT_ANYWHERE = /\b(?:e-?mail (?:me|us|it|them)|send (?:me|us) (?:the|a|an|those|these|it|them|copies)|(?:book|reserve) (?:me |us )?(?:a )?(?:room|seat|place|slot)|print (?:me |us )?(?:out )?(?:the|a|copies)|set up a (?:meeting|call)|arrange a (?:meeting|call|visit)|cancel (?:the|next|this|tomorrow'?s?) (?:meeting|board)|put (?:this|it|[a-z ]{1,40}) on the (?:next )?agenda|add (?:this|it|[a-z ]{1,40}) to the (?:next )?agenda|add (?:this|it|[a-z ]{1,40}) to the work ?programme|minute (?:this|that)|in (?:welsh|french|polish|punjabi|urdu|spanish)|weather|joke|football|lottery|recipe|stock price|bitcoin)\b/i;

const CHAIR = /\b(?:who\s+(?:is|was|will be)?\s*(?:the\s+)?(?:chair(?:man|woman|person)?|vice[- ]chair)(?:\s+of\b|\s*$|\s+(?:at|for|on|in)\b|\?)|who\s+chair(?:s|ed)|who\s+(?:is|was)\s+in\s+the\s+chair|who\s+(?:is|was)\s+chairing|chair(?:man|woman|person)?\s+of\s+the\s+(?:board|committee|meeting)|who\s+leads\s+the\s+board|(?:board|committee)'?s?\s+chair)\b/i;
const MEMBERSHIP = /\b(?:who\s+(?:is|are|was|were|sits?)\s+on\s+(?:the\s+)?(?:board|committee)|who\s+(?:is|are)\s+(?:the\s+)?(?:members|co-?opted members|co-?optees)|(?:members|membership)\s+of\s+(?:the\s+)?(?:board|committee)|board\s+members(?:hip)?|who\s+(?:is|are)\s+(?:in|on)\s+sb\d)\b/i;
const MEETING_ATTENDANCE =
  /\b(?:who\s+(?:attended|came|turned up|showed up|was (?:at|there|present|absent|missing)|were (?:at|there|present|absent|missing)|sent (?:their |his |her )?apologies|gave (?:their )?apologies|apologi[sz]ed|missed|couldn'?t (?:come|make it)|didn'?t (?:come|attend|turn up))|(?:apologies|absences|attendance|attendees|who was there)\s+(?:at|for|from|in|on)\s+(?:the\s+)?(?:last|latest|previous|next|most recent|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|meeting))/i;
const ATTENDANCE =
  /\b(?:attendance|attended|attending|attend|attends|turned up|turn up|turns up|shown up|showed up|show up|been to|come to|came to|absences?|absent|apologies|apologised|missed|how often|how many meetings|record of)\b/i;
// "what has slipped?", "any slippage?": plan items that did not come when planned.
const SLIPPED = /\b(?:slipped|slipping|slippage|slips|drifted|drift|overran|not come|didn'?t come|never came|fell off)\b/i;
// "attendance table", "board attendance", "attendance rates": everyone's, not one person's.
const ATTENDANCE_TABLE = /^(?:(?:the\s+)?(?:board'?s?\s+|overall\s+|members'?\s+)?attendance(?:\s+(?:table|tables|rates?|summary|record|figures|stats|league table|of (?:the board|everyone|all members|members)))?|who attends (?:most|least|the most|the least)|attendance for (?:the board|everyone|all members))$/i;
const HISTORY = /\b(?:history|timeline|background|chronology|story so far|track record|what has happened (?:with|about)|what happened (?:with|to|about))\b/i;
const DISCUSSED =
  /\b(?:when\s+(?:did|was|were|have|has|had)\b.*?\b(?:discuss|consider|look(?:ed)? at|talk(?:ed)? about|debat|review|scrutinis|scrutiniz|cover|examin|last)\w*|(?:has|have|did)\s+(?:the board|we|members|sb\d|scrutiny)\s+(?:ever\s+)?(?:discuss|consider|look(?:ed)? at|talk(?:ed)? about|debat|review|scrutinis|scrutiniz|cover|examin)\w*|(?:ever|previously|before)\s+(?:been\s+)?(?:discussed|considered|looked at))\b/i;
const COMING =
  /\b(?:when\s+(?:is|are|will|does|do|should|shall|might|would|can)\b(?!.*\bnext meeting\b).*?\b(?:coming|come|due|back|brought|presented|reported|scheduled|planned|expected|programmed|considered|discussed|looked at|heard|hear|seeing|see|get|getting|receive|receiving|on the agenda|to the board|before the board|at the board|being|be)\b|(?:is|are)\s+.{2,60}?\s+(?:coming (?:back|up|to)|due (?:back|to)|scheduled|planned|programmed)\b|(?:is|are)\s+we\s+(?:getting|seeing|having|looking at|expecting)\b|when\s+(?:is|are)\s+(?:the\s+)?.{2,60}?\s+(?:report|update|item|paper)s?\b\s*\??$)/i;
const ON_AGENDA = /\b(?:on|in|onto)\s+(?:the|an|any|a)\s+(?:(?:next|upcoming|future|forthcoming|coming)\s+)?agenda(?:s)?\b|\bagenda\s+(?:item\s+)?(?:on|about|for)\s+(?!the next\b|next\b|\d)/i;
const WORK_PROGRAMME =
  /\b(?:work\s*(?:programme|program|plan)|forward\s+plan|wp|what\s+is\s+(?:planned|scheduled|lined up|in the pipeline|coming up|pending)|what\s+(?:are|is)\s+(?:we|the board)\s+(?:planning|looking at|covering|doing|scrutinising)|planned\s+(?:for|items|topics)|coming up|upcoming\s+(?:items|topics|business)|pending items|date to be determined|items? (?:with )?(?:no|without a) date|what'?s? (?:ahead|next for the board)|plans? for the (?:year|municipal year))\b/i;
const REQUESTS =
  /\b(?:requests?|requested|asked\s+(?:for|officers|them|about)|ask\s+for|asking\s+for|waiting\s+(?:for|on)|still\s+waiting|outstanding|overdue|late|actions?|action\s+points?|follow[- ]?ups?|followed\s+up|chase|chasing|promised?|undertook|undertaken|undertakings?|circulated?|get\s+back\s+to\s+(?:us|the board)|come\s+back\s+to\s+(?:us|the board)|report\s+back|reports\s+back|(?:did|have|has)\s+(?:we|the board|members|they|officers|anyone)\s+(?:ever\s+)?(?:get|got|gotten|receive[d]?|had|have|see|seen|hear|heard)|(?:has|have)\s+(?:it|that|this|those|these)\s+(?:come|arrived|been\s+(?:sent|circulated|received|provided))|owed|owe\s+us)\b/i;
const DID_WE_GET = /\b(?:did|have|has)\s+(?:we|the board|members|they|officers|anyone|sb\d)\s+(?:ever\s+)?(?:get|got|gotten|receive[d]?|had|have|see|seen|hear|heard|ask(?:ed)?\s+for|request(?:ed)?)\b/i;
const RESOLUTIONS =
  /\b(?:resol\w*|decid\w*|decisions?|agreed|agree|recommendations?|recommended|conclu\w*|outcomes?|approved?|voted?|what\s+did\s+(?:we|the board|members|sb\d)\s+(?:say|conclude|agree|decide|resolve))\b/i;
const NEXT_MEETING =
  /\b(?:(?:next|upcoming|forthcoming|future|coming)\s+(?:board\s+)?(?:meeting|board|one|session|sitting)s?|when\s+(?:is|do|does|will|are|shall)\s+(?:we|the board|it|they)\s+(?:next\s+)?(?:meet|meeting)|when\s+(?:is|are)\s+(?:the\s+)?(?:meeting|board)\b(?!\s+(?:on|in|for)\b)|when\s+do\s+we\s+meet|next\s+time\s+(?:we|the board)\s+meet)\b|^next\??$/i;
const LATEST_MEETING = /\b(?:last|latest|previous|most recent|recent)\s+(?:board\s+)?(?:meeting|minutes|board|session|one|sitting)s?\b/i;
const MEETING_WORDS = /\b(?:meetings?|agendas?|minutes|board|session|sitting|happened|held|discussed|took place|time|start|starts|started|finish|finished|end|ended|close|closed|where|venue|room|place)\b/i;
const MEETINGS_PLURAL = /\b(?:meetings|how many times (?:did|has|have) (?:we|the board) met|when (?:did|do|does) (?:we|the board) meet)\b/i;
const AFTER_NEXT = /\b(?:(?:the\s+)?(?:meeting|one)\s+after\s+(?:the\s+)?next(?:\s+(?:one|meeting))?|(?:the\s+)?one after next)\b/i;
const BEFORE_LAST = /\b(?:(?:the\s+)?(?:meeting|one)\s+before\s+(?:the\s+)?last(?:\s+(?:one|meeting))?|(?:the\s+)?one before last)\b/i;
const PERSON =
  /\b(?:councillors?|mrs|mr|ms|miss|mx|dr|prof(?:essor)?)\.?\s+(?:[a-z]{1,2}\.?\s+)?(?:[a-z]{1,2}\.?\s+)?[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?/i;

// Words that frame a question rather than name its topic.
const FRAME = new Set(
  `please can could would will you i we us me our my the a an board boards scrutiny committee committees sb1 sb2 sb3 sb4 sb5 sb6 did do does done has have had was were is are been be being ever any all what which when who whom whose how where why whats whens show tell list give find get got getting made taken make take on about regarding re concerning relating related to for of into around with in at by its it there anything something everything item items topic topics subject subjects matter matters still yet now currently anymore from since during ever so far far this that these those then than and or but if also just only much many more some lot lots bit thing things stuff info information latest recent know happening happened going go on please thanks thank officer officers council councils them they their he she his her him else whether again already back soon up out last first recently previously lately ago`.split(
    /\s+/,
  ),
);
// The words that say which kind of answer: dropped from the topic once they have done so.
const INTENT_WORDS =
  /\b(?:history|timeline|background|chronology|story so far|track record|resolutions?|resolved|resolve|decisions?|decided|decide|agreed|agree|recommendations?|recommended|conclusions?|concluded|outcomes?|approved?|voted?|requests?|requested|asked|ask|asking|waiting|outstanding|overdue|actions?|action points?|follow[- ]?ups?|followed up|chase|chasing|promised?|undertook|undertaken|circulated?|report back|reports back|receive[d]?|discuss(?:ed|ing|ion)?|consider(?:ed|ing)?|look(?:ed|ing)? at|talk(?:ed)? about|debated?|reviewed|scrutini[sz]ed|covered|examined|coming back|coming up|coming|come back|come|due back|due|brought|presented|reported|scheduled|planned|planning|expected|programmed|on the agenda|the next agenda|agenda|work\s*programme|work\s*program|forward plan|say|said|happen(?:ed)?|seen|see|hear|heard|note[ds]?|noting|minutes?|plans?|anything|news|updates? on|where are we (?:with|on)|status of|progress on|wp|pending|raised|made|provided?|given|give|shared?|still open|open|closed|time|starts?|started|finish(?:ed)?|end(?:ed)?|venue|room|place|held|took place|chaired)\b/gi;
const STATUS_WORDS: Array<[RegExp, RequestStatusSlot]> = [
  [/\b(?:overdue|late|past (?:their |the )?due|behind)\b/i, 'overdue'],
  [/\b(?:done|completed?|closed|answered|received|delivered|fulfilled|met)\s+(?:requests?|actions?|ones)\b|\b(?:requests?|actions?)\s+(?:done|completed|closed|answered)\b/i, 'done'],
  [/\b(?:all|every|each)\s+(?:the\s+)?(?:requests?|actions?)\b|\b(?:requests?|actions?)\s+(?:ever|so far)\b|\bever\s+(?:asked|requested)\b/i, 'all'],
  [/\b(?:outstanding|open|still\s+(?:open|waiting|outstanding|owed)|waiting\s+(?:for|on)|pending|unanswered|not\s+yet|haven'?t\s+(?:had|got|received))\b/i, 'open'],
];

// "what's planned for the year": the municipal year the question is asked in.
const YEAR_AHEAD = /\b(?:for|in|over|during|across)\s+the\s+(?:municipal\s+|council\s+)?year(?:\s+ahead)?\b|\bthe\s+year\s+ahead\b/i;

function municipalYearOf(now: Date, text: string): PeriodReading {
  const [y, m] = londonDate(now).split('-').map(Number) as [number, number];
  const start = m >= 5 ? y : y - 1;
  return { kind: 'period', period: { from: `${start}-05-01`, to: `${start + 1}-04-30`, text, label: `the municipal year ${start}/${String((start + 1) % 100).padStart(2, '0')}` } };
}

/** Which way in time a question looks, for a month named without its year. */
function directionOf(text: string): Direction {
  if (/\b(?:will|coming|upcoming|planned|plan|next|due|going to|scheduled|expected|forthcoming|future|ahead|agenda)\b/i.test(text)) return 'future';
  if (/\b(?:was|were|did|decided|resolved|asked|requested|happened|last|ago|previous|discussed|agreed|sent|attended|had|held|minutes|apologies|made)\b/i.test(text)) return 'past';
  return 'any';
}

function meetingRefIn(text: string): { ref: MeetingRef; text: string } | null {
  const afterNext = AFTER_NEXT.exec(text);
  if (afterNext) return { ref: 'after-next', text: afterNext[0] };
  const beforeLast = BEFORE_LAST.exec(text);
  if (beforeLast) return { ref: 'before-last', text: beforeLast[0] };
  const latest = LATEST_MEETING.exec(text);
  if (latest) return { ref: 'last', text: latest[0] };
  const next = /\b(?:the\s+)?(?:next|upcoming|forthcoming)\s+(?:board\s+)?(?:meeting|board|one|session|sitting)\b/i.exec(text);
  if (next) return { ref: 'next', text: next[0] };
  return null;
}

function personIn(text: string, vocabulary: QuestionVocabulary, personal: boolean): string | null {
  const titled = PERSON.exec(text);
  if (titled) {
    // "Councillor Masih turned up": stop the name at the first word that is not one.
    const words = titled[0].split(/\s+/);
    const kept = [words[0]!];
    let named = false;
    for (const [i, w] of words.slice(1).entries()) {
      const lower = w.toLowerCase().replace(/['’]s$/, '');
      // Initials ("A", "CE") before a surname.
      if (!named && /^[a-z]{1,2}\.?$/i.test(w) && i + 2 < words.length) {
        kept.push(w);
        continue;
      }
      if (FRAME.has(lower) || /^(?:turned|attended|attend|attends|been|sent|come|came|gone|missed|apologies|attendance|record|chair|chaired)$/.test(lower)) break;
      // A second name word only when the record knows it ("Kerry Jenkins"), or it is the surname after a first name.
      if (named && !vocabulary.names.has(lower)) break;
      kept.push(w);
      named = true;
    }
    if (kept.length > 1) return kept.join(' ').replace(/['’]s$/, '');
  }
  if (!personal || vocabulary.names.size === 0) return null;
  // A name the record knows, written without a title ("how often has kerry jenkins been").
  const words = text.split(/[^\p{L}'’-]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase().replace(/['’]s$/, '');
    if (FRAME.has(w) || w.length < 3 || !vocabulary.names.has(w)) continue;
    const next = words[i + 1]?.toLowerCase().replace(/['’]s$/, '');
    if (next && vocabulary.names.has(next) && !FRAME.has(next)) return `${words[i]} ${words[i + 1]!.replace(/['’]s$/, '')}`;
    return words[i]!.replace(/['’]s$/, '');
  }
  return null;
}

// Words every committee name has: they do not tell one committee from another.
const COMMITTEE_FILLER = new Set(['and', 'the', 'of', 'for', 'scrutiny', 'board', 'committee', 'panel', 'sub', 'council', 'services', 'service', 'select', 'overview']);

/** A committee's distinctive words ("co-ordination", "education", "children's"), lower case. */
function distinctive(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z0-9'’-]+/)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length > 2 && !COMMITTEE_FILLER.has(w));
}

/** The initials of a committee's name ("SCC" for Scrutiny Co-ordination Committee). */
function initialsOf(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !/^(?:and|the|of|for)$/i.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

/**
 * A committee the question names: by name ("the co-ordination committee", "the
 * education scrutiny board"), by number ("SB2", "scrutiny board 5") or by initials
 * ("SCC"). "The board" alone is the board's own and needs no name.
 */
function committeeIn(text: string, vocabulary: QuestionVocabulary): { name: string; text: string } | null {
  if (vocabulary.committees.length === 0) return null;
  const lower = text.toLowerCase();
  const numbered = /\b(?:sb\s*(\d+)|scrutiny\s+board\s*\(?(\d+)\)?)/i.exec(lower);
  if (numbered) {
    const n = numbered[1] ?? numbered[2];
    const found = vocabulary.committees.find((c) => new RegExp(`\\(${n}\\)\\s*$`).test(c));
    if (found) return { name: found, text: numbered[0] };
  }
  let best: { name: string; text: string; score: number } | null = null;
  for (const name of vocabulary.committees) {
    const full = name.toLowerCase();
    if (lower.includes(full)) return { name, text: name };
    const initials = initialsOf(name);
    if (initials.length >= 3) {
      const m = new RegExp(`\\b${initials}\\b`, 'i').exec(lower);
      if (m) return { name, text: m[0] };
    }
    // A phrase that ends in board/committee/panel and shares the name's distinctive words.
    const phrase = /\b((?:[\p{L}'’&-]+\s+){1,5}?)(?:scrutiny\s+)?(board|committee|panel|cabinet)\b/giu;
    for (let m = phrase.exec(lower); m; m = phrase.exec(lower)) {
      const words = new Set(m[1]!.split(/\s+/).map((w) => w.replace(/['’]s$/, '')));
      const own = distinctive(name);
      const shared = own.filter((w) => words.has(w)).length;
      const noun = m[2]!;
      if (shared === 0 || !full.includes(noun)) continue;
      const score = shared / own.length;
      // The phrase from the first word the name has: "next" or "when" before it stay in the question.
      const nameWords = new Set(full.replace(/\([^)]*\)/g, ' ').split(/[^\p{L}\p{N}'’-]+/u).map((w) => w.replace(/['’]s$/, '')));
      const phraseWords = m[0].split(/\s+/);
      const from = phraseWords.findIndex((w) => nameWords.has(w.replace(/['’]s$/, '')));
      const text = phraseWords.slice(Math.max(0, from)).join(' ');
      if (!best || score > best.score) best = { name, text, score };
    }
  }
  return best ? { name: best.name, text: best.text } : null;
}

function statusIn(text: string): RequestStatusSlot | null {
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(text)) return status;
  return null;
}

function removeText(text: string, part: string | null | undefined): string {
  if (!part) return text;
  const at = text.toLowerCase().indexOf(part.toLowerCase());
  return at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + part.length)}`;
}

/** The topic: the words left once dates, people, committees and the words that frame the question are gone. */
function topicOf(text: string): string | null {
  const words = text
    .replace(INTENT_WORDS, ' ')
    // The verb, not SEND (special educational needs), which a question writes in capitals.
    .replace(/\b(?:send|sent)\b/g, ' ')
    .replace(/[?!.,;:"“”()[\]{}]+/g, ' ')
    .replace(/(?:^|\s)['’]+|['’]+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // Frame words go from the edges; inside a topic they stay ("children in need").
  while (words.length && isFrame(words[0]!)) words.shift();
  while (words.length && isFrame(words[words.length - 1]!)) words.pop();
  const topic = words.join(' ').replace(/\s+/g, ' ').trim();
  return topic && /[\p{L}\p{N}]/u.test(topic) ? topic : null;
}

function isFrame(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  return FRAME.has(w) || /^(?:whats|whens|whos|wheres|hows|thats|theres|heres|its|lets|i'?m|i'?ve|we'?ve|we'?re|they'?ve|dont|didnt|doesnt|hasnt|havent|isnt|arent|wasnt|werent|wont|cant|couldnt|yes|no|ok|okay|hi|hello|hey|so|well|right|cheers|thanks|x)$/.test(w);
}

/** Glossary terms named in the topic, by name: shown in "Read as". */
function termsIn(topic: string | null): string[] {
  if (!topic) return [];
  return [...new Set(glossaryHits(topic, { question: true }).map((h) => h.term.name))];
}

const DIRECT: Array<[RegExp, IntentKind]> = [
  [/^(?:when is )?(?:the )?next meeting$/, 'next-meeting'],
  [/^(?:the )?(?:last|latest) meeting$/, 'latest-meeting'],
  [/^(?:outstanding|open) requests$/, 'requests'],
  [/^all requests$/, 'requests'],
  [/^(?:the )?work programme$/, 'work-programme'],
  [/^help$/, 'help'],
];

/** Read a question (as plain text) as of `now`. */
export function readQuestion(raw: string, now: Date, vocabulary: QuestionVocabulary = NO_VOCABULARY): QuestionReading {
  const plain = plainQuestion(raw);
  if (!/[\p{L}\p{N}]/u.test(plain)) return { ...emptyReading('help'), direct: true };
  const text = sendAsTerm(mend(plain));
  const bare = text.replace(/[?!.]+$/g, '').trim();
  const lower = bare.toLowerCase();
  const direct = DIRECT.find(([p]) => p.test(lower))?.[1] ?? null;

  if (HELP.test(bare.replace(/[!.,]+/g, '').trim())) return { ...emptyReading('help'), direct: true };

  // Something only a person can do.
  const cannot = CANNOT.exec(bare);
  if ((cannot && (cannot[1]!.toLowerCase() !== 'send' || SEND_VERB.test(bare.slice(bare.toLowerCase().indexOf('send'))))) || CANNOT_ANYWHERE.test(bare)) {
    return { ...emptyReading('cannot'), action: cannot ? `${cannot[1]}${cannot[2]}`.trim() : null };
  }

  let rest = bare;
  const reading = emptyReading('search');

  // A committee named ("the co-ordination committee", "SB5"): its words are not the topic.
  const committee = committeeIn(rest, vocabulary);
  if (committee) {
    reading.committee = committee.name;
    rest = removeText(rest, committee.text);
  }

  // Dates, and meetings named by their place in the calendar.
  const meetingRef = meetingRefIn(rest);
  if (meetingRef) {
    reading.meeting = meetingRef.ref;
    rest = removeText(rest, meetingRef.text);
  }
  const yearAhead = YEAR_AHEAD.exec(rest);
  const found = yearAhead ? municipalYearOf(now, yearAhead[0]) : findPeriod(rest, now, directionOf(rest));
  if (found?.kind === 'invalid') {
    reading.invalidDate = found.text;
    rest = removeText(rest, found.text);
  } else if (found) {
    reading.period = found.period;
    rest = removeText(rest, found.period.text);
    // "since June" / "between June and September": the linking words go with the dates.
    rest = rest.replace(/\b(?:since|between|from|until|till|before|after|during|up to|prior to)\s*$/i, ' ');
  }

  const personal = ATTENDANCE.test(bare) || CHAIR.test(bare) || /\bwho\b/i.test(bare);
  const person = personIn(rest, vocabulary, personal);
  if (person) {
    reading.person = person;
    rest = removeText(rest, person);
  }
  // "The board", "SB2", "scrutiny board 2": the board's own committee, not a topic.
  rest = rest.replace(/\b(?:the\s+)?(?:board|sb\s*\d+|scrutiny\s+board\s*\(?\d+\)?)\b/gi, (m) => (/board|sb/i.test(m) ? ' ' : m));
  reading.status = statusIn(bare);

  const intent = intentOf(bare, rest, reading);
  reading.intent = intent;
  if (!['attendance', 'chair', 'membership', 'meeting-attendance', 'attendance-table', 'slipped'].includes(intent)) {
    reading.topic = topicOf(
      rest
        .replace(ATTENDANCE, ' ')
        .replace(/\b(?:meetings?|board|session)\b/gi, intent === 'search' || intent === 'agenda-topic' || intent === 'coming' ? '$&' : ' '),
    );
    if (reading.topic && /^(?:meetings?|session|sitting)$/i.test(reading.topic)) reading.topic = null;
  }
  if (intent === 'search' && !reading.topic && (reading.period || reading.meeting)) reading.intent = reading.period && !reading.period.day && !reading.meeting ? 'meetings' : 'meeting';
  if (reading.intent === 'search' && !reading.topic && reading.person) reading.intent = 'attendance';
  reading.terms = termsIn(reading.topic);
  reading.direct = direct !== null && direct === reading.intent && !reading.topic;
  return reading;
}

function intentOf(bare: string, rest: string, reading: QuestionReading): IntentKind {
  const text = bare;
  if (reading.invalidDate) return 'meeting';
  if (SLIPPED.test(text)) return 'slipped';
  if (!reading.person && !reading.period && !reading.meeting && ATTENDANCE_TABLE.test(text.replace(/[?!.]+$/, '').trim())) return 'attendance-table';
  if (CHAIR.test(text)) return 'chair';
  if (MEMBERSHIP.test(text)) return 'membership';
  if (MEETING_ATTENDANCE.test(text) || (/\b(?:apologies|absences|attendance|attendees|absent|present)\b/i.test(text) && !reading.person && (reading.period || reading.meeting))) {
    return reading.person ? 'attendance' : 'meeting-attendance';
  }
  if (reading.person && ATTENDANCE.test(text)) return 'attendance';
  if (HISTORY.test(text)) return 'history';
  if (DISCUSSED.test(text) && topicOf(rest.replace(DISCUSSED, ' '))) return 'history';
  const work = WORK_PROGRAMME.test(text) && !REQUESTS.test(text.replace(/outstanding issues/gi, ''));
  const onAgenda = ON_AGENDA.test(text);
  const coming = COMING.test(text) && !NEXT_MEETING.test(text);
  const topic = topicOf(rest.replace(ATTENDANCE, ' ').replace(/\b(?:meetings?|board|session)\b/gi, ' '));
  if (coming && topic) return 'coming';
  if (onAgenda && topic) return 'agenda-topic';
  if (DID_WE_GET.test(text) || REQUESTS.test(text)) return 'requests';
  if (RESOLUTIONS.test(text)) return 'resolutions';
  if (work) return topic && !reading.period ? 'coming' : 'work-programme';
  if (reading.status === 'open' || reading.status === 'overdue' || reading.status === 'done') return 'requests';
  if (reading.meeting === 'next' || (NEXT_MEETING.test(text) && !reading.period)) return reading.meeting === 'next' || !reading.meeting ? 'next-meeting' : 'meeting';
  if (reading.meeting) return reading.meeting === 'last' && !topic ? 'latest-meeting' : 'meeting';
  if (reading.period) {
    if (reading.period.day || reading.period.dayMonth) return topic && !MEETING_WORDS.test(text) ? 'search' : 'meeting';
    if (MEETINGS_PLURAL.test(text) || (MEETING_WORDS.test(text) && !topic)) return 'meetings';
    if (!topic) return 'meetings';
    return 'search';
  }
  if (/^(?:meetings?|agendas?|the agenda|what is on the agenda|agenda please)$/i.test(text.replace(/[?!.]/g, '').trim())) return 'next-meeting';
  if (/\bthe agenda\b/i.test(text) && !topic) return 'next-meeting';
  if (coming && !topic) return 'next-meeting';
  return 'search';
}
