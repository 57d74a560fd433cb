// What one minute's text says: its resolutions, the requests it makes and the
// items it adds to the work programme. Shared by every reader and by ModernGov
// sync (minute HTML per item).
import type { ParsedRequest, ParsedResolution, RequestKind } from '../model.ts';
import { type ClassifiedLine, classifyLines } from './line-kinds.ts';
import { documentLines } from './normalise-text.ts';
import { type DecisionBlock, confirmsRecord, decisionsOf, findDecisions, isExclusionDecision, narrativeDecisions, nextMarker, ordains, recordsNarrativeDecision, withoutVotes } from './resolutions.ts';
import * as R from './rules.ts';
import { trimEnd } from './text-edges.ts';
import { answeredAtMeeting, askingPart, askingStemKind, closingAction, dueFromText, isActionPoint, isOwnerActionLine, makeRequest, promisedLater, requestKind, requestListKind, runInParts } from './requests.ts';
import {
  type Addition,
  additionsFromClause,
  additionsFromListStem,
  dedupeAdditions,
  introducesAdditionList,
} from './work-programme-additions.ts';

export interface MinuteContent {
  resolutions: ParsedResolution[];
  requests: ParsedRequest[];
  workProgrammeAdditions: string[];
  workProgrammeAdditionDetails: Addition[];
  /** The text marks itself exempt ("exempt information", "not for publication"). */
  private: boolean;
  /** A resolution excludes the press and public: what follows it is exempt. */
  excludesPublic: boolean;
  /** Index (into the lines given) just past the resolution that excluded the press and public, or null. */
  exclusionEnd: number | null;
}

export interface MinuteContext {
  /** The meeting's date, for due dates given relative to it ("end of the municipal year"). */
  meetingDate?: string | null;
  /** The item's title: a work-programme item's bullets are additions even when the sentence does not say so. */
  title?: string;
  /** Paragraphs that are decisions by where they stand (a ModernGov page's "Decision:" part). */
  decisionPart?: readonly ClassifiedLine[];
}

/** One item's resolutions, requests and work-programme additions, from its raw text (markdown, web text or plain). */
export function extractMinuteContent(text: string, context: MinuteContext = {}): MinuteContent {
  return extractFromLines(classifyLines(documentLines(text)), context);
}

/** Consecutive bullet (or numbered) lines after index `from`, blank lines between them allowed. */
/** The items of the list under line `from`; lines marked "i)", "ii)" are items too where `roman` (a list of asks, never a sub-list). */
function bulletsAfter(lines: readonly ClassifiedLine[], from: number, roman = false): { items: string[]; end: number } {
  const items: string[] = [];
  let k = from + 1;
  let end = from + 1;
  let baseIndent: number | null = null;
  while (k < lines.length) {
    const line = lines[k]!;
    if (line.blank) {
      k++;
      continue;
    }
    const numbered = line.clause && (roman || line.clause.kind !== 'roman') ? line.clause : null;
    if (!line.bullet && !numbered) {
      // A bullet wrapped onto the next line (indented, or carrying on in lower case).
      const prev = lines[k - 1]!;
      if (items.length > 0 && !prev.blank && (line.indent > 0 || /^[a-z]/.test(line.text))) {
        items[items.length - 1] = `${items[items.length - 1]} ${line.text}`;
        k++;
        end = k;
        continue;
      }
      break;
    }
    const text = numbered ? numbered.rest : line.text;
    baseIndent ??= line.indent;
    // Deeper bullets belong to the one above them.
    if (line.indent > baseIndent + 1 && items.length > 0) items[items.length - 1] = `${items[items.length - 1]} ${text}`;
    else items.push(text);
    k++;
    end = k;
  }
  return { items, end };
}

/** A line that carries on the paragraph or bullet above it rather than starting a new one. */
function isContinuation(line: ClassifiedLine, first: ClassifiedLine): boolean {
  if (line.blank || line.bullet || line.text.includes('\t') || line.clause || isOwnerActionLine(line.text) || PARAGRAPH_NUMBER.test(line.text)) return false;
  if (first.bullet) return line.indent > 0 || /^[a-z]/.test(line.text);
  return true;
}

/** "107.3 Councillor Dunstan requested ...", "87.3 81.2 The culvert ...": a numbered paragraph of the minute opens its own line, whatever the line above. */
const PARAGRAPH_NUMBER = /^\d{1,4}\.\d{1,3}\.? +(?:\d{1,4}\.\d{1,3}\.? +)?[A-Z]/;

/** A printed line at least this long that ends without a stop was wrapped by the page, not ended by the writer. */
const WRAPPED_LINE_CHARS = 70;
/** This many wrapped lines each followed by a blank line and more of the paragraph mark a page saved double-spaced. */
const DOUBLE_SPACED_PAIRS = 2;

