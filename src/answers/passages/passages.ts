// Facts that live in a paper's body, not in a resolution or a title: "how many open
// cases are there", "what's the young carers programme", "when is the DfE review".
// The index picks the few items whose bodies match best; only their sentences are
// read and scored, so a question never scans the record's bodies. Exempt items have
// no body in the index and are skipped here too.
import type { AgendaItem, Meeting } from '../../model.ts';
import { escapeRegExp } from '../../escape-regexp.ts';
import { glossaryTokens, isGlossaryToken } from '../../search/glossary.ts';
import { processTerm, searchTerms, tokenize, typedTerms } from '../../search/search-options.ts';
import type { AnswerEntry } from '../answer.ts';
import { cite, citeLabel, clip } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { heldBy, ofCommittee, papersOutBy } from '../record-view.ts';
import { withoutGenericWords, withoutUnknownWords } from '../topics/topic-hits.ts';
import { dateIn, type Period } from '../question/question-periods.ts';

/** Items whose bodies are read for one question. */
const ITEMS_READ = 8;
/** Passages shown: enough to answer, short enough for a phone. */
const MAX_PASSAGES = 3;
const PASSAGE_CHARS = 300;
/** A sentence that opens a list is quoted with its first entries. */
const LIST_CHARS = 480;

/** Words asking for a figure: sentences with numbers weigh more. */
export const FIGURE_QUESTION = /\b(?:how many|how much|how long|how often|figures?|numbers?|rates?|percentage|percent|per cent|proportion|stats?|statistics|totals?|count)\b|%/i;
/** Questions after a fact: a figure, a date, a programme or what something is. */
const JUDGING = /\b(?:judged?|judgements?|judgments?|rated|rating|graded|overall effectiveness)\b/i;
const GRADE = /\b(?:inadequate|requires improvement|outstanding|good)\b/i;

