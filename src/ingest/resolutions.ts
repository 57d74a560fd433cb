// Decisions in a minute's text, quoted as printed and one per decision.
//
// How councils write them:
//  - a label ("RESOLVED", "It was RESOLVED that", "AGREED", "DECIDED", "The
//    Committee agreed that:", "Resolved to RECOMMEND") and one sentence after it,
//    on its line or the next;
//  - a label and a stem ("RESOLVED that the Committee:-", "RESOLVED:") followed
//    by clauses numbered 1) 1. (a) (i) or bulleted, or by "That ..." paragraphs:
//    each clause that decides something is a resolution of its own, quoted
//    without its marker and without the stem;
//  - a stem that introduces a list of things ("the following items be added to
//    the Work Programme:", "the following members be appointed –"): one
//    resolution, the stem quoted with its list;
//  - clauses numbered inside one sentence ("RESOLVED - that (A) ...; and (B) ...");
//  - a decision in the present tense with no label ("The Committee notes the
//    report and agrees ..."), and renderings that dropped the label: "That the
//    report be noted." standing alone, the paragraph after "It was moved by X,
//    seconded by Y and", or a run of lettered clauses that each say what is to be.
import { readsAsEnglish } from './bilingual-columns.ts';
import { type ClassifiedLine, decisionOf, endsInDashVerdict } from './line-kinds.ts';
import * as R from './rules.ts';
import { setTo } from './requests.ts';
import { trimEnd, trimStart } from './text-edges.ts';

export interface ResolutionText {
  text: string;
  unanimous: boolean;
}

export interface DecisionBlock {
  /** Index (into the lines given) of the block's first line and one past its last. */
  start: number;
  end: number;
  /** What follows the label, without "that" and a closing colon. */
  stem: string;
  /** The listed clauses as printed, markers removed; one entry for a single sentence. */
  clauses: string[];
  /** The stem introduces a list of things: the block is one resolution, stem and list together. */
  listStem: boolean;
  resolutions: ResolutionText[];
  /** The decision shuts out the press and public (Schedule 12A). */
  excludesPublic: boolean;
  /** Sentences after the decision on its last line ("RESOLVED to defer. Clerk to write to the owner."): narrative, read for requests. */
  trailing?: string;
  /** A decision read from narrative holds no lines of its own (start -1); this is one past its paragraph's last line. */
  paragraphEnd?: number;
  /** ... and this its paragraph's first line. */
  paragraphStart?: number;
  /** Read from the wording of a motion ("X moved and Y seconded that ..."), not from the record of what was decided. */
  motion?: boolean;
  /** The council's answer to one planning application: two applications answered alike are two decisions. */
  answersApplication?: boolean;
}

function endsSentence(text: string): boolean {
  return /[.;!?]["')\u201d]?$/.test(text);
}

function nextNonBlank(lines: readonly ClassifiedLine[], from: number, limit: number): number {
  let j = from;
  while (j < limit && lines[j]!.blank) j++;
  return j;
}

/** A line that opens a decision where it stands. */
function opensDecision(line: ClassifiedLine): boolean {
  return line.kinds.has('decision-label') || line.kinds.has('present-tense-decision');
}

/** A line of prose or a flattened table row: no mark, label, heading or decision of its own. */
function plainParagraph(line: ClassifiedLine): boolean {
  return !line.blank && !line.heading && !line.bullet && clauseStart(line) === null && !R.MINUTE_PART.test(line.text) && !opensDecision(line) && !line.kinds.has('decision-field');
}

/** "That the report be noted.": a decision whose label a rendering dropped. */
function isBareResolution(text: string): boolean {
  // "That the Committee:" over its lettered clauses, the label a rendering dropped.
  if (R.THAT_THE_BODY.test(text)) return true;
  return /^That\b/.test(text) && R.SUBJUNCTIVE.test(text) && !/\?$/.test(text);
}

/** A whole sentence opening "That" stands on the next paragraph after this one's sentence ends. */
function thatParagraphFollows(lines: readonly ClassifiedLine[], at: number, until: number): boolean {
  if (!endsSentence(lines[at]!.text) || lines[at + 1]?.blank === false) return false;
  const next = lines[nextNonBlank(lines, at + 1, until)];
  return next !== undefined && /^That\b/.test(next.text) && !opensDecision(next);
}

/**
 * A clause of a list printed without a label that decides something: it opens with a decision's verb or says what
 * is to be, not what someone expected ("It was anticipated that the document would be submitted ...").
 */
export function ordains(text: string): boolean {
  return R.DECISION_VERB.test(text) || (R.SUBJUNCTIVE.test(text) && !R.REPORTED_PASSIVE.test(text) && !reportsSpeech(text));
}

/**
 * "Cllr Ames raised a point of order that the recommendation be deferred.", "The Chair ruled that the motion could
 * be put.": what someone said, its "that ... be" governed by a verb of saying before it, not a decision.
 */
function reportsSpeech(text: string): boolean {
  if (/^(?:that|to)\b/i.test(text)) return false;
  const that = text.search(/\bthat\b/i);
  const head = that >= 0 ? text.slice(0, that) : text.slice(0, 80);
  return R.REPORTING_VERB.test(head) && !/\b(?:agreed|resolved|decided|recommended|requested|approved)\b/i.test(head);
}

/** A listed clause that decides something: it opens with a decision's verb or says what is to be. */
function decides(text: string): boolean {
  return R.DECISION_VERB.test(text) || R.SUBJUNCTIVE.test(text);
}

function clauseStart(line: ClassifiedLine): { text: string; kind: string; marker: string } | null {
  if (line.blank) return null;
  if (line.clause) return { text: line.clause.rest, kind: `${line.clause.kind}${line.clause.bracketed ? '()' : ''}`, marker: line.clause.marker };
  const numbered = R.NUMBERED_CLAUSE.exec(line.text);
  if (numbered) return { text: line.text.slice(numbered[0].length).trim(), kind: 'paragraph', marker: numbered[1]! };
  if (line.bullet) return { text: line.text, kind: 'bullet', marker: '-' };
  const capital = R.CAPITAL_COLON_CLAUSE.exec(line.text);
  if (capital) return { text: line.text.slice(capital[0].length).trim(), kind: 'letter:', marker: capital[1]! };
  return null;
}

function stemOf(rest: string): string {
  // "RESOLVED (unanimously) that ...", "RESOLVED by 7 votes to 2 that ...": the vote is not the decision.
  // "Resolved that –" over its sentence: the dash after "that" opens it as the colon does.
  let stem = trimStart(rest.replace(/^unanimously\b/i, '').replace(R.LABEL_VOTE, ''), ':,.-–—').replace(/^that\b,? ?[:\-–—]? ?/i, '');
  // "Resolved, proposed Cllr A, seconded Cllr B, that ...": who moved it is not the decision.
  const moved = R.PROPOSED_THAT.exec(stem);
  if (moved) stem = stem.slice(moved[0].length);
  // "the Committee:-" and "the following members be appointed –" open a list just as "the Committee:" does.
  const bare = trimEnd(stem, ':-–—');
  if (bare.length < stem.length && /[:\-–—]$/.test(stem)) stem = `${bare}:`;
  return stem.trim();
}

/** A clause without the "; and" or ";" that joins it to the next one. */
function withoutJoiner(clause: string): string {
  return clause.replace(/ ?; ?(?:and|or)?$/i, '').replace(/,? and$/i, '').trim();
}

/** Clauses numbered inside one sentence: "(1) the report be noted; and (2) a report be submitted". The markers must run 1, 2, ... (or a, b, ...). */
export function splitInlineClauses(text: string): { stem: string; clauses: string[] } | null {
  return splitInlineBy(text, R.INLINE_CLAUSE_MARKER) ?? splitInlineBy(text, R.INLINE_NUMBERED_THAT);
}

function splitInlineBy(text: string, pattern: RegExp): { stem: string; clauses: string[] } | null {
  const markers = [...text.matchAll(pattern)];
  if (markers.length < 2) return null;
  const seq = markers.map((m) => m[1]!.toLowerCase());
  const numbers = Array.from({ length: 20 }, (_, i) => String(i + 1));
  const letters = 'abcdefgh'.split('');
  const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
  const ordered = (alphabet: string[]) => seq.every((v, i) => v === alphabet[i]);
  if (!ordered(numbers) && !ordered(letters) && !ordered(romans)) return null;
  const clauses = markers.map((m, i) => {
    const from = m.index + m[0].length;
    const to = markers[i + 1]?.index ?? text.length;
    return withoutJoiner(text.slice(from, to).trim());
  });
  return { stem: text.slice(0, markers[0]!.index).trim().replace(/:$/, ''), clauses: clauses.filter(Boolean) };
}

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** "b" after "a", "2" after "1", "ii" after "i": the marker that comes next. */
export function nextMarker(previous: string, next: string): boolean {
  const a = previous.toLowerCase();
  const b = next.toLowerCase();
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(b) === Number(a) + 1;
  if (ROMANS.includes(a) && ROMANS.includes(b) && ROMANS.indexOf(b) === ROMANS.indexOf(a) + 1) return true;
  return a.length === 1 && b.length === 1 && b.charCodeAt(0) === a.charCodeAt(0) + 1;
}

/**
 * Does a clause continue the list its first clause began? "i" is a letter after "h" and a numeral before "ii": "(b) ...
 * a further report on:" over "(i) ..." / "(ii) ..." is a list of numerals under the clause, and "(ii) ... as follows:-"
 * over "(a) ..." / "(b) ..." a list of letters under a clause of a list of numerals that began at "(i)".
 */
function sameSeries(first: string, topKind: string, previous: string, next: { kind: string; marker: string }): boolean {
  const family = (k: string) => k.replace('()', '');
  const a = previous.toLowerCase();
  const b = next.marker.toLowerCase();
  if (family(topKind) === 'letter' && family(next.kind) === 'letter') {
    // A list of numerals read as letters from its first "(i)": a letter that is not the next numeral opens a sub-list.
    if (first.toLowerCase() === 'i' && a !== 'h' && ROMANS.includes(a) && !(ROMANS.includes(b) && ROMANS.indexOf(b) === ROMANS.indexOf(a) + 1)) return false;
    // A list of letters: "i" after any letter but "h" opens a list of numerals.
    if (b === 'i' && a !== 'h' && !ROMANS.includes(a)) return false;
  }
  if (next.kind === topKind) return true;
  const kinds = new Set([family(topKind), family(next.kind)]);
  if (kinds.size === 2 && kinds.has('letter') && kinds.has('roman') && topKind.endsWith('()') === next.kind.endsWith('()')) {
    return (ROMANS.includes(a) && ROMANS.indexOf(b) === ROMANS.indexOf(a) + 1) || (a.length === 1 && b.length === 1 && b.charCodeAt(0) === a.charCodeAt(0) + 1);
  }
  return false;
}

/** "2.3" after "2.2", "1.1.2" after "1.1.1": a paragraph-numbered clause of the same decision. */
function continuesParagraphs(previous: { kind: string; marker: string }, next: { kind: string; marker: string } | null): boolean {
  if (!next || previous.kind !== 'paragraph' || next.kind !== 'paragraph') return false;
  const a = previous.marker.split('.').map(Number);
  const b = next.marker.split('.').map(Number);
  if (a.length !== b.length) return false;
  const last = a.length - 1;
  return a.slice(0, last).every((n, i) => n === b[i]) && b[last] === a[last]! + 1;
}

interface Listed {
  text: string;
  marker: string;
  kind: string;
  /** The sub-heading printed over this entry ("Speed Limits:"), quoted before it. */
  heading?: string;
  /** How far the clause's first line stands in. */
  indent?: number;
}

/**
 * "2. Approve the additional resources identified for;" over "i. twelve new projects ...": a clause that stops on a word
 * wanting what follows it, its stop a slip for a colon, opens a list of its own.
 */
function opensListWithStop(text: string): boolean {
  if (!/[;,]$/.test(text)) return false;
  const last = text.slice(0, -1).split(' ').at(-1) ?? '';
  return R.TRAILING_FUNCTION_WORD.test(last) && !/^(?:and|or)$/i.test(last);
}

/**
 * "Waiting Restrictions:" over "(a) Mill Lane ...": a sub-heading of a listed decision, read as part of the list when the
 * next line is its first entry, or the entry after the last one read.
 */
function subHeadingOver(lines: readonly ClassifiedLine[], at: number, until: number, last: Listed | undefined): boolean {
  const line = lines[at];
  if (!line || line.blank || clauseStart(line) || opensDecision(line) || !R.LIST_SUBHEADING.test(line.text)) return false;
  const n = nextNonBlank(lines, at + 1, until);
  const next = n < until ? clauseStart(lines[n]!) : null;
  if (!next) return false;
  return last === undefined ? true : next.kind === last.kind && nextMarker(last.marker, next.marker);
}

/** The first line at or after `at` that is not in a paragraph giving a decision's reason ("Reason: ..."), nor blank. */
function pastReasons(lines: readonly ClassifiedLine[], at: number, until: number): number {
  let k = at;
  while (k < until && R.DECISION_REASON.test(lines[k]!.text)) {
    while (k < until && !lines[k]!.blank) k++;
    k = nextNonBlank(lines, k, until);
  }
  return k;
}

/** Join a stem and its list into one resolution as printed: markers kept, bullets as "-". */
function quoteWithList(stem: string, items: Listed[]): string {
  const head = /[:–-]$/.test(stem) ? stem : `${stem}:`;
  const marked = (c: Listed) =>
    c.kind === 'bullet' ? `- ${c.text}` : c.kind.endsWith('()') ? `(${c.marker}) ${c.text}` : c.kind === 'letter:' ? `${c.marker}: ${c.text}` : `${c.marker}${/^\d/.test(c.marker) || c.kind !== 'number' ? ')' : '.'} ${c.text}`;
  const listed = items.map((c) => (c.heading ? `${c.heading} ${marked(c)}` : marked(c)));
  return `${head} ${listed.join(' ')}`.trim();
}

function finish(start: number, end: number, stem: string, listed: Listed[], unanimous: boolean, forceList = false): DecisionBlock {
  const cleanStem = stem.replace(/ ?:$/, '').trim();
  const clauses = listed.map((c) => c.text);
  // "That Cabinet agrees to:" over "i) Allocate £50,000 ..." / "ii) Approval of ... being delegated ...": each clause completes the stem's verb.
  // ... and so does "RESOLVED to:" over "1) Withdraw ...", "2) Publish ...".
  const completesVerb = R.VERB_COMPLETED_BY_CLAUSES.test(cleanStem) || /^to$/i.test(cleanStem);
  const thingsListed =
    listed.length > 0 &&
    (forceList ||
      (R.LIST_STEM.test(cleanStem) && (!clauses.every(decides) || decidesItsList(cleanStem)) && !completesVerb) ||
      (cleanStem !== '' && !clauses.some(decides) && stem.endsWith(':') && !completesVerb && !R.THAT_THE_BODY.test(`That ${cleanStem.replace(/^that /i, '')}:`)) ||
      completedByList(cleanStem, clauses));
  let resolutions: ResolutionText[];
  if (thingsListed) resolutions = [{ text: quoteWithList(stem, listed), unanimous }];
  else if (listed.length > 0) {
    resolutions = clauses.map((c) => ({ text: withoutJoiner(c), unanimous: unanimous || R.UNANIMOUS.test(c) }));
    // "That the Committee note the report and:" decides before its clauses do: the stem is a resolution of its own.
    if (/(?:^| |,)and$/.test(cleanStem) && R.DECIDING_STEM.test(cleanStem)) resolutions.unshift({ text: withoutJoiner(cleanStem), unanimous });
  }
  else resolutions = cleanStem ? [{ text: cleanStem, unanimous }] : [];
  // "... unopposed. |": the pipe that closes a table's cell is the rendering's, not the decision's.
  resolutions = resolutions
    .map((r) => withoutVoteRecord({ ...r, text: withoutClosingPipes(r.text) }))
    .filter((r) => r.text.length > 0 && !/^(?:none|nil|n\/a)\.?$/i.test(r.text));
  const excludesPublic = resolutions.some((r) => isExclusionDecision(r.text)) || isExclusionDecision(cleanStem);
  return { start, end, stem: cleanStem, clauses, listStem: thingsListed, resolutions, excludesPublic };
}

/**
 * "That the work programme be amended as follows:" over "1. 'Bus services' be moved to March": a stem that decides
 * something itself, its list the changes it makes, is one decision, however its entries are worded. A stem that only
 * names decisions ("The recommendations of the Panel be approved as follows:") is a label over the decisions listed.
 */
function decidesItsList(stem: string): boolean {
  return R.SUBJUNCTIVE.test(stem) && !R.NAMED_DECISION.test(stem);
}

/** A text without the pipes a pipe table's rendering leaves at the end of a cell ("... be approved; |"). */
function withoutClosingPipes(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '|' || text[end - 1] === ' ')) end--;
  return text.slice(0, end);
}