function endsMidSentence(line: ClassifiedLine): boolean {
  // The agenda's words for an item ("To consider the report of ...") end without a stop and are never run on.
  const text = line.text.trimEnd();
  // "... in the coming weeks. Action ML & WH": the action column's owner ends the paragraph, not a wrapped line.
  return !line.blank && text.length >= WRAPPED_LINE_CHARS && /[\p{L}\d,'’)-]$/u.test(text) && !/^To [a-z]/.test(text) && closingAction(text) === null;
}

function carriesOn(line: ClassifiedLine): boolean {
  return !line.blank && !line.bullet && !line.clause && !line.heading && !line.text.includes('\t') && !isOwnerActionLine(line.text);
}

/** Where the text resumes after the blank lines at `from` (at most three, as a page break moved away leaves them), or -1. */
function afterBlanks(lines: readonly ClassifiedLine[], from: number, limit: number): number {
  let k = from;
  while (k < limit && k - from < 3 && lines[k]!.blank) k++;
  return k > from && k < limit && !lines[k]!.blank ? k : -1;
}

/** Wrapped lines followed by blank lines and then more text of the paragraph. */
function wrappedPairs(lines: readonly ClassifiedLine[], limit: number): number {
  let pairs = 0;
  for (let k = 0; k + 2 < limit; k++) {
    const next = endsMidSentence(lines[k]!) ? afterBlanks(lines, k + 1, limit) : -1;
    if (next > 0 && carriesOn(lines[next]!)) pairs++;
  }
  return pairs;
}

/**
 * A paragraph's sentences; a letter that marks a part run into the line ("... committee. e. Treasurer: ...") starts a
 * new one, and a person's initial ("K. Ashby proposed ...") ends none.
 */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])(?<!\b(?:Cllrs?|Couns?|Mrs?|Ms|Dr|Revd?|Prof|Capt|Sgt|Supt|Insp)\.)(?<!(?:^|\s)[A-Za-z]\.)\s+(?=[A-Z"'(]|[a-z][.)] [A-Z])/);
}

/** The cells of a table's line: its columns, or the cells between bars. */
function cellsOf(line: ClassifiedLine): readonly string[] | null {
  if (line.columns && line.columns.length >= 2) return line.columns;
  // A table saved with bars reaches here with a tab between its cells.
  const cells = line.text.split(/[\t|]/).map((c) => c.trim()).filter(Boolean);
  return /[\t|]/.test(line.text) && cells.length >= 2 ? cells : null;
}

/** "Action | Owner | Date", "Action agreed      By whom      By when": the head of a table of actions set at the meeting. */
function actionTableHead(line: ClassifiedLine): boolean {
  const cells = cellsOf(line);
  return (
    cells !== null &&
    /^actions?(?: (?:agreed|required|points?))?$/i.test(cells[0]!) &&
    cells.slice(1).some((c) => /^(?:owner|by whom|who|lead(?: officer)?|responsible(?: officer)?|officer)$/i.test(c))
  );
}

/** "the item be noted", "the report be received": a clause that only takes note, asking for nothing even under an asking stem. */
function decidesOnly(text: string): boolean {
  return /\bbe (?:noted|received|accepted|welcomed|endorsed|approved|agreed)\b[.;]?$/i.test(text.replace(/;? ?and$/, ''));
}

/** "There were none.", "None.": a decision part that decides nothing. */
/** A verb of deciding in the present tense, its subject whoever makes the decision. */
const MAKER_DECIDES = /\b(?:approves|agrees|endorses|authori[sz]es|delegates|adopts|accepts|decides|resolves)\b/;

function decidesNothing(text: string): boolean {
  return /^(?:there (?:were|was) )?(?:none|nil|no )|^n\/a\b/i.test(text);
}

/**
 * A paragraph of a decision part that records a decision, not the business around it ("Apologies were received ...",
 * "Cllr A raised a point of order ... the notes would not be circulated to Members."): it opens as a decision, says
 * something was approved, or one of its sentences says what is to be (not what someone said or expected would be).
 */
function recordsDecision(text: string): boolean {
  // ... or that it has been ("The Director of Place has given approval to the letting of ...").
  if (R.DECISION_VERB.test(text) || /\b(?:was|were) (?:approved|agreed|endorsed|adopted|accepted|confirmed|deferred|refused|granted)\b|\bha(?:s|ve) (?:given (?:approval|consent|authority)|approved|agreed|authori[sz]ed)\b/i.test(text)) return true;
  // ... or that its maker decides it now, whoever that is ("The Director of Place approves the grant ...", "The Cabinet
  // Member has read the responses and adopts ..."): a decision part holds the decision, so its verb says so.
  if (MAKER_DECIDES.test(text)) return true;
  return sentences(text).some((s) => ordains(s) || recordsNarrativeDecision(s));
}

/**
 * Paragraphs of a decision part: each one a decision, unless it says there were none. A numbered or lettered line opens
 * a paragraph of its own ("1. That the Director approves ..." / "2. That the Director gives approval ..." with no blank
 * line between), unless it is listed under a line that ends in a colon or a dash, the stem whose list it is.
 *
 * A decision part prints nothing but the decision, so a run of paragraphs marked in series ("(1)", "(2)", ...) of which
 * one reads as a decision is the decision's list, each paragraph a clause whatever its verb ("(2) the partners are
 * thanked for their support", "(4) the gating order will be considered under a separate report"): a rendering that
 * dropped the "RESOLVED that:" over them leaves only the marks to say so. A run in which nothing decides (a chair's
 * announcements numbered as paragraphs) stays out.
 */
function decisionParagraphs(lines: readonly ClassifiedLine[], paragraphsOnly = false): DecisionBlock[] {
  const blocks = paragraphsOnly ? [] : findDecisions(lines);
  if (blocks.length > 0) return blocks;
  const paragraphs: { start: number; end: number; text: string; marker: string | null; kind: string | null }[] = [];
  let text = '';
  let start = 0;
  let listed = false;
  let opening: ClassifiedLine['clause'] = null;
  // "... nominations to each group:" / (blank) / "· Climate Action" / (blank) / "· Food Insecurity": entries of the list a
  // paragraph announces stand in paragraphs of their own, and are its list.
  let announcing = false;
  let gap = false;
  const flush = (end: number) => {
    announcing = false;
    const t = text.trim();
    if (t) paragraphs.push({ start, end, text: t, marker: opening?.marker ?? null, kind: opening?.kind ?? null });
    text = '';
    listed = false;
    opening = null;
  };
  lines.forEach((l, i) => {
    if (l.blank) {
      if (text && (announcing || R.announcesList(text) && /:[-–]?$/.test(text.trim()))) {
        announcing = true;
        gap = true;
      } else flush(i);
    } else {
      if (gap && !(l.bullet || (!l.clause && l.text.length <= 90 && !/[.;!?]$/.test(l.text)))) {
        announcing = false;
        flush(i);
      }
      gap = false;
      if (l.clause && text) {
        if (/[:\-–—]$/.test(text)) listed = true;
        else if (!listed) flush(i);
      }
      if (!text) {
        start = i;
        opening = l.clause;
      }
      text = `${text} ${announcing && l.bullet ? '- ' : ''}${l.clause ? l.clause.rest : l.text}`;
    }
  });
  flush(lines.length);
  const decides = paragraphs.map((p) => !decidesNothing(p.text) && recordsDecision(p.text));
  // Paragraphs whose marks run in one series (same kind, each the next mark), and whether one of the run decides.
  const inSeries = paragraphs.map((p, n) => {
    const before = paragraphs[n - 1];
    return n > 0 && p.marker !== null && before?.marker != null && before.kind === p.kind && nextMarker(before.marker, p.marker);
  });
  const kept = [...decides];
  for (let n = 0; n < paragraphs.length; ) {
    let end = n + 1;
    while (end < paragraphs.length && inSeries[end]) end++;
    if (end - n >= 2 && decides.slice(n, end).some(Boolean)) for (let k = n; k < end; k++) kept[k] = !decidesNothing(paragraphs[k]!.text);
    n = end;
  }
  return paragraphs
    .filter((_, n) => kept[n])
    .map((p) => ({ start: p.start, end: p.end, stem: p.text, clauses: [], listStem: false, resolutions: [{ text: p.text, unanimous: /\bunanimous/i.test(p.text) }], excludesPublic: false }));
}

/**
 * The decisions read, and the paragraphs of a decision record in which its maker decides in the present tense where
 * none was read ("The Cabinet Member has read the responses and adopts ..." above "She also agrees that ..."), in the
 * order printed. An issue's record may tell the meeting's narrative above its decision ("Members declined to approve
 * ..."): a paragraph in other tenses is left to the readers.
 */
function withUnreadParagraphs(blocks: DecisionBlock[], paragraphs: readonly DecisionBlock[]): DecisionBlock[] {
  const read = new Set<number>();
  for (const b of blocks) for (let i = Math.max(0, b.start); i < b.end; i++) read.add(i);
  const unread = paragraphs.filter((p) => {
    if (!MAKER_DECIDES.test(p.stem)) return false;
    for (let i = p.start; i < p.end; i++) if (read.has(i)) return false;
    return true;
  });
  if (unread.length === 0 || blocks.some((b) => b.start < 0)) return blocks;
  return [...blocks, ...unread].sort((a, b) => a.start - b.start);
}

/**
 * The minute's decisions, or the decision part's when the minute's are a copy of them cut short. A page prints an item's
 * decision under "Decision:" and again at the foot of its minute; a page's stored opening may end inside the minute's
 * copy ("RESOLVED to:" / "1) Withdraw the commitment ...;" / "2) Withdraw the approval of the"), which then holds fewer
 * clauses, or a clause cut off, each the start of one under "Decision:". That is the fallback: a minute whose decisions
 * say anything the decision part does not keeps its own.
 */
function fullerDecisionPart(minute: DecisionBlock[], stated: readonly DecisionBlock[]): DecisionBlock[] {
  const own = minute.flatMap((b) => b.resolutions.map((r) => decisionKey(r.text)));
  const full = stated.flatMap((b) => b.resolutions.map((r) => decisionKey(r.text)));
  if (own.length === 0 || full.length === 0 || own.some((m) => m === '')) return minute;
  const startOf = (m: string) => full.findIndex((d) => d === m || d.startsWith(`${m} `));
  if (own.some((m) => startOf(m) < 0)) return minute;
  const cut = full.length > own.length || own.some((m) => !full.includes(m));
  if (!cut) return minute;
  // The decision part's blocks take the place of the minute's lines, so those lines are not read again as narrative.
  const placed = minute.filter((b) => b.start >= 0);
  const start = placed.length > 0 ? Math.min(...placed.map((b) => b.start)) : -1;
  const end = placed.length > 0 ? Math.max(...placed.map((b) => b.end)) : -1;
  return stated.map((b, n) => (n === 0 ? { ...b, start, end } : { ...b, start: -1, end: -1 }));
}

/**
 * The lines with a sentence carried over a page break put back together: "Members asked whether the officers
 * responsible" / (blank) / "Chairman's initials" / "Audit Committee - 16 July 2024" / (blank) / "could attend the
 * next meeting." The page's foot and head (at most four short lines, blank lines around them) move after the
 * paragraph, as blank lines, so the count of lines stays the same; `origin` gives each line's place as printed.
 * The sentence carries on in lower case, or, after a line stopped on a word no sentence ends on ("... for Local
 * Government in" / "Northshire in line with the timetable."), in a line of prose with a capital: one that ends a
 * sentence or runs to the margin, and is no heading, numbered part, label or decision of its own.
 */
export function bridgePageBreaks(lines: readonly ClassifiedLine[]): { lines: ClassifiedLine[]; origin: number[] } {
  const out: ClassifiedLine[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    out.push(line);
    origin.push(i);
    i++;
    if (line.blank || /[.;:!?\-–—]["')]?$/.test(line.text) || i >= lines.length || !lines[i]!.blank) continue;
    const unfinished = R.TRAILING_FUNCTION_WORD.test(line.text.slice(line.text.lastIndexOf(' ') + 1));
    // Across the blank lines and the page's furniture to a line that carries on the sentence.
    let k = i;
    let furniture = 0;
    let blank: ClassifiedLine | null = null;
    while (k < lines.length && furniture <= 4) {
      const next = lines[k]!;
      if (next.blank) blank ??= next;
      else if (next.bullet || next.clause || next.heading || next.itemNumber) {
        k = lines.length;
        break;
      } else if (/^[a-z]/.test(next.text)) break;
      else if (next.text.length > 70 || /[.;!?]$/.test(next.text)) {
        if (!(unfinished && carriesOnInCapitals(next))) k = lines.length;
        break;
      } else if (startsSomething(next) || next.label) {
        // "RESOLVED" under "Proposed by Cllr A, seconded by Cllr B, and": a label, never a page's furniture.
        k = lines.length;
        break;
      } else furniture++;
      k++;
    }
    if (k >= lines.length || furniture > 4 || blank === null) continue;
    // The carried-on paragraph, then the skipped lines as blanks.
    let end = k;
    while (end < lines.length && !lines[end]!.blank) end++;
    for (let c = k; c < end; c++) {
      out.push(lines[c]!);
      origin.push(c);
    }
    for (let c = i; c < k; c++) {
      out.push(blank);
      origin.push(c);
    }
    i = end;
  }
  return { lines: out, origin };
}

/** A line that opens a decision, a part of an item or a record's field: it starts something, it carries nothing on. */
function startsSomething(line: ClassifiedLine): boolean {
  return (['decision-label', 'present-tense-decision', 'minutes-part', 'decision-part', 'decision-field', 'action', 'closing'] as const).some((k) => line.kinds.has(k));
}

/** A line of prose that may carry on a sentence: not in capitals or bold as a heading is, not a label or a decision of its own. */
function carriesOnInCapitals(line: ClassifiedLine): boolean {
  return !line.emphasis && /[a-z]/.test(line.text) && !line.label && !R.SENTENCE_START.test(line.text) && !startsSomething(line);
}

export function extractFromLines(printed: readonly ClassifiedLine[], context: MinuteContext = {}): MinuteContent {
  const { lines, origin } = bridgePageBreaks(printed);
  // Counted as printed: putting page breaks back together joins some of the wrapped lines that mark the page.
  const doubleSpaced = wrappedPairs(printed, printed.length) >= DOUBLE_SPACED_PAIRS;
  const content = extractFromBridged(lines, context, context.decisionPart === printed ? lines : context.decisionPart, doubleSpaced);
  // The exclusion's end as printed: every line after the last one moved before it is exempt.
  if (content.exclusionEnd === null || content.exclusionEnd === 0) return content;
  let end = 0;
  for (let k = 0; k < content.exclusionEnd; k++) end = Math.max(end, origin[k]! + 1);
  return { ...content, exclusionEnd: end };
}

function extractFromBridged(
  lines: readonly ClassifiedLine[],
  context: MinuteContext,
  decisionPart: readonly ClassifiedLine[] | undefined,
  doubleSpaced: boolean,
): MinuteContent {
  const meetingDate = context.meetingDate ?? null;
  const title = context.title ?? '';
  let blocks = findDecisions(lines);
  if (blocks.length > 0 && decisionPart && decisionPart !== lines) blocks = fullerDecisionPart(blocks, decisionParagraphs(decisionPart));
  // A decision record's words are its decision: a paragraph of them the readers passed over is one too.
  if (blocks.length > 0 && decisionPart === lines) blocks = withUnreadParagraphs(blocks, decisionParagraphs(decisionPart, true));
  // A decision part that is the body itself (a decision record) keeps its places, so its sentences are not read again as narrative.
  // A decision part printed apart from the minute whose words decide nothing the readers know (see below).
  let decisionPartUndecided = false;
  if (blocks.length === 0 && decisionPart) {
    const own = decisionPart === lines;
    blocks = decisionParagraphs(decisionPart).map((b) => (own ? b : { ...b, start: -1, end: -1 }));
    decisionPartUndecided = !own && blocks.length === 0;
  }
  const inBlock = new Uint8Array(lines.length);
  for (const b of blocks) for (let i = Math.max(0, b.start); i < b.end && i < lines.length; i++) inBlock[i] = 1;
  // Decisions recorded in narrative: the whole minute's when it has no decision label, else those of paragraphs that hold none.
  const labelled = blocks.length > 0;
  const parts = partsOf(lines, blocks);
  // The same decision read from the label and from the narrative around it ("... seconded by Y and RESOLVED that the following grants be awarded: –") is the label's.
  const decided = blocks.flatMap((b) => b.resolutions.map((r) => withoutLabel(decisionKey(r.text)))).filter(Boolean);
  const decidedKeys = new Set(decided);
  // Containment is tried against a minute's first decisions only, so a minute of thousands of decisions stays linear.
  const nearby = decided.slice(0, 64);
  const nearbyWords = nearby.map(contentWordsOf);
  const readAlready = (b: DecisionBlock) =>
    b.resolutions.some((r) => {
      // "RESOLVED – the Minutes ... were approved" read again as narrative is the label's decision, label and all.
      const key = withoutLabel(decisionKey(r.text));
      // ... and so is "It was agreed that approval of the minutes would be deferred" over "RESOLVED that approval of the minutes be deferred".
      return key !== '' && (decidedKeys.has(key) || nearby.some((k) => k.includes(key) || key.includes(k)) || nearbyWords.some((w) => retells(contentWordsOf(key), w)));
    });
  // "RESOLVED to approve the minutes of the meeting of 12th February. The minutes were signed by the Chair.": the record decided under a label, told again.
  const recordDecided = blocks.some((b) => b.resolutions.some((r) => R.MINUTES_WORD.test(r.text) && R.RECORD_DECIDED.test(r.text)));
  const narrative = narrativeDecisions(lines, R.MINUTES_ITEM_TITLE.test(title) && !recordDecided).filter((b) => !labelled || (b.start < 0 && standsApart(lines, b, inBlock, parts, recordDecided) && !readAlready(b)));
  if (narrative.length > 0) {
    blocks = labelled ? [...blocks, ...narrative].sort((a, b) => firstLine(a) - firstLine(b)) : narrative;
    for (const b of narrative) for (let i = Math.max(0, b.start); i < b.end && i < lines.length; i++) inBlock[i] = 1;
  }

  // "Minutes of the last meeting. Approved and signed.": a minute that is its verdict alone decides what its title names.
  // "1. It was agreed to donate £25 to the Citizens Advice Bureau.": a numbered paragraph read as an item whose title is the decision.
  const titled = decisionInTitle(title);
  if (blocks.length === 0) {
    // Its movers under a title that is the decision ("... were signed and approved." / "Proposed by A, seconded by B") are its vote.
    const verdict = verdictAlone(lines) ?? (titled ? null : (voteRecordAlone(lines) ?? motionCarriedAlone(lines)));
    if (verdict) blocks = [verdict];
  }
  if (titled && !readAlready(titled)) blocks = [titled, ...blocks];

  blocks = withoutVotes(blocks, lines);
  const resolutionRequests: ParsedRequest[] = [];
  const additions: Addition[] = [];
  // "The following item was considered with the press and public excluded.": what follows is exempt, as after a resolution.
  let exclusionEnd: number | null = takenInPrivateFrom(lines, inBlock, blocks);
  const shown: DecisionBlock[] = [];
  /** The parts of a resolution that ask, each a request in its own words. */
  const partsAsking = (parts: readonly string[]) =>
    parts.flatMap((part) => {
      const kind = requestKind(part, 'resolution');
      return kind ? [makeRequest(askingPart(part, kind), kind, meetingDate)] : [];
    });
  // The minute's words before the exclusion, for a decision read from a paragraph the exclusion stands inside.
  let publicWords: { end: number; text: string } | null = null;
  const saidInPublic = (block: DecisionBlock, end: number): boolean => {
    if (block.start >= 0) return true;
    if (publicWords?.end !== end) publicWords = { end, text: squashed(lines.slice(0, end).map((l) => l.text).join(' ')) };
    return publicWords.text.includes(squashed(block.stem).slice(0, 60));
  };
  for (const block of blocks) {
    // Nothing decided after the press and public were shut out may be read: neither a decision below the exclusion nor
    // one read from a paragraph that runs on past it ("... were excluded for this item. The council agreed ...").
    if (exclusionEnd !== null && (firstLine(block) >= exclusionEnd || !saidInPublic(block, exclusionEnd))) break;
    shown.push(block);
    if (block.excludesPublic) exclusionEnd = Math.min(exclusionEnd ?? Infinity, Math.max(block.end, block.paragraphEnd ?? 0, 0));
    additions.push(...blockAdditions(block));
    if (block.listStem) {
      const kind = requestListKind(`${block.stem}:`);
      if (kind) for (const c of block.clauses) resolutionRequests.push(makeRequest(c, kind, meetingDate));
      else if (additionsFromListStem(block.stem, block.clauses).length === 0) {
        // "That the work programme be amended as follows:" asks nothing itself: each listed clause that asks is a request
        // (not the items a stem adds to the work programme by name: "1) Private Fostering report back").
        resolutionRequests.push(...partsAsking(block.clauses));
      }
      continue;
    }
    // "RESOLVED that the Committee requests that: (a) ... (b) ...": each clause is asked for, whatever its own words.
    const stemAsks = block.clauses.length > 0 ? askingStemKind(block.stem) : null;
    for (const r of block.resolutions) {
      // A resolution quoted with its lettered list asks through the parts that ask, each a request in its own words.
      const asking = partsAsking(runInParts(r.text) ?? []);
      if (asking.length > 0) {
        resolutionRequests.push(...asking);
        continue;
      }
      const kind = requestKind(r.text, 'resolution') ?? (stemAsks && !decidesOnly(r.text) ? stemAsks : null);
      if (kind) resolutionRequests.push(makeRequest(withAskNamedAbove(r.text, block, lines) ?? askingPart(r.text, kind), kind, meetingDate));
    }
  }
  blocks = shown;
  const resolutions = decisionsOf(blocks, lines);

  const bodyRequests: ParsedRequest[] = [];
  /** A decision with the action label after it: one request in both their words, in place of the decision's own. */
  const ownedDecision = (decision: string, label: string) => {
    const at = resolutionRequests.findIndex((r) => decision.includes(r.text));
    const kind = at >= 0 ? resolutionRequests[at]!.kind : (requestKind(decision, 'resolution') ?? 'follow-up');
    if (at >= 0) resolutionRequests.splice(at, 1);
    resolutionRequests.push(makeRequest(`${decision} ${label}`, kind, meetingDate));
  };
  // "3. Clerk to write to the police about speeding.": a numbered paragraph read as an item whose title is the request;
  // "5 Grant – WH awaiting the auditor's reply. Action WH": one closed by its owner's label is owed by them, whatever its words.
  const titleOwned = closingAction(title);
  if (titleOwned && titleOwned.label && isSentenceTitle(titleOwned.before)) {
    const owned = sentences(titleOwned.before).at(-1)!;
    bodyRequests.push(makeRequest(`${owned} ${titleOwned.label}`, requestKind(owned, 'body') ?? 'follow-up', meetingDate));
  } else if (isSentenceTitle(title)) bodyRequests.push(...sentenceRequests(title, meetingDate));
  for (const block of blocks) {
    if (!block.trailing) continue;
    // "It was decided to restore the well. Action Roger": the owner named after a decision makes it a task set, owed by them.
    const decided = block.resolutions.at(-1);
    if (decided && isOwnerActionLine(block.trailing)) ownedDecision(decided.text, block.trailing.trim());
    else bodyRequests.push(...sentenceRequests(block.trailing, meetingDate));
  }
  const limit = exclusionEnd ?? lines.length;
  let previous = '';
  // The decision read just above (only blank lines between): an owner's line under it owns that decision.
  let decisionAbove: DecisionBlock | null = null;
  // Whether the paragraph just read made a request (an action line under it may record who meets it).
  let askedJustAbove = false;
  // The requests the paragraph above made: an owner's line under it joins the last of them.
  const askedAbove = new Set<string>();
  let i = 0;
  while (i < limit) {
    const line = lines[i]!;
    if (line.blank || inBlock[i]) {
      if (inBlock[i]) {
        previous = '';
        decisionAbove = blocks.find((b) => b.start <= i && i < b.end) ?? decisionAbove;
      }
      i++;
      continue;
    }
    // "Action      Owner      Date" over its rows: each row is an action set at the meeting.
    if (actionTableHead(line)) {
      let j = i + 1;
      for (; j < limit && !inBlock[j] && !lines[j]!.blank && (cellsOf(lines[j]!)?.length ?? 0) >= 2; j++) {
        const cells = cellsOf(lines[j]!)!;
        const kind = requestKind(cells[0]!, 'resolution') ?? 'follow-up';
        const request = makeRequest(cells.join(' '), kind, meetingDate);
        // The row's last cell is the date it is due by ("March 2026").
        bodyRequests.push({ ...request, due: request.due ?? dueFromText(`by ${cells.at(-1)!}`, meetingDate) });
      }
      if (j > i + 1) {
        askedJustAbove = false;
        i = j;
        continue;
      }
    }
    // A paragraph (or a bullet) with the lines a PDF or a narrow layout wrapped it onto.
    let j = i + 1;
    // "ACTION RT" names the owner of what stands above it; what follows is the next matter.
    if (!isOwnerActionLine(line.text)) {
      for (;;) {
        while (j < limit && !inBlock[j] && isContinuation(lines[j]!, line)) j++;
        // "... JS agreed to complete an End of Year", a blank line, "Report and Clerk will ...": one sentence the page split.
        const next = doubleSpaced ? afterBlanks(lines, j, limit) : -1;
        if (next > 0 && !inBlock[next] && endsMidSentence(lines[j - 1]!) && carriesOn(lines[next]!)) j = next;
        else break;
      }
    }
    // A lettered paragraph ("c) The reply ... was still awaited.") is quoted without its letter.
    const text = lines
      .slice(i, j)
      .filter((l) => !l.blank)
      .map((l, n) => (n === 0 && l.clause && !l.heading ? l.clause.rest : l.text))
      .join(' ');
    const listKind = requestListKind(text);
    const additionYear = introducesAdditionList(text, title);
    if (listKind || additionYear !== false) {
      const { items, end } = bulletsAfter(lines, j - 1, listKind !== null);
      if (items.length > 0) {
        // "i) a breakdown ... be circulated to Members; and": the item without the list's joining words.
        if (listKind) for (const item of items) bodyRequests.push(makeRequest(item.replace(/;(?: and| or)?$/, ''), listKind, meetingDate));
        else {
          for (const item of items) additions.push({ title: trimEnd(item, '.;,'), year: additionYear || null });
          // The paragraph over the list may ask in its own words ("... agreed to hold a workshop ..., as follows:").
          bodyRequests.push(...sentenceRequests(text, meetingDate));
        }
        i = Math.min(end, limit);
        continue;
      }
    }
    // "ACTION: Director of Housing" under a paragraph names who owes what it asks: the last request it made, or, where it
    // asked nothing in words the readers know, the paragraph itself (its last sentence when long), with the owner.
    if (isOwnerActionLine(text) && previous !== '') {
      const label = text.trim();
      // (Only when it asked: the requests it made are the newest, so the search stops at once; one with none would walk them all.)
      const last = askedAbove.size > 0 ? bodyRequests.findLastIndex((r) => askedAbove.has(r.text)) : -1;
      if (last >= 0) bodyRequests[last] = makeRequest(`${bodyRequests[last]!.text} ${label}`, bodyRequests[last]!.kind, meetingDate);
      else {
        const asked = wordCount(previous) <= ONE_REQUEST_WORDS ? previous : sentences(previous).at(-1)!;
        bodyRequests.push(makeRequest(`${asked} ${label}`, requestKind(asked, 'body') ?? 'follow-up', meetingDate));
      }
    } else if (isOwnerActionLine(text) && decisionAbove?.resolutions.length) {
      // "That the report be approved." then "ACTION BY: Director of Finance": the decision is a task set, owed by the one named.
      ownedDecision(decisionAbove.resolutions.at(-1)!.text, text.trim());
    }
    decisionAbove = null;
    askedAbove.clear();
    // "... more widely.Action 2.01: CP", "... for the year ahead. Action Roger": the paragraph's last sentence is owed by
    // the one named, and the request keeps the owner.
    const closing = closingAction(text);
    const owned = closing?.before ?? null;
    let ownedSentence: string | null = null;
    if (closing !== null) {
      ownedSentence = sentences(closing.before).at(-1)!;
      const asked = closing.label ? `${ownedSentence} ${closing.label}` : ownedSentence;
      bodyRequests.push(makeRequest(asked, requestKind(ownedSentence, 'body') ?? 'follow-up', meetingDate));
      askedAbove.add(asked);
    }
    // The owned sentence is asked once, with its owner.
    const made = sentenceRequests(owned ?? text, meetingDate).filter((r) => closing === null || r.text !== ownedSentence);
    // "Members asked for the number of open cases." over "ACTION: Head of Repairs to circulate the figures.": the
    // action line records who will meet the ask just made, one request in both their words.
    if (made.length === 1 && isActionPoint(text) && askedJustAbove && bodyRequests.length > 0) {
      const asked = bodyRequests.pop()!;
      const both = `${asked.text} ${made[0]!.text}`;
      made[0] = both.split(' ').length <= ONE_REQUEST_WORDS ? makeRequest(both, made[0]!.kind, meetingDate) : made[0]!;
      if (made[0].text !== both) bodyRequests.push(asked);
    }
    for (const r of made) {
      bodyRequests.push(r);
      askedAbove.add(r.text);
    }
    // An action line under another action line sets an action of its own.
    askedJustAbove = made.length > 0 && !isActionPoint(text);
    previous = text;
    i = j;
  }

  // "Decision:" over narrative that decides nothing ("The third question ... would be resubmitted to the November
  // meeting."), with the minute after it cut short or missing: its sentences are read for what they ask, as a minute's
  // are. A fallback: only where the decision part gave no decision at all, and never after an exclusion.
  if (decisionPartUndecided && decisionPart && exclusionEnd === null) {
    for (const paragraph of paragraphsOf(decisionPart)) bodyRequests.push(...sentenceRequests(paragraph, meetingDate));
  }
  // A sentence of the discussion asking for the kind of thing a resolution then asks for is the same request, kept in the resolution's words.
  const saidAgain = (r: ParsedRequest) => isSentenceKind(r.kind) && resolutionRequests.some((q) => q.kind === r.kind && sameAsk(q.text, r.text));
  // A sentence that is itself a decision asking for something ("Footbridge. Agreed we ask that the rail be repaired.") is read
  // as a resolution and again as narrative: the one request, in the resolution's words.
  const asked = resolutionRequests.map((q) => decisionKey(q.text)).filter(Boolean);
  // ... and a sentence a resolution's request quotes with it ("a request from X for ... It was agreed that it would be added ...").
  const inResolution = (r: ParsedRequest) => asked.some((k) => decisionKey(r.text).includes(k) || k.includes(decisionKey(r.text)));
  let requests = [...bodyRequests.filter((r) => !saidAgain(r) && !inResolution(r)), ...resolutionRequests].map((r) => withTopic(r, title));
  if (requests.length === 0) requests = promisesLater(lines, inBlock, resolutions, limit, meetingDate).map((r) => withTopic(r, title));
  const unique = dedupeAdditions(additions);
  let exempt = false;
  for (const l of lines) if (!l.blank && /\bexempt information\b|\bnot for publication\b/i.test(l.text)) exempt = true;
  return {
    resolutions,
    requests: dedupeRequests(requests),
    workProgrammeAdditions: unique.map((a) => a.title),
    workProgrammeAdditionDetails: unique,
    private: exempt,
    excludesPublic: exclusionEnd !== null,
    exclusionEnd,
  };
}

/**
 * The fallback for an item where no request was read: the decisions and the sentences of the public minute that say
 * something is still to be done or delivered after the meeting (`promisedLater`), each a request to follow up.
 */
function promisesLater(lines: readonly ClassifiedLine[], inBlock: Uint8Array, resolutions: readonly ParsedResolution[], limit: number, meetingDate: string | null): ParsedRequest[] {
  const said = [...resolutions.map((r) => r.text)];
  // A paragraph's lines are joined once it ends: joining line by line copies a long paragraph once per line.
  let paragraph: string[] = [];
  for (let i = 0; i <= limit && i <= lines.length; i++) {
    const line = lines[i];
    // The lines a decision was read from are read through its resolution.
    if (i === limit || !line || line.blank || inBlock[i]) {
      const text = paragraph.join(' ').trim();
      if (text) said.push(...sentences(text));
      paragraph = [];
      continue;
    }
    const text = (line.clause ? line.clause.rest : line.text).trimEnd();
    if (text) paragraph.push(text);
  }
  // A decision is read again in the minute's lines ("That the work programme be updated ..."): one request.
  const seen = new Set<string>();
  const key = (s: string) => decisionKey(s).replace(/^that /, '');
  return said.filter((s) => promisedLater(s) && !seen.has(key(s)) && seen.add(key(s))).map((s) => makeRequest(s, 'follow-up', meetingDate));
}

interface Parts {
  /** For each line, the lettered or numbered part ("a)", "B)", "(ii)") it stands in: that part's first line, or -1. */
  of: Int32Array;
  /** Parts that hold a labelled decision. */
  labelled: Set<number>;
}

/** An item divided into lettered or numbered parts: which part each line is in, and which parts decided under a label. */
function partsOf(lines: readonly ClassifiedLine[], blocks: readonly DecisionBlock[]): Parts {
  const of = new Int32Array(lines.length).fill(-1);
  let part = -1;
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.clause && !line.heading) {
      part = i;
      count++;
    }
    of[i] = part;
  }
  // One marked paragraph is not a division of the item.
  if (count < 2) of.fill(-1);
  const labelled = new Set<number>();
  for (const b of blocks) if (b.start >= 0 && b.start < of.length) labelled.add(of[b.start]!);
  return { of, labelled };
}

/**
 * Beside labelled decisions, narrative is the discussion before them ("Members agreed that more work was needed");
 * it is a decision of its own only in a lettered or numbered part of the item that has no labelled decision ("a)
 * Councillors received and approved the accounts." beside "b) It was resolved that ...") or as a motion carried
 * ("Cllr X proposed, Cllr Y seconded and it was agreed that ...").
 */
function standsApart(lines: readonly ClassifiedLine[], block: DecisionBlock, inBlock: Uint8Array, parts: Parts, recordDecided: boolean): boolean {
  const from = block.paragraphStart ?? 0;
  const to = block.paragraphEnd ?? 0;
  // "It was proposed that the minutes ... be approved" / "Proposer T Heaton" / "It was RESOLVED to approve ...": a motion
  // whose outcome the minute records under a label below it is the motion, not a second decision.
  if (R.MOVED.test(block.stem) && !R.motionCarried(block.stem) && !R.RESOLVED_WITHIN.test(block.stem) && decidedBelow(inBlock, to)) return false;
  // "After discussion it was resolved to ...": the formal word of a decision, wherever the sentence puts it, is no discussion;
  // nor is "it was agreed that ..." before a labelled decision: the minute says it was decided, not what was discussed.
  if (R.RESOLVED_WITHIN.test(block.stem) || R.IT_WAS_DECIDED.test(block.stem)) return true;
  // Discussion comes before the decision it leads to: a decision in narrative after the last labelled one ("RESOLVED
  // that the minutes be approved." ... "It was unanimously agreed that the Clerk write to the landowner.") is one of its own.
  if (!decidedBelow(inBlock, from) && !R.MOVED.test(block.stem)) return true;
  // "The minutes of the last meeting were agreed as a correct record": the meeting's decision on its record, never discussion,
  // unless a labelled decision already decided the record and this tells it again ("The minutes were signed by the Chair.").
  if (confirmsRecord(block.stem)) return !recordDecided;
  const part = parts.of[from] ?? -1;
  if (part >= 0 && !parts.labelled.has(part) && !overlaps(inBlock, from, to)) return true;
  // A motion carried may share its paragraph with a labelled one; the same decision twice is kept once (decisionsOf).
  const said = lines.slice(from, to).map((l) => l.text).join(' ');
  return R.motionCarried(said) && !/^(?:it was )?(?:proposed|moved|seconded)\b/i.test(block.stem);
}

/** A labelled decision stands at or after line `from`. */
function decidedBelow(inBlock: Uint8Array, from: number): boolean {
  for (let i = Math.max(0, from); i < inBlock.length; i++) if (inBlock[i]) return true;
  return false;
}

/**
 * One past the paragraph (outside any decision) that says the business after it was taken in private, or the line of a
 * told exclusion with more said after it; null when the public stayed.
 */
function takenInPrivateFrom(lines: readonly ClassifiedLine[], inBlock: Uint8Array, blocks: readonly DecisionBlock[] = []): number | null {
  // Where each decision read from the minute's own lines starts, in order: one pointer walks them as the lines are read.
  const starts = blocks.filter((b) => b.start >= 0).sort((a, b) => a.start - b.start);
  let next = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    const text = lines[i]!.text;
    const narrated = isExclusionDecision(text) && !R.EXEMPT_GROUNDS.test(text) ? R.EXCLUSION_NARRATED.exec(text) : null;
    // "The Chair excluded the public and press. Councillors discussed and resolved ...": the rest of the line, decisions
    // and all, was said in private.
    if (narrated && text.slice(narrated.index + narrated[0].length).trim()) return i;
    if (inBlock[i]) continue;
    // The exclusion in the statute's words ("the press and public be excluded ... Schedule 12A") shuts the public out
    // under any label, or none ("ORDERED that ..."): what follows it is exempt, as after a resolution.
    if (!narrated && !R.BUSINESS_TAKEN_IN_PRIVATE.test(text) && !(isExclusionDecision(text) && R.EXEMPT_GROUNDS.test(text))) continue;
    // The words after the sentence that shuts the public out were said in private, on the next line of its paragraph
    // too: a PDF's minute runs on with no blank line between its sentences. A resolution wrapped over lines runs to its stop.
    let end = i;
    while (end < lines.length && !lines[end]!.blank && !SENTENCE_ENDS.test(lines[end]!.text)) end++;
    if (end < lines.length && !lines[end]!.blank) end++;
    // "To resolve that ... the public be excluded ..." / "The Council was requested to determine that ... be taken in
    // private:-" over the resolution that excludes them: the agenda's proposal, put before the decision. The public
    // leave once the decision under it is taken, and the decision says so itself (its block shuts them out).
    while (next < starts.length && starts[next]!.start <= i) next++;
    const decision = starts[next];
    if (decision && decision.excludesPublic && decision.start - i <= PROPOSAL_TO_DECISION && R.EXCLUSION_PROPOSED.test(text)) continue;
    return end;
  }
  return null;
}
/** Text with its runs of white space made one space, to find a decision's words in the lines they were read from. */
function squashed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A line that ends a sentence: where the exclusion's own words stop. */
const SENTENCE_ENDS = /[.;!]["'’”)]?\s*$/;
/** Lines at most between an exclusion proposed and the resolution that takes it (the items it names may stand between). */
const PROPOSAL_TO_DECISION = 12;

/**
 * A title that is a whole sentence of the minute (a numbered paragraph read as an item), not the agenda's words for
 * the item ("To receive the notes of the meeting held on 9 April and agree for them to be signed as a true record."):
 * what an agenda asks the meeting to do decides nothing.
 */
function isSentenceTitle(title: string): boolean {
  return /[.!]$/.test(title) && title.split(' ').length >= 5 && !/^To [a-z]/.test(title);
}

/** The decision an item's title records when the title is a whole sentence of the minute (a numbered paragraph read as an item), or null. */
function decisionInTitle(title: string): DecisionBlock | null {
  if (!isSentenceTitle(title)) return null;
  const found = narrativeDecisions(classifyLines(documentLines(title)));
  return found.length === 1 ? found[0]! : null;
}

/** A decision's key without the label it may be quoted with ("resolved that", "it was agreed"). */
function withoutLabel(key: string): string {
  return key.replace(/^(?:it was )?(?:unanimously )?(?:resolved|agreed|decided)(?: unanimously)?(?: that)? /, '');
}

/** The words of a decision's key that carry its matter: four letters or more, not the verbs a decision is told with. */
function contentWordsOf(key: string): Set<string> {
  return new Set(key.split(' ').filter((w) => w.length >= 4 && !TELLING_WORDS.has(w)));
}
const TELLING_WORDS = new Set(['that', 'this', 'these', 'those', 'would', 'should', 'will', 'with', 'from', 'agreed', 'resolved', 'decided', 'noted', 'been', 'were', 'have']);

/** A decision told again in other words: most of its matter's words are another decision's. */
function retells(told: Set<string>, decided: Set<string>): boolean {
  if (told.size < 4) return false;
  let shared = 0;
  for (const w of told) if (decided.has(w)) shared++;
  return shared / told.size >= 0.6;
}

function decisionKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function overlaps(marks: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to && i < marks.length; i++) if (marks[i]) return true;
  return false;
}

