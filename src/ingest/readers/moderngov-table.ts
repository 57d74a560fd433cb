// A ModernGov meeting page saved as a markdown table ("No. | Item |"): one
// row per item with its cells run together ("APOLOGIES FOR ABSENCE To receive
// ... Additional documents: Minutes: There were none. |"), rows ended by a
// "|" line or a line of pipes. A title that was a link may be lost: the row's
// first words (the agenda's) stand in for it, and its minute is intact.
import { type ClassifiedLine, classifyLine, inTitleCase, readsAsTitle } from '../line-kinds.ts';
import { titleBeforeListMark } from '../title-list-mark.ts';
import * as R from '../rules.ts';
import { trimEnd } from '../text-edges.ts';
import { type Draft, hasText, newDraft } from './moderngov-parts.ts';

/** The labels of a row's parts, where the agenda's words end and the decision or minute begins. */
const PART_LABEL = /\b(?:additional documents|supporting documents|minutes|decisions?) ?: ?/i;
const ROW_LABEL = new RegExp(PART_LABEL.source, 'gi');
/** The row's number cell, "31 | " or "| 31. | " (the row's opening bar kept when the cell wrapped onto more lines). */
const ROW_NUMBER = /^(?:\| ?)?(\d{1,4}(?:\/\d{2,4})?[a-z]?)\.? ?\| ?/;
/** A short first cell that may hold an item number in another style: "CAB 41 | ", "5.1 | ", "Item 6 | ". */
const FIRST_CELL = /^(?:\| ?)?([^|\t]{1,16}?) ?\| ?/;

/** The item number a row's first cell holds ("31", "CAB 41", "5.1", "Item 6"), with the cell's length, or null. */
function rowNumber(text: string): { number: string; length: number } | null {
  const plain = ROW_NUMBER.exec(text);
  if (plain) return { number: plain[1]!, length: plain[0].length };
  const cell = FIRST_CELL.exec(text);
  if (!cell || !/\d/.test(cell[1]!)) return null;
  // The cell alone, classified as a line of its own: an item number and nothing else.
  const alone = classifyLine({ text: cell[1]!.trim(), emphasis: false, bullet: false, indent: 0, blank: false }, 0);
  return alone.itemNumber ? { number: alone.itemNumber.number, length: cell[0].length } : null;
}

/** Whether a line opens a table row with its number cell ("| 41. | Apologies ...", "CAB 41 | Apologies ..."). */
export function opensNumberedRow(text: string): boolean {
  return rowNumber(text.trim()) !== null;
}

const CAPITAL_TITLE = /^[A-Z0-9][A-Z0-9 ,'&()/.-]{3,200}/;
/** "MINUTES 8 MAY 2025 ...", "P1177.24 FORMER DEPOT SITE ...": a title in capitals (two words at least) opening a row. */
const ROW_TITLE_START = /^(?:[A-Z]{0,3}\d{2,5}[./]\d{2,4} )?[A-Z][A-Z0-9&,'()./-]{1,30}(?: [A-Z0-9&,'()./-]{1,30}){1,}(?: [A-Z][a-z]|$| \|)/;
const DECISION_IN_CAPITALS = /^(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|PLANNING PERMISSION|THAT|NOTED)\b/;
/** The agenda's words after a title: an instruction or a sentence ("To receive ...", "For the Committee to ..."), or a list ("· Cabinet Forward Plan"). */
const AGENDA_WORDS_START = / (?:(?:To|The|This|Members|Councillors|Please|Report|Any|Up to|For) [a-z]|[·•▪] )/;
/** A decision label in capitals straight after a row's title, the "Minutes:" label lost: "Annual Review RESOLVED that ...". */
const DECISION_LABEL_IN_ROW = / (?:RESOLVED|AGREED|DECIDED|ORDERED)\b/;
/** A row's agenda cell ends "Additional documents:" when the row's minute (or its closing "|") was lost. */
const DOCUMENTS_LABEL_LAST = /\badditional documents ?:$/i;
const PART_LABEL_FIRST = /^(?:decisions?|minutes) ?:/i;
const WRAPPED_HEAD_LINES = 4;

