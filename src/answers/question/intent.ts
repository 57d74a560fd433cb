// Route a question by the words in it, not by a fixed grammar: "when is the next
// meeting?", "next mtg" and "next meeting" all mean the same thing. Anything that
// names no kind of answer becomes a search; nothing at all becomes help.
import { findQuestionDate, type QuestionDate } from './question-dates.ts';

export type Intent =
  | { kind: 'help' }
  | { kind: 'next-meeting' }
  | { kind: 'latest-meeting' }
  | { kind: 'meeting-on'; date: QuestionDate }
  | { kind: 'resolutions'; topic: string | null }
  | { kind: 'requests'; scope: 'open' | 'all'; topic: string | null }
  | { kind: 'work-programme' }
  | { kind: 'history'; topic: string }
  | { kind: 'attendance'; name: string }
  | { kind: 'attendance-table' }
  | { kind: 'slipped' }
  | { kind: 'search'; query: string };

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

// Words that only frame a question; stripped from the edges of a topic.
const FRAME =
  /^(?:please|can|could|you|i|we|us|me|the|a|an|board|scrutiny|committee|sb\d+|did|do|does|has|have|had|was|were|is|are|been|be|ever|any|all|what|which|when|who|how|where|show|tell|list|give|find|get|got|made|taken|make|take|on|about|regarding|re|concerning|relating|related|to|for|of|into|around|with|in|at|by|its|our|there|anything|something|everything|item|items|topic|subject|matter|still|yet|now|currently|open|outstanding|pending|overdue|from|since|during|last|ever)$/;

/** The topic in the words around a keyword: "what was resolved on private fostering?" -> "private fostering". */
export function topicAround(text: string, keyword: RegExp): string | null {
  const m = keyword.exec(text);
  const after = m ? text.slice(m.index + m[0].length) : text;
  const before = m ? text.slice(0, m.index) : '';
  return trimFrame(after) ?? trimFrame(before);
}