/**
 * A minute whose only words are a verdict ("Approved and signed.", "Agreed.", "DEFERRED.", "Carried unanimously."):
 * the verdict is the decision on what the item's title names, quoted as printed. "Noted." decides nothing.
 */
function verdictAlone(lines: readonly ClassifiedLine[]): DecisionBlock | null {
  let at = -1;
  for (const [i, line] of lines.entries()) {
    if (line.blank || line.kinds.has('furniture')) continue;
    // "Proposed: Cllr A  Seconded: Cllr B" over the verdict: who moved it, not a second word of the minute; nor is the
    // minute's reference alone on its line ("CC/12/04.03.26").
    if (R.PROPOSER_AND_SECONDER_ONLY.test(line.text) || /^(?=\D{0,24}\d)[A-Z0-9][A-Z0-9./-]{1,24}$/.test(line.text)) continue;
    if (at >= 0) return null;
    at = i;
  }
  const text = at >= 0 ? (lines[at]!.heading?.rest || lines[at]!.text).trim() : '';
  // "RESOLVED" with no stop is a label whose clauses the page lost, not a verdict.
  if (!R.VERDICT_ALONE.test(text) || /^RESOLVED$/.test(text)) return null;
  return { start: at, end: at + 1, stem: text, clauses: [], listStem: false, resolutions: [{ text, unanimous: R.UNANIMOUS.test(text) }], excludesPublic: false };
}