/** The words of a note in brackets after a title in capitals, its opening bracket already read: "if any)", "to follow)". */
const BRACKETED_NOTE = /^[a-z][a-z ]{0,28}\)/;

/** A row's first words: the title (in capitals, before a paper mark, or up to the agenda's words) and the rest. */
export function splitRowHead(head: string): { title: string; description: string } {
  const split = rowHeadRead(head);
  // "Appointments i) Chair To elect ...": the first mark of the agenda's list ends the title wherever the words above ended it.
  const marked = titleBeforeListMark(split.title, (title) => readsAsTitle(title));
  return marked ? { title: marked.title, description: `${marked.rest ?? ''} ${split.description}`.trim() } : split;
}

function rowHeadRead(head: string): { title: string; description: string } {
  const paper = R.ATTACHMENT_MARK.exec(head);
  // The mark may stand in brackets ("Minutes [PDF 210 KB]"): the brackets go with it.
  if (paper && paper.index > 0) return { title: trimEnd(head.slice(0, paper.index).trim(), '[( '), description: head.slice(paper.index + paper[0].length).replace(/^ ?[\])]/, '').trim() };
  const caps = CAPITAL_TITLE.exec(head);
  if (caps) {
    // The capitals run up to the first word in sentence case.
    let end = caps[0].length;
    const lower = /[A-Z][a-z]/.exec(head.slice(0, end));
    if (lower) end = lower.index;
    // "DECLARATIONS OF INTEREST (if any) To receive ...": a note in brackets, in small letters, closes the title.
    const note = /\($/.test(head.slice(0, end)) ? BRACKETED_NOTE.exec(head.slice(end)) : null;
    if (note) end += note[0].length;
    const title = trimEnd(head.slice(0, end), note ? ' ' : ' (');
    if (title.length >= 4 && /[A-Z]{3}/.test(title)) return { title: title.replace(/ [A-Z]$/, ''), description: head.slice(title.replace(/ [A-Z]$/, '').length).trim() };
  }
  if (!head || R.AGENDA_AUTHOR.test(head)) return { title: '', description: head };
  // "Cabinet Minutes (Agenda Item 5) Unconfirmed minutes of ...": the agenda's item number in brackets closes the title.
  const item = BRACKETED_ITEM_NUMBER.exec(head.slice(0, 200));
  if (item && item.index >= 3) return { title: head.slice(0, item.index).trim(), description: head.slice(item.index + item[0].length).trim() };
  // The agenda's words start as an instruction or a sentence: "Declarations of Interest To receive ...".
  // (A title holds no sentence's end: a later sentence's opening, "... by email. The deadline is ...", is not where its
  // agenda's words begin.)
  // (A sentence read after a title in title case may begin sooner: "Equality Implications The Chair will ask Members to ...".)
  const sentence = sentenceAfterTitle(head.slice(0, 400));
  const words = AGENDA_WORDS_START.exec(head.slice(0, 160));
  if (words && words.index >= 3 && !SENTENCE_END.test(head.slice(0, words.index + 2)) && !(sentence > 0 && sentence < words.index)) return { title: head.slice(0, words.index).trim(), description: head.slice(words.index).trim() };
  if (sentence > 0) return { title: head.slice(0, sentence).trim(), description: head.slice(sentence).trim() };
  const echo = agendaWordsEchoingTitle(head.slice(0, 400));
  if (echo > 0) return { title: head.slice(0, echo).trim(), description: head.slice(echo).trim() };
  const opened = sentenceAfterSentenceCaseTitle(head.slice(0, 400));
  if (opened > 0) return { title: head.slice(0, opened).trim(), description: head.slice(opened).trim() };
  const stop = head.indexOf('. ');
  if (stop > 0 && stop < 160) return { title: head.slice(0, stop), description: head.slice(stop + 2).trim() };
  return { title: trimEnd(head, '.'), description: '' };
}