export const FACT_QUESTION = /^(?:how (?:many|much|long|often|big|far|old)|when (?:does|do|did|would|should) |(?:what (?:is|are|was|were)|what'?s|whats|wats) (?:the |our )?|when (?:is|was|will|are) (?:the |our )?|whens (?:the |our )?|which |what (?:percentage|percent|per cent)|what proportion|is there an?\b)/i;

export interface Passage {
  text: string;
  item: AgendaItem;
  meeting: Meeting;
  score: number;
  /** For a table's row: its table's header. */
  table?: string;
  /** The paper gives it in answer to the board's requests (under "Requests for further information"). */
  reply?: boolean;
}

/** A sentence of a body, with the one after it in the same paragraph (which often completes a figure). */
interface Sentence {
  text: string;
  next: string | null;
  /** The sentence before it (in the paragraph, or the last of the one before), or null. */
  before: string | null;
  /** A table's row: its header line, when the table has one ("Aged 5-9 Aged 10-14 Total"). */
  header?: string;
  /** A table's header line: labels, not figures. */
  isHeader?: boolean;
  /** The entries of a list the sentence opens ("identified four areas that required further improvement:"). */
  list?: string[];
  /** In a section of the paper that answers the board's requests. */
  reply?: boolean;
}

/** A paper's section that answers what the board asked for: "Requests for further information", "Information requested by the Board". */
const REPLY_SECTION = /\b(?:requests? for (?:further |additional )?information|(?:further |additional )?information requested|responses? to (?:the )?(?:board'?s? |members'? )?(?:requests?|questions)|requested responses)\b/i;
/** A paper's top-level section heading ("9 Performance Overview"): a reply section ends there. */
const TOP_SECTION = /^\d{1,2}\.? [A-Z][^.!?]{2,80}$/;

/** A list's entry, as a body keeps it: a bullet or a letter or number before it. */
const LIST_ENTRY = /^(?:[-–•·*▪]|\(?[a-z0-9]{1,2}[.)])\s/i;
/** Entries of a list quoted with the sentence that opens it. */
const LIST_SHOWN = 4;

const FIGURE_CELL = /^(?:£?\d[\d,.]*%?|\(\d[\d,.]*%?\)|\d[\d,.]*\(\d[\d,.]*%?\)|-|–)$/;

/** A table's row as text leaves it: a label, then two or more figures ("Young carers open 32 58 5 95"). */
function isTableRow(line: string): boolean {
  const cells = line.trim().split(/\s+/);
  let figures = 0;
  while (figures < cells.length && FIGURE_CELL.test(cells[cells.length - 1 - figures]!)) figures++;
  return figures >= 2 && figures < cells.length && /\p{L}/u.test(cells.slice(0, cells.length - figures).join(' '));
}

/** A short note in brackets at a line's end: a table's header ends "2017/18 (YTD)" and goes on to its rows. */
const BRACKETED_END = /\s?\([^()]{1,12}\)$/;
/** A line that ends a sentence: the next line starts a new one. */
const ENDS_SENTENCE = /[.!?:;)"”]\s*$/;

/**
 * A body's lines as read: a sentence broken over a page or a line ("declined a return home" /
 * "interview. Three were ...") is joined again when the next line goes on in lower case.
 */
function joinedLines(body: string): string[] {
  const lines: string[] = [];
  for (const raw of body.split(/\n+/)) {
    const line = raw.trim();
    if (!line) continue;
    const last = lines.at(-1);
    if (last !== undefined && !ENDS_SENTENCE.test(last) && /^[a-z]/.test(line) && !isTableRow(last)) lines[lines.length - 1] = `${last} ${line}`;
    else lines.push(line);
  }
  return lines;
}

/** A body as sentences: lines first (bullets and numbered paragraphs), then sentence ends. */
function sentencesOf(body: string): Sentence[] {
  const out: Sentence[] = [];
  let header: string | undefined;
  let previous = '';
  let opening: Sentence | undefined;
  let reply = false;
  for (const line of joinedLines(body)) {
    if (TOP_SECTION.test(line.trim()) || REPLY_SECTION.test(line)) reply = REPLY_SECTION.test(line);
    // The entries of a list go with the sentence that opened it.
    if (opening && LIST_ENTRY.test(line.trim()) && opening.list!.length < LIST_SHOWN) opening.list!.push(line.trim().replace(LIST_ENTRY, '').trim());
    else if (opening && !LIST_ENTRY.test(line.trim())) opening = undefined;
    const text = line.replace(/^[\s\-–•·*]*(?:\d+(?:\.\d+)*\)?\s+)?/, '').trim();
    // A table's rows carry their header: "58" means nothing without "Aged 10-14".
    const row = isTableRow(text) && !/[.!?]\s/.test(text);
    if (row && header === undefined && previous && !isTableRow(previous) && !ENDS_SENTENCE.test(previous.replace(BRACKETED_END, ''))) {
      header = previous;
      const last = out.at(-1);
      if (last && last.text === previous) last.isHeader = true;
    }
    if (!row) header = undefined;
    previous = text;
    if (text.length < 20) continue;
    if (row) {
      out.push({ text, next: null, before: header ?? out.at(-1)?.text ?? null, ...(header ? { header } : {}), ...(reply ? { reply } : {}) });
      continue;
    }
    const parts = text.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/).map((s) => s.trim());
    parts.forEach((sentence, i) => {
      if (sentence.length >= 20) out.push({ text: sentence, next: parts[i + 1] ?? null, before: parts[i - 1] ?? out.at(-1)?.text ?? null, ...(reply ? { reply } : {}) });
    });
    const last = out.at(-1);
    if (last && last.text === parts.at(-1) && last.text.endsWith(':')) opening = Object.assign(last, { list: [] as string[] });
  }
  return out;
}

const NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|quarter|third|majority|minority|dozen)\b/gi;

/** A sentence that counts a part of what the one before counted: "Of those placed ...", "Of these, 12 ...". */
const PART_OF_BEFORE = /^(?:of (?:those|these|which|whom|them)|of the (?:above|total))\b/i;
/** What a row counts less for being one of several rows of its table that hold the subject asked. */
const PART_ROW = 0.2;