/**
 * The fallback for a minute in which no reader found a decision: a sentence that records only who proposed and who
 * seconded ("Proposed by A and seconded B.", "(Prop: AB, Sec: CD – agreed).", "Agreed, proposed A and seconded B.")
 * records the motion carried on what the item's title names, as a verdict alone does; it is quoted as printed. A
 * sentence that words the motion ("proposed that ...", "proposed Cllr X as Chair") is for the readers of motions.
 */
function voteRecordAlone(lines: readonly ClassifiedLine[]): DecisionBlock | null {
  for (const [i, line] of lines.entries()) {
    if (line.blank || line.kinds.has('furniture')) continue;
    // Opening its paragraph: after a sentence of its own ("MOTION To co-opt X. Proposed by A, seconded by B."), it is that sentence's vote.
    const sentence = sentences(line.text)[0]!;
    if (R.PROPOSER_AND_SECONDER_ONLY.test(sentence)) return { start: i, end: i + 1, stem: sentence, clauses: [], listStem: false, resolutions: [{ text: sentence, unanimous: R.UNANIMOUS.test(sentence) }], excludesPublic: false };
  }
  return null;
}

/** How many sentences after a proposal its seconding and the vote that carried it may be told. */
const MOTION_SPAN = 3;

/**
 * The last fallback for a minute in which no reader found a decision: a proposal ("A proposal was made to approve the
 * minutes ...", "CC A proposed B for the position of Secretary ...", "X, seconded by Y, proposed that ...") whose
 * seconding and carrying vote the next sentences of its paragraph tell ("The proposal was seconded and all Cllrs were
 * in favour.", "... and was seconded by CC C. All present agreed.", "... put to the vote and carried."). The motion
 * carried is the decision, quoted from the proposal to the vote, as printed. Nothing is read where the motion failed.
 */