/** A sentence's end inside a row's first words: a stop after a word in lower case, then a capital. */
const SENTENCE_END = /[a-z]{2}[.!?] [A-Z]/;
/** Words that open a sentence whatever follows them ("The Chair will ask ...", "In accordance with Standing Order ..."), never a title's last word. */
const SENTENCE_OPENER = /^(?:The|You|In|It|This|We|A|An|Any|All|Members|Councillors)$/;

/** "(Agenda Item 3)", "(Item 12a)": the agenda's number printed in brackets after a row's title. */
const BRACKETED_ITEM_NUMBER = / \((?:agenda )?item \d{1,3}[a-z]?\)(?= )/i;

/** Words in lower case that join a title's parts; a name in capitals may follow them inside a title ("Update on the Local Plan"). */
const TITLE_JOINERS = new Set(['the', 'and', 'for', 'of', 'to', 'in', 'on', 'by', 'with', 'from', 'at', 'under', 'into', 'about', 'between', 'within', 'after', 'before', 'over', 'against', 'towards', 'across', 'through', 'during', 'via', 'including', 'regarding', 'concerning']);
/** Words of a title in sentence case before its agenda's words, at most. */
const SENTENCE_CASE_TITLE_WORDS = 8;

/**
 * Where the agenda's words begin after a title in sentence case: "Urgent matters Notice of items which ... should be
 * considered ...", "Compliance letter Letter confirming ... is attached." A word opening with a capital straight after a
 * longer word in lower case (not a joining word, after which a name may stand) begins them, when what follows is a
 * sentence (a verb of one before its end, or a closing stop). -1 when the row's first words read otherwise.
 */
function sentenceAfterSentenceCaseTitle(head: string): number {
  const words = head.split(' ');
  let at = 0;
  for (let i = 0; i < Math.min(words.length - 3, SENTENCE_CASE_TITLE_WORDS); i++) {
    at += words[i]!.length + 1;
    const word = words[i]!;
    if (!/^[a-z]{4,}$/.test(word) || TITLE_JOINERS.has(word) || !/^[A-Z][a-z]/.test(words[i + 1]!)) continue;
    const rest = head.slice(at);
    const sentence = rest.split(/[.;] /)[0]!;
    return /^[A-Z]/.test(head) && (R.FINITE_VERB.test(sentence) || /[.]$/.test(rest)) ? at : -1;
  }
  return -1;
}

/** Short words a title shares with any sentence, which say nothing of an echo. */
const ECHO_STOP_WORDS = new Set(['the', 'and', 'for', 'of', 'to', 'in', 'on', 'any', 'a', 'an', 'by', 'with', 'from', 'at']);

/**
 * Where the agenda's words begin when they restate the title, as an agenda's instruction does: "Apologies for absence
 * Group Business Managers to submit any apologies for absence." The title is the words before a word in capitals that
 * opens a sentence (a capital, then words in lower case) when each of the title's own words (two at least) comes again in
 * that sentence. -1 when no such sentence follows.
 */
function agendaWordsEchoingTitle(head: string): number {
  const words = head.split(' ');
  let at = 0;
  for (let i = 0; i < words.length - 3; i++) {
    at += words[i]!.length + 1;
    const next = words[i + 1]!;
    if (!/^[A-Z][a-z]/.test(next) || !words.slice(i + 2, i + 6).some((w) => /^[a-z]{3,}/.test(w))) continue;
    const own = words.slice(0, i + 1).map((w) => w.toLowerCase().replace(/[^a-z]/g, '')).filter((w) => w.length > 1 && !ECHO_STOP_WORDS.has(w));
    if (own.length < 2) continue;
    const rest = new Set(words.slice(i + 1).map((w) => w.toLowerCase().replace(/[^a-z]/g, '')));
    if (own.every((w) => rest.has(w))) return at;
  }
  return -1;
}

/** A decision label in capitals after a sentence's end: where the cell's paragraph "RESOLVED ..." began. */
const DECISION_PARAGRAPH = /[.;:] (?=(?:RESOLVED|AGREED|DECIDED|ORDERED)\b)/g;

