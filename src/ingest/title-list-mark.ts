// Where a title ends before the numbering of the text printed after it on the same line. A title never closes on the
// first mark of a list or on a paragraph's number: "Appointments i) Chair To elect ...", "To Elect the Deputy Mayor
// a) Vote of Thanks ...", "Financial business Busnes Ariannol (5) There were no items ...", "CONFIRMATION OF MINUTES /
// CADARNHAU'R COFNODION 3.1 The Minutes ...". What stands after the mark is the minute or the agenda's words.
import * as R from './rules.ts';

/**
 * The mark: a number in brackets (running paragraph numbers go on counting across items, so any number), the first mark
 * of a lettered or Roman list ("(a)", "a)", "(i)", "i)"), or the first of an item's decimal paragraphs ("3.1", "4.1.").
 * It stands alone between spaces, with text opening in a capital or a figure after it, or closing the line.
 */
const LIST_MARK = / (?:\(\d{1,2}\)|\((?:a|i)\)|(?:a|i)\)|\d{1,3}\.1\.?)(?= ["'(\u2018\u201c]?[A-Z0-9£]| ?$)/;

/** Words a number after them belongs to ("paragraph (2)", "Section 3.1", "Minute (4)"), and counts ("four (4)"). */
const OWNING_WORD = /(?:^| )(?:minutes?|items?|paragraphs?|para|sections?|clauses?|standing orders?|orders?|regulations?|rules?|appendix|annex|schedule|part|stage|phase|version|no|nos|number|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;

const MAX_TITLE_WORDS = 30;

/**
 * "Title (2) Minute ...": the title before the mark and what follows the mark, or null when no mark follows a title.
 * The words before the mark must read as a title (no sentence's verb), so a mark inside a minute's sentence stays.
 */
export function titleBeforeListMark(text: string, readsAsTitle: (head: string) => boolean): { title: string; rest: string | null } | null {
  const m = LIST_MARK.exec(text);
  if (!m || m.index < 3) return null;
  const head = text.slice(0, m.index).replace(/[:.,]$/, '').trim();
  if (OWNING_WORD.test(head) || head.split(' ').length > MAX_TITLE_WORDS) return null;
  if (!/[A-Za-z]{3}/.test(head) || R.FINITE_VERB.test(head) || !readsAsTitle(head)) return null;
  const rest = text.slice(m.index + m[0].length).trim();
  return { title: head, rest: rest || null };
}