function motionCarriedAlone(lines: readonly ClassifiedLine[]): DecisionBlock | null {
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    // A paragraph's number ("135.2 The revised minutes ...") opens a paragraph of its own, blank line or not.
    const numbered = line !== undefined && i > start && start >= 0 && (line.clause !== null || R.NUMBERED_CLAUSE.test(line.text));
    const ends = line === undefined || line.blank || line.kinds.has('furniture') || numbered;
    if (!ends && start < 0) start = i;
    if (!ends || start < 0) continue;
    const said = sentences(lines.slice(start, i).map((l) => (l.clause ? l.clause.rest : l.text.replace(R.NUMBERED_CLAUSE, '')).trim()).join(' '));
    start = numbered ? i : -1;
    for (let n = 0; n < said.length; n++) {
      // What is proposed must be worded ("to approve ...", "that ...", "for the position of ...", "as ..."): "A proposed B
      // and C seconded." under an election's title names a candidate, not the decision.
      const proposal = R.PROPOSAL_TOLD.exec(said[n]!);
      if (!proposal || !R.MOTION_WORDED.test(said[n]!.slice(proposal.index))) continue;
      const span = said.slice(n, n + MOTION_SPAN + 1);
      const voted = span.findIndex((t) => R.VOTE_CARRIED.test(t));
      if (voted < 0) continue;
      const motion = span.slice(0, voted + 1).join(' ');
      if (!/\bseconded\b/i.test(motion) || R.MOTION_FAILED.test(motion)) continue;
      return { start: -1, end: -1, stem: motion, clauses: [], listStem: false, resolutions: [{ text: motion, unanimous: R.UNANIMOUS.test(motion) }], excludesPublic: false };
    }
  }
  return null;
}

