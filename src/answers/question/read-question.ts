// A member's question read into an intent and slots: dates and periods, a
// meeting named by its place ("next", "last"), a person, a committee, a request
// status and the topic. Words decide, not a fixed grammar: "whens the next mtg",
// "next meeting" and "when do we meet?" read the same. Typos in the words that
// frame a question are mended first; the topic keeps the member's own words.
import { glossaryHits } from '../../search/glossary.ts';
import { londonDate } from '../../london.ts';
import { escapeRegExp } from '../../escape-regexp.ts';
import { findPeriod, type Direction, type PeriodReading } from './question-periods.ts';
import { mendKeywordTypos } from './keyword-typos.ts';
import { asksVerdict } from './asks-verdict.ts';
import { splitBoardAction } from './board-action.ts';
import { withoutEndPunctuation } from './text.ts';
import { emptyReading, type IntentKind, type MeetingRef, type QuestionReading, type RankSlot, type RequestStatusSlot } from './question-reading.ts';

/** What the record tells the reader: the people it names and the committees it holds. */
export interface QuestionVocabulary {
  /** Surnames and first names of people in the record, lower case. */
  names: ReadonlySet<string>;
  /** Committees of the record, as named. */
  committees: readonly string[];
  /** committeeNames(committees), when worked out ahead. */
  committeeNames?: readonly CommitteeName[];
}

const NO_VOCABULARY: QuestionVocabulary = { names: new Set(), committees: [] };

/**
 * The question as plain words. Slack sends mrkdwn: mentions (<@U123>), special
 * mentions (<!channel>), links (<https://x|label>) and *bold* _italic_ ~strike~ `code`.
 */
