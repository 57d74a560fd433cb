// An item's title never opens with a number. A number the readers left at the head of a title is the item's own,
// printed twice ("2. 2 To elect the Mayor": a list's marker and the agenda's number) or in a style of the council's own
// ("113/M/23 To receive ...", "II LICENSING OF ...", "3563DECLARATIONS OF INTEREST"), whatever the title says.

/** A reference: letters, a number, and a second part after "/" or "." ("TC 107/17", "113/M/23", "136.23", "08/116"). */
const LEADING_REFERENCE = /^((?:[A-Z]{1,4} )?\d{1,4}(?:[./][A-Z]{1,3})?[./]\d{1,4}[a-z]?)\.? +(?=["'\u2018\u201c(]?[A-Z])/;
/** A running number glued to a title in capitals ("3563DECLARATIONS"). */
const GLUED_RUNNING_NUMBER = /^(\d{2,5})(?=[A-Z]{3})/;
/** A Roman numeral before a title in capitals ("II LICENSING OF ..."). */
const LEADING_ROMAN = /^(X{0,2}(?:IX|IV|V?I{1,3}|V))(?= [A-Z]{2,}[ ,]+[A-Z]{2,})/;
/** A financial year or a date is a title's own ("2024/25 Budget", "12.03.2024 Site visit"). */
const YEAR_OR_DATE = /^(?:(?:19|20)\d{2}[./-]\d{2,4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/;

export function numberOffTitle(number: string | null, title: string): { number: string | null; title: string } {
  if (number !== null) {
    const own = number.replace(/[.):]$/, '');
    const printed = title.startsWith(`${own} `) || title.startsWith(`${own}. `) || title.startsWith(`${own}) `) ? title.slice(own.length).replace(/^[.)]? +/, '') : null;
    return printed && /^["'\u2018\u201c(]?[A-Z]/.test(printed) ? { number, title: printed } : { number, title };
  }
  if (YEAR_OR_DATE.test(title)) return { number, title };
  const m = LEADING_REFERENCE.exec(title) ?? GLUED_RUNNING_NUMBER.exec(title) ?? LEADING_ROMAN.exec(title);
  if (!m) return { number, title };
  const rest = title.slice(m[0].length).trim();
  return /[A-Za-z]{3}/.test(rest) ? { number: m[1]!, title: rest } : { number, title };
}
