// Items a minute adds to the work programme:
//  - a resolution whose stem names the work programme and "the following",
//    with its clauses as titles ("RESOLVED that the following items be added
//    to the Work Programme:", "... includes the following on the 2023/24 Work
//    Programme:");
//  - a clause "Includes X on the Work Programme for 2023/24" or "X be added to
//    the Work Programme (in 2023/24)";
//  - a sentence of the discussion asking for the inclusion of a bulleted list
//    on the work programme ("asked for the inclusion of the following items:").
// The municipal year is kept where the words give it.
import { municipalYear } from './dates.ts';
import { trimEnd } from './text-edges.ts';

export interface Addition {
  title: string;
  year: string | null;
}

function tidyTitle(text: string): string {
  return trimEnd(text.replace(/^(?:the|that) /i, ''), '.;,:').trim();
}

const WORK_PROGRAMME = /\bwork ?programmes?\b/i;
const ADDING = /\b(?:add|added|include|includes|included|inclusion)\b/i;
const PURPOSE_DASH = / [–—-] (?=to )/i;
const INCLUDES = /\b(?:includes?|agrees to include) /i;
const ON_THE_PROGRAMME = / (?:on|in) (?:to )?the ((?:\d{4} ?[/-] ?\d{2,4} )?work ?programmes?(?: (?:for|in) \d{4} ?[/-] ?\d{2,4})?)/i;
const BE_ADDED = / be (?:added|included) (?:to|in|on) (?:the )?((?:\d{4} ?[/-] ?\d{2,4} )?work ?programmes?(?: (?:for|in) (?:the )?\d{4} ?[/-] ?\d{2,4})?)/i;
const THE_FOLLOWING = /\bthe following\b/i;
const ABOUT = /\b(?:regarding|concerning|about|on|that) /gi;

/** Additions made by a "the following" resolution: its stem and its listed clauses. */
export function additionsFromListStem(stem: string, clauses: string[]): Addition[] {
  if (!WORK_PROGRAMME.test(stem) || !ADDING.test(stem)) return [];
  const year = municipalYear(stem);
  // "Top 10 Cities – To include information on criteria": the title is before the dash, its purpose after.
  return clauses.map((c) => ({ title: tidyTitle(c.replace(/\s+/g, ' ').split(PURPOSE_DASH)[0]!), year })).filter((a) => a.title.length > 0);
}

/** Additions made by one clause or sentence. */
export function additionsFromClause(raw: string): Addition[] {
  const text = raw.replace(/\s+/g, ' ');
  if (!WORK_PROGRAMME.test(text)) return [];
  // "(That the Board) includes X on the 2023/24 Work Programme".
  const includes = INCLUDES.exec(text);
  if (includes && includes.index <= 80 && !text.slice(0, includes.index).includes('.')) {
    const rest = text.slice(includes.index + includes[0].length);
    const on = ON_THE_PROGRAMME.exec(rest);
    if (on && on.index > 0 && !THE_FOLLOWING.test(rest.slice(0, on.index))) return [{ title: tidyTitle(rest.slice(0, on.index)), year: municipalYear(on[1]!) }];
  }
  // "X be added to the Work Programme (in 2023/24)".
  const added = BE_ADDED.exec(text);
  if (added && added.index > 0 && !THE_FOLLOWING.test(text.slice(0, added.index))) {
    // "Requests a report ... regarding X and Y be added to ...": the title is what the report is about.
    const words = text.slice(0, added.index);
    const about = [...words.matchAll(ABOUT)].pop();
    const title = about ? words.slice(about.index + about[0].length) : words;
    return [{ title: tidyTitle(title), year: municipalYear(added[1]!) ?? municipalYear(text.slice(added.index + added[0].length)) }];
  }
  return [];
}

/** A discussion sentence that introduces a bulleted list of work-programme additions. */
export function introducesAdditionList(text: string, itemTitle: string): string | null | false {
  if (!trimEnd(text, '').endsWith(':')) return false;
  if (!/\b(?:inclusion|include|included|add|added|addition)\b/i.test(text)) return false;
  if (!/\b(?:the following|including|below|as follows)\b/i.test(text)) return false;
  if (!WORK_PROGRAMME.test(text) && !WORK_PROGRAMME.test(itemTitle)) return false;
  return municipalYear(text);
}

/** One addition per title (normalised), first year given wins. */
export function dedupeAdditions(additions: Addition[]): Addition[] {
  const seen = new Map<string, Addition>();
  for (const a of additions) {
    const key = a.title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const prior = seen.get(key);
    if (!prior) seen.set(key, a);
    else if (!prior.year && a.year) prior.year = a.year;
  }
  return [...seen.values()];
}