/**
 * A cell's paragraphs, which the row runs into one line ("... to the next meeting. RESOLVED to approve ..."): the
 * decision is its own paragraph again, so the narrative before it is read as narrative (a request, the chair) and the
 * decision as a decision.
 */
function cellParagraphs(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(DECISION_PARAGRAPH)) {
    out.push(text.slice(start, m.index + 1).trim());
    start = m.index + 2;
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * A row's cell broken over lines where the page wrapped it ("Minutes of the Previous Meeting For" / "the Committee to
 * approve ..."): the lines of its first sentence are one again, so the title ends where the cell's words say, not at a
 * line end. A line that opens in lower case carries on the line before it.
 */
function joinWrappedHead(row: ClassifiedLine[]): ClassifiedLine[] {
  const first = row.findIndex((l) => !l.blank);
  if (first < 0) return row;
  const head = row[first]!;
  let text = head.text;
  let k = first + 1;
  // A title and the start of its agenda words wrap over a few lines at most: the joining stops there, so a row of
  // many lower-case lines costs no more than reading them.
  while (k < row.length && k - first <= WRAPPED_HEAD_LINES && !row[k]!.blank && /^[a-z]/.test(row[k]!.text) && !PART_LABEL.test(text) && !R.ATTACHMENT_MARK.test(text)) {
    text = `${trimEnd(text, ' ')} ${row[k]!.text}`;
    k++;
  }
  return k === first + 1 ? row : [...row.slice(0, first), classifyLine({ ...head, text }, head.index), ...row.slice(k)];
}

/**
 * Where the agenda's words begin after a title in title case: "Welcome and Fire Evacuation Procedure In the event the
 * fire alarm sounds ...". The title's longer words all open with a capital; the agenda's words are a sentence: a
 * capital, then words in lower case, and most of its longer words in lower case (a long title has a few: "... to accept
 * the recommendations of the Scrutiny Committee from the Review of ..."). -1 when the row's first words read otherwise.
 */
function sentenceAfterTitle(head: string): number {
  const words = head.split(' ');
  const longWord = (w: string) => /^[A-Za-z]{4,}/.test(w);
  const lowerWord = (w: string) => /^[a-z]{4,}/.test(w);
  // Longer words in lower case from each word to the end, counted once from the end.
  const longFrom = new Array<number>(words.length + 1).fill(0);
  const lowerFrom = new Array<number>(words.length + 1).fill(0);
  for (let i = words.length - 1; i >= 0; i--) {
    longFrom[i] = longFrom[i + 1]! + (longWord(words[i]!) ? 1 : 0);
    lowerFrom[i] = lowerFrom[i + 1]! + (lowerWord(words[i]!) ? 1 : 0);
  }
  let at = 0;
  // The title's longer words that open with a capital: a title in title case shows two at least before its agenda's
  // words ("Response of the Cabinet to the review of ..." is a title in sentence case, read whole).
  let capitals = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (capitals >= 2 && /^[A-Z][a-z]/.test(word)) {
      const next = words.slice(i + 1, i + 4);
      // ("Public Forum Up to 30 minutes is allowed ...": a figure stands in a sentence's words as well.)
      // A word that only opens a sentence needs no more than a word in lower case in the next three: "The Chair will ask".
      const opener = SENTENCE_OPENER.test(word) && next.some(lowerWord);
      const sentence = opener || (next.length === 3 && next.every((w) => /^[a-z0-9]/.test(w)) && next.some(lowerWord));
      if (opener || (sentence && lowerFrom[i + 1]! * 3 >= longFrom[i + 1]! * 2)) return at;
    }
    // A longer word in lower case, other than one joining a title's parts ("Questions from the Public"): the words so far
    // are no title in title case.
    if (lowerWord(word) && !TITLE_JOINERS.has(word)) return -1;
    if (longWord(word)) capitals++;
    at += word.length + 1;
  }
  return -1;
}

/** Lines a row's agenda cell may wrap over before its first part label. */
const HEAD_CELL_LINES = 3;
/** Words that open a minute's sentence, never a row's title or its agenda words. */
const MINUTE_SENTENCE_START = /^(?:the|it|there|this|members?|councillors?|cllrs?|he|she|they|following|after|in|on|a|an)\b/i;