const NUMBER_WORD = new RegExp(`^${NUMBER_WORDS.source}$`, 'i');
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|miles?|am|pm)$/i;
const SPAN_UNIT = /^(?:years?|months?|weeks?|days?|hours?)$/;

const TELEPHONE = /\b(?:tel|telephone|phone|mobile|fax)\b[.:]?[\d() +]{1,24}/gi;

/** How many figures a sentence gives: numbers other than years, section numbers and list numbers, and numbers in words. */
function figureCount(sentence: string): number {
  const plain = sentence
    // A telephone number or an e-mail address is a contact, not a figure.
    .replace(TELEPHONE, ' ')
    .split(' ')
    .filter((word) => !word.includes('@'))
    .join(' ').replace(/\b(?:19|20)\d\d\b|\b(?:section|act|regulation|minute|item|paragraph|appendix|page|recommendation|year|tier|key stage|part|board|level|phase|stage|sb)s? ?\d+/gi, '');
  return (plain.match(/\d[\d,.]*%?/g) ?? []).length + (plain.match(NUMBER_WORDS) ?? []).length;
}

/** What kind of figure a question asks for: a share ("what percentage"), an amount of money, or a count. */
type FigureForm = 'share' | 'money' | 'count' | 'date' | 'duration' | null;

const SHARE_ASKED = /\b(?:percentage|per ?cent|proportion|share|rate|ratio|what fraction)\b|%|\bout of\b/i;
const MONEY_ASKED = /\b(?:how much|cost|costs|spend|spent|budget|funding|money|pounds?|grant|grants|£)\b/i;
const COUNT_ASKED = /\b(?:how many|number of|count|total)\b/i;

const DATE_ASKED = /^(?:when|whens|what date|which date|what day|by when)\b/i;

export function figureForm(question: string): FigureForm {
  if (DATE_ASKED.test(question.trim())) return 'date';
  if (/^how long\b/i.test(question.trim())) return 'duration';
  if (SHARE_ASKED.test(question)) return 'share';
  if (MONEY_ASKED.test(question)) return 'money';
  if (COUNT_ASKED.test(question)) return 'count';
  return null;
}

/** Whether a sentence gives the kind of figure asked for. */
function answersForm(sentence: string, form: FigureForm): boolean {
  if (form === 'share') return /\d\s?%|\bper ?cent\b|\b\d+ out of (?:the )?\d+|\b\d+ in (?:every )?\d+/i.test(sentence) || /\b(?:half|quarter|third|majority|minority)\b/i.test(sentence);
  if (form === 'duration' || form === 'date') {
    const words = sentence.toLowerCase().split(/[\s(),;:.]+/);
    // A span: a number before a unit of time ("approximately 3 years", "18-24 months").
    if (form === 'duration') return words.some((word, i) => SPAN_UNIT.test(word) && i > 0 && (/^\d[\d,–-]*$/.test(words[i - 1]!) || NUMBER_WORD.test(words[i - 1]!) || /^(?:few|several)$/.test(words[i - 1]!)));
    // A date: a year, or a season ("in April 2023", "by spring").
    return words.some((word) => /^(?:19|20)\d\d$/.test(word) || /^(?:spring|summer|autumn|winter)$/.test(word));
  }
  if (form === 'money') return /£\s?\d|\d\s?(?:m|k|bn)\b|\b(?:pounds|million)\b/i.test(sentence);
  // A count: a number that is neither a share nor a sum of money.
  // "In the 12 months to June" is a span, not a count.
  if (form === 'count') {
    const words = sentence.split(/[\s(),;:]+/);
    return words.some((word, i) => (/^\d[\d,]*$/.test(word) || NUMBER_WORD.test(word)) && !/^(?:19|20)\d\d$/.test(word) && !TIME_UNIT.test(words[i + 1] ?? ''));
  }
  return false;
}

/** Words of a share asked for: a sentence that gives a share meets them by its figure. */
const SHARE_WORDS = new Set(['percentag', 'percent', 'proportion', 'cent', 'per']);