export function plainQuestion(text: string): string {
  return text
    .replace(/<[@#!][^<>]*>/g, ' ')
    .replace(/<([^<>|]+)\|([^<>]*)>/g, '$2')
    .replace(/<([^<>]+)>/g, '$1')
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
  [/\b(?:apologys|appologies|apolgies|apologie|apols?)\b/gi, 'apologies'],
  [/\b(?:outstandng|oustanding|outstading)\b/gi, 'outstanding'],
  [/\bwk\b/gi, 'week'],
  [/\bmnth\b/gi, 'month'],
  [/\b(?:cllrs?|clrs?|cllors?|clllrs?|cnllrs?|councilors?|councellors?|councillers?|councilllors?)\.?(?= )/gi, 'Councillor'],
  [/\bu\b/gi, 'you'],
  [/\br\b/gi, 'are'],
  [/\bur\b/gi, 'your'],
  [/\bpls\b|\bplz\b/gi, 'please'],
  [/\bthru\b/gi, 'through'],
  [/\b(who|what|we|they|it|he|she|there|that|you|i)'ll\b/gi, '$1 will'],
  [/\bco ordinat(or|ors|ion)\b/gi, 'co-ordinat$1'],
  [/\bthx\b|\bty\b/gi, 'thanks'],
  [/\b(?:yr|yrs)\b/gi, 'year'],
  // The papers say children; members often don't.
  [/\b(?:kids|kiddies|kiddos)\b/gi, 'children'],
  [/\bkid\b/gi, 'child'],
];

export function mend(text: string): string {
  let out = text;
  for (const [pattern, to] of MENDS) out = out.replace(pattern, to);
  return mendKeywordTypos(out).replace(/\s+/g, ' ').trim();
}

/** "send" and "sen" in lower case mean SEND unless a verb ("send me the minutes"). */
function sendAsTerm(text: string): string {
  return text.replace(/\b(send|sen)\b(?! (?:me|us|it|them|him|her|the|a|an|my|our|this|that|these|those|out|over|round|on|to|through|everyone|all)\b)/gi, (word, _w, at: number) => {
    const before = text.slice(Math.max(0, at - 25), at).toLowerCase().trimEnd().split(' ').at(-1) ?? '';
    if (/^(?:can|could|would|will|pls|please|you|i|we|to|and)$/.test(before)) return word;
    return word.toUpperCase();
  });
}

// -- what a question asks -------------------------------------------------------
// Questions arrive with their spaces folded to one (plainQuestion), so the patterns
// below write a space as one space: with no run of white space to split two ways,
// each runs in time linear in the question (test/security/regex-safety.test.ts).

const HELP = /^(?:help|\?+|h|usage|commands?|menu|hi|hello|hey|hiya|yo|morning|afternoon|evening|good (?:morning|afternoon|evening)|thanks?|thank you|thanks a lot|cheers|ta|ok|okay|what can (?:i|you) (?:ask|do|tell me)\b.*|how (?:do i|does this|do you|does it) (?:use|work)\b.*|what (?:do|can) you (?:do|know)\b.*|what (?:is|are) you\b.*|who are you\b.*|how can you help\b.*)$/i;

// Things only a person can do for a member: the bot says so, and what it can do. The polite lead-in is
// a pattern; the verb after it is read as a word and looked up, so no long alternation backtracks.
const ERRAND_LEAD = /^(?:(?:can|could|would|will) (?:you|someone) (?:please )?|please |i (?:want|need|would like) (?:you )?(?:to )?|i'?d like (?:you )?to )?/i;
const ERRAND_VERBS = new Set([
  'email', 'send', 'forward', 'print', 'download', 'book', 'reserve', 'cancel', 'postpone', 'reschedule', 'rearrange', 'arrange',
  'organise', 'organize', 'call', 'phone', 'ring', 'text', 'whatsapp', 'translate', 'draft', 'write', 'edit', 'change', 'amend',
  'update', 'delete', 'remove', 'add', 'put', 'remind', 'notify', 'invite', 'register', 'order', 'pay', 'sign', 'approve', 'submit',
  'upload', 'attach', 'share', 'post', 'tweet', 'summarise', 'summarize', 'record', 'transcribe', 'vote', 'nominate', 'apply', 'set',
  'schedule', 'contact', 'chase', 'ask', 'make', 'shorten', 'move', 'reorder', 'rename', 'correct', 'reply', 'respond',
]);
/** Verbs of two words, or written with a hyphen: the first word, and what must follow it as a whole word. */
const ERRAND_VERB_TAILS = new Map([
  ['set', ' up'],
  ['read', ' out'],
  ['e', '-mail'],
  ['re', '-arrange'],
]);
const WORD_CHAR = /\w/;

interface Errand {
  /** The whole errand, lead-in and all. */
  text: string;
  /** The verb as written ("e-mail", "set up"). */
  verb: string;
  /** What follows the verb. */
  rest: string;
}

/** A request for an errand ("can you email me the minutes", "print the agenda"), or null. */
function readErrand(text: string): Errand | null {
  const start = ERRAND_LEAD.exec(text)![0].length;
  let end = start;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  const word = text.slice(start, end).toLowerCase();
  const tail = ERRAND_VERB_TAILS.get(word);
  const afterTail = end + (tail?.length ?? 0);
  if (tail && text.slice(end, afterTail).toLowerCase() === tail && !WORD_CHAR.test(text[afterTail] ?? ' ')) end = afterTail;
  else if (!ERRAND_VERBS.has(word)) return null;
  const rest = text.slice(end);
  // A verb joined by a hyphen to what follows, or followed by "of", is a noun ("write-offs", "order of
  // business", "record of attendance"), not an errand.
  if (/^(?:-\p{L}| of\b)/iu.test(rest)) return null;
  // As a pattern ending (.*)$ would: the errand is one line.
  if (/[\n\r\u2028\u2029]/.test(rest)) return null;
  return { text, verb: text.slice(start, end), rest };
}
const SEND_VERB = /^(?:send|forward|e-?mail|text|share|post) (?:me|us|it|them|him|her|the|a|an|my|our|this|that|these|those|out|over|round|everyone|all)\b/i;
// Asking the bot to act as a member would ask a clerk, in any word order.
const ASKED_OF_BOT =
  /\b(?:e-?mail (?:me|us|it|them)|send (?:me|us) (?:the|a|an|those|these|it|them|copies)|(?:book|reserve) (?:me |us )?(?:a |the )?(?:[\w'-]+ ){0,2}(?:room|seat|place|slot|space|venue|table|hall|chamber|parking|taxi)s?|print (?:me |us )?(?:out )?(?:the|a|copies)|set up a (?:meeting|call)|arrange a (?:meeting|call|visit)|cancel (?:the|next|this|tomorrow'?s?) (?:meeting|board)|minute (?:this|that)|in (?:welsh|french|polish|punjabi|urdu|spanish)|set (?:up )?(?:a |an )?(?:reminder|alert|alarm|notification)s?|remind me)\b/i;
// Questions no council record answers.
const OUT_OF_SCOPE = /\b(?:weather|joke|football|lottery|recipe|stock price|bitcoin|horoscope|capital of|meaning of life)\b/i;
// Sport, the day's news and the council's finances to come: no board's record holds them.
const SPORT = /\b(?:who won|won the (?:match|game|cup|league|derby)|(?:the|last night'?s|saturday'?s|sunday'?s|yesterday'?s) (?:match|game|derby)|(?:cricket|rugby|tennis|golf|sports?|boxing|racing) (?:results?|scores?|match|game|fixtures?)|premier league|championship table|world cup|final score|who scored|kick[- ]off)\b/i;
const NEWS = /\b(?:(?:news|headlines) (?:today|this morning|tonight|this week)|in the (?:news|papers)|(?:today'?s|the latest|breaking|local|national) (?:news|headlines)|headlines|newspapers?|bbc|itv)\b|^(?:any|what is the|what is in the|the) news$/i;
const COUNCIL_TAX = /\bcouncil tax\b/i;
const BUDGET = /\bbudgets?\b/i;
const FUTURE_WORD = /\b(?:going to|will|next year|be cut|cuts?|rise|increase|go up|go down)\b/i;

/** The council's tax or budget to come: a forecast, not the board's record. */
function asksFinanceFuture(text: string): boolean {
  return COUNCIL_TAX.test(text) || (BUDGET.test(text) && FUTURE_WORD.test(text));
}
// Words that are verbs and nouns or adjectives ("pay incentives", "update on SEND", "forward plan", "reserve
// powers"): an errand only with someone or something after them.
const NOUN_VERBS = new Set(['forward', 'reserve', 'book', 'pay', 'record', 'post', 'text', 'change', 'update', 'share', 'set', 'contact', 'schedule', 'call', 'register', 'vote', 'apply', 'draft', 'edit', 'move', 'reply', 'respond', 'add', 'make', 'sign', 'correct']);
const ERRAND_OBJECT = /^ (?:me|us|it|them|him|her|the|a|an|my|our|this|that|these|those|everyone|all|out|up|round|over)\b/i;

const CHAIR =
  /\b(?:who(?: is| was| will be)?(?: the)? (?:chair(?:man|woman|person)?|vice[- ]chair)(?: of\b| at\b| for\b| on\b| in\b|\?|$)|who chair(?:s|ed)\b|who (?:is|was) in the chair|who (?:is|was) chairing|chair(?:man|woman|person)? of the (?:board|committee|meeting)|who leads the board|(?:board|committee)'?s? chair\b)/i;
// "who do I contact about thursday's agenda", "who's the scrutiny co-ordinator", "who is the clerk".
const OFFICER =
  /\b(?:who (?:do|should|can|could) (?:i|we) (?:contact|ask|speak to|talk to|e-?mail|ring|phone|call|get in touch with|send (?:my |our )?apologies to|tell)|who (?:is|was) (?:the |our )?(?:contact|contact officer|clerk|committee clerk|democratic services officer|governance (?:services )?officer|scrutiny (?:co-?ordinator|officer)|co-?ordinator)|contact (?:officer|person|details|for the (?:agenda|meeting|board))|(?:the |our )?scrutiny co-?ordinator|(?:the |our )?(?:committee )?clerk to the (?:board|committee))\b/i;
/** How members ask about business taken in private. */
const PRIVATE_ASKED =
  /\b(?:(?:private|exempt|confidential|closed|restricted|pink|part (?:2|ii|b)) (?:items?|business|session|part|papers?|reports?|bits?|agenda)|(?:anything|any items?|something|items?) (?:private|exempt|confidential|in private|in closed session)|(?:taken|held|discussed|heard) in private|exclu(?:de|ded|sion of) the (?:press|public)|schedule 12a|in camera)\b/i;

const MEMBERSHIP =
  /\b(?:who (?:is|are|was|were|sits?) on (?:the )?(?:board|committee)|who (?:is|are) (?:the )?(?:members|co-?opted members|co-?optees)|(?:members|membership) of (?:the )?(?:board|committee)|board members(?:hip)?|who (?:is|are) (?:in|on) sb\d)\b/i;
// People joining or leaving the board: "who's the new co-optee", "who did we appoint", "who joined the board".
// The board records them in resolutions of co-option and appointment.
const JOINING =
  /\b(?:new (?:co-?optees?|co-?opted members?|members?|(?:board|committee) members?)|who (?:did|have|has) (?:we|the board|the committee|members|sb\d) (?:just |recently )?(?:appoint|co-?opt|welcome|take on|add)\w*|who (?:was|were|has been|have been|got|is being|became|become|has become) (?:just |recently )?(?:appointed|co-?opted|welcomed|elected|a (?:new |co-?opted )*(?:member|co-?optee))(?: (?:to|on|onto|as)\b|$)|who (?:has |have |had )?(?:joined|left|resigned from|stood down from|stepped down from) (?:the )?(?:board|committee|sb\d)|who (?:is|are) new (?:on|to) (?:the )?(?:board|committee|sb\d)|(?:anyone|anybody|someone|somebody) new (?:has |have )?joined|who (?:is |has |have )?(?:just |recently )?joined(?: (?:recently|lately|since|this|last|in)\b|$)|(?:any|anyone|someone|a new) co-?opt\w*|(?:did|have|has) (?:we|the board) co-?opt\w*)/i;
const LEAVING = /\b(?:left|resigned|stood down|stepped down)\b/i;
const MEETING_ATTENDANCE =
  /\b(?:who (?:attended|came|turned up|showed up|was (?:at|there|present|absent|missing)|were (?:at|there|present|absent|missing)|sent (?:their |his |her )?apologies|gave (?:their )?apologies|apologi[sz]ed|missed|couldn'?t (?:come|make it)|didn'?t (?:come|attend|turn up))|(?:apologies|absences|attendance|attendees|who was there) (?:at|for|from|in|on) (?:the )?(?:last|latest|previous|next|most recent|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|meeting))/i;
/** "who was the observer", "who came by invitation": a meeting's guests, neither officers nor councillors. */
export const GUESTS_ASKED = /\b(?:observers?|observing|observed|guests?|invitees?|visitors?|invited|by invitation|also present)\b/i;
const ATTENDANCE =
  /\b(?:attendance|attended|attending|attend|attends|turned up|turn up|turns up|shown up|showed up|show up|been to|come to|came to|absences?|absent|apologies|apologised|missed|miss|misses|how often|how many meetings|record of)\b/i;
// "what has slipped?", "any slippage?": plan items that did not come when planned.
const SLIPPED = /\b(?:slipped|slipping|slippage|slips|drifted|drift|fell off)\b/i;
// "attendance table", "board attendance", "attendance rates": everyone's, not one person's.
const ATTENDANCE_TABLE =
  /^(?:(?:the )?(?:board'?s? |overall |members'? )?attendance(?: (?:table|tables|rates?|summary|record|figures|stats|league table|of (?:the board|everyone|all members|members)))?|who attends (?:most|least|the most|the least)|attendance for (?:the board|everyone|all members))$/i;
// "who has the worst attendance", "which members attend the least", "best attenders": the table, one end first.
const RANKED_ATTENDANCE =
  /^(?:who|which (?:members?|councillors?)) (?:has|have|had|attends?|attended|comes?|came|misses|missed|turns? up)(?: to)?(?: the)? (worst|poorest|lowest|least|best|highest|most)(?: attendance(?: record| rates?)?| often| meetings| of all| at meetings)?$|^(?:the )?(worst|poorest|lowest|best|highest) (?:attendance(?: record| rates?)?|attenders)$/i;
const LOWEST_FIRST = new Set(['worst', 'poorest', 'lowest', 'least']);

// A paper named just before a date ("the report from oct 17", "the update of 3 May", "the letter dated ...").
const PAPER_BEFORE = /\b(?:reports?|updates?|papers?|letters?|briefings?|briefing notes?|presentations?|reviews?)(?: (?:from|of|dated))?\s*$/i;

// "... on sb2", "... of the board": the board a question is about, said at its end, is not what it asks.
const BOARD_AT_END = / (?:on|of|for|at|in) (?:the )?(?:board|committee|sb ?\d+|scrutiny board \(?\d+\)?)$/i;

/** The question as an anchored pattern reads it: no end punctuation, no board named at its end. */
function wholeAsked(text: string): string {
  return withoutEndPunctuation(text).trim().replace(BOARD_AT_END, '');
}

/** Which end of the attendance table a question asks for first, or null when it asks for none. */
function rankAsked(text: string): RankSlot | null {
  const ranked = RANKED_ATTENDANCE.exec(wholeAsked(text));
  if (!ranked) return null;
  const end = (ranked[1] ?? ranked[2]!).toLowerCase();
  // "who misses the most" asks for the lowest rates first, as "who attends the least" does.
  const misses = /\b(?:misses|missed)\b/i.test(text);
  return LOWEST_FIRST.has(end) !== misses ? 'lowest' : 'highest';
}
const HISTORY = /\b(?:history|timeline|background|chronology|story so far|track record|what has happened (?:with|about)|what happened (?:with|to|about))\b/i;
// "when did we last discuss X", "has the board ever looked at X", "X ... ever been considered".
const WHEN_DID = /\bwhen (?:did|was|were|have|has|had)\b/i;
const DISCUSS_WORD = /\b(?:discuss|consider|look(?:ed)? at|talk(?:ed)? about|debat|review|scrutinis|scrutiniz|cover|examin|last)\w*/i;
const EVER_DISCUSSED =
  /\b(?:(?:has|have|did) (?:the board|we|members|sb\d|scrutiny) (?:ever )?(?:discuss|consider|look(?:ed)? at|talk(?:ed)? about|debat|review|scrutinis|scrutiniz|cover|examin)\w*|(?:ever|previously|before) (?:been )?(?:discussed|considered|looked at))\b/i;
// "when is X coming (back)?": a question word, then (later in the clause) a word of coming.
const WHEN_AUX = /\bwhen (?:is|are|will|does|do|should|shall|might|would|can)\b/i;
const COME_WORD =
  /\b(?:coming|come|due|back|brought|presented|reported|scheduled|planned|expected|programmed|considered|considering|consider|discussed|discussing|discuss|looked at|looking at|look at|doing|do|heard|hear|hearing|seeing|see|get|getting|receive|receiving|review|reviewing|scrutinise|scrutinising|cover|covering|tackle|tackling|taking|on the agenda|to the board|before the board|at the board|being|be)\b/i;
// "the pending list", "what's unscheduled", "what's still to be determined": the programme's undated items, not requests.
const PENDING_LIST = /\b(?:pending (?:list|items?|topics?|issues?)|unscheduled|not (?:yet )?scheduled|undated(?: items?| topics?)?|(?:items?|topics?) (?:with )?(?:no|without a) date|to be (?:scheduled|determined|decided|confirmed|arranged)|date to be determined|still to be (?:scheduled|programmed|dated)|tbd|tbc|parked)\b/i;

/** Whether a question about the work programme asks for its undated part only ("the pending list", "what's still pending on the work programme"). */
export function asksUndated(question: string): boolean {
  return PENDING_LIST.test(question) || (/\bpending\b/i.test(question) && WORK_PROGRAMME.test(question));
}
// "has the council replied yet", "has john gregg come back to us on X": an answer to a request.
export const REPLIED = /\b(?:repl(?:ied|y)|respond(?:ed)?|answered|(?:got|gotten|come|came|heard) back|reverted|provided (?:it|them|the \w+))\b/i;
/** What may follow the reply verb ("... to us yet"), read apart: as one pattern the proof of linear time took half a minute. */
const REPLIED_TAIL = /^(?: ?to (?:us|the board|members)\b)?(?: yet\b| at all\b)?/i;

/** The question without its "replied to us yet" words, which are not its topic. */
function withoutReplied(text: string): string {
  const verb = REPLIED.exec(text);
  if (!verb) return text;
  const after = text.slice(verb.index + verb[0].length);
  return `${text.slice(0, verb.index)} ${after.slice(REPLIED_TAIL.exec(after)?.[0].length ?? 0)}`;
}
const IS_ARE = /\b(?:is|are)\b/i;
const COMING_BACK = /\b(?:coming (?:back|up|to)|due (?:back|to)|scheduled|planned|programmed|still on|on for|going ahead|happening)\b/i;
const ARE_WE_GETTING = /\b(?:is|are) we (?:getting|seeing|having|looking at|expecting)\b/i;
const WHEN_IS = /\bwhen (?:is|are)\b/i;
const PAPER_WORD = /\b(?:report|update|item|paper)s?\b/i;
const NEXT_MEETING_WORDS = /\bnext meeting\b/i;
const ON_AGENDA = /\b(?:on|in|onto) (?:the|an|any|a) (?:(?:next|upcoming|future|forthcoming|coming) )?agendas?\b|\bagenda (?:item )?(?:on|about|for) (?!the next\b|next\b|\d)/i;
const WORK_PROGRAMME =
  /\b(?:work ?(?:programme|program|plan)|forward plan|wp|what is (?:planned|scheduled|lined up|in the pipeline|coming up|pending)|what (?:are|is) (?:we|the board) (?:planning|looking at|covering|doing|scrutinising)|planned (?:for|on|about|items|topics)|coming up|upcoming (?:items|topics|business)|pending items|date to be determined|items? (?:with )?(?:no|without a) date|what'?s? (?:ahead|next for the board)|(?:the )?plans? for (?:the )?(?:year|municipal year|next|this|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b/i;
const REQUESTS =
  /\b(?:requests?|requested|asked (?:for|officers|them|about)|ask(?:ed)? (?:officers|them|the council) (?:for|about)|ask for|asking for|chasers?|needs? chasing|waiting (?:for|on)|still waiting|outstanding|overdue|late|actions?|action points?|follow-ups?|follow ups?|followups?|followed up|chase|chasing|promised?|undertook|undertaken|undertakings?|circulated?|get back to (?:us|the board)|come back to (?:us|the board)|report back|reports back|(?:did|have|has) (?:we|the board|members|they|officers|anyone) (?:ever )?(?:get|got|gotten|received?|had|have|see|seen|hear|heard)|(?:has|have) (?:it|that|this|those|these) (?:come|arrived|been (?:sent|circulated|received|provided))|owed|owe us)\b/i;
const DID_WE_GET = /\b(?:did|have|has) (?:we|the board|members|they|officers|anyone|sb\d) (?:ever )?(?:get|got|gotten|received?|had|have|see|seen|hear|heard|ask(?:ed)? for|request(?:ed)?|sent|send|provided?|circulated?|shared?|given|supplied|responded|replied|come back)\b/i;
// "what meetings have we got", "have we got a meeting in october", "what have we got on in november": "got"
// is having meetings in the diary, not getting what was asked for.
const GOT_MEETINGS =
  /\b(?:(?:meetings?|sessions?|sittings?) (?:have|has|do|does|did|will) (?:we|the board|the committee|sb ?\d+)(?: got| have| get)?|(?:have|has|do|does) (?:we|the board|the committee|sb ?\d+) (?:got|have|get) (?:a |an |any |the |many |more |another |other )?(?:(?:board|committee|formal|informal|public) )?(?:meetings?|sessions?|sittings?)|(?:what|anything) (?:have|has|do|does) (?:we|the board|the committee|sb ?\d+) (?:got|have) (?:on|coming|planned|lined up|scheduled|in|for|next|this)|(?:have|has|do|does) (?:we|the board|the committee|sb ?\d+) (?:got|have) (?:anything|something|much) (?:coming|planned|lined up|scheduled|in|for|next|this))\b/i;
const REQUEST_WORD = /\b(?:request\w*|asked|ask|outstanding|overdue|chase\w*|waiting)\b/i;
const HAVING = /\b(?:have|has|do|does|did|will) (?:we|the board|the committee|sb ?\d+)(?: (?:got|have|get))?\b/i;
// "what reports are due in March": the work programme of a period (of the next meeting, that meeting).
const DUE_IN = /\b(?:what|which) (?:reports?|items?|papers?|topics?) (?:are|is) (?:due|expected|scheduled|planned)\b/i;
// "did the census figures arrive", "have the figures come in yet": a request, whatever stands between.
const ARRIVED_START = /^(?:did|has|have)\b/i;
const ARRIVED_END = /\b(?:arrive|arrived|come in|come through|been (?:sent|circulated|received|provided|shared|supplied))(?: to (?:us|the board|members))?(?: yet| at all)?$/i;
const RESOLUTIONS =
  /\b(?:resol\w*|decid\w*|decisions?|agreed|agree|recommend(?:ations?|ed|s)?|conclu\w*|outcomes?|approved?|voted?|what did (?:we|the board|members|sb\d) (?:say|conclude|agree|decide|resolve))\b/i;
const NEXT_MEETING =
  /\b(?:(?:next|upcoming|forthcoming|future|coming) (?:board )?(?:meeting|board|one|session|sitting|sb ?\d+)s?|when (?:is|are) (?:the )?(?:board|committee|we) next (?:sitting|meeting)|when (?:is|do|does|will|are|shall) (?:we|the board|the committee|the panel|it|they|sb ?\d+) (?:next )?(?:meet|meeting)|next meet|when (?:is|are) (?:the )?(?:meeting|board)\b(?! (?:on|in|for)\b)|(?:what time|where) (?:is|does|will) (?:the )?(?:meeting|board)\b(?! (?:on|in|for)\b)|when do we meet|next time (?:we|the board) meet)\b|^next\??$/i;
const LATEST_MEETING = /\b(?:(?:last|latest|previous|most recent|recent) (?:board )?(?:meeting|minutes|board|session|one|sitting)s?|(?:last|previous) time|when (?:did|was|were) (?:we|the board|the committee|it|they) last (?:meet|met|sit|sat|meeting)|when did (?:we|the board|the committee) meet last)\b/i;
// "is the meeting on zoom?", "is thursday's meeting still going ahead?": the meeting itself.
/** Whether a meeting's minutes were agreed: "were the feb minutes signed off", "have they approved the minutes of 9 march". */
const MINUTES_AGREED =
  /\bminutes (?:(?:been|were|was|got|get|have been|has been) )?(?:signed(?: off)?|approved|agreed|accepted|confirmed|ratified)\b|\b(?:sign(?:ed)? off|approved?|agreed?|accept(?:ed)?|confirm(?:ed)?|ratif(?:y|ied)) the (?:[a-z]+ )?minutes\b/i;
const MEETING_LENGTH = /\bhow long (?:did|does|do|was|were|will|is) (?:the |that |our |this |last |tonight'?s |today'?s )?(?:[a-z]+ )?(?:meeting|board|session|mtg)s?\b/i;
// "did it finish by 4:30", "did the march meeting go past 4.30pm", "was it over by 3": when the meeting closed
// (or began), asked by a clock time in any form; the meeting's answer gives the minutes' time.
const ENDED_WORD = /\b(?:finish|finished|finishing|end|ended|ending|close|closed|closing|over|overran|overrun|go|went|run|ran|start|started|starting|begin|began|open|opened)\b/i;
const CLOCK_TIME = /(?:^|\s)(?:by|before|after|past|at|until|till|beyond) (?:\d{1,2}[:.]\d\d(?: ?[ap]\.?m\b)?|\d{1,2} ?[ap]\.?m\b|\d{1,2} ?$|noon\b|midday\b)/i;
const WHAT_TIME = /\b(?:what time|when) (?:did|was) (?:the |that |our |this |last |[a-z]+'?s? )?(?:meeting|board|session|mtg|it) (?:start|starts|started|begin|began|finish|finished|end|ended|close|closed)\b/i;
const MEETING_SUBJECT = /\b(?:is|are|will) (?:the |this |our |tomorrow'?s |thursday'?s )?(?:meeting|board|mtg)\b/i;
const MEETING_FORMAT = /\b(?:online|virtual|zoom|teams|hybrid|in person|cancelled|still on|going ahead|happening|public|webcast|streamed)\b/i;
const MEETING_WORDS = /\b(?:meetings?|agendas?|minutes|board|session|sitting|happened|held|discussed|took place|time|start|starts|started|finish|finished|end|ended|close|closed|where|venue|room|place)\b/i;
const MEETINGS_PLURAL = /\b(?:meetings|how many times (?:did|has|have) (?:we|the board) met|when (?:did|do|does) (?:we|the board) meet)\b/i;
// "the meeting after next"; in a follow-up, "the meeting after that" (the next one having been asked about).
const AFTER_NEXT = /\b(?:(?:the )?(?:meeting|one|mtg) after (?:the )?(?:next|that)(?: (?:one|meeting))?|(?:the )?one after next)\b/i;
const BEFORE_LAST = /\b(?:(?:the )?(?:meeting|one|mtg) before (?:the )?(?:last|that)(?: (?:one|meeting))?|(?:the )?one before(?: last)?)\b/i;
// "did cllr miks come in jan", "has ghulam vohra been coming": a person's attendance, asked with a past or perfect tense.
const HAS_DID = /\b(?:did|does|do|has|have|had|was|were)\b/i;
const CAME_WORD = /\b(?:been coming|coming|come|came|make it|made it|been there|there|present|show|shown)\b/i;
// Ofsted's grade, not a request's status: "rated outstanding", "will ofsted rate us outstanding".
// After a verb of rating, any council or place may stand between ("rate coventry outstanding", "judged the city as outstanding").
const OUTSTANDING_GRADE = /\b(?:rated?|rating|rates|judged?|graded?|grade) (?:(?!still\b|now\b)[a-z'’]+ (?:[a-z'’]+ )?)?(?:an? |as )?outstanding\b/gi;
const OUTSTANDING_RESULT = /\b(?:as|be|being|become|got|get|achieved?|result of) (?:(?:us|it|them|the council|the authority|children'?s services) )?(?:an? )?outstanding\b/gi;
// A prediction ("who will win the election", "will ofsted rate us outstanding"): no record says what will happen.
const PREDICTION = /^(?:(?:who|what|which|how)(?: [a-z]+)? (?:will|is going to|are going to|would)|will (?!(?:the|this|our|tomorrow'?s|thursday'?s|next) (?:meeting|board|mtg|agenda)\b)|(?:is|are) (?:we|they|ofsted|the council|it) going to)\b/i;
// "in the diary", "on the calendar": the meetings.
const DIARY = /\b(?:diary|calendar|schedule|calender)\b/i;
const PERSON = /\b(?:councillors?|mrs|mr|ms|miss|mx|dr|prof(?:essor)?)\.? (?:[a-z]{1,2}\.? )?(?:[a-z]{1,2}\.? )?[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)?/i;

// "did kerry jenkins come to any meetings": a name before a verb of coming to meetings is a person, known or not.
const PERSON_AT_MEETINGS =
  /^(?:did|has|have|does|do|had) ([\p{L}'’-]{2,}(?: [\p{L}'’-]{2,}){1,2}) (?:ever )?(?:come|came|been|attend|attended|turn up|turned up|go|gone|make it|made it) (?:to )?(?:any|all|many|the|a|of the)? ?(?:\p{L}{3,}['’]?s? )?(?:board )?(?:meetings?|mtgs?)\b/iu;
const WHO_IS = /^who (?:is|was) (?!the |our |a |an |in |on |at |this |that |there |it )/i;
// "what does john gregg do", "what is gennie holmes's role", "what's mrs hanson's job".
const ROLE_ASKED = /^(?:what (?:does|did) .+ do(?: for (?:a living|the council|us))?$|what (?:role|job|position|part) (?:does|did|do|has|had) .+$|what is .+['’]s? (?:role|job|position|title)$|tell me about (?:councillor |mr |mrs |ms |miss |dr )?[\p{L}'’-]+(?: [\p{L}'’-]+)?$)/iu;
const ROLE_HOLDER = /^who (?:is|was|are) (?:the |our |your |their )?(?:[a-z'’-]+ ){0,4}(?:cabinet member|portfolio holder|lead member|director|head|chief executive|lead officer|manager|principal|leader|co-?ordinator|adviser|advisor|commissioner)\b/i;
// "who's the lead officer for the home schooling item", "cabinet member for private fostering": a role held
// for an item of the work programme or a report, not a title printed beside a name.
const ITEM_ROLE_ASKED =
  /^(?:who(?: is| was| are| will be)? (?:the |our )?)?(lead officers?|lead members?|lead cabinet members?|leads?|responsible officers?|officers? responsible|cabinet members?|portfolio holders?|report authors?|authors?) (?:for|on|of|behind|in charge of) (.+)$/i;
// "who leads on private fostering", "who is presenting the improvement board report".
const ITEM_LEADER =
  /^who (?:leads|is leading|led|will lead|is responsible|was responsible|will be responsible|is presenting|presents|presented|will present|will be presenting|is bringing|brought|will bring) (?:on |for )?(.+)$/i;
/** An item's words without "the" before them and "item" / "report" after ("the home schooling item" -> "home schooling"). */
const ITEM_NOUN_END = / (?:agenda item|item|report|paper|briefing note|briefing|update|topic)s?$/i;

/** A role asked of an item ("lead officer for the home schooling item"): the role and the item's words; null when it is not one. */
export function itemRoleAsked(topic: string): { role: string; subject: string } | null {
  const m = ITEM_ROLE_ASKED.exec(withoutEndPunctuation(topic).trim());
  if (!m) return null;
  const subject = m[2]!.replace(/^(?:the|our|this|that) /i, '').replace(ITEM_NOUN_END, '').trim();
  return subject ? { role: m[1]!.toLowerCase(), subject } : null;
}

/** The question as a role asked of an item ("lead for private fostering"), or null. */
function asItemRole(question: string): string | null {
  const text = withoutEndPunctuation(question).trim();
  const leader = ITEM_LEADER.exec(text);
  const asked = leader ? `lead for ${leader[1]}` : text;
  const role = itemRoleAsked(asked);
  return role ? `${role.role} for ${role.subject}` : null;
}
const NAME_LIKE = /^[\p{L}'’-]{2,}(?: [\p{L}'’-]{2,}){0,2}$/u;
const ROLE_WORD = /\b(?:chair\w*|clerk|officers?|director|lead|members?|cabinet|head|manager|co-?ordinator|mayor|leader|inspector|representatives?|reps?|responsible|speaking|presenting|attending|coming|next|absent|missing|here|there)\b/i;

/** The first match of `second` after a match of `first`, in the same clause: two linear steps instead of one pattern that rescans. */
function wordThenWord(text: string, first: RegExp, second: RegExp): boolean {
  for (const clause of text.split(/[.;!?]/)) {
    const a = first.exec(clause);
    if (a && second.test(clause.slice(a.index + a[0].length))) return true;
  }
  return false;
}

// Who replies, when something "came back": people, not papers or topics.
const REPLIERS = new Set(['officers', 'officer', 'they', 'we', 'you', 'he', 'she', 'it', 'anyone', 'anybody', 'someone', 'somebody', 'council', 'director', 'cabinet', 'members', 'staff', 'the', 'them']);

/**
 * "did the development plan ever come back to the board", "has private fostering come back": an item
 * returning to the board, answered by its history; "have officers come back to us on X" is a reply to a request.
 */
function itemCameBack(text: string): boolean {
  const words = withoutEndPunctuation(text).toLowerCase().split(' ');
  if (!['did', 'has', 'have', 'had'].includes(words[0] ?? '')) return false;
  const subject = words[1] === 'the' || words[1] === 'our' || words[1] === 'that' || words[1] === 'this' ? words[2] : words[1];
  if (!subject || REPLIERS.has(subject)) return false;
  const back = words.indexOf('back');
  return back > 2 && ['come', 'came', 'brought', 'been'].includes(words[back - 1]!);
}

/** "when is X coming (back)?", "is X due back?", "when is the X report?" */
function asksWhenComing(text: string): boolean {
  if (NEXT_MEETING_WORDS.test(text)) return false;
  if (wordThenWord(text, WHEN_AUX, COME_WORD) || wordThenWord(text, IS_ARE, COMING_BACK) || ARE_WE_GETTING.test(text)) return true;
  // "when is the LSCB report?": the question ends on the paper it asks about; "family values project when?".
  const last = withoutEndPunctuation(text).split(' ').at(-1) ?? '';
  if (/^when$/i.test(last) && text.split(' ').length > 1) return true;
  return WHEN_IS.test(text) && PAPER_WORD.test(last);
}

// "has private fostering already been to the board?", "has it come before the committee?", "did the report ever come to the board?"
const BEEN_TO_BOARD = /\b(?:been|come|gone|go|went) (?:to|before|at|on|in front of|through) (?:the |an |a )?(?:board|agenda|committee|scrutiny|sb ?\d|meeting)/i;

// "has the census been discussed since june?"
const BEEN_DISCUSSED = /\bbeen (?:discussed|considered|looked at|raised|debated|reviewed|scrutini[sz]ed|covered|talked about)\b/i;

function asksWhenDiscussed(text: string): boolean {
  return wordThenWord(text, WHEN_DID, DISCUSS_WORD) || EVER_DISCUSSED.test(text) || wordThenWord(text, /\b(?:has|have|had|did)\b/i, BEEN_TO_BOARD) || wordThenWord(text, /\b(?:has|have|had)\b/i, BEEN_DISCUSSED);
}

// Words that frame a question rather than name its topic.
const FRAME = new Set(
  `please can could would will you i we us me our my the a an board boards scrutiny committee committees sb1 sb2 sb3 sb4 sb5 sb6 did do does done has have had was were is are been be being ever any all what which when who whom whose how where why whats whens show tell list give find get got getting made taken make take on about regarding re concerning relating related to for of into around with in at by its it there anything something everything item items topic topics subject subjects matter matters still yet now currently anymore from since during ever so far far this that these those then than and or but if also just only much many more some lot lots bit thing things stuff info information latest recent know happening happened going go on please thanks officer officers council councils them they their he she his her him else whether again already back soon up out last first recently previously lately ago next should shall might must anyone anybody someone somebody everyone everybody diary calendar calender schedule mention mentions mentioned`.split(
    /\s+/,
  ),
);
// The words that say which kind of answer: dropped from the topic once they have done so.
const INTENT_PHRASES = [
  'story so far', 'track record', 'action points', 'action point', 'follow up', 'follow ups', 'followed up', 'report back', 'reports back',
  'stand for', 'stands for', 'short for', 'look at', 'looked at', 'looking at', 'talk about', 'talked about', 'coming back', 'coming up', 'come back', 'come through', 'came through', 'due back', 'on the agenda',
  'the next agenda', 'work programme', 'work program', 'forward plan', 'updates on', 'update on', 'where are we with', 'where are we on',
  'the position on', 'position on', 'view on', 'views on', 'view of', 'stance on', 'opinion on', 'thoughts on', 'the situation with', 'situation with', 'the latest on', 'latest on', 'where are we at with', 'came out of', 'come out of',
  'arising from', 'arose from', 'resulting from', 'the plan for', 'plan for', 'plans for', 'status of', 'progress on', 'still open', 'took place', 'no date', 'without a date', 'date to be determined', 'to be determined', 'marked done', 'marked as done',
].map((p) => p.split(' '));
const INTENT_WORDS = new Set(
  `history timeline background chronology resolution resolutions resolved resolve decision decisions decided decide agreed agree
mean recommend recommends recommendation recommendations recommended conclusion conclusions concluded outcome outcomes approve approved vote voted request
requests requested asked ask asking arising waiting outstanding overdue action actions follow-up follow-ups followup followups chase chasing
promise promised undertook undertaken circulate circulated receive received arrive arrived discuss discussed discussing discussion consider considered
considering debate debated reviewed scrutinised scrutinized covered examined coming come due brought presented reported scheduled
planned planning expected programmed agenda workprogramme say said happen happened seen see seeing hear heard hearing getting having
expecting looking note noted notes noting minute minutes anything news wp chaired late behind chaser chasers chasing needed undated tbc
tbd reviewing scrutinising covering cover doing tackle tackling wrote written authored introduced prepared owe owed owes owing`.split(/\s+/),
);
// Words that say which kind of answer only beside one: "open" requests, the "time" of a meeting. A
// topic searched on its own keeps them ("open cases", "the place of safety").
const CONTEXT_WORDS = new Set('open closed done completed answered time start starts started finish finished end ended venue room place held pending made raised given give shared provide provided'.split(' '));

/** Drop the words (and phrases) that say what kind of answer is wanted; the rest is the topic. */
function withoutIntentWords(text: string, keepContext = false): string {
  const words = text.split(' ');
  const lower = words.map((w) => withoutEndPunctuation(w.toLowerCase()));
  const keep = words.map(() => true);
  // Plain loops: every question is read against every phrase at every word, and a callback for each
  // was most of what reading a question allocated.
  for (const phrase of INTENT_PHRASES) {
    for (let i = 0; i + phrase.length <= lower.length; i++) {
      let j = 0;
      while (j < phrase.length && lower[i + j] === phrase[j]) j++;
      if (j === phrase.length) for (j = 0; j < phrase.length; j++) keep[i + j] = false;
    }
  }
  // "send" and "sent" are verbs here; SEND (special educational needs) is written in capitals.
  // "waiting times", "waiting list": a subject, not a request's status.
  lower.forEach((w, i) => {
    if (w === 'waiting' && /^(?:times?|lists?|well|room)$/.test(lower[i + 1] ?? '')) lower[i] = 'waiting-subject';
  });
  return words
    .filter((w, i) => keep[i] && !INTENT_WORDS.has(lower[i]!) && (keepContext || !CONTEXT_WORDS.has(lower[i]!)) && !(lower[i] === 'send' && w !== 'SEND') && lower[i] !== 'sent')
    .join(' ');
}

const STATUS_WORDS: Array<[RegExp, RequestStatusSlot]> = [
  [/\b(?:overdue|late|past (?:their |the )?due|behind|chasers?|needs? chasing)\b/i, 'overdue'],
  [/\b(?:done|completed?|closed|answered|received|delivered|fulfilled|met) (?:requests?|actions?|ones)\b|\b(?:requests?|actions?) (?:(?:were|was|have been|has been|got|that were|that have been) )?(?:done|completed|closed|answered)\b|\bmarked (?:as )?(?:done|complete|completed|closed|received)\b|\bbeen (?:done|completed|closed)\b/i, 'done'],
  [/\b(?:all|every|each) (?:the )?(?:requests?|actions?)\b|\b(?:requests?|actions?) (?:ever|so far)\b|\bever (?:asked|requested)\b/i, 'all'],
  [/\b(?:outstanding|open|still (?:open|waiting|outstanding|owed)|waiting (?:for|on)|pending|unanswered|not yet|haven'?t (?:had|got|received))\b/i, 'open'],
];

// "what's planned for the year": the municipal year the question is asked in.
const YEAR_AHEAD = /\b(?:for|in|over|during|across) the (?:municipal |council )?year(?: ahead)?\b|\bthe year ahead\b/i;

function municipalYearOf(now: Date, text: string): PeriodReading {
  const [y, m] = londonDate(now).split('-').map(Number) as [number, number];
  const start = m >= 5 ? y : y - 1;
  return { kind: 'period', period: { from: `${start}-05-01`, to: `${start + 1}-04-30`, text, label: `the municipal year ${start}/${String((start + 1) % 100).padStart(2, '0')}` } };
}

/** Which way in time a question looks, for a month named without its year. */
function directionOf(text: string): Direction {
  // "was young carers on the agenda in july": asked in the past tense, the past month.
  if (/^(?:was|were|did|had)\b/i.test(text.trim())) return 'past';
  // "what was on the agenda in march": the verb of the question is past, whatever the agenda.
  if (/^(?:what|which|who|where|when|how)(?: \w+)? (?:was|were|did|had)\b/i.test(text.trim()) && !/\b(?:will|next|upcoming|coming|going to)\b/i.test(text)) return 'past';
  if (/\b(?:will|coming|upcoming|planned|plan|next|due|going to|scheduled|expected|forthcoming|future|ahead|agenda)\b/i.test(text)) return 'future';
  if (/\b(?:was|were|did|decided|resolved|asked|requested|happened|last|ago|previous|discussed|agreed|sent|attended|came|missed|turned up|showed up|had|held|minutes|apologies|made|decisions?|resolutions?|outcomes?|requests?)\b/i.test(text)) return 'past';
  return 'any';
}

function meetingRefIn(text: string): { ref: MeetingRef; text: string } | null {
  const afterNext = AFTER_NEXT.exec(text);
  if (afterNext) return { ref: 'after-next', text: afterNext[0] };
  const beforeLast = BEFORE_LAST.exec(text);
  if (beforeLast) return { ref: 'before-last', text: beforeLast[0] };
  const latest = LATEST_MEETING.exec(text);
  if (latest) return { ref: 'last', text: latest[0] };
  const next = /\b(?:the )?(?:next|upcoming|forthcoming) (?:board )?(?:meeting|board|one|session|sitting|sb ?\d+)\b/i.exec(text);
  if (next) return { ref: 'next', text: next[0] };
  return null;
}

/** A question that is only a name the record knows ("david jackson", "cllr masih", "g vohra"): who that person is. */
function isNameOnly(text: string, vocabulary: QuestionVocabulary): boolean {
  const words = text.toLowerCase().split(' ');
  while (words.length && /^(?:councillor|mr|mrs|ms|miss|dr)$/.test(words[0]!)) words.shift();
  if (words.length === 0 || words.length > 3) return false;
  const last = words.at(-1)!.replace(/['’]s$/, '');
  return vocabulary.names.has(last) && !FRAME.has(last) && words.slice(0, -1).every((w) => /^[a-z]{1,2}\.?$/.test(w) || (vocabulary.names.has(w) && !FRAME.has(w)));
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
    // Initials before the name ("c taylor", "g vohra") are the person's too.
    let first = i;
    while (first > 0 && /^[a-z]{1,2}$/i.test(words[first - 1]!) && !FRAME.has(words[first - 1]!.toLowerCase())) first--;
    const initials = words.slice(first, i).map((w) => `${w} `).join('');
    if (next && vocabulary.names.has(next) && !FRAME.has(next)) return `${initials}${words[i]} ${words[i + 1]!.replace(/['’]s$/, '')}`;
    return `${initials}${words[i]!.replace(/['’]s$/, '')}`;
  }
  return null;
}

// Words every committee name has: they do not tell one committee from another.
const COMMITTEE_FILLER = new Set(['and', 'the', 'of', 'for', 'scrutiny', 'board', 'committee', 'panel', 'sub', 'council', 'services', 'service', 'select', 'overview']);

/** A committee's distinctive words ("co-ordination", "education", "children's"), lower case. */
function distinctive(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .split(/[^a-z0-9'’-]+/)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length > 2 && !COMMITTEE_FILLER.has(w));
}

/** The initials of a committee's name ("SCC" for Scrutiny Co-ordination Committee). */
function initialsOf(name: string): string {
  return name
    .replace(/\([^()]*\)/g, ' ')
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
/** The words a committee's name ends in. */
const COMMITTEE_NOUNS = new Set(['board', 'committee', 'panel', 'cabinet']);

export function committeeIn(text: string, vocabulary: QuestionVocabulary): { name: string; text: string } | null {
  if (vocabulary.committees.length === 0) return null;
  const lower = text.toLowerCase();
  const numbered = /\b(?:sb ?(\d+)|scrutiny board \(?(\d+)\)?)/i.exec(lower);
  if (numbered) {
    const n = numbered[1] ?? numbered[2];
    const found = vocabulary.committees.find((c) => c.trimEnd().endsWith(`(${n})`));
    if (found) return { name: found, text: numbered[0] };
  }
  let best = { name: '', text: '', score: 0 };
  const words = lower.split(' ');
  const nouns = words.map((word) => word.replace(/[^a-z]/g, ''));
  for (const { name, full, initials, own, nameWords } of vocabulary.committeeNames ?? committeeNames(vocabulary.committees)) {
    if (lower.includes(full)) return { name, text: name };
    const m = initials?.exec(lower);
    if (m) return { name, text: m[0] };
    // A phrase that ends in board/committee/panel and shares the name's distinctive words. A plain
    // loop: every question is read against each of a council's fifty committees.
    for (let i = 0; i < nouns.length; i++) {
      const noun = nouns[i]!;
      if (!COMMITTEE_NOUNS.has(noun) || !full.includes(noun)) continue;
      const before = words.slice(Math.max(0, i - 6), i).map((w) => w.replace(/['’]s$/, ''));
      const shared = own.filter((w) => before.includes(w)).length;
      if (shared === 0) continue;
      // The phrase from the first word the name has: "next" or "when" before it stay in the question.
      const from = before.findIndex((w) => nameWords.has(w));
      const text = words.slice(Math.max(0, i - 6) + Math.max(0, from), i + 1).join(' ');
      const score = shared / own.length;
      if (score > best.score) best = { name, text, score };
    }
  }
  return best.score > 0 ? { name: best.name, text: best.text } : null;
}

/** What committeeIn looks for in a question of one committee's name. */
export interface CommitteeName {
  name: string;
  /** The name in lower case. */
  full: string;
  /** Its initials as a word ("ecsb"), when three or more. */
  initials: RegExp | null;
  /** Its distinctive words. */
  own: string[];
  nameWords: ReadonlySet<string>;
}

/** committeeIn's reading of each committee's name: worked out once per record version (see vocabulary.ts), not per question. */
export function committeeNames(committees: readonly string[]): CommitteeName[] {
  return committees.map((name) => {
    const full = name.toLowerCase();
    const initials = initialsOf(name);
    return {
      name,
      full,
      initials: initials.length >= 3 ? new RegExp(`\\b${escapeRegExp(initials)}\\b`, 'i') : null,
      own: distinctive(name),
      nameWords: new Set(full.replace(/\([^()]*\)/g, ' ').split(' ').map((w) => w.replace(/['’]s$/, ''))),
    };
  });
}

function statusIn(text: string): RequestStatusSlot | null {
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(text)) return status;
  return null;
}

function removeText(text: string, part: string | null | undefined): string {
  if (!part) return text;
  const at = text.toLowerCase().indexOf(part.toLowerCase());
  // Spaces stay single: the patterns here match one space between words.
  return at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + part.length)}`.replace(/ +/g, ' ').trim();
}

/** The topic: the words left once dates, people, committees and the words that frame the question are gone. */
function topicOf(text: string, keepContext = false): string | null {
  const words = withoutIntentWords(text.replace(/[?!.,;:"“”()[\]{}]+/g, ' ').replace(/ +/g, ' ').trim(), keepContext)
    .split(' ')
    .map(withoutEdgeQuotes)
    // A dash standing alone ("the breakdown - have we had it") joins clauses, not words of the topic.
    .filter((w) => w && !/^[-–—]+$/.test(w));
  // Frame words go from the edges; inside a topic they stay ("children in need").
  while (words.length && isFrame(words[0]!)) words.shift();
  // "the improvement board" keeps its last word: a body's name, not the board asked.
  while (words.length && isFrame(words[words.length - 1]!) && !(words.length > 1 && /^(?:board|committee|panel)$/i.test(words[words.length - 1]!) && !isFrame(words[words.length - 2]!))) words.pop();
  const topic = words.join(' ').trim();
  return topic && /[\p{L}\p{N}]/u.test(topic) ? topic : null;
}

/** A word without quotes around it ('fostering' -> fostering); "children's" keeps its apostrophe. */
function withoutEdgeQuotes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && "'’".includes(word[start]!)) start++;
  while (end > start && "'’".includes(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** Text without a trailing linking word left behind by a date ("since", "between"). */
function withoutLinkingWord(text: string): string {
  const words = text.trimEnd().split(' ');
  const last = words.at(-1)?.toLowerCase();
  if (last && ['since', 'between', 'from', 'until', 'till', 'before', 'after', 'during'].includes(last)) words.pop();
  if (words.length >= 2 && ['up to', 'prior to'].includes(words.slice(-2).join(' ').toLowerCase())) words.splice(-2);
  return words.join(' ');
}

const BOARD_WORD = /^board$/;
const MEETING_NOUN = /^(?:meetings?|board|session)$/;

/**
 * The text without the words `nouns` matches (with a "the" before them): "the board" is the
 * board asked about. "Board" after another body's name stays ("the improvement board").
 */
function withoutBoardWords(text: string, nouns: RegExp): string {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const bare = withoutEndPunctuation(word.toLowerCase());
    if (!nouns.test(bare)) {
      out.push(word);
      continue;
    }
    const before = out.at(-1);
    if (bare === 'board' && before && !isFrame(before)) {
      out.push(word);
      continue;
    }
    if (before?.toLowerCase() === 'the') out.pop();
  }
  return out.join(' ');
}

function isFrame(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  return FRAME.has(w) || /^(?:whats|whens|whos|wheres|hows|thats|theres|heres|its|lets|i'?m|i'?ve|we'?ve|we'?re|they'?ve|they'?d|we'?d|i'?d|you'?d|he'?d|she'?d|dont|didnt|doesnt|hasnt|havent|isnt|arent|wasnt|werent|wont|cant|couldnt|yes|no|ok|okay|hi|hello|hey|so|well|right|cheers|thanks|x)$/.test(w);
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
  const bare = withoutEndPunctuation(text).trim();
  const lower = bare.toLowerCase();
  const direct = DIRECT.find(([p]) => p.test(lower))?.[1] ?? null;

  if (HELP.test(bare.replace(/[!.,]+/g, '').trim())) return { ...emptyReading('help'), direct: true };

  // Something only a person can do.
  const asked = readErrand(bare);
  const cannot = asked && NOUN_VERBS.has(asked.verb.toLowerCase()) && asked.text.toLowerCase().startsWith(asked.verb.toLowerCase()) && !ERRAND_OBJECT.test(asked.rest) ? null : asked;
  if (
    (cannot && (cannot.verb.toLowerCase() !== 'send' || SEND_VERB.test(bare.slice(bare.toLowerCase().indexOf('send'))))) ||
    ASKED_OF_BOT.test(bare) ||
    OUT_OF_SCOPE.test(bare) ||
    SPORT.test(bare) ||
    NEWS.test(bare) ||
    asksFinanceFuture(bare)
  ) {
    return { ...emptyReading('cannot'), action: cannot ? `${cannot.verb}${cannot.rest}`.trim() : (ASKED_OF_BOT.exec(bare)?.[0] ?? null) };
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
  } else if (found && PAPER_BEFORE.test(rest.slice(0, Math.max(0, rest.toLowerCase().indexOf(found.period.text.toLowerCase()))))) {
    // "the improvement board report from oct 17": the paper's own date names the paper, and filters
    // nothing (it was taken at a meeting months later).
    rest = removeText(rest, found.period.text);
  } else if (found) {
    reading.period = found.period;
    rest = removeText(rest, found.period.text);
    // "since June" / "between June and September": the linking words go with the dates.
    rest = withoutLinkingWord(rest);
  }

  const nameOnly = isNameOnly(bare, vocabulary);
  const personal =
    nameOnly ||
    ATTENDANCE.test(bare) || CHAIR.test(bare) || /\bwho\b/i.test(bare) || ROLE_ASKED.test(bare) || wordThenWord(bare, HAS_DID, CAME_WORD) || /^(?:was|were) \S+(?: \S+)? at\b/i.test(bare);
  const person = personIn(rest, vocabulary, personal);
  if (person) {
    reading.person = person;
    rest = removeText(rest, person);
  }
  // "The board", "SB2", "scrutiny board 2": the board's own committee, not a topic.
  // Another body's name keeps its "board": "the improvement board", "the safeguarding board".
  rest = rest
    .replace(/\b(?:the )?(?:sb ?\d+|scrutiny board \(?\d+\)?)/gi, ' ')
    .replace(/ +/g, ' ')
    .trim();
  rest = withoutBoardWords(rest, BOARD_WORD);
  // Ofsted's grade "outstanding" says nothing about requests.
  const framed = bare.replace(OUTSTANDING_GRADE, (m) => m.replace(/outstanding/i, 'excellent')).replace(OUTSTANDING_RESULT, (m) => m.replace(/outstanding/i, 'excellent'));
  reading.status = statusIn(framed);

  const read = intentOf(framed, rest, reading);
  // A prediction no kind of answer reads ("who will win the election") is one the record cannot answer.
  const intent = read === 'search' && PREDICTION.test(bare) ? 'cannot' : read;
  reading.intent = intent;
  if (intent === 'cannot') return reading;
  if (intent === 'attendance-table') reading.rank = rankAsked(bare);
  if (intent === 'meeting-attendance' && GUESTS_ASKED.test(bare)) reading.topic = 'guests';
  if (!['attendance', 'chair', 'officer', 'private-items', 'membership', 'meeting-attendance', 'attendance-table', 'slipped'].includes(intent)) {
    const words = (intent === 'requests' ? withoutReplied(rest) : rest).replace(ATTENDANCE, ' ').replace(/ +/g, ' ').trim();
    reading.topic = topicOf(intent === 'search' || intent === 'agenda-topic' || intent === 'coming' ? words : withoutBoardWords(words, MEETING_NOUN));
  }
  // "what did we decide about the work programme": the programme is the subject, not the kind of answer.
  if (!reading.topic && (intent === 'resolutions' || intent === 'requests' || intent === 'history') && /\b(?:about|on|re|regarding|concerning|to) (?:the )?(?:work ?programme|work ?program|wp)\b/i.test(bare)) reading.topic = 'work programme';
  // "what did we decide about mr vohra": a person asked about, as a decision's or request's subject.
  if (!reading.topic && reading.person && ['resolutions', 'requests', 'history', 'coming'].includes(intent)) {
    reading.topic = reading.person.replace(/^(?:mr|mrs|ms|miss|dr|councillor|cllr)\.? /i, '');
    reading.person = null;
  }
  if (intent === 'search') reading.topic = topicOf(rest.replace(ATTENDANCE, ' '), true) ?? reading.topic;
  // "did we agree to write to anyone about youth justice": the verb and whom it was done to frame the topic.
  const done = reading.topic ? splitBoardAction(reading.topic) : null;
  if (done) {
    reading.topic = done.topic;
    reading.boardAction = done.action;
  }
  if (reading.topic && /^(?:meetings?|sessions?|sittings?)$/i.test(reading.topic)) reading.topic = null;
  if (intent === 'search' && !reading.topic && (reading.period || reading.meeting)) reading.intent = reading.period && !reading.period.day && !reading.meeting ? 'meetings' : 'meeting';
  // "what role did kerry jenkins have": the role is what is asked, not a word of the name.
  if (reading.intent === 'search' && reading.person && reading.topic && ROLE_ASKED.test(bare) && /^(?:role|job|position|part|title)$/i.test(reading.topic)) {
    reading.topic = null;
    reading.intent = 'person';
  }
  // "who is gennie holmes": the surname was read as the person; the first name left over is theirs too.
  if (reading.intent === 'search' && reading.person && reading.topic && (WHO_IS.test(bare) || ROLE_ASKED.test(bare)) && /^[\p{L}'’-]{2,}$/u.test(reading.topic) && !ROLE_WORD.test(reading.topic)) {
    // In the question's order: "who is david peplow" when "david" was the name the record knows.
    const lower = bare.toLowerCase();
    reading.person = lower.indexOf(reading.topic.toLowerCase()) > lower.indexOf(reading.person.toLowerCase()) ? `${reading.person} ${reading.topic}` : `${reading.topic} ${reading.person}`;
    reading.topic = null;
  }
  if (reading.intent === 'search' && !reading.topic && reading.person) reading.intent = 'attendance';
  // "who's the new co-optee", "did we co-opt anyone": the resolutions that co-opted or appointed them.
  if ((reading.intent === 'search' || reading.intent === 'membership' || reading.intent === 'attendance') && !reading.person && JOINING.test(bare)) {
    reading.intent = 'resolutions';
    reading.joining = LEAVING.test(bare) ? 'left' : 'joined';
    reading.topic = reading.joining === 'left' ? 'resignation' : 'co-option';
  }
  // "who is john smith": a name the record does not hold is a person it has no record of, not a search.
  if (reading.intent === 'search' && !reading.person && reading.topic && WHO_IS.test(bare) && NAME_LIKE.test(reading.topic) && !ROLE_WORD.test(reading.topic) && glossaryHits(reading.topic, { question: true }).length === 0) {
    reading.intent = 'attendance';
    reading.person = reading.topic;
    reading.topic = null;
  }
  const atMeetings = reading.intent === 'search' && !reading.person ? PERSON_AT_MEETINGS.exec(bare) : null;
  if (atMeetings && !ROLE_WORD.test(atMeetings[1]!) && glossaryHits(atMeetings[1]!, { question: true }).length === 0) {
    reading.intent = 'attendance';
    reading.person = atMeetings[1]!;
    reading.topic = null;
  }
  // "who is mr vohra": who the person is comes first, then their attendance.
  if (reading.intent === 'attendance' && reading.person && !reading.period && !reading.meeting && (WHO_IS.test(bare) || ROLE_ASKED.test(bare) || nameOnly)) reading.intent = 'person';
  // "who is the cabinet member for children", "who's our director of children's services": the person who holds the role.
  if (reading.intent === 'search' && !reading.person && reading.topic && ROLE_HOLDER.test(bare) && ROLE_WORD.test(reading.topic)) reading.intent = 'person';
  // "lead officer for the home schooling item", "who leads on private fostering": who holds the role for that item.
  const itemRole = reading.person || ['officer', 'chair', 'membership', 'cannot'].includes(reading.intent) ? null : asItemRole(bare);
  if (itemRole) {
    reading.intent = 'person';
    reading.topic = itemRole;
  }
  reading.terms = termsIn(reading.topic);
  reading.direct = direct !== null && direct === reading.intent && !reading.topic;
  return reading;
}

function intentOf(bare: string, rest: string, reading: QuestionReading): IntentKind {
  // "what meetings have we got": meetings there are, read as such.
  const text = GOT_MEETINGS.test(bare) ? bare.replace(HAVING, 'are there') : bare;
  if (reading.invalidDate) return 'meeting';
  // "is the meeting on 13 July still going ahead?", "is the meeting on zoom?": the meeting itself.
  if (wordThenWord(text, MEETING_SUBJECT, MEETING_FORMAT)) return reading.period?.day || reading.period?.dayMonth ? 'meeting' : 'next-meeting';
  if (SLIPPED.test(text)) return 'slipped';
  // "were the feb minutes signed off": that meeting, whose answer says where its minutes were agreed.
  if (MINUTES_AGREED.test(text) && reading.period) return reading.period.day ? 'meeting' : 'meetings';
  // "how long did the march meeting last": that meeting, whose answer gives when it opened and closed.
  if (MEETING_LENGTH.test(text) || WHAT_TIME.test(text) || wordThenWord(text, ENDED_WORD, CLOCK_TIME)) return reading.period ? (reading.period.day ? 'meeting' : 'meetings') : reading.meeting === 'next' ? 'next-meeting' : 'latest-meeting';
  if (!reading.person && !reading.meeting && rankAsked(text)) return 'attendance-table';
  if (!reading.person && !reading.period && !reading.meeting && ATTENDANCE_TABLE.test(wholeAsked(text))) return 'attendance-table';
  if (OFFICER.test(text)) return 'officer';
  // A person who came back to the board replied ("has mr x come back to us"); read apart, as their name.
  if (!reading.person && itemCameBack(text)) return 'history';
  if (wordThenWord(text, HAS_DID, REPLIED) && !/\bcoming\b/i.test(text)) return 'requests';
  if (PRIVATE_ASKED.test(text)) return 'private-items';
  if (CHAIR.test(text)) return 'chair';
  if (MEMBERSHIP.test(text)) return 'membership';
  if (!reading.person && /^(?:who|which|any|anyone|was|were|did|has|have)\b/i.test(text) && GUESTS_ASKED.test(text)) return 'meeting-attendance';
  if (MEETING_ATTENDANCE.test(text) || (/\b(?:apologies|absences|attendance|attendees|absent|present)\b/i.test(text) && !reading.person && (reading.period || reading.meeting))) {
    return reading.person ? 'attendance' : 'meeting-attendance';
  }
  if (reading.person && (ATTENDANCE.test(text) || wordThenWord(text, HAS_DID, CAME_WORD) || wordThenWord(text, /\b(?:was|were)\b/i, /\bat\b/i))) return 'attendance';
  if (HISTORY.test(text)) return 'history';
  if (asksWhenDiscussed(text) && topicOf(rest)) return 'history';
  const work = (WORK_PROGRAMME.test(text) || PENDING_LIST.test(text) || (DUE_IN.test(text) && reading.period !== null && !NEXT_MEETING.test(text))) && !REQUESTS.test(text.replace(/outstanding issues/gi, ''));
  if (PENDING_LIST.test(text) && !topicOf(rest.replace(PENDING_LIST, ' '))) return 'work-programme';
  const onAgenda = ON_AGENDA.test(text);
  const coming = asksWhenComing(text) && !NEXT_MEETING.test(text);
  const topic = topicOf(withoutBoardWords(rest.replace(ATTENDANCE, ' ').replace(/ +/g, ' ').trim(), MEETING_NOUN));
  if (coming && topic) return 'coming';
  if (onAgenda && topic) return 'agenda-topic';
  // "what grade did we get from ofsted": a verdict received, not a paper asked for.
  if ((DID_WE_GET.test(text) || REQUESTS.test(text) || (ARRIVED_START.test(text) && ARRIVED_END.test(withoutEndPunctuation(text).trim()))) && !(asksVerdict(text) && !REQUEST_WORD.test(text))) return 'requests';
  // "ofsted outcome 2022": the inspection's verdict, in the papers, not the board's resolutions.
  if (RESOLUTIONS.test(text) && !(asksVerdict(text) && !/\b(?:resol|decid|decision|agree|recommend|approv|vot)/i.test(text))) return 'resolutions';
  if (work) return topic && !reading.period ? 'coming' : 'work-programme';
  if ((reading.status === 'open' || reading.status === 'overdue' || reading.status === 'done') && !topicOf(rest, true)?.replace(/\b(?:open|closed|pending)\b/gi, '').trim()) return 'requests';
  if (reading.meeting === 'next' || (NEXT_MEETING.test(text) && !reading.period)) return reading.meeting === 'next' || !reading.meeting ? 'next-meeting' : 'meeting';
  if (reading.meeting) return reading.meeting === 'last' && !topic ? 'latest-meeting' : 'meeting';
  if (reading.period) {
    if (reading.period.day || reading.period.dayMonth) return topic && !MEETING_WORDS.test(text) ? 'search' : 'meeting';
    if (MEETINGS_PLURAL.test(text) || (MEETING_WORDS.test(text) && !topic)) return 'meetings';
    if (!topic) return 'meetings';
    return 'search';
  }
  if (/^(?:meetings?|agendas?|the agenda|what is on the agenda|agenda please)$/i.test(text.replace(/[?!.]/g, '').trim())) return 'next-meeting';
  if ((/\bthe agenda\b/i.test(text) || DIARY.test(text)) && !topic) return 'next-meeting';
  if (coming && !topic) return 'next-meeting';
  return 'search';
}