/**
 * A row left open ends where the next row's agenda cell begins: a line whose words run (over a line or two, where the
 * cell wrapped) into the next part label, "Apologies To receive any apologies. Minutes: ...", "To consider the report of
 * the Director. Additional documents:". The words before the label are a title or the agenda's instruction, not a
 * decision ("RESOLVED ...") or a minute's sentence; a label opening its line ("Minutes: ...") goes on the open row.
 */
export function opensLabelledRow(lines: readonly ClassifiedLine[], at: number, to: number): boolean {
  let text = '';
  for (let k = at, seen = 0; k < to && seen < HEAD_CELL_LINES; k++) {
    const line = lines[k]!;
    if (line.blank) continue;
    seen++;
    text = text ? `${text} ${line.text.trim()}` : line.text.trim();
    const label = PART_LABEL.exec(text);
    // A line that ends a sentence before any label ends a paragraph of the open row ("RESOLVED accordingly.").
    if (!label && /[.!?]$/.test(text)) return false;
    if (!label) continue;
    const head = text.slice(0, label.index).trim();
    // A head in title case is a title, whatever word opens it ("Member of Staff Jane Doe, MBE Minutes: ...").
    const sentence = MINUTE_SENTENCE_START.test(head) && !inTitleCase(head);
    return head.length >= 3 && !DECISION_IN_CAPITALS.test(head) && !line.decision && !sentence && !R.FINITE_VERB.test(head.slice(0, 60));
  }
  return false;
}

/** "Welcome Minutes: The Chair ...": a row's title run on one line into its part label, the row's bars lost or kept. */
const INLINE_PART_LABEL = /^[^.!?:]{3,200}? (?:minutes|decisions?|additional documents) ?: /i;

/** Whether a line carries a row's part label anywhere ("... a short service of prayers. Minutes: ..."). */
export function hasPartLabel(text: string): boolean {
  return PART_LABEL.test(text);
}

/** Whether a line carries a row's part label after its title on the same line. */
export function hasInlinePartLabel(text: string): boolean {
  return INLINE_PART_LABEL.test(text);
}

/** Rows of the table: lines up to one ending in "|" (or a line of pipes). */
function tableRows(lines: readonly ClassifiedLine[], from: number, to: number): ClassifiedLine[][] {
  const rows: ClassifiedLine[][] = [];
  let row: ClassifiedLine[] = [];
  // What the open row has read, kept as lines are added (not looked for again at each line): its "Minutes:" label,
  // and whether its last words are the label "Additional documents:".
  let minuted = false;
  let afterDocumentsLabel = false;
  const add = (line: ClassifiedLine) => {
    row.push(line);
    if (line.blank) return;
    minuted ||= /\bminutes ?: ?/i.test(line.text);
    afterDocumentsLabel = DOCUMENTS_LABEL_LAST.test(line.text);
  };
  const close = () => {
    if (row.some((l) => !l.blank)) rows.push(row);
    row = [];
    minuted = false;
    afterDocumentsLabel = false;
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (/^[-|: ]+$/.test(t) && t.includes('|')) {
      close();
      continue;
    }
    if (t.includes('\t')) {
      // A pipe table opened and closed by "|" was read as tab-separated cells: each such line opens a row
      // (a saved HTML table may print the row's parts on the lines after it).
      close();
      const text = t.split('\t').map((c) => c.trim()).filter(Boolean).join(' | ');
      if (text) add(classifyLine({ ...line, text }, line.index));
      continue;
    }
    // A row left open whose minute was read ends where a row closed by its bar opens with its own title and label.
    if (t.endsWith('|') && minuted && hasInlinePartLabel(t) && opensLabelledRow(lines, i, to)) close();
    if (t.endsWith('|')) {
      const text = trimEnd(t, '| ');
      if (text) add(classifyLine({ ...line, text }, line.index));
      close();
      continue;
    }
    // "Part 2 - Exempt Items" between rows left open: a row of its own, so the rows after it stand in that part.
    if (line.section && !t.includes('|')) {
      close();
      add(line);
      close();
      continue;
    }
    // A line opening with a number cell opens the next row, whether or not the row before was closed.
    if (opensNumberedRow(t)) close();
    // A row left open (no closing "|") ends where the next item's title in capitals begins, once its minute has been read,
    // or where a line that is neither a part label nor a paper follows the agenda cell's last label, "Additional documents:".
    if (minuted && ((ROW_TITLE_START.test(t) && !DECISION_IN_CAPITALS.test(t)) || opensLabelledRow(lines, i, to))) close();
    else if (afterDocumentsLabel && t && !PART_LABEL_FIRST.test(t) && !R.ATTACHMENT_MARK.test(t)) close();
    add(line);
  }
  close();
  return rows;
}