/** Where a decision stands, for keeping a minute's decisions in the order printed. */
function firstLine(block: DecisionBlock): number {
  return block.start >= 0 ? block.start : (block.paragraphStart ?? 0);
}

/** The text of each paragraph of the lines (non-blank lines joined, blank lines between paragraphs). */
function paragraphsOf(lines: readonly ClassifiedLine[]): string[] {
  const out: string[] = [];
  let text = '';
  for (const line of lines) {
    if (line.blank || line.kinds.has('furniture')) {
      if (text) out.push(text);
      text = '';
    } else text = text ? `${text} ${line.text.trim()}` : line.text.trim();
  }
  if (text) out.push(text);
  return out;
}

/** The requests a paragraph's sentences make; "This would be followed up" needs the sentence before it. */
function sentenceRequests(text: string, meetingDate: string | null): ParsedRequest[] {
  const out: ParsedRequest[] = [];
  const parts = sentences(text);
  // "Mortality. Work was ongoing ... The panel would continue to be informed.": the paragraph's topic, kept with its request.
  const topic = parts.length > 1 && isTopicLabel(parts[0]!) ? parts[0]! : null;
  // The sentence that made the last request, so that a sentence taking it up ("Officers agreed to circulate this
  // information.") makes the same request, not a second one.
  let asked = -1;
  for (const [n, sentence] of parts.entries()) {
    const kind = requestKind(sentence, 'body');
    // A stem over a list asks through its items ("Members requested the following:"); a sentence that asks in its own
    // words before "as follows:" ("... agreed to hold a workshop ... and considered its areas, as follows:") is a request.
    if (!kind || (/:$/.test(sentence) && (requestListKind(sentence) !== null || !/\bas follows:$/i.test(sentence))) || answeredAtMeeting(kind, sentence, parts[n + 1])) continue;
    const joined = kind === 'follow-up' && n > 0 && sentence.length < 60;
    // "Officers agreed to circulate this information and explained that ...": the undertaking without what it went on to say.
    const offer = sentence.replace(WENT_ON_TO_SAY, '.');
    const takenUp = asked === n - 1 && n > 0 && REFERS_BACK.test(offer) && wordCount(`${parts[n - 1]} ${offer}`) <= ONE_REQUEST_WORDS;
    // "In response to a request from Councillor X for the Committee to consider Y, ... It was agreed that it would be added
    // to the work programme.": a request whose subject is a pronoun is quoted with the sentence naming what was asked.
    const namedAbove = !joined && !takenUp && n > 0 && PRONOUN_SUBJECT.test(sentence) && NAMES_AN_ASK.test(parts[n - 1]!) && wordCount(`${parts[n - 1]} ${sentence}`) <= ONE_REQUEST_WORDS;
    const said = joined || namedAbove ? `${parts[n - 1]} ${sentence}` : takenUp ? `${parts[n - 1]} ${offer}` : askingPart(sentence, kind, 'body');
    // The ask and the word that it will be met are one request, in both sentences' words.
    if (asked === n - 1 && (joined || takenUp || namedAbove)) out.pop();
    out.push(makeRequest(topic && n > 0 && !said.startsWith(topic) ? `${topic} ${said}` : said, kind, meetingDate));
    asked = n;
  }
  return out;
}