/** The stems of a sentence's words as the index holds them, glossary terms included, and its numbers ("3,500" as 3500 too). */
function termsOf(sentence: string): Set<string> {
  const found = new Set<string>();
  for (const token of tokenize(sentence)) {
    const term = processTerm(token);
    if (term) found.add(term);
  }
  for (const n of sentence.match(/\d[\d,]*/g) ?? []) found.add(n.replace(/,/g, ''));
  return found;
}

/** Whether the record knew a meeting's papers by now: an agenda's once out, minutes once held (and of the board asked about). */
export function paperKnown(ctx: AnswerContext, meeting: Meeting): boolean {
  if (!ofCommittee(ctx, meeting) || !papersOutBy(meeting, ctx.t)) return false;
  return meeting.status !== 'minutes' || heldBy(ctx.view, meeting, ctx.t);
}

/** Options of a passage search: what kind of fact is asked, and of when. */
export interface PassageOptions {
  /** A figure is asked for: sentences that give one win, and one that gives none is no answer. */
  figures?: boolean;
  /** The question as asked, for the form of the figure asked ("what percentage", "how many"). */
  question?: string;
  verdict?: boolean;
  period?: Period | null;
  /** Only a table's rows that hold (with their header) nearly every word asked: a search that found nothing else. */
  rows?: boolean;
}

/**
 * The sentences of item bodies that best answer `query`, best first. A sentence must hold
 * most of the query's words (always its rarest, glossary terms first); numbers the
 * question gives weigh most, and figures count when `figures` is asked. A figure asked of a
 * month ("how many went missing in May") is the month the paper counts, not its meeting's:
 * with no paper of that month, the papers of any date that name the month answer.
 */
