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

export interface Addition {
  title: string;
  year: string | null;
}

function tidyTitle(text: string): string {
  return text
    .replace(/^(?:the|that)\s+/i, '')
    .replace(/[.;,:]+$/, '')
    .trim();
}

/** Additions made by a "the following" resolution: its stem and its listed clauses. */
export function additionsFromListStem(stem: string, clauses: string[]): Addition[] {
  if (!/\bwork\s*programmes?\b/i.test(stem)) return [];
  if (!/\b(add|added|include|includes|included|inclusion)\b/i.test(stem)) return [];
  const year = municipalYear(stem);
  // "Top 10 Cities – To include information on criteria": the title is before the dash, its purpose after.
  return clauses.map((c) => ({ title: tidyTitle(c.split(/\s+[–—-]\s+(?=to\s)/i)[0]!), year })).filter((a) => a.title.length > 0);
}

/** Additions made by one clause or sentence. */
export function additionsFromClause(text: string): Addition[] {
  let m = /^(?:that\s+)?(?:the\s+[\w\s()'-]{0,60}?\s+)?(?:includes?|agrees\s+to\s+include)\s+(.+?)\s+(?:on|in)\s+(?:to\s+)?the\s+((?:\d{4}\s*[/-]\s*\d{2,4}\s+)?work\s*programmes?(?:\s+(?:for|in)\s+\d{4}\s*[/-]\s*\d{2,4})?)/i.exec(
    text,
  );
  if (m && !/\bthe following\b/i.test(m[1]!)) {
    return [{ title: tidyTitle(m[1]!), year: municipalYear(m[2]!) }];
  }
  m = /^(.+?)\s+be\s+(?:added|included)\s+(?:to|in|on)\s+(?:the\s+)?((?:\d{4}\s*[/-]\s*\d{2,4}\s+)?work\s*programmes?(?:\s+(?:for|in)\s+(?:the\s+)?\d{4}\s*[/-]\s*\d{2,4})?)/i.exec(
    text,
  );
  if (m && !/\bthe following\b/i.test(m[1]!)) {
    // "Requests a report ... regarding X and Y be added to ...": the title is what the report is about.
    const words = m[1]!;
    const about = [...words.matchAll(/\b(?:regarding|concerning|about|on|that)\s+/gi)].pop();
    const title = about ? words.slice(about.index + about[0].length) : words;
    return [{ title: tidyTitle(title), year: municipalYear(m[2]!) ?? municipalYear(text.slice(m.index + m[0].length)) }];
  }
  return [];
}

/** A discussion sentence that introduces a bulleted list of work-programme additions. */
export function introducesAdditionList(text: string, itemTitle: string): string | null | false {
  if (!/:\s*$/.test(text)) return false;
  if (!/\b(inclusion|include|included|add|added|addition)\b/i.test(text)) return false;
  if (!/\b(the following|including|below|as follows)\b/i.test(text)) return false;
  if (!/\bwork\s*programmes?\b/i.test(text) && !/\bwork\s*programmes?\b/i.test(itemTitle)) return false;
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