function trimFrame(text: string): string | null {
  const words = text
    .replace(/[?!.,;:"“”()]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length && FRAME.test(words[0]!.toLowerCase())) words.shift();
  while (words.length && FRAME.test(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.length ? words.join(' ') : null;
}

const HELP = /^(?:help|\?+|h|usage|commands?|menu|hi|hello|hey|what can (?:i|you) (?:ask|do)\b.*|how (?:do i|does this) (?:use|work)\b.*)$/i;
const ATTENDANCE = /\b(?:attendance|attended|attending|attend|absences?|absent|apologies from|apologies sent by)\b/i;
const PERSON = /\b(?:councillors?|cllrs?\.?|mrs|mr|ms|miss|dr)\s+(?:[a-z]{1,2}\s+)?[a-z][a-z'-]+/i;
// "what has slipped?", "slipped items", "what slipped from the work programme?"
const SLIPPED = /\b(?:slipped|slipping|slippage|slips|drifted|drift)\b/i;
// "attendance table", "board attendance", "attendance rates": everyone's, not one person's.
const EVERYONE = /^(?:table|tables|rates?|summary|board|everyone|everybody|all|all members|members|the board|overall|league table)$/i;
const HISTORY = /\b(?:history|timeline|background|chronology|story so far)\b/i;
// "when did we last discuss young carers?", "when was private fostering considered?"
const WHEN_ASKED = /\bwhen\s+(?:did|was|were|have|has|had)\s/i;
const DISCUSSED = /\b(?:discuss|consider|look(?:ed)? at|talk(?:ed)? about|debat|review|scrutinis|scrutiniz)\w*/i;
const WORK_PROGRAMME = /\b(?:work\s*(?:programme|program|plan)|forward plan|wp|upcoming items|planned items)\b/i;
const REQUESTS =
  /\b(?:requests?|requested|asked for|ask for|asking for|outstanding|actions?|follow[- ]?ups?|followed up|chase|waiting for|waiting on|undertook|undertaken|promised?|circulated?|report back|reports back)\b/i;
const DID_WE_GET = /\bdid\s+(?:we|the board|they|members|sb\d+)\s+(?:ever\s+)?(?:get|receive|ask(?: for)?|request|see)\b/i;
const ALL = /\b(?:all|every|each|closed|done|complete[d]?)\b/i;
const RESOLUTIONS =
  /\b(?:resol\w*|decid\w*|decisions?|agreed|recommendations?|recommended|what did (?:we|the board) (?:say|conclude))\b/i;
// "next meeting", "when is the board meeting": a word of time, then (later in the clause) a word for a meeting.
// Found in two linear steps (see wordThenWord) rather than one pattern that rescans the clause from every start.
const NEXT_WORD = /\b(?:next|upcoming|forthcoming|coming|future)\b/i;
const NEXT_MEETING_WORD = /\b(?:meeting|mtg|mtng|meet|board|agenda|session|one)s?\b/i;
const WHEN_IS = /\bwhen(?:'s|\s+is|\s+do|\s+does|\s+will|\s+are|\s+shall)\b/i;
const MEET_WORD = /\b(?:meet|meeting|mtg|board)\b/i;
const LATEST_WORD = /\b(?:last|latest|previous|most recent|recent)\b/i;
const LATEST_MEETING_WORD = /\b(?:meeting|mtg|minutes|board|session)\b/i;
/** What may stand between the two words: the same clause (letters, digits, spaces, apostrophes). */
const CLAUSE_BREAK = /[^\s\w']/g;
const MEETING_WORDS = /\b(?:meeting|mtg|agenda|minutes|board|session|who|chair|chaired|attended|held|on)\b/i;

export function routeQuestion(raw: string): Intent {
  const text = plainQuestion(raw);
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'help' };
  if (HELP.test(text)) return { kind: 'help' };

  const date = findQuestionDate(text);
  const withoutDate = date ? text.replace(date.text, ' ') : text;

  if (!date && ATTENDANCE.test(text)) {
    const name = personIn(text) ?? trimFrame(text.replace(ATTENDANCE, ' ').replace(/\b(?:record|meetings?|often|many|times|sent|send)\b/gi, ' '));
    if (!name || EVERYONE.test(name)) return { kind: 'attendance-table' };
    return { kind: 'attendance', name };
  }
  if (SLIPPED.test(text)) return { kind: 'slipped' };
  if (HISTORY.test(text)) {
    const topic = topicAround(withoutDate, HISTORY);
    if (topic) return { kind: 'history', topic };
  }
  const discussed = whenDiscussed(withoutDate);
  if (discussed) {
    const topic = trimFrame(discussed.after) ?? trimFrame(discussed.before);
    if (topic) return { kind: 'history', topic };
  }
  if (WORK_PROGRAMME.test(text) && !REQUESTS.test(text.replace(/outstanding issues/i, ''))) return { kind: 'work-programme' };

  const didWeGet = DID_WE_GET.exec(text);
  if (didWeGet || REQUESTS.test(text)) {
    const keyword = didWeGet ? DID_WE_GET : REQUESTS;
    let topic = topicAround(withoutDate, keyword);
    if (topic && /^(?:outstanding|open|pending|overdue|all|every|closed|done|still open|requests?)(?:\s+requests?)?$/i.test(topic)) topic = null;
    if (topic) topic = topic.replace(/^(?:outstanding|open|pending|overdue)\s+/i, '');
    if (topic && !date) return { kind: 'requests', scope: 'all', topic };
    if (!date) return { kind: 'requests', scope: ALL.test(text) ? 'all' : 'open', topic: null };
  }
  if (RESOLUTIONS.test(text) && !date) {
    // "resolutions from the last meeting": no topic, the latest meeting's.
    return { kind: 'resolutions', topic: topicAround(withoutSpan(text, wordThenWord(text, LATEST_WORD, LATEST_MEETING_WORD)), RESOLUTIONS) };
  }
  if (date && (date.kind === 'invalid' || MEETING_WORDS.test(withoutDate) || !trimFrame(withoutDate))) {
    return { kind: 'meeting-on', date };
  }
  if (asksNextMeeting(text)) return { kind: 'next-meeting' };
  if (wordThenWord(text, LATEST_WORD, LATEST_MEETING_WORD)) return { kind: 'latest-meeting' };
  if (date) return { kind: 'meeting-on', date };
  if (/^(?:meeting|mtg|agenda)s?$/i.test(text.replace(/[?!.]/g, '').trim())) return { kind: 'next-meeting' };
  // "what's on the agenda?" means the coming one.
  if (/\bthe agenda\b/i.test(text) && !trimFrame(text.replace(/\b(?:the agenda|what'?s|whats|on)\b/gi, ' '))) return { kind: 'next-meeting' };
  return { kind: 'search', query: text };
}

/** "when did we last discuss young carers": the words between the question and the verb, and after the verb. */
function whenDiscussed(text: string): { before: string; after: string } | null {
  const when = WHEN_ASKED.exec(text);
  if (!when) return null;
  const rest = text.slice(when.index + when[0].length);
  const verb = DISCUSSED.exec(rest);
  if (!verb) return null;
  return { before: rest.slice(0, verb.index), after: rest.slice(verb.index + verb[0].length) };
}

/**
 * Where a `first` word is followed in the same clause by a `second` word: the
 * span from the first to the end of the second. Each clause is read once: if its first `first`
 * word has no `second` after it, no later one in the clause has.
 */
function wordThenWord(text: string, first: RegExp, second: RegExp): { start: number; end: number } | null {
  let clauseStart = 0;
  for (const clauseEnd of [...clauseBreaks(text), text.length]) {
    const clause = text.slice(clauseStart, clauseEnd);
    const a = first.exec(clause);
    if (a) {
      const from = a.index + a[0].length;
      const b = second.exec(clause.slice(from));
      if (b) return { start: clauseStart + a.index, end: clauseStart + from + b.index + b[0].length };
    }
    clauseStart = clauseEnd + 1;
  }
  return null;
}

function clauseBreaks(text: string): number[] {
  return [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
}

function withoutSpan(text: string, span: { start: number; end: number } | null): string {
  return span ? `${text.slice(0, span.start)} ${text.slice(span.end)}` : text;
}

function asksNextMeeting(text: string): boolean {
  if (/^next$/i.test(text) || wordThenWord(text, NEXT_WORD, NEXT_MEETING_WORD)) return true;
  const when = WHEN_IS.exec(text);
  return when !== null && MEET_WORD.test(text.slice(when.index + when[0].length));
}

function personIn(text: string): string | null {
  const m = PERSON.exec(text);
  return m ? m[0] : null;
}