/**
 * "That the Scheme ... be updated to:-" over "(a) replace ...; and" / "(b) include ...": a stem that decides something
 * itself ("be updated") and stops on a word that wants what follows it, each clause carrying on its sentence in lower
 * case. The list is the stem's object: one decision, quoted with its list.
 */
function completedByList(stem: string, clauses: readonly string[]): boolean {
  // Its closing colon and dash taken off by hand, not by a pattern anchored at the end (linear on any stem).
  let end = stem.length;
  while (end > 0 && ' :-–'.includes(stem[end - 1]!)) end--;
  const open = stem.slice(0, end);
  return R.SUBJUNCTIVE.test(open) && /\b(?:to|by|with|for|of|from|including)$/i.test(open) && clauses.every((c) => /^[a-z]/.test(c));
}

/** "the report be noted. (Proposed by Cllr A, seconded by Cllr B)", "... (Unanimous)": how it was carried is not the decision. */
function withoutVoteRecord(r: ResolutionText): ResolutionText {
  const m = R.TRAILING_VOTE_RECORD.exec(r.text) ?? runOnVoteRecord(r.text);
  if (!m) return r;
  const kept = r.text.slice(0, m.index).trimEnd().replace(/[,;–—-]$/, '').trimEnd();
  // "Rosa Akers – proposed by X seconded by Y and appointed.": the motion carried is the decision itself.
  if (kept.split(' ').length < 4) return r;
  const text = `${kept}${/[.;:!?]$/.test(kept) || !/\.$/.test(r.text) ? '' : '.'}`;
  return { text, unanimous: r.unanimous || R.UNANIMOUS.test(m[0]) };
}

/**
 * "... the grant of £200 – proposed Cllr A, seconded Cllr B, all in favour.", "...; proposed by ...", "... 5 For, 1
 * Against.": a vote record run on after the decision. Only the last 200 characters are tried, each place a record may
 * start being one test of an anchored pattern, so a long decision stays linear.
 */
function runOnVoteRecord(text: string): { index: number; 0: string } | null {
  const from = Math.max(0, text.length - 200);
  const starts = /(?: [–—-] |[;,.] )/g;
  starts.lastIndex = from;
  for (let s = starts.exec(text); s; s = starts.exec(text)) {
    const tail = text.slice(s.index + s[0].length);
    if (R.RUN_ON_VOTE_RECORD.test(tail)) return { index: s.index + (s[0].startsWith('.') ? 1 : 0), 0: tail };
  }
  return null;
}

/** A resolution that shuts out the press and public: "the public be excluded ... exempt information". */
export function isExclusionDecision(text: string): boolean {
  return R.EXCLUSION.test(text) && !R.EXCLUSION_NOT_NEEDED.test(text) && !R.EXCLUSION_CONDITIONAL.test(text);
}