/** "Officers agreed to circulate this information", "undertook to provide these": an undertaking naming what was just asked for by a pronoun. */
const REFERS_BACK =
  /\b(?:undertook|agreed|offered|promised|would|will)(?: to)? (?:[a-z]{2,15} ){0,2}?(?:this|these|those|them|it|that)(?: (?:information|figures|data|details|request|matter|list|breakdown|document|report|point|query|question))?\b(?! (?:the|a|an|is|was|were|would|will|had|has|have)\b)/i;
/**
 * A decision read from narrative whose subject is a pronoun ("It was agreed that it would be added to the work
 * programme"), with the sentence before it in its paragraph when that sentence names what was asked; else null.
 */
function withAskNamedAbove(decision: string, block: DecisionBlock, lines: readonly ClassifiedLine[]): string | null {
  if (block.start >= 0 || block.paragraphStart === undefined || !PRONOUN_SUBJECT.test(decision)) return null;
  const paragraph = lines
    .slice(block.paragraphStart, block.paragraphEnd)
    .filter((l) => !l.blank)
    .map((l) => l.text)
    .join(' ');
  const parts = sentences(paragraph);
  const at = parts.findIndex((p) => p.endsWith(decision) || decision.endsWith(p));
  // "107.2 In response to ...": the paragraph's number is not part of what was asked.
  const before = at > 0 ? parts[at - 1]!.replace(/^\d{1,4}\.\d{1,3}\.? +/, '') : null;
  return before !== null && NAMES_AN_ASK.test(before) && wordCount(`${before} ${decision}`) <= ONE_REQUEST_WORDS ? `${before} ${decision}` : null;
}