/** Words of a row past which, closed by a stop with no part label, it is a paragraph: a title and its agenda's words run shorter. */
const NOTE_WORDS = 24;

/**
 * A row of sentences alone: no number, no part label read, and its first words hold a sentence's verb, as no title does,
 * or the row is one long paragraph closed by its stop.
 */
function isLeadingNote(draft: Draft): boolean {
  if (draft.state !== 'description' || draft.number !== null) return false;
  const text = [draft.title, ...draft.description.map((l) => l.text)].join(' ').trim();
  return R.FINITE_VERB.test(draft.title) || (/[.]$/.test(text) && text.split(' ').length > NOTE_WORDS);
}

/** One draft per table row; the labels inside a row say where the agenda's words end and the minute begins. */
export function tableDrafts(lines: readonly ClassifiedLine[], from: number, to: number): Draft[] {
  let privateSection = false;
  const drafts: Draft[] = [];
  let leadingNote = false;
  for (const row of tableRows(lines, from, to).map(joinWrappedHead)) {
    const first = row.find((l) => !l.blank);
    if (first?.section) {
      privateSection = first.section === 'private';
      if (row.filter((l) => !l.blank).length === 1) continue;
    }
    const draft = newDraft(null, '', 'description', privateSection);
    let headRead = false;
    for (const line of row) {
      if (line.blank) {
        draft[draft.state].push(line);
        continue;
      }
      let text = line.text;
      const number = headRead ? null : rowNumber(text);
      if (number) {
        draft.number = number.number;
        text = text.slice(number.length);
      }
      text = text.replace(/ ?\| ?/g, ' ').trim();
      const labels = [...text.matchAll(ROW_LABEL)];
      const before = labels.length ? text.slice(0, labels[0]!.index).trim() : text;
      const piece = (t: string) => classifyLine({ ...line, text: t }, line.index);
      if (!headRead) {
        headRead = true;
        const label = DECISION_LABEL_IN_ROW.exec(before);
        const head = label && label.index >= 3 ? before.slice(0, label.index) : before;
        const { title, description } = splitRowHead(head);
        draft.title = title;
        if (description) draft.description.push(piece(description));
        if (head !== before) {
          draft.state = 'minutes';
          draft.minutes.push(piece(before.slice(head.length).trim()));
        }
      } else if (before) draft[draft.state].push(piece(before));
      for (const [n, label] of labels.entries()) {
        const word = label[0].toLowerCase();
        if (word.startsWith('minutes')) draft.state = 'minutes';
        else if (word.startsWith('decision')) draft.state = 'decision';
        const after = text.slice(label.index + label[0].length, labels[n + 1]?.index ?? text.length).trim();
        for (const paragraph of cellParagraphs(after)) draft[draft.state].push(piece(paragraph));
      }
      draft.lines++;
    }
    if (drafts.length === 0) leadingNote = isLeadingNote(draft);
    if (draft.title || draft.minutes.length || draft.description.length) drafts.push(draft);
  }
  // A note over the rows of a page of minutes ("The Provost welcomed ... |", the note column's text): sentences with no
  // title and no part label, where the rows after it carry their minutes. An agenda's first row is never one.
  return leadingNote && drafts.slice(1).some((d) => hasText(d.minutes) || hasText(d.decision)) ? drafts.slice(1) : drafts;
}
