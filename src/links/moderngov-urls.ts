// The addresses of a council's ModernGov pages, both ways: what a pasted link points at (a
// meeting, a committee, an agenda item, an issue), and the meeting page the calendar links to.
// ModernGov spells its query keys in any case (CId, CID, cid) and serves the same page under
// "ie" and "mg" names; both are read here. Pure.

/** What a ModernGov link is about. */
export type ModernGovTarget =
  | { kind: 'meeting'; meetingId: string; committeeId: string | null }
  | { kind: 'committee'; committeeId: string }
  | { kind: 'item'; itemId: string }
  | { kind: 'issue'; issueId: string };

const MEETING_PAGES = new Set(['ielistdocuments.aspx', 'mglistdocuments.aspx', 'iemeetingattendance.aspx', 'mgmeetingattendance.aspx', 'ielistdocumentsmeeting.aspx']);
const COMMITTEE_PAGES = new Set(['ielistmeetings.aspx', 'mglistmeetings.aspx', 'mgcommitteedetails.aspx', 'iecommitteedetails.aspx', 'mgcommitteemailingdetails.aspx']);
const ITEM_PAGES = new Set(['mgai.aspx', 'ieai.aspx']);
const ISSUE_PAGES = new Set(['mgissuehistoryhome.aspx', 'ieissuedetails.aspx', 'mgissuehistorychronology.aspx', 'ieissuehistoryhome.aspx']);

const ID = /^\d{1,12}$/;

/** A query value by key, whatever its case; only whole numbers count as ModernGov ids. */
function idParam(params: URLSearchParams, ...keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const [key, value] of params) {
    if (wanted.has(key.toLowerCase()) && ID.test(value.trim())) return value.trim();
  }
  return null;
}

/** Read a link: null for anything that is not one of the ModernGov pages the record can know. */
export function parseModernGovUrl(link: string): ModernGovTarget | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const page = url.pathname.split('/').pop()?.toLowerCase() ?? '';
  const params = url.searchParams;
  if (MEETING_PAGES.has(page)) {
    const meetingId = idParam(params, 'MId', 'MeetingId', ...(page.includes('attendance') ? ['ID'] : []));
    return meetingId ? { kind: 'meeting', meetingId, committeeId: idParam(params, 'CId', 'CommitteeId') } : null;
  }
  if (COMMITTEE_PAGES.has(page)) {
    const committeeId = idParam(params, 'CId', 'CommitteeId', 'ID');
    return committeeId ? { kind: 'committee', committeeId } : null;
  }
  if (ITEM_PAGES.has(page)) {
    const itemId = idParam(params, 'ID', 'AIId');
    return itemId ? { kind: 'item', itemId } : null;
  }
  if (ISSUE_PAGES.has(page)) {
    const issueId = idParam(params, 'IId', 'ID');
    return issueId ? { kind: 'issue', issueId } : null;
  }
  return null;
}

/** "moderngov:569:4967" -> committee 569, meeting 4967. */
export function moderngovMeetingIds(externalId: string | null): { committeeId: string; meetingId: string } | null {
  const m = /^moderngov:(\d+):(\d+)$/.exec(externalId ?? '');
  return m ? { committeeId: m[1]!, meetingId: m[2]! } : null;
}

/** An address without the slashes it ends with (a loop: a pattern for it would be quadratic). */
export function withoutTrailingSlashes(address: string): string {
  let end = address.length;
  while (end > 0 && address[end - 1] === '/') end--;
  return address.slice(0, end);
}

/** The meeting's page on the council's site (agenda, papers, minutes), when the record knows it. */
export function meetingPageUrl(siteUrl: string | null, externalId: string | null): string | null {
  const ids = moderngovMeetingIds(externalId);
  if (!siteUrl || !ids) return null;
  const base = withoutTrailingSlashes(siteUrl);
  return `${base}/ieListDocuments.aspx?CId=${ids.committeeId}&MId=${ids.meetingId}`;
}

/** The host a configured ModernGov address serves from ("edemocracy.coventry.gov.uk"). */
export function moderngovHost(siteUrl: string): string | null {
  try {
    return new URL(siteUrl).hostname.toLowerCase();
  } catch {
    return null;
  }
}