/** The clauses listed after an open stem, from `from`; `until` bounds the search. */
function readClauses(lines: readonly ClassifiedLine[], from: number, until: number, allowThat: boolean): { listed: Listed[]; end: number } {
  const listed: Listed[] = [];
  let topKind: string | null = null;
  let k = from;
  let end = from;
  let underColon = false;
  // The last marker of a list nested under the current clause: the entry after it is the clause's too.
  let subMarker: string | null = null;
  // A sub-heading read over the next entry ("Speed Limits:"), quoted with it.
  let pendingHeading: string | null = null;
  const at = (line: ClassifiedLine) => clauseStart(line) ?? (allowThat && /^That\b/.test(line.text) ? { text: line.text, kind: 'that', marker: '' } : null);
  const part = enclosingPart(lines, from);
  while (k < until) {
    const line = lines[k]!;
    if (line.blank) {
      let n = nextNonBlank(lines, k, until);
      if (n >= until) break;
      // "(i) That ... approved." / "Reason: ..." / "(ii) That ...": a reason printed under each clause does not end the list.
      const last = listed[listed.length - 1];
      if (last !== undefined && endsSentence(last.text) && R.DECISION_REASON.test(lines[n]!.text)) {
        const after = pastReasons(lines, n, until);
        const resumed = after < until ? clauseStart(lines[after]!) : null;
        // "i." then "ii.": a letter's mark and a numeral's are one series when the numerals run on.
        if (!resumed || !sameSeries(listed[0]!.marker, topKind ?? last.kind, last.marker, resumed) || !nextMarker(last.marker, resumed.marker)) break;
        n = after;
      }
      const next = lines[n]!;
      const current = listed[listed.length - 1]?.text ?? '';
      // A rendering may print each wrapped line of a clause as its own paragraph.
      // ... even one that starts with a capital ("... by the Finance and Corporate" / "Services Scrutiny Board (1)").
      const wrapped =
        current !== '' &&
        !endsSentence(current) &&
        !current.endsWith(':') &&
        next.text.length <= 90 &&
        !next.bullet &&
        !next.heading &&
        (/^[a-z(]/.test(next.text) ||
          // A bullet's wrapped line stands in under it or carries on in lower case; a paragraph in capitals level with the bullets is the minute's prose again.
          (n === k + 1 && !(listed[listed.length - 1]!.kind === 'bullet' && next.indent <= (listed[listed.length - 1]!.indent ?? 0)) && !R.SENTENCE_START.test(next.text) && !/^(?:It|This|Members|Councillor|Officers|In|Following|Having|There)\b/.test(next.text)));
      // ... and under a clause that announces a list ("to approve the following payments:"), a table's rows flattened into
      // paragraphs that end no sentence, whatever their length.
      const announced = underColon && R.announcesList(current);
      const listedUnder = underColon && (next.text.length <= 90 || announced) && !endsSentence(next.text) && !at(next) && !opensDecision(next) && !next.heading;
      if (opensDecision(next) || !(at(next) || wrapped || listedUnder || subHeadingOver(lines, n, until, last))) break;
      k = n;
      continue;
    }
    if (opensDecision(line) && listed.length > 0) break;
    if (subHeadingOver(lines, k, until, listed[listed.length - 1])) {
      pendingHeading = line.text;
      k++;
      end = k;
      continue;
    }
    const c = at(line);
    // "2.3 That authority be delegated ..." may read as a sub-item's heading; after "2.1" and "2.2" it is the next clause.
    if (line.heading && !line.clause && listed.length > 0 && !continuesParagraphs(listed[listed.length - 1]!, c)) break;
    if (c) {
      const current = listed[listed.length - 1];
      // "b) The following payments were approved:" / "- Clerk £412" / "c) Budget ...": the part after the one that holds the list is not in it.
      if (current !== undefined && part !== null && c.kind === part.kind && c.kind !== topKind && nextMarker(part.marker, c.marker)) break;
      // A sub-list under a clause ("(a) ... as follows: (i) ... (ii) ...") belongs to that clause.
      const nested = current !== undefined && topKind !== null && !sameSeries(listed[0]!.marker, topKind, current.marker, c) && (current.text.endsWith(':') || !endsSentence(current.text) || underColon || opensListWithStop(current.text) || (subMarker !== null && nextMarker(subMarker, c.marker)));
      if (nested) {
        subMarker = c.marker;
        // Lines listed under it carry on only below a clause that opened a list ("... as follows:").
        underColon = underColon || current.text.endsWith(':') || /[-–]$/.test(current.text);
        // The sub-list's marks as printed ("i." stays "i."), else as a bracket closes them.
        const printed = line.text.endsWith(c.text) ? line.text.slice(0, line.text.length - c.text.length).trim() : '';
        const marker = printed !== '' && printed.length <= 6 ? `${printed} ` : c.kind.endsWith('()') ? `(${c.marker}) ` : `${c.marker}) `;
        current.text = `${current.text} ${c.kind === 'bullet' ? '- ' : ''}${c.marker && c.kind !== 'bullet' ? marker : ''}${c.text}`.trim();
      } else {
        // A mark of another kind after a list that ended its sentence is not its clause ("(iii) ... accounts." / "- COUNCILLOR X, Convener"),
        // nor is the minute's next part, its mark continuing no series the list holds ("3. ... soap and water." / "b. Grounds Maintenance Works;").
        if (current !== undefined && topKind !== null && !sameSeries(listed[0]!.marker, topKind, current.marker, c) && (c.kind === 'bullet' || !nextMarker(current.marker, c.marker))) break;
        topKind ??= c.kind;
        subMarker = null;
        listed.push({ ...c, indent: line.indent, ...(pendingHeading ? { heading: pendingHeading } : {}) });
        pendingHeading = null;
        underColon = c.text.endsWith(':') || /[-–]$/.test(c.text);
      }
    } else if (listed.length > 0) {
      // "Reason for decision", "Alternative options considered": the record's next part, even under a clause with no stop.
      if (line.kinds.has('decision-field')) break;
      const current = listed[listed.length - 1]!;
      // A clause that ended its sentence is over: the next line in capitals starts other text ("ACTION: ...", "Reason for decision").
      if (endsSentence(current.text) && /^[A-Z]/.test(line.text) && !underColon) break;
      // A bullet list is over when a line in capitals stands to the left of its bullets (the minute's prose again).
      if (current.kind === 'bullet' && current.indent !== undefined && line.indent < current.indent && /^[A-Z]/.test(line.text)) break;
      // Lines listed under a clause that ends in ":" (a membership, say) are read as a list.
      current.text = underColon && !/[:\-–—]$/.test(current.text) && !/^[a-z]/.test(line.text) ? `${current.text}, ${line.text}` : `${current.text} ${line.text}`;
      if (current.text.endsWith(':') || /[-–]$/.test(current.text)) underColon = true;
    } else break;
    k++;
    end = k;
  }
  return { listed: listed.flatMap(runTogether), end };
}

/**
 * The numbered or lettered part a list stands in: the marked line that opens the paragraph just above the list's first
 * line ("b) The following payments were approved:"), or null.
 */
function enclosingPart(lines: readonly ClassifiedLine[], from: number): { kind: string; marker: string } | null {
  // The paragraph may stand a blank line or two above its list ("(1) The minutes ... subject to the following amendments:" / (blank) / "• ...").
  let above = from;
  while (above > 0 && above > from - 3 && lines[above - 1]!.blank) above--;
  for (let k = above - 1; k >= 0 && k >= above - 4 && !lines[k]!.blank && !lines[k]!.heading; k--) {
    const c = clauseStart(lines[k]!);
    if (c && c.kind !== 'bullet') return c;
  }
  return null;
}

/** "1. That ... 2. That ..." read as one numbered clause: the clauses it runs together. */
function runTogether(clause: Listed): Listed[] {
  // "That (A) ...; and (B) ...": one paragraph, each lettered part a decision.
  const lettered = splitInlineClauses(clause.text);
  if (lettered && /^(?:that)?$/i.test(lettered.stem)) return lettered.clauses.map((text) => ({ ...clause, text }));
  if (clause.kind !== 'number') return [clause];
  const inline = splitInlineBy(`${clause.marker}. ${clause.text}`, R.INLINE_NUMBERED_THAT);
  if (!inline || inline.stem !== '') return [clause];
  return inline.clauses.map((text, n) => ({ ...clause, text, marker: String(Number(clause.marker) + n) }));
}

/** "Proposer T Heaton" / "Seconded by J Pascoe" on lines of their own under a decision, not a sentence's wrapped end ("... proposed by A and" / "seconded by B."). */
function recordsMover(lines: readonly ClassifiedLine[], at: number): boolean {
  if (!R.VOTE_RECORD_LINE.test(lines[at]!.text)) return false;
  const above = lines[at - 1];
  const last = above?.text.split(' ').at(-1) ?? '';
  return above === undefined || above.blank || !(R.TRAILING_FUNCTION_WORD.test(last) || /[,;&]$/.test(above.text));
}

/** Read the decision that starts at `start` (a decision label, a present-tense decision, or a bare "That ... be ..."). */
function readBlock(lines: readonly ClassifiedLine[], start: number, until: number, first: ClassifiedLine = lines[start]!): DecisionBlock {
  const unanimous = first.decision?.unanimous ?? false;
  let stem = first.decision && !first.decision.whole ? stemOf(first.decision.rest) : first.text;
  let j = start + 1;
  // A stem wrapped over lines before its clauses begin.
  // A line that opens a motion of its own ("Cllr B proposed that ...") is not the stem's, nor one that records who
  // moved it ("Proposer T Heaton" / "Seconded by J Pascoe" under a decision printed without its stop).
  // Nor is a part of a record of decision printed after it ("Reason for Decision", "Alternative options considered"), when
  // the decision ends without a stop.
  while (j < until && !lines[j]!.blank && !clauseStart(lines[j]!) && !opensDecision(lines[j]!) && !lines[j]!.kinds.has('decision-field') && !R.NAMED_PROPOSER.test(lines[j]!.text) && !R.MOVED.test(lines[j]!.text) && !recordsMover(lines, j) && stem !== '' && !endsSentence(stem) && !stem.endsWith(':')) {
    stem = `${stem} ${lines[j]!.text}`;
    j++;
  }
  // "RESOLVED –" with the stem on its own line: "That:", "The Committee:-".
  if (stem === '') {
    const n = nextNonBlank(lines, j, until);
    const next = lines[n];
    const listUnderNext = next !== undefined && clauseStart(lines[nextNonBlank(lines, n + 1, until)] ?? next) !== null;
    const uncoloned = next !== undefined && R.THAT_THE_BODY_UNCOLONED.test(next.text) && listUnderNext;
    // A stem longer than a line ("The Cabinet Member for Parks, with the agreement of the Deputy Leader, agrees the following:") is
    // still the stem when its list stands under it.
    if (next && (next.text.length <= 80 || listUnderNext) && (/: ?[-–]?$/.test(next.text) || uncoloned) && !clauseStart(next) && !opensDecision(next)) {
      stem = stemOf(uncoloned ? `${next.text}:` : next.text);
      if (stem === '' || stem === ':') stem = '';
      j = n + 1;
    }
  }
  // "RESOLVED – (a) That ...;" / "and (b) That ...": the label's line opens a lettered list run on over the paragraph.
  if (/^\((?:\d{1,2}|[a-h]|i{1,3}|iv|v)\) /i.test(stem)) {
    let text = stem;
    let k = j;
    while (k < until && !lines[k]!.blank && !opensDecision(lines[k]!) && !lines[k]!.heading) text = `${text} ${lines[k++]!.text}`;
    const inline = splitInlineClauses(text);
    if (inline && inline.stem === '') return finish(start, k, '', inline.clauses.map((c) => ({ text: c, marker: '', kind: 'inline' })), unanimous || R.UNANIMOUS.test(text));
  }
  // "RESOLVED – (a) That ...;" / (a paragraph's gap) / "(b) That ...": the clauses after the first stand in paragraphs of their own.
  // ... and "RESOLVED that 1) ...;" / "2) ...": a number closed by a bracket, the next clause on the next line.
  const firstClause = /^(?:\((\d{1,2}|[a-h]|i{1,3}|iv|v)\)|(\d{1,2})[.)]) /i.exec(stem);
  if (firstClause) {
    let text = stem;
    let k = j;
    while (k < until && !lines[k]!.blank && !opensDecision(lines[k]!) && !lines[k]!.heading && !clauseStart(lines[k]!)) text = `${text} ${lines[k++]!.text}`;
    const n = pastReasons(lines, nextNonBlank(lines, k, until), until);
    const second = n < until ? clauseStart(lines[n]!) : null;
    const marker = firstClause[1] ?? firstClause[2]!;
    if (second && second.kind.endsWith('()') === (firstClause[1] !== undefined) && nextMarker(marker, second.marker)) {
      const { listed, end } = readClauses(lines, n, until, false);
      if (listed.length > 0) return finish(start, end, '', [{ text: text.slice(firstClause[0].length), marker, kind: second.kind }, ...listed], unanimous);
    }
  }
  const open = stem === '' || stem.endsWith(':') || /[-–]$/.test(stem);
  const afterStem = nextNonBlank(lines, j, until);
  const next = lines[afterStem];
  // A list printed to the left of the label is not its list: the label sits under an entry of a list ("• 24/0118/FULL ..." / "    AGREED to recommend APPROVAL" / "• 24/0164/FULL ...").
  // A line that opens a decision of its own ("11.1 Agreed – to ..." over "11.2 Agreed – to ...") is the next decision, not a clause of this one.
  const listFollows =
    next !== undefined &&
    (clauseStart(next) !== null || (open && /^That\b/.test(next.text)) || (open && subHeadingOver(lines, afterStem, until, undefined))) &&
    !(next.bullet && next.indent < first.indent) &&
    !(opensDecision(next) && !open);
  if (listFollows && (open || !endsSentence(stem))) {
    const { listed, end } = readClauses(lines, afterStem, until, open);
    if (listed.length > 0) return finish(start, end, stem, listed, unanimous);
  }
  if (first.decision?.needsList) return finish(start, start + 1, '', [], false);
  if (/:[-–]?$/.test(stem) && next && !opensDecision(next) && !next.heading) {
    // "RESOLVED: To note ... the following Reserve Member:-" and short lines under it: one decision with its list.
    const items: Listed[] = [];
    let k = afterStem;
    let end = j;
    while (k < until) {
      const line = lines[k]!;
      if (line.blank) {
        k++;
        continue;
      }
      // A list run on in one line ("Clerk's salary £286.40; Village Hall hire £20.00.") may end the sentence.
      const runOn = items.length === 0 && line.text.includes(';') && line.text.length <= 200;
      // "the following payments be approved:" / "HMRC – £103.20." / "Mowing – £180.00.": short entries of a list the stem
      // announces may each end in a stop; they run on with no blank line between them, and the list ends with its paragraph
      // (a paragraph wrapped at its margin under "as below:" is prose, its lines longer).
      // A sentence with a verb of its own after them is the minute's prose again.
      const entry = R.LIST_STEM.test(stem) && line.text.length <= 60 && !R.FINITE_VERB.test(line.text) && (items.length === 0 || !lines[k - 1]!.blank);
      // A marked line after plain ones is the next part ("c) To approve ...", "7/16 iii The Clerk ..."), not an entry.
      const marked = clauseStart(line) !== null || R.MINUTE_PART.test(line.text);
      if ((line.text.length > 90 && !runOn) || (endsSentence(line.text) && !runOn && !entry) || opensDecision(line) || line.heading || (items.length > 0 && marked)) break;
      items.push({ text: line.text, marker: '', kind: 'line' });
      k++;
      end = k;
      if (runOn && endsSentence(line.text)) break;
      if (entry && endsSentence(line.text) && (k >= until || lines[k]!.blank)) break;
    }
    // "... subject to the following corrections:" over one paragraph: what the stem announces, printed as prose (or a
    // table flattened into a paragraph), whatever its length.
    if (items.length === 0 && R.LIST_STEM.test(stem) && plainParagraph(next)) {
      let k2 = afterStem;
      while (k2 < until && !lines[k2]!.blank && plainParagraph(lines[k2]!)) items.push({ text: lines[k2++]!.text, marker: '', kind: 'line' });
      end = k2;
    }
    if (items.length > 0) return { ...finish(start, end, stem, [], unanimous), resolutions: [{ text: `${stem} ${items.map((i) => i.text).join(' ')}`, unanimous }], clauses: items.map((i) => i.text), listStem: true };
  }
  // "RESOLVED to:", "Council RESOLVED to:", "The Committee RESOLVED:" over a paragraph: the label's line decides nothing
  // itself, so its decision is the paragraph under it, as under "RESOLVED:" alone.
  let text = labelOnly(first, stem) ? '' : stem;
  let k = j;
  if (text === '') {
    // "RESOLVED" (or "RESOLVED that:") with its sentence in the next paragraph.
    k = afterStem;
    while (k < until && !lines[k]!.blank && !opensDecision(lines[k]!) && !lines[k]!.heading && !lines[k]!.kinds.has('decision-field')) {
      text = `${text} ${lines[k]!.text}`.trim();
      k++;
      if (endsSentence(text) && k < until && !lines[k]!.blank && /^[A-Z]/.test(lines[k]!.text) && lines[k]!.text.length > 60) break;
    }
  }
  const inline = splitInlineClauses(text);
  if (inline) {
    const block = finish(start, Math.max(k, j), inline.stem, inline.clauses.map((c) => ({ text: c, marker: '', kind: 'inline' })), unanimous || R.UNANIMOUS.test(text));
    // "... harms the Council by (i) delaying the tender and (ii) raising its cost ...": a list the stem's sentence
    // runs through is one decision, quoted as printed, its marks and joining words kept.
    return block.listStem ? { ...block, resolutions: [{ text: stemOf(text), unanimous: block.resolutions[0]?.unanimous ?? unanimous }] } : block;
  }
  let { decision, trailing } = firstSentence(text);
  // "Ni fydd y Cyngor yn gwrthwynebu'r cais. The Council will not object to the application.": the English of a bilingual decision.
  if (trailing && !readsAsEnglish(decision) && readsAsEnglish(trailing)) ({ decision, trailing } = firstSentence(trailing));
  const block = finish(start, Math.max(k, j), stemOf(decision) || decision, [], unanimous || (first.decision === null && R.UNANIMOUS.test(decision)));
  return trailing ? { ...block, trailing } : block;
}