/** "It was agreed that it would be added ...", "This item would be brought back ...": a request whose subject is a pronoun. */
const PRONOUN_SUBJECT = /^(?:it was (?:also )?(?:agreed|decided|resolved|confirmed) that )?(?:it|this|this item|the item|this matter|the matter|this request|the request|this topic) (?:would|will|should|could|to|is to|was to|be)\b/i;
/** The sentence before names what was asked: "a request from Councillor X for ...", "Members suggested ...". */
const NAMES_AN_ASK = /\b(?:a request|requests? from|requested|asked for|suggested|a suggestion|proposed that|a proposal)\b/i;
/** ", and explained that ...", " and said ...": where an undertaking's sentence goes on to report something else. */
const WENT_ON_TO_SAY = /,? and (?:explained|said|stated|noted|advised|confirmed|added|informed|reported|commented)\b.*$/;
/** An ask and the undertaking (or action line) that meets it are quoted together up to this many words (a longer text is a passage, not a request). */
const ONE_REQUEST_WORDS = 70;

function wordCount(text: string): number {
  return text.split(' ').length;
}

/** "Speed indicator device – next agenda.": a request of three words or fewer says nothing alone, so the item's title goes before it. */
function withTopic(request: ParsedRequest, title: string): ParsedRequest {
  if (!title || request.text.split(' ').length > 3 || request.text.startsWith(title)) return request;
  return { ...request, text: `${trimEnd(title, '.:;,')} – ${request.text}` };
}

/** "Sustainable Services Review.", "Access to the garden.": a few words and a stop, no verb, naming what the paragraph is about. */
function isTopicLabel(sentence: string): boolean {
  const words = sentence.split(' ');
  return words.length <= 6 && sentence.endsWith('.') && /^[A-Z]/.test(sentence) && !R.FINITE_VERB.test(sentence) && !/\bto [a-z]/.test(sentence);
}

/** An invitation to attend is an ask of its own, whatever else a resolution asks for. */
function sameAsk(resolution: string, sentence: string): boolean {
  return INVITATION.test(resolution) || !INVITATION.test(sentence);
}
const INVITATION = /\binvit(?:e|ed|ation)\b/i;

/** Kinds a discussion sentence and a resolution both state for one ask ("discussed at the next meeting"). */
function isSentenceKind(kind: RequestKind): boolean {
  return kind === 'next-meeting' || kind === 'report-back' || kind === 'update';
}

function dedupeRequests(requests: ParsedRequest[]): ParsedRequest[] {
  const seen = new Set<string>();
  return requests.filter((r) => {
    // One sentence is one request, whichever kinds its words could be read as.
    const key = r.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function blockAdditions(block: DecisionBlock): Addition[] {
  if (block.listStem) return additionsFromListStem(block.stem, block.clauses);
  return block.resolutions.flatMap((r) => additionsFromClause(r.text));
}