export function findPassages(ctx: AnswerContext, query: string, options: PassageOptions = {}): Passage[] {
  // "How old": an age.
  const asked = /\bhow old\b/i.test(options.question ?? '') ? query.replace(/\bold\b/gi, 'age') : query;
  const found = passagesFor(ctx, asked, options);
  // "How many care leavers are in suitable accommodation": when the papers count it only as a share, the share answers.
  if (found.length === 0 && options.figures && figureForm(options.question ?? '') === 'count') {
    const asShare = passagesFor(ctx, asked, { ...options, question: 'what share' });
    if (asShare.length > 0) return asShare;
  }
  if (found.length > 0 || !options.figures || !options.period) return found;
  const month = monthNamed(options.period);
  return passagesFor(ctx, asked, { ...options, period: null, ...(month ? { month } : {}) });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month a period is, when it is one ("in May"). */
function monthNamed(period: Period): string | null {
  if (!period.from || !period.to || period.from.slice(0, 7) !== period.to.slice(0, 7)) return null;
  return MONTHS[Number(period.from.slice(5, 7)) - 1] ?? null;
}

/** "Aren't", "not", "never": the sense of the sentence asked for, not a word it must hold. */
const NEGATION = /\b(?:not|no|never|none|without|aren'?t|isn'?t|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|weren'?t|wasn'?t|won'?t|can'?t|cannot)\b/i;
const EVERY_NEGATION = new RegExp(NEGATION.source, 'gi');
const NEGATED = /\b(?:not|no|never|none|without|cannot)\b|n't\b|\bun(?:met|supported|known|identified|able)\b/i;

function passagesFor(ctx: AnswerContext, query: string, options: PassageOptions & { month?: string }): Passage[] {
  const negated = NEGATION.test(query);
  const subject = (withoutGenericWords(query) || query)
    .replace(EVERY_NEGATION, ' ')
    // A second "how many" in the question ("... and how many were suitable") asks, it is not a subject.
    .replace(/\bhow (?:many|much)\b/gi, ' ')
    // A verdict asked ("what did ofsted rate us"): the rating is the answer, not a word the sentence must hold.
    // Words of judging the glossary knows ("rated", "judged") stay: papers say them too.
    .replace(options.verdict ? /\b(?:rate|rates|judge|grades?|say|said|find|found|think|thought|results?|outcomes?|verdicts?|go|went)\b/gi : /$^/, ' ')
    .replace(/ +/g, ' ')
    .trim();
  // "How were we rated": with nothing else asked, the rating is the subject.
  const core = withoutUnknownWords(ctx.index, subject || (withoutGenericWords(query) || query));
  // A word misspelt ("accomodation") is read as the record spells it: the sentences are matched word for word.
  const typed = typedTerms(core);
  const wanted = [...new Set(searchTerms(core).map((t) => ctx.index.spelling(t, typed.get(t) ?? t.length)))];
  if (wanted.length === 0) return [];
  const numbers = new Set((core.match(/\d[\d,]*/g) ?? []).map((n) => n.replace(/,/g, '')));
  const asked = options.question ?? query;
  const form = figureForm(asked);
  // "Next" and "last" in the question pick the sentence that says which ("the next Improvement Board will be held on ...").
  const which = /\b(?:next|last|latest|previous)\b/i.exec(asked)?.[0].toLowerCase() ?? null;
  const hits = ctx.index.search(core, { kinds: ['item'], combineWith: 'OR', limit: ITEMS_READ * 2 });
  const best = hits[0]?.score ?? 0;

  // The sentences of the best items known by now, with their words.
  const candidates: { sentence: Sentence; has: Set<string>; around: Set<string>; item: AgendaItem; meeting: Meeting; fit: number }[] = [];
  let read = 0;
  for (const hit of hits) {
    if (read === ITEMS_READ) break;
    const item = ctx.view.store.item(hit.refId);
    const meeting = item ? ctx.view.meetings.get(item.meetingId) : undefined;
    if (!item || !meeting || item.private || !item.body || !paperKnown(ctx, meeting) || !dateIn(options.period, meeting.date)) continue;
    read++;
    // Words of the item's title, or of the sentence before (a table's header), count for half: "referred
    // to the programme" after "the Saplings Programme"; so does a named subject the paper is about
    // anywhere ("LAC" for "70 young people placed within residential provision" in a paper on them).
    const titled = new Set([...termsOf(item.title), ...glossaryTokens(item.body)]);
    for (const sentence of sentencesOf(item.body)) {
      const around = sentence.before ? new Set([...titled, ...termsOf(sentence.before)]) : titled;
      const has = termsOf(sentence.header ? `${sentence.header} ${sentence.text}` : sentence.text);
      // A share asked ("what percentage"): a sentence that gives one says the word by its figure.
      if (form === 'share' && answersForm(sentence.text, 'share')) for (const w of SHARE_WORDS) has.add(w);
      candidates.push({ sentence, has, around, item, meeting, fit: best > 0 ? hit.score / best : 0 });
    }
  }
  // A word few of these sentences hold tells more than one most of them hold ("referred" beside "children").
  const rarity = new Map<string, number>();
  for (const t of wanted) {
    const df = candidates.filter((c) => c.has.has(t)).length;
    rarity.set(t, Math.log(1 + candidates.length / (1 + df)));
  }
  // A number the question gives is the surest sign; a named subject (glossary term) next.
  const weight = (t: string) => (numbers.has(t) ? 3 : isGlossaryToken(t) ? 1.5 : 1) * (0.5 + rarity.get(t)!);
  const total = wanted.reduce((sum, t) => sum + weight(t), 0);
  const needed = total * (options.rows ? 0.8 : wanted.length > 2 ? 0.5 : 0.6);
  const subjects = wanted.filter((t) => !numbers.has(t) && !SHARE_WORDS.has(t));

  // A verdict asked of no date is the latest one: newer papers weigh a little more.
  const starts = candidates.map((c) => ctx.view.starts.get(c.meeting.id) ?? 0);
  const oldest = Math.min(...starts);
  const span = Math.max(1, Math.max(...starts) - oldest);
  const recency = (meeting: Meeting) => (options.verdict && !options.period ? (0.3 * ((ctx.view.starts.get(meeting.id) ?? oldest) - oldest)) / span : 0);
  const titles = new Map<AgendaItem, Set<string>>();
  const titled = (item: AgendaItem) => titles.get(item) ?? titles.set(item, termsOf(item.title)).get(item)!;
  const pairs = wordPairs(core);
  const found: Passage[] = [];
  /** The subject's words each passage holds itself (a row: in its own cells, not its header). */
  const ownSubjects = new Map<Passage, Set<string>>();
  for (const { sentence, has, around, item, meeting, fit } of candidates) {
    if (options.rows && !sentence.header) continue;
    const matched = wanted.filter((t) => has.has(t));
    // A verdict asked: the sentence of judging in a paper on the subject answers, whether or not it names the
    // subject again ("the re-inspection of services ..." / "The outcome ... had been rated by Ofsted as 'Good'").
    const judging = options.verdict === true && fit >= 0.5 && JUDGING.test(sentence.text);
    // The question's subject must be in the sentence itself, not only a number or a word of sharing.
    // A table's row must hold a word of the subject itself: its header alone ("Looked After Children") says what
    // every row is about, not which row answers.
    const own = sentence.header ? termsOf(sentence.text) : has;
    if ((matched.length === 0 || !matched.some((t) => subjects.includes(t) && own.has(t))) && !judging) continue;
    // A count, a share or a sum asked for: a sentence (or a table's header) that gives none does not answer.
    // "How often" may be answered in words ("monitored monthly").
    if (options.figures && (sentence.isHeader || (form && form !== 'date' && figureCount(sentence.text) === 0) || ((form === 'count' || form === 'money') && !answersForm(sentence.text, form)))) continue;
    let score = matched.reduce((sum, t) => sum + weight(t), 0);
    // Only a subject carries over from the sentence before; a verb or a figure does not. The
    // sentence after, quoted with a short one, completes it ("... a Youth Hub" / "The project would go live in April").
    const withNext = !sentence.header && sentence.next !== null && sentence.text.length + sentence.next.length < PASSAGE_CHARS - 20;
    const after = withNext ? termsOf(sentence.next!) : null;
    for (const t of wanted) if (!has.has(t) && (titled(item).has(t) || (isGlossaryToken(t) && around.has(t)) || after?.has(t))) score += weight(t) / 2;
    if (judging) score = Math.max(score, needed);
    if (score < needed) continue;
    score /= total;
    if (options.figures) {
      const figures = figureCount(sentence.text);
      if (figures > 0) score += 0.3 + 0.05 * Math.min(4, figures);
      // "Of those placed ..., 1 are placed in a hospital": a part of a count given before it.
      if (form === 'count' && PART_OF_BEFORE.test(sentence.text)) score -= 0.1;
      // A heading ("Further information about whether the 61 appointed have been retained") asks; the sentences under it answer.
      if (!sentence.header && !/[.!?:;)"”]$/.test(sentence.text) && sentence.text.length < 140) score -= 0.2;
      // The month as a table's header prints it too ("Mar 2017").
      if (options.month && new RegExp(`\\b${escapeRegExp(options.month.slice(0, 3))}`, 'i').test(`${sentence.header ?? ''} ${sentence.text}`)) score += 0.3;
    }
    // The fact of the kind asked: a share for "what percentage", a count for "how many", a date for "when".
    if (form && answersForm(sentence.text, form)) score += 0.25;
    if (which && new RegExp(`\\b${escapeRegExp(which)}\\b`, 'i').test(sentence.text)) score += 0.15;
    // Words of judging and a grade both say the verdict; a grade alone ("good practice") may not.
    if (options.verdict && (judging || JUDGING.test(sentence.text) || GRADE.test(sentence.text))) score += (JUDGING.test(sentence.text) ? 0.3 : 0) + (GRADE.test(sentence.text) ? 0.2 : 0) + recency(meeting);
    if (negated && NEGATED.test(sentence.text)) score += 0.2;
    // The question's words in its own order ("good level of development") over the same words apart.
    score += 0.1 * Math.min(3, pairs.filter((p) => sentence.text.toLowerCase().includes(p)).length);
    // The better the item matched as a whole, the more its sentences count.
    score += fit * 0.2;
    // A table's row comes with its header; a short sentence keeps the one after it when that completes it ("65 appointed ... 60 retained").
    const text = sentence.header
      ? `${sentence.text} (${sentence.header})`
      : sentence.list?.length
        ? `${sentence.text} ${sentence.list.map((entry) => (/[.;:!?]$/.test(entry) ? entry : `${entry};`)).join(' ').replace(/;$/, '.')}`
        : withNext
          ? `${sentence.text} ${sentence.next}`
          : sentence.text;
    const passage: Passage = { text, item, meeting, score, ...(sentence.header ? { table: sentence.header } : {}), ...(sentence.reply ? { reply: true } : {}) };
    ownSubjects.set(passage, new Set(subjects.filter((t) => own.has(t))));
    found.push(passage);
  }
  // A count asked of a subject that several rows of one table hold ("Residential (External) – Children's
  // Homes", "Residential (Internal) – ..."): each row is a part, and a sentence that gives the whole goes first.
  if (form === 'count') {
    const rowsOf = new Map<string, number>();
    for (const p of found) if (p.table) rowsOf.set(`${p.item.id}|${p.table}`, (rowsOf.get(`${p.item.id}|${p.table}`) ?? 0) + 1);
    const wholes = found.filter((p) => !p.table && !PART_OF_BEFORE.test(p.text));
    for (const row of found) {
      if (!row.table || rowsOf.get(`${row.item.id}|${row.table}`)! < 2) continue;
      const part = ownSubjects.get(row)!;
      if (wholes.some((p) => [...part].every((t) => ownSubjects.get(p)!.has(t)))) row.score -= PART_ROW;
    }
  }
  // Best first; the same sentence in two papers (an item page and its minutes) once, and one row of a
  // table (its best): three rows of one table would leave no room for the sentence that says it outright.
  const seen = new Set<string>();
  return found
    .sort((a, b) => b.score - a.score)
    .filter((p) => {
      const key = p.text.toLowerCase().replace(/\s+/g, ' ');
      const table = p.table ? `table|${p.item.id}|${p.table}` : null;
      if (seen.has(key) || (table && seen.has(table))) return false;
      seen.add(key);
      if (table) seen.add(table);
      return true;
    })
    .slice(0, MAX_PASSAGES);
}

/** Two words of the query side by side, as a sentence would give them: "level of development" as "level development" too. */
function wordPairs(query: string): string[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !/^(?:the|and|for|are|was|were|how|many|much|what|who|did|does|have|has)$/.test(w));
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(`${words[i]} ${words[i + 1]}`, `${words[i]} of ${words[i + 1]}`);
  return pairs;
}

/** A date an event is set for: "on 23rd January, 2018", "in May 2023", "by spring 2024", "by 2020"; not a year naming a thing ("the 2011 census"). */
const EVENT_DATE =
  /\b(?:(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*,? (?:19|20)\d\d|(?:spring|summer|autumn|winter)(?: term)? (?:19|20)\d\d|(?:in|by|from|until|during|before|after|end of) (?:19|20)\d\d)\b/i;

/**
 * The sentence of a passage that sets a date for the subject asked ("The first six month DfE review would
 * be held on 23rd January, 2018"): it names every word of the subject itself; null when none does.
 */
export function datedSentence(passage: Passage, subject: string): string | null {
  if (passage.table) return null;
  const wanted = searchTerms(subject);
  return (
    passage.text.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/).find((sentence) => {
      if (!EVENT_DATE.test(sentence)) return false;
      const has = termsOf(sentence);
      const named = new Set(glossaryTokens(sentence));
      return wanted.every((t) => has.has(t) || named.has(t));
    }) ?? null
  );
}

export function passageEntry(ctx: AnswerContext, passage: Passage): AnswerEntry {
  return {
    text: clip(passage.text, passage.text.length > PASSAGE_CHARS && /:\s/.test(passage.text) ? LIST_CHARS : PASSAGE_CHARS),
    quote: true,
    label: citeLabel(passage.meeting, passage.item),
    cite: cite(ctx.view, passage.meeting, passage.item),
  };
}
