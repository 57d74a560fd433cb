// How long answers are paged: one home for the page size, used by the builders
// (how many entries to build) and by the Slack renderer (how many to show per page).

/** Entries on one page of an answer at most: Slack's "Show more" pages by this many (fewer when they are long). */
export const PAGE_ENTRIES = 10;
/** Entries built past the page asked for, so a next page is always ready and a terminal shows a screenful. */
const LOOKAHEAD_ENTRIES = 40;

/** How many entries of a long list to build for showing `page` (0-based): the rest is only counted. */
export function entryLimit(page = 0): number {
  const p = Number.isFinite(page) && page > 0 ? Math.floor(page) : 0;
  return (p + 1) * PAGE_ENTRIES + LOOKAHEAD_ENTRIES;
}