/** The decision's line holds its label and at most "to" or "that" before a colon or dash: the decision stands under it. */
function labelOnly(first: ClassifiedLine, stem: string): boolean {
  if (!first.decision) return false;
  const subject = first.decision.whole ? R.SUBJECT_DECIDED.exec(stem) : null;
  const rest = subject ? stem.slice(subject[0].length).trim() : first.decision.whole ? stem : stem.trim();
  return /^(?:that|to)? ?[:–—-]{1,2}$/i.test(rest) || (subject !== null && rest === '');
}

/**
 * A one-sentence decision and what its lines carry after it: "to ask the County Council for a speed survey on Moor
 * Road. Cllr Pike to circulate the leaflet." The stop must end a word of three letters or more ("Cllr. Pike",
 * "J. Smith", "No. 5" go on) and the next sentence must not be one of the decision's own ("That ...", "(b) ...").
 */
export function firstSentence(text: string): { decision: string; trailing: string | null } {
  const stop = R.sentenceStop();
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    const rest = text.slice(m.index + 2);
    // "... be noted. It was also agreed that a site visit would be arranged ...": a sentence that records a
    // decision of its own is the next decision, whatever its verb.
    if (R.IT_WAS_DECIDED.test(rest)) return { decision: text.slice(0, m.index + 1), trailing: rest };
    // The next sentence's own words say whether it carries the decision on ("... be noted. The Director be asked to ..."),
    // not what it introduces after a colon or opens a quotation on ("Councillor A then proposed the following Motion:
    // 'A report be brought ...'": what someone moved, told after the decision).
    if (/^(?:That|And|Or|Subject|Provided)\b/.test(rest) || R.SUBJUNCTIVE.test(rest.slice(0, rest.search(/[.!?](?: |$)|[:‘“"]/) >>> 0))) continue;
    // "... on the grounds that it contains information relating to ... This information is classed as exempt under
    // paragraph 3 of Schedule 12A ...": an exclusion's legal ground, the decision's own words.
    if (R.EXEMPT_GROUND.test(rest)) continue;
    return { decision: text.slice(0, m.index + 1), trailing: rest };
  }
  return { decision: text, trailing: null };
}

/** A run of lettered or numbered clauses that each say what is to be: a decision list whose label was dropped. */
function unlabelledList(lines: readonly ClassifiedLine[], start: number, until: number): DecisionBlock | null {
  // "1. That ... 2. That ...": the list run together on one line.
  const inline = splitInlineBy(lines[start]!.text, R.INLINE_NUMBERED_THAT);
  if (inline && inline.stem === '' && inline.clauses.every(decides)) return finish(start, start + 1, '', inline.clauses.map((c) => ({ text: c, marker: '', kind: 'inline' })), false);
  const { listed: read, end } = readClauses(lines, start, until, false);
  // A clause that reports what someone said ("3. Cllr Ames raised a point of order that ...") is not one of the decisions.
  const listed = read.filter((c) => !reportsSpeech(c.text));
  // One clause must say what is to be, or that the body decided it ("A. That Council agreed the retention of ...").
  const decided = (text: string) => (R.SUBJUNCTIVE.test(text) && !R.REPORTED_PASSIVE.test(text)) || (/^That\b/.test(text) && R.BODY_DECIDED.test(text.slice(5)));
  // Beside it, a task set against its owner is a clause of the same decision ("1) Officers to send the correct figures to
  // Members; and" / "2) the report be noted."), as under a label.
  if (listed.length < 2 || !listed.every((c) => ordains(c.text) || /[-–:]$/.test(c.text) || setsTask(c.text)) || !listed.some((c) => decided(c.text))) return null;
  return finish(start, end, '', listed, false);
}

/**
 * "Officers to send the correct figures to Members": one sentence that opens on its owner and the infinitive of the task,
 * not narrative that tells of one ("Members asked for a visit to be arranged", "Officers would feed back ...").
 */
function setsTask(text: string): boolean {
  const to = text.indexOf(' to ');
  if (to < 0 || to > 60 || R.sentenceStop().test(text.slice(0, -1))) return false;
  return !/\b(?:would|will|asked|requested|agreed|said|undertook|offered)\b/i.test(text.slice(0, to)) && setTo(text);
}

/**
 * "i. Approved the Council Plan ..." over "Reason: To set out ...": on a decision sheet a clause in the past tense, even
 * one alone, is a decision when the reason for it stands under it.
 */
function reasonedClauses(lines: readonly ClassifiedLine[], start: number, until: number): DecisionBlock | null {
  const { listed, end } = readClauses(lines, start, until, false);
  if (listed.length === 0 || !listed.every((c) => R.PAST_DECISION_OPENS.test(c.text))) return null;
  const next = lines[nextNonBlank(lines, end, until)];
  return next !== undefined && R.DECISION_REASON.test(next.text) ? finish(start, end, '', listed, false) : null;
}

/**
 * A list printed under a sentence of the minute's own that ends in a colon and decides nothing ("The report asked the
 * Committee to:", "The recommendations in the report were:"): the list quotes what was put to the meeting.
 */
function introducedAsQuoted(lines: readonly ClassifiedLine[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && lines[k]!.blank) k--;
  const intro = lines[k];
  if (!intro || intro.heading || intro.clause || intro.bullet || opensDecision(intro) || !/:[-–]?$/.test(intro.text)) return false;
  return !recordsNarrativeDecision(intro.text) && !R.IT_WAS_DECIDED_WITHIN.test(intro.text);
}

/** The minute says a motion was carried, and none that fell. */
function motionCarriedIn(lines: readonly ClassifiedLine[]): boolean {
  return lines.some((l) => R.MOTION_CARRIED_WORD.test(l.text)) && !lines.some((l) => R.MOTION_FAILED.test(l.text));
}

/** The list at `start` stands under a motion's own stem ("This Council:"), a blank line or more above it. */
function underMotionStem(lines: readonly ClassifiedLine[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && lines[k]!.blank) k--;
  return k >= 0 && R.MOTION_SELF_STEM.test(lines[k]!.text);
}

/** The line from a decision label printed where a sentence starts inside it ("... Fore Street: RESOLVED to support."), read as a line of its own. */
function midLineDecision(line: ClassifiedLine): ClassifiedLine | null {
  // "It was proposed by X and seconded by Y that the minutes ... be accepted": the motion carried is the decision.
  const moved = movedThat(line.text);
  if (moved !== null) return { ...line, text: moved, decision: { rest: moved, unanimous: false }, clause: null, bullet: false, kinds: new Set([...line.kinds, 'decision-label']) };
  const m = R.MID_LINE_DECISION_LABEL.exec(line.text);
  if (!m) return null;
  const text = line.text.slice(m.index + m[0].length);
  const decision = decisionOf(text);
  if (!decision) return null;
  return { ...line, text, decision, clause: null, bullet: false, kinds: new Set([...line.kinds, 'decision-label']) };
}

/**
 * What was moved, from "It was proposed by X and seconded by Y that ...", also after the matter's name and a dash
 * ("Full Council 21/6/2022 - Proposed (AH) & Seconded (SB) that the minutes be approved") or after a phrase that sets
 * the scene ("In the absence of the Chairman, it was proposed and seconded that ..."); null when not a motion.
 */
function movedThat(text: string): string | null {
  const dash = /^[^.]{1,60}? [–—-] (?=(?:proposed|moved|motion)\b)/i.exec(text) ?? R.LEAD_IN_TO_MOTION.exec(text);
  const from = dash ? dash[0].length : 0;
  const proposed = R.PROPOSED_THAT.exec(text.slice(from)) ?? R.PROPOSED_TO.exec(text.slice(from)) ?? R.MOVER_SECONDED_THAT.exec(text.slice(from));
  if (proposed) return text.slice(from + proposed[0].length);
  return namedMotion(text);
}

/**
 * What was moved when the proposer's name opens the sentence, as parish minutes write it: "Cllr A proposed that X and
 * Cllr B seconded it", "Cllr A proposed and Cllr B seconded that X", "Cllr A proposed, seconded by Cllr B, that X",
 * "It was proposed by Cllr A that X"; null for anything else, or a motion that fell.
 */
function namedMotion(text: string): string | null {
  if (R.MOTION_FAILED.test(text)) return null;
  const by = R.PROPOSED_BY_THAT.exec(text);
  if (by) return withoutSeconding(text.slice(by[0].length));
  const who = R.NAMED_PROPOSER.exec(text);
  // A motion named by its proposer is a decision once seconded; one never seconded may be decided otherwise below it.
  if (!who || !R.SECONDED.test(text)) return null;
  const rest = text.slice(who[0].length);
  if (rest.startsWith(' that ')) return withoutSeconding(rest.slice(' that '.length));
  // The seconder between the proposer and "that": "and Cllr B seconded that", ", seconded by Cllr B, that".
  const seconded = rest.indexOf('seconded');
  if (seconded < 0 || seconded > 60) return null;
  const that = rest.indexOf(' that ', seconded);
  // "Cllr A proposed, Cllr B seconded and it was agreed unanimously that X": the decision is quoted from "it was agreed".
  if (that < 0 || that - seconded > 60 || /\b(?:agreed|resolved|decided)\b/i.test(rest.slice(seconded, that))) return null;
  const motion = rest.slice(that + ' that '.length);
  return motion.length >= 12 ? motion : null;
}

/** The motion's own words, without "... and Cllr B seconded it" or "; the proposal was seconded by ..." after them. */
function withoutSeconding(motion: string): string | null {
  for (let at = motion.indexOf(' seconded'); at >= 0; at = motion.indexOf(' seconded', at + 1)) {
    // The clause that seconds starts at the last joint (" and ", "; ", ", ") within the few words before "seconded".
    const before = motion.slice(0, at + 1);
    const joint = Math.max(before.lastIndexOf(' and '), before.lastIndexOf('; '), before.lastIndexOf(', '), before.lastIndexOf(';'));
    if (joint < 0 || at - joint > 60) continue;
    if (R.SECONDING_CLAUSE.test(motion.slice(joint))) {
      const own = motion.slice(0, joint).trim();
      return own.length >= 12 ? own : null;
    }
  }
  return motion.length >= 12 ? motion : null;
}

/** "... was co-opted onto Council. Resolved.", "Agreed unanimously.": the sentence before the closing word is the decision. */
function closedDecision(lines: readonly ClassifiedLine[], at: number): DecisionBlock | null {
  const line = lines[at]!;
  const m = R.DECISION_CLOSER.exec(line.text) ?? R.MOTION_CLOSER.exec(line.text) ?? R.TRAILING_DECISION_LABEL.exec(line.text);
  // "RESOLVED: to approve the quote. Proposer: Cllr A. All in favour.": the label's own sentence, read from the label.
  if (!m || (m.index > 0 && opensDecision(line))) return null;
  // The paragraph up to the closing word: this line's words before it, and the lines above it (a few at most).
  let text = line.text.slice(0, m.index + (m[0].startsWith('.') || m[0].startsWith('!') || m[0].startsWith('?') ? 1 : 0)).trim();
  let start = at;
  for (let k = at - 1; k >= 0 && k >= at - 8 && !lines[k]!.blank && !lines[k]!.heading && !opensDecision(lines[k]!); k--) {
    if (endsSentence(text) && text.length > 0 && /[.!?]["')\u201d]?$/.test(lines[k]!.text) && text.length > 40) break;
    // A bullet is a paragraph of its own, and a line closed by its own label ("... RESOLVED") ends the decision above.
    if (lines[start]!.bullet || R.TRAILING_DECISION_LABEL.test(lines[k]!.text)) break;
    text = `${lines[k]!.clause ? lines[k]!.clause!.rest : lines[k]!.text} ${text}`.trim();
    start = k;
    // "c) To approve the quotation." opens the part the closing words decide; what stands above it is another part.
    if (lines[k]!.clause) break;
  }
  if (!endsSentence(text)) return null;
  const said = lastSentence(text);
  // "It was proposed by X and seconded by Y that the minutes be approved. All in favour.": the motion carried.
  const sentence = movedThat(said) ?? proposalOf(said) ?? said;
  if (sentence.length < 12) return null;
  // "RESOLVED." over its clauses ("That ...", "(a) ...") is a label, not a closing word.
  const after = line.text.slice(m.index + m[0].length).trim();
  // "Cllr A proposed, Cllr B seconded. All in favour." over "RESOLVED – Cllr C duly elected Chair.": the vote on the
  // decision the next line states, not a decision of its own.
  const below = lines[nextNonBlank(lines, at + 1, lines.length)];
  if (after === '' && below !== undefined && opensDecision(below) && R.MOVER_AND_SECONDER.test(sentence)) return null;
  if (after === '' && m.index === 0 && /^(?:RESOLVED|Resolved|AGREED|Agreed|APPROVED|Approved)\b/.test(m[0])) {
    const next = lines[nextNonBlank(lines, at + 1, lines.length)];
    if (next && (clauseStart(next) || /^That\b/.test(next.text))) return null;
  }
  const block = finish(start, at + 1, sentence, [], /\bunanimous/i.test(m[0]) || R.UNANIMOUS.test(sentence));
  return after ? { ...block, trailing: after } : block;
}

/** "Brian Ambrose proposed that X." with its seconding told after it: X, what was moved; null for any other sentence. */
function proposalOf(sentence: string): string | null {
  const m = R.PROPOSER_THAT.exec(sentence);
  return m ? sentence.slice(m[0].length) : null;
}

/** "24/00311/HOU, Meadow Cottage – single storey extension. No objection.": the council's answer to an application, quoted as printed. */
function planningResponse(lines: readonly ClassifiedLine[], at: number): DecisionBlock | null {
  const line = lines[at]!;
  const m = R.PLANNING_RESPONSE.exec(line.text);
  if (!m) return null;
  // The application it answers: on this line or on a line of the same entry above it (an entry may run to its
  // address and its case officer's line); another application's answer above ends the entry.
  let entry = R.APPLICATION_REF.test(line.text.slice(0, m.index));
  for (let k = at - 1; !entry && k >= 0 && k >= at - 4 && !lines[k]!.blank && !R.PLANNING_RESPONSE.test(lines[k]!.text); k--) {
    entry = R.APPLICATION_REF.test(lines[k]!.text);
  }
  if (!entry) return null;
  const answer = m[1] ?? m[2]!;
  return { ...finish(at, at + 1, answer.charAt(0).toUpperCase() + answer.slice(1), [], false), answersApplication: true };
}

/**
 * The last sentence of a text that says something (stops after words of three letters or more, as in
 * `firstSentence`): "Proposed by Cllr X, seconded by Cllr Y." before the closing word names no decision; '' when no sentence does.
 */
function lastSentence(text: string): string {
  const stop = R.sentenceStop();
  const starts = [0];
  for (let m = stop.exec(text); m; m = stop.exec(text)) if (m.index + 1 < text.length - 1) starts.push(m.index + 2);
  for (let n = starts.length - 1; n >= 0; n--) {
    const sentence = text.slice(starts[n], starts[n + 1] ?? text.length).trim();
    if (R.SECONDING_TOLD.test(sentence)) continue;
    if (!/^(?:it was )?(?:proposed|moved|seconded|proposer|seconder)\b/i.test(sentence) || /\bthat\b/i.test(sentence)) return sentence;
  }
  // "Proposed Cllr A. Seconded Cllr B. All in favour.": only the vote, its decision stated on another line.
  return '';
}

/** Where a sentence ends in `text` at or after `from`: a stop followed by a space or the end ("£2,314.60" is not one). */
function sentenceEnd(text: string, from: number): number {
  const stop = /[.!?](?=\s|$)/g;
  stop.lastIndex = from;
  const m = stop.exec(text);
  return m ? m.index + 1 : -1;
}

/** "Payments for March totalling £2,314.60 were APPROVED.": the sentence around a decision in capitals, quoted whole. */
function capitalPassiveDecision(lines: readonly ClassifiedLine[], start: number, until: number): DecisionBlock | null {
  const line = lines[start]!;
  const own = line.clause ? line.clause.rest : line.text.replace(R.NUMBERED_CLAUSE, '').replace(R.MINUTE_PART, '');
  const m = R.CAPITAL_PASSIVE_DECISION.exec(own);
  if (!m) return null;
  // The sentence opens at the line's start or after the last stop before the decision.
  let from = 0;
  const stops = /[.!?;:] (?=[A-Z])/g;
  for (let s = stops.exec(own); s && s.index < m.index; s = stops.exec(own)) from = s.index + s[0].length;
  let text = own.slice(from);
  let end = start + 1;
  const at = m.index - from;
  while (sentenceEnd(text, at) < 0 && end < until) {
    const next = lines[end]!;
    if (next.blank || next.heading || next.clause || next.bullet || opensDecision(next)) break;
    text = `${text} ${next.text}`;
    end++;
  }
  const stop = sentenceEnd(text, at);
  if (stop > 0) text = text.slice(0, stop);
  return finish(start, end, text.trim(), [], R.UNANIMOUS.test(text));
}

/** "Decision:" alone on its line with a list under it: the list is the decision, wherever the page prints it. */
function listUnder(lines: readonly ClassifiedLine[], at: number): boolean {
  const next = lines[nextNonBlank(lines, at + 1, lines.length)];
  return next !== undefined && clauseStart(next) !== null;
}

/**
 * Every decision in a run of lines (one item's minute). `after` holds the lines
 * that may open a decision whose label was dropped: the paragraph after "It was
 * moved ... seconded ... and".
 */
export function findDecisions(lines: readonly ClassifiedLine[]): DecisionBlock[] {
  const blocks: DecisionBlock[] = [];
  const until = lines.length;
  let i = 0;
  let afterMotion = false;
  // A motion quoted after "Moved by X and seconded by Y:" is its wording; a decision recorded after it is the decision.
  const quotedMotions = new Set<DecisionBlock>();
  // A list printed without a label before the same list under one is the report's recommendation, then the decision.
  const unlabelled = new Set<DecisionBlock>();
  // ... and one under a sentence of the minute that ends in a colon ("The recommendations in the report were:") is quoted.
  const quotedLists = new Set<DecisionBlock>();
  while (i < until) {
    const line = lines[i]!;
    if (line.blank) {
      i++;
      continue;
    }
    let block: DecisionBlock | null = closedDecision(lines, i) ?? (opensDecision(line) ? null : planningResponse(lines, i));
    if (block) {
      // The closing word decided the sentence above it.
    } else if (opensDecision(line) && !(line.kinds.has('decision-part') && line.decision?.rest === '' && !listUnder(lines, i))) block = readBlock(lines, i, until);
    else if (line.kinds.has('decision-part')) block = null;
    else if (afterMotion && clauseStart(line)) {
      // "It was moved by X, seconded by Y and" over "1) The report be received ..." / "2) ...": the label was dropped.
      const { listed, end } = readClauses(lines, i, until, false);
      block = listed.length > 0 ? finish(i, end, '', listed, false) : null;
    } else if (isBareResolution(line.text) && thatParagraphFollows(lines, i, until)) {
      // "That ... be approved." / "That the Head of Service report ...": "That" paragraphs under a label the rendering
      // dropped, each a decision as under "RESOLVED:".
      const { listed, end } = readClauses(lines, i, until, true);
      block = listed.length > 1 ? finish(i, end, '', listed, false) : readBlock(lines, i, until);
    } else if ((afterMotion && !reportsSpeech(line.text)) || isBareResolution(line.text)) {
      block = readBlock(lines, i, until);
      if (afterMotion && /^["“‘']/.test(line.text)) quotedMotions.add(block);
    }
    else if (line.clause && !line.clause.rest.endsWith('?') && underMotionStem(lines, i)) {
      // "This Council:" over "i) Agrees to ..." is a motion's wording: in the agenda (a motion on notice) no decision, in
      // the minute the decision once it says the motion was carried, each clause as moved.
      const { listed, end } = readClauses(lines, i, until, false);
      if (!motionCarriedIn(lines)) {
        i = Math.max(end, i + 1);
        continue;
      }
      block = listed.length > 0 ? finish(i, end, '', listed, false) : null;
    } else if (line.clause && !line.clause.rest.endsWith('?')) {
      block = unlabelledList(lines, i, until) ?? reasonedClauses(lines, i, until);
      if (block) unlabelled.add(block);
      if (block && introducedAsQuoted(lines, i)) quotedLists.add(block);
    }
    afterMotion = line.kinds.has('motion');
    if (!block || (block.resolutions.length === 0 && !block.listStem)) {
      const mid = opensDecision(line) ? null : midLineDecision(line);
      block = mid ? { ...readBlock(lines, i, until, mid), motion: movedThat(line.text) !== null } : capitalPassiveDecision(lines, i, until);
    }
    if (block && (block.resolutions.length > 0 || block.listStem)) {
      blocks.push(...withDecisionsAfter(block, lines[Math.max(block.start, block.end - 1)] ?? line));
      // A motion's decision read here is its decision: the lines after it open no decision of the motion's.
      if (block.start <= i && block.end > i + 1) afterMotion = false;
      i = Math.max(block.end, i + 1);
      continue;
    }
    i++;
  }
  if (quotedMotions.size === 0 && unlabelled.size === 0) return blocks;
  // One pass for the last place each decision stands under a label, so a long minute stays linear.
  const key = (b: DecisionBlock) => (b.resolutions[0]?.text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  let lastDecided = -1;
  const lastLabelled = new Map<string, number>();
  for (const b of blocks) {
    if (!quotedMotions.has(b)) lastDecided = Math.max(lastDecided, b.start);
    if (!unlabelled.has(b)) lastLabelled.set(key(b), Math.max(lastLabelled.get(key(b)) ?? -1, b.start));
  }
  // A quoted list is the paper's recommendations (or a motion's wording) when the minute records a decision after it.
  let lastStated = -1;
  for (const b of blocks) if (!quotedLists.has(b)) lastStated = Math.max(lastStated, b.start);
  return blocks.filter(
    (b) => (!quotedMotions.has(b) || lastDecided <= b.start) && (!unlabelled.has(b) || (lastLabelled.get(key(b)) ?? -1) <= b.start) && (!quotedLists.has(b) || lastStated <= b.start),
  );
}

/**
 * A decision and the decisions in the sentences after it on its last line: "... it was resolved that they be approved.
 * It was resolved to renew the insurance. The Clerk will send the form." A decision ends with its sentence; the prose
 * after it may record the next one (a label where a sentence starts, or "It was resolved to ..." opening one) or say
 * something else, which stays the trailing text (read for requests) of the decision it follows. Each pass reads a
 * shorter text, so this ends.
 */
function withDecisionsAfter(block: DecisionBlock, last: ClassifiedLine): DecisionBlock[] {
  const out: DecisionBlock[] = [block];
  let rest = block.trailing ?? '';
  while (rest !== '') {
    const line: ClassifiedLine = { ...last, text: rest, clause: null, bullet: false, heading: null, decision: null, kinds: new Set() };
    // "It was also agreed that ..." opening the next sentence records a decision of its own, quoted whole.
    const decision = decisionOf(rest) ?? (R.IT_WAS_DECIDED.test(rest) ? { rest, unanimous: R.UNANIMOUS.test(rest) } : null);
    const first = decision ? { ...line, decision, kinds: new Set(['decision-label' as const]) } : midLineDecision(line);
    if (!first) break;
    const next = readBlock([first], 0, 1, first);
    if (next.resolutions.length === 0) break;
    // The prose between the two decisions belongs to the one before.
    const between = decision ? '' : rest.slice(0, rest.length - first.text.length).trim();
    out[out.length - 1] = { ...out[out.length - 1]!, trailing: between || undefined };
    out.push({ ...next, start: block.start, end: block.end });
    if (!next.trailing || next.trailing.length >= rest.length) break;
    rest = next.trailing;
  }
  return out;
}

/**
 * An item's decision blocks without the sentences about the vote: "Councillor A moved the recommendations, which were
 * seconded and agreed", "It was moved and seconded that the recommendations be approved", "the Committee voted
 * unanimously to make the resolution below". Such a sentence names the decision instead of stating it; standing before
 * a decision that states one, it is the vote on that decision, not a decision of its own. Alone, it is the record.
 */
export function withoutVotes<B extends DecisionBlock>(blocks: readonly B[], lines: readonly ClassifiedLine[]): B[] {
  let stated = false;
  const kept: B[] = [];
  for (let n = blocks.length - 1; n >= 0; n--) {
    const block = blocks[n]!;
    const named = block.resolutions.length > 0 && !block.listStem && block.resolutions.every((r) => namesDecisionOnly(r.text));
    // "It was resolved to accept the recommendation." names a decision too, but says nothing of a vote: a decision of its own.
    if (named && stated && tellsOfVote(block, lines)) continue;
    if (!named) stated = true;
    kept.push(block);
  }
  return kept.reverse();
}

/** The lines a block was read from speak of the vote: moved, seconded, voted, carried, put to the vote. */
function tellsOfVote(block: DecisionBlock, lines: readonly ClassifiedLine[]): boolean {
  const from = block.start >= 0 ? block.start : (block.paragraphStart ?? 0);
  const to = block.start >= 0 ? block.end : (block.paragraphEnd ?? 0);
  for (let i = Math.max(0, from); i < to && i < lines.length; i++) if (R.VOTE_WORD.test(lines[i]!.text)) return true;
  return false;
}

/** A decision whose only object is a name for a decision printed elsewhere ("the recommendations", "the motion"). */
function namesDecisionOnly(text: string): boolean {
  const m = R.NAMED_DECISION.exec(text);
  if (!m) return false;
  // "... the recommendations in the report be approved", "... the recommendation below.", "moved the recommendations,
  // which were seconded and agreed": a few words of place and vote after the name. "... subject to the deletion of
  // paragraph 3", "... with the addition of ...": the decision says something of its own.
  const after = text.slice(m.index + m[0].length);
  return after.split(' ').length <= 16 && !R.QUALIFIED_DECISION.test(after);
}

/**
 * The resolutions of a run of lines, the same decision printed twice (a page's decision and minute) kept once: the
 * fuller one. A motion and the resolution that carried it are one decision too, and the resolution is the record of
 * it, whichever says more: "It was proposed and seconded that X be elected Vice-Chairman." ... "RESOLVED: That X be
 * elected Vice-Chairman of the Committee for 2025/26.", and "Cllr A MOVED and Cllr B SECONDED that, under Procedure
 * Rule 8, the meeting be adjourned to Thursday so that ..." ... "RESOLVED that the meeting be adjourned to Thursday."
 */
export function decisionsOf(blocks: readonly DecisionBlock[], lines: readonly ClassifiedLine[] = []): ResolutionText[] {
  // Each decision's words, with the marked parts of the minute they were read under (null: none).
  const seen = new Map<string, Set<number | null>>();
  const unique: { r: ResolutionText; key: string; block: number; motion: boolean }[] = [];
  const parts = partsAbove(blocks, lines);
  for (const [block, b] of blocks.entries()) {
    for (const r of b.resolutions) {
      // Apologies received or accepted are the meeting's attendance, whatever label they stand under.
      if (R.APOLOGIES_DECIDED.test(r.text)) continue;
      const key = r.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      // "b. Grounds Maintenance" / "It was RESOLVED to note." / "c. Work Request Log" / "It was RESOLVED to note.": the same
      // words deciding two parts of the minute, each under its own mark, are two decisions, not one printed twice.
      const part = parts[block] ?? null;
      const earlier = seen.get(key);
      if (earlier && (part === null || earlier.has(null) || earlier.has(part)) && !b.answersApplication) continue;
      seen.set(key, (earlier ?? new Set()).add(part));
      unique.push({ r, key: key.replace(/^that /, ''), block, motion: b.motion === true });
    }
  }
  // Clauses of one decision are separate decisions however alike. Each decision is compared with its near neighbours
  // only, so a minute of thousands of decisions stays linear.
  const restates = (o: (typeof unique)[number], d: (typeof unique)[number], k: number, n: number) =>
    o.block !== d.block && Math.abs(k - n) <= RESTATED_WITHIN && o.key.length > d.key.length && ` ${o.key} `.includes(` ${d.key} `);
  const words = (d: (typeof unique)[number]) => d.key.split(' ').length;
  // "Cllr A proposed, and Cllr B seconded, that Mr X be elected" ... "RESOLVED: That Mr John X be elected Chair of the
  // Panel.": a motion whose words the resolution recorded after it mostly repeats is that resolution's motion.
  const resolvedAfter = (d: (typeof unique)[number], n: number) => {
    const moved = contentWords(d.key);
    return moved.length >= 2 && unique.some((o, k) => {
      if (o.motion || o.block <= d.block || k - n > RESTATED_WITHIN) return false;
      const said = new Set(contentWords(o.key));
      return moved.filter((w) => said.has(w)).length * 3 >= moved.length * 2;
    });
  };
  return unique
    .filter((d, n) => {
      // A motion whose words hold the resolution that carried it gives way to the resolution.
      if (d.motion && unique.some((o, k) => !o.motion && words(o) >= 6 && restates(d, o, n, k))) return false;
      if (d.motion && resolvedAfter(d, n)) return false;
      return words(d) < 6 || !unique.some((o, k) => restates(o, d, k, n) && !(o.motion && !d.motion));
    })
    .map(({ r }) => r);
}
const RESTATED_WITHIN = 8;

/** A decision's words that name what it decides (not "that", "with", "be", "of" ...). */
function contentWords(key: string): string[] {
  return key.split(' ').filter((w) => w.length >= 4 && !R.FUNCTION_WORD.test(w));
}

/**
 * For each block, the line of the marked part of the minute it decides ("b. Grounds Maintenance Works;"): the nearest
 * line above it opened by a clause's mark, with no other decision between; null when there is none. One pass over
 * the lines, so a long minute stays linear.
 */
function partsAbove(blocks: readonly DecisionBlock[], lines: readonly ClassifiedLine[]): (number | null)[] {
  if (lines.length === 0) return blocks.map(() => null);
  const inBlock = new Uint8Array(lines.length);
  for (const b of blocks) for (let i = Math.max(0, b.start); i < b.end && i < lines.length; i++) inBlock[i] = 1;
  // The last marked line before each line, reset by any line a decision holds.
  const lastPart = new Int32Array(lines.length + 1).fill(-1);
  for (let i = 0; i < lines.length; i++) {
    const previous = i > 0 ? lastPart[i]! : -1;
    const line = lines[i]!;
    lastPart[i + 1] = inBlock[i] ? -1 : line.clause ? i : previous;
  }
  return blocks.map((b) => {
    const first = b.start >= 0 ? b.start : (b.paragraphStart ?? -1);
    if (first < 0 || first > lines.length) return null;
    const part = lastPart[first]!;
    return part >= 0 ? part : null;
  });
}

/** An exclusion of the press and public in any wording (a heading, agenda words, a decision). */
export function isExclusionText(text: string): boolean {
  return R.EXCLUSION.test(text);
}

/** "The minutes of the meeting held on ... were agreed as a correct record": the meeting's decision on its record. */
export function confirmsRecord(sentence: string): boolean {
  if (sentence.length < 12 || sentence.length > 600) return false;
  if (R.CORRECT_RECORD.test(sentence) && (R.MINUTES_WORD.test(sentence) || R.RECORD_MOVED.test(sentence) || R.PRONOUN_RECORD.test(sentence)) && R.RECORD_CONFIRMED.test(sentence) && !/\?$/.test(sentence)) return true;
  // "... otherwise the Minutes were confirmed and signed by the Chairman": the record agreed, without the words "correct record".
  const takenAsTrue = (R.TAKEN_AS_TRUE.test(sentence) && (R.MINUTES_WORD.test(sentence) || /^(?:was|were)\b/i.test(sentence))) || (R.RECORD_OPENS_TRUE.test(sentence) && !R.SIGNATURE_DATED.test(sentence));
  // "The minutes of the last meeting were approved": the last meeting is the record's, not where it was decided.
  const ownRecord = sentence.replace(/\bminutes of the (?:last|previous|preceding) meeting\b/i, 'minutes');
  return (R.MINUTES_CONFIRMED.test(sentence) || takenAsTrue) && !R.DECIDED_ELSEWHERE.test(ownRecord);
}

/** Under the item of the minutes of the last meeting, a sentence that confirms them without naming them ("These were read and signed by the Chairman."). */
function confirmsOwnRecord(sentence: string): boolean {
  if (sentence.length > 400 || /\?$/.test(sentence)) return false;
  return R.PRONOUN_RECORD_CONFIRMED.test(sentence) || R.PRONOUN_RECORD_MOVED.test(sentence) || R.VERDICT_OPENS.test(sentence);
}

/** A sentence that records a decision in narrative ("Members agreed that ...", "The minutes ... were approved as a correct record"). */
export function recordsNarrativeDecision(sentence: string): boolean {
  if (sentence.length < 12 || sentence.length > 600) return false;
  if (confirmsRecord(sentence)) return true;
  if (R.DECIDED_ELSEWHERE.test(sentence) || R.APOLOGIES_ACCEPTED.test(sentence) || R.DECIDED_BY_OTHERS.test(sentence) || R.PLANNING_AUTHORITY_DECIDED.test(sentence) || sharedView(sentence)) return false;
  return R.BODY_DECIDED.test(sentence) || R.IT_WAS_DECIDED.test(sentence) || R.AGREED_OPENS.test(sentence) || R.PASSIVE_DECIDED.test(sentence) || endsInDashVerdict(sentence);
}

/** The decision a sentence of narrative records, as it should be quoted, or null: the whole sentence, the motion carried, or from "it was agreed" on. */
function narrativeDecisionIn(said: string, recordsItem: boolean): string | null {
  if (recordsItem && confirmsOwnRecord(said)) return said;
  // "Noticeboard – The Council voted in favour of ...": the matter's name, then the sentence that decides.
  const matter = R.MATTER_NAME.exec(said);
  const sentence = matter && !recordsNarrativeDecision(said) ? said.slice(matter[0].length) : withoutRunInTitle(said);
  // "24/0112 – extension at Bryn Teg. The Council had no objection.": the council's answer, as its planning answers are quoted.
  const answer = R.NO_OBJECTION_RAISED.exec(sentence);
  if (answer) return sentence.slice(answer.index + answer[0].length - answer[1]!.length).replace(/^(\w)/, (c) => c.toUpperCase());
  const moved = movedThat(sentence);
  if (moved !== null) return moved;
  const afterLeadIn = itWasDecidedAfterLeadIn(sentence);
  if (afterLeadIn !== null) return afterLeadIn;
  if (recordsNarrativeDecision(sentence)) return sentence;
  const within = R.IT_WAS_DECIDED_WITHIN.exec(sentence);
  if (!within) return bodyDecidedAfterLeadIn(sentence) ?? carriedMotion(sentence);
  // "Budget requirements were discussed and it was voted 5 - 1 that ...": a vote is no label to quote from, so the
  // sentence that holds it is the decision as printed.
  if (/\bvoted\b/i.test(within[0])) return R.DECIDED_ELSEWHERE.test(sentence) ? null : sentence;
  const from = within.index + within[0].toLowerCase().indexOf('it was');
  const decision = sentence.slice(from);
  return R.DECIDED_ELSEWHERE.test(decision) || R.AT_ANOTHER_MEETING.test(sentence.slice(0, from)) ? null : decision;
}

/**
 * "ADOPT MINUTES OF THE LAST MEETING – 1 June – The minutes were signed ...", "Confirmation of minutes (4) Cllr A
 * proposed that ...", "CONFIRMATION OF MINUTES 3.1 The Minutes ... were approved": a title run into the paragraph
 * whose sentence decides, apart from it only by a dash or the paragraph's number. The decision is the sentence after
 * the title, where the words before decide nothing and name no motion; only the first 200 characters may hold the title.
 */
function withoutRunInTitle(sentence: string): string {
  if (sentence.length > 800) return sentence;
  // The last such break wins: "24/25 – Co-option – X and Y were co-opted" is quoted from "X".
  let decided = sentence;
  for (const m of sentence.slice(0, 240).matchAll(R.RUN_IN_TITLE_END)) {
    const head = sentence.slice(0, m.index);
    if (head.length > 200) break;
    const decision = sentence.slice(m.index + m[0].length);
    if (head.length < 4 || R.MOTION_NAMED.test(head) || recordsNarrativeDecision(head) || R.IT_WAS_INSIDE.test(head)) continue;
    // "... add at item 11.3 Bus service – agreed": a closing verdict decides the whole sentence, title and all.
    if (recordsNarrativeDecision(decision) && !endsInDashVerdict(decision)) decided = decision;
  }
  return decided;
}

/**
 * "As there had been no reply to two letters it was agreed to phone ...", "Following consultation by the Government, it
 * was agreed that ...", "Regarding the panel's balance it was decided that ...": whatever words lead in, with or without
 * a comma, the decision is quoted from "it was", as a label inside a sentence is. Not where the words before make it a
 * condition, a reason or a report ("if", "whether", "that", "because", "reported that"), name another meeting, or
 * decide something themselves; a motion's proposer and seconder before it belong to the decision (quoted whole).
 */
function itWasDecidedAfterLeadIn(sentence: string): string | null {
  if (sentence.length > 800) return null;
  const m = R.IT_WAS_INSIDE.exec(sentence);
  if (!m || m.index === 0) return null;
  const head = sentence.slice(0, m.index);
  const decision = sentence.slice(m.index);
  // "With the amendment from "... it was agreed that ..." to ...": words quoted inside the sentence are not its decision.
  if (/["“”]/.test(head) || R.GOVERNS_WHAT_FOLLOWS.test(head) || R.MOTION_NAMED.test(head) || R.AT_ANOTHER_MEETING.test(head) || R.REPORTED_THAT.test(head)) return null;
  // "The minutes were approved and it was agreed ...": the words before decide themselves, so the sentence is quoted whole.
  if (recordsNarrativeDecision(trimEnd(head, ' ,;:–—-').replace(/ (?:and|so)$/i, ''))) return null;
  return R.IT_WAS_DECIDED.test(decision) && recordsNarrativeDecision(decision) ? decision : null;
}

/**
 * "Arising from item 10 (Economic Strategy) the Council approved the strategy.", "In order to spread them evenly, Members
 * agreed to remove ...": a lead-in of any words, closed by a comma or a bracket, before the meeting's body deciding (an
 * officer who "agreed to arrange" a briefing there makes a promise, not a decision). The decision is quoted from the
 * body, as one run on after other words is quoted from its label. Only the first 200 characters may hold the lead-in.
 */
function bodyDecidedAfterLeadIn(sentence: string): string | null {
  // A narrative decision is quoted only up to 600 characters (`recordsNarrativeDecision`), its lead-in 200 at most.
  if (sentence.length > 800) return null;
  const head = sentence.slice(0, 200);
  for (let at = 0; at < head.length; at++) {
    if (!((head[at] === ',' || head[at] === ')') && head[at + 1] === ' ')) continue;
    const decision = sentence.slice(at + 2);
    if (!R.MEETING_BODY_OPENS.test(decision) || !R.BODY_DECIDED.test(decision) || !recordsNarrativeDecision(decision)) continue;
    return R.AT_ANOTHER_MEETING.test(sentence.slice(0, at)) || R.DECIDED_ELSEWHERE.test(sentence) ? null : decision;
  }
  return null;
}

/**
 * "Rosalind Akers – proposed by Cllr X seconded by Cllr Y and unanimously appointed.": a motion carried, quoted whole.
 * "Proposed by X, seconded by Y and approved." on its own closes the sentence before it (`closedDecision`).
 */
function carriedMotion(sentence: string): string | null {
  // "Cllr Kirk proposed minutes agreed, Cllr Tanner seconded, all in favour.": a proposer named, then the vote that carried it.
  const carried = R.motionCarried(sentence) || (R.NAMED_PROPOSER.test(sentence) && R.VOTE_CARRIED_END.test(sentence));
  if (!carried || /^(?:it was )?(?:proposed|moved|seconded)\b/i.test(sentence) || R.DECIDED_ELSEWHERE.test(sentence)) return null;
  return sentence.length <= 600 ? sentence : null;
}

/** "Members agreed that more work was needed": what follows "agreed that" says how things are, not what is to be. */
function sharedView(sentence: string): boolean {
  const m = R.AGREED_VIEW.exec(sentence);
  if (!m) return false;
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 160);
  return R.HOW_THINGS_ARE.test(after) && !R.WHAT_IS_TO_BE.test(after);
}

/** The sentences of a paragraph, split where a stop ends a word of three letters or more (as `firstSentence` does). */
function sentencesOf(text: string): string[] {
  const stop = R.sentenceStop(true);
  const out: string[] = [];
  let from = 0;
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    out.push(text.slice(from, m.index + 1).trim());
    from = m.index + 2;
  }
  const last = text.slice(from).trim();
  if (last) out.push(last);
  return out;
}

/** Lines of a list printed without marks: short, ending no sentence, the next line as short or none (a paragraph wrapped at its margin is not one). */
function shortLinesUnder(lines: readonly ClassifiedLine[], at: number): boolean {
  const short = (line: ClassifiedLine | undefined) => line !== undefined && !line.blank && line.text.length <= 60 && !endsSentence(line.text) && !line.heading && !opensDecision(line);
  const next = lines[at + 1];
  return short(lines[at]) && (next === undefined || next.blank || short(next) || (next.text.length <= 60 && endsSentence(next.text)));
}

/**
 * Decisions a minute records only in narrative, read where it has no decision label at all: council web pages
 * ("The Committee noted the report and agreed to ..."), parish minutes ("It was agreed to contribute £150.") and
 * the minutes of the last meeting "agreed as a correct record". Each such sentence is one decision, quoted whole;
 * one that ends in a colon is quoted with the list under it. The blocks hold no lines (start -1), so the paragraph
 * is still read for requests. `recordsItem`: the minute is the item of the minutes of a meeting, which its sentences
 * may confirm without naming them.
 */
export function narrativeDecisions(lines: readonly ClassifiedLine[], recordsItem = false): DecisionBlock[] {
  const blocks: DecisionBlock[] = [];
  let recordTold = false;
  let i = 0;
  while (i < lines.length) {
    // A sub-heading that runs on into its minute ("7.2 Flower tubs - ... It was agreed to ...") is read from its minute's words.
    if (lines[i]!.blank || (lines[i]!.heading && !lines[i]!.heading!.rest)) {
      i++;
      continue;
    }
    let j = i + 1;
    // A paragraph number ("4.2 Cllr X asked ...") opens a paragraph of its own, with or without a blank line before it.
    // ... and so does a minute's part under its number ("7/16 ii The following payments ...").
    // A line that records who moved a decision ("Proposer T Heaton") or that opens one ("It was RESOLVED ...") ends the paragraph above it;
    // a line ending in a colon ends its own, the lines under it being its list ("The following payments were approved:").
    while (j < lines.length && !lines[j]!.blank && !lines[j]!.heading && !lines[j]!.bullet && !lines[j]!.clause && !R.NUMBERED_CLAUSE.test(lines[j]!.text) && !R.MINUTE_PART.test(lines[j]!.text) && !recordsMover(lines, j) && !opensDecision(lines[j]!) && !/:[-–]?$/.test(lines[j - 1]!.text)) j++;
    const paragraph = lines
      .slice(i, j)
      .map((l, n) => (n > 0 ? l.text : l.heading?.rest ? l.heading.rest : l.clause ? l.clause.rest : l.text.replace(R.NUMBERED_CLAUSE, '').replace(R.MINUTE_PART, '')))
      .join(' ');
    // A sentence that opens with the number of a part run on into the paragraph ("... APPROVED. 7/16 ii The following ...") is quoted without it.
    // ... and so is one that opens with the letter of the minute's next part ("... on the schedule. b. Precept. ...").
    const said = sentencesOf(paragraph).map((t) => t.replace(R.MINUTE_PART, '').replace(R.NUMBERED_CLAUSE, '').replace(R.RUN_IN_PART_LETTER, ''));
    let next = j;
    let moved = false;
    for (const [n, said0] of said.entries()) {
      // "Brian Ambrose proposed that X. This was seconded by Y and unanimously agreed.": the motion seconded and carried is
      // the decision, quoted from "that"; the sentence of its seconding is its vote.
      const proposes = (t: string) => proposalOf(t) ?? (R.PROPOSER_OPENS.test(t) ? t : null);
      const proposal = R.SECONDING_TOLD.test(said[n + 1] ?? '') && R.motionCarried(said[n + 1]!) ? proposes(said0) : null;
      if (R.SECONDING_TOLD.test(said0) && n > 0 && proposes(said[n - 1]!) !== null && R.motionCarried(said0)) continue;
      // "... were agreed as an accurate record. They were signed by the Chairman.": the record once decided is told again.
      const decided = proposal ?? narrativeDecisionIn(said0, recordsItem && !recordTold);
      if (decided !== null && (confirmsRecord(decided) || confirmsOwnRecord(decided))) recordTold = true;
      if (decided === null) continue;
      // "Cllr A proposed that X ... Cllr X was duly elected.": the sentence that says the motion carried is the same decision.
      // ... and so does "This was seconded by the Chairman and agreed by all members." after it.
      const outcome = moved && said0.length <= 160 && (R.MOTION_OUTCOME.test(said0) || R.SECONDED_AND_CARRIED.test(said0));
      moved = movedThat(said0) !== null;
      if (outcome) continue;
      const sentence = decided;
      // Only a list printed as one (bullets, numbered or lettered clauses) belongs to the sentence; a paragraph after it is the minute's own text.
      const listed = lines[nextNonBlank(lines, j, lines.length)];
      // ... or short lines under it that end no sentence ("The following items were agreed for inclusion:" / "Rural bus services").
      // ... or short entries a stem of "the following" announces, each ending in a stop ("HMRC – £103.20.").
      const listUnder =
        listed !== undefined &&
        (clauseStart(listed) !== null || shortLinesUnder(lines, nextNonBlank(lines, j, lines.length)) || (R.LIST_STEM.test(sentence) && listed.text.length <= 60 && endsSentence(listed.text) && !listed.heading && !opensDecision(listed) && !R.FINITE_VERB.test(listed.text)));
      if (n === said.length - 1 && /:[-–]?$/.test(sentence) && listUnder) {
        // "The following was agreed:" says only that what is listed was decided: a label over its clauses.
        const rest = R.FOLLOWING_DECIDED.test(sentence) ? '' : sentence;
        const first: ClassifiedLine = { ...lines[j - 1]!, decision: { rest, unanimous: R.UNANIMOUS.test(sentence) }, clause: null, bullet: false, kinds: new Set([...lines[j - 1]!.kinds, 'decision-label']) };
        const block = readBlock(lines, j - 1, lines.length, first);
        if (block.resolutions.length > 0) {
          blocks.push({ ...block, start: j, end: Math.max(block.end, j) });
          next = Math.max(next, block.end);
          continue;
        }
      }
      blocks.push({ ...finish(-1, -1, sentence, [], R.UNANIMOUS.test(sentence)), paragraphStart: i, paragraphEnd: j, motion: moved });
    }
    i = next;
  }
  return blocks;
}
