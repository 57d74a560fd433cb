// A ModernGov issue page (ieIssueDetails.aspx?IId=..., mgIssueHistoryHome.aspx?IId=...) names a
// matter the council tracks across meetings; the record keeps no issues, so the preview reads the
// issue's title from the council's own page and shows what the record holds on that subject. The
// page is asked for at an address built from the configured site and the issue's number, never the
// pasted link itself; its size and time are capped, and any failure means no preview.
import { htmlToText } from '../ingest/html-to-text.ts';
import { boundedFetch } from '../sync/bounded-fetch.ts';
import { withoutTrailingSlashes } from './moderngov-urls.ts';

/** An issue page is a few tens of kilobytes; a larger answer is not an issue page. */
const MAX_ISSUE_PAGE_BYTES = 1024 * 1024;
/** A preview waits this long at most: the link sits in a message without one meanwhile. */
const ISSUE_PAGE_TIMEOUT_MS = 5000;
const MAX_TITLE_CHARS = 300;

/** ModernGov's heading above the issue's title: "Issue - meetings", "Issue details", "Issue history". */
const ISSUE_HEADING = /^issue(?: - [a-z ]{1,40}| details| history)$/i;

/** The issue's title from its page: the line after the page's "Issue ..." heading. */
export function issueTitleFrom(html: string): string | null {
  const lines = htmlToText(html)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const at = lines.findIndex((l) => ISSUE_HEADING.test(l));
  const title = at >= 0 ? lines[at + 1] : undefined;
  if (!title || title.length > MAX_TITLE_CHARS || /^meeting:/i.test(title)) return null;
  return title;
}

export type IssueTitleReader = (siteUrl: string, issueId: string) => Promise<string | null>;

/** The title of issue `issueId` on the council's site, or null (not found, too large, too slow, unreadable). */
export const readIssueTitle: IssueTitleReader = async (siteUrl, issueId) => {
  if (!/^\d{1,12}$/.test(issueId)) return null;
  const url = `${withoutTrailingSlashes(siteUrl)}/ieIssueDetails.aspx?IId=${issueId}&Opt=3`;
  const fetched = await boundedFetch(url, { maxBytes: MAX_ISSUE_PAGE_BYTES, timeoutMs: ISSUE_PAGE_TIMEOUT_MS, maxRedirects: 3, allowUpgrade: true });
  if (!fetched.ok || !/html/i.test(fetched.contentType)) return null;
  return issueTitleFrom(new TextDecoder().decode(fetched.bytes));
};
