// ModernGov's page addresses as councils' sites print them: any case of query key, "ie" and "mg"
// pages, extra parameters; and the manifest's unfurl domains are sites whose pages are read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { meetingPageUrl, parseModernGovUrl } from '../../src/links/moderngov-urls.ts';

describe('ModernGov addresses', () => {
  it('reads meeting, committee, agenda item and issue pages in their spellings', () => {
    expect(parseModernGovUrl('https://democracy.example-borough.gov.uk/ieListDocuments.aspx?CId=412&MId=8821&Ver=4')).toEqual({ kind: 'meeting', meetingId: '8821', committeeId: '412' });
    expect(parseModernGovUrl('https://moderngov.example.gov.uk/mgListDocuments.aspx?cid=7&mid=12')).toEqual({ kind: 'meeting', meetingId: '12', committeeId: '7' });
    expect(parseModernGovUrl('http://cmttees.example.gov.uk/iemeetingattendance.aspx?ID=8821')).toEqual({ kind: 'meeting', meetingId: '8821', committeeId: null });
    expect(parseModernGovUrl('https://democracy.example-borough.gov.uk/ieListMeetings.aspx?CId=412&Year=0')).toEqual({ kind: 'committee', committeeId: '412' });
    expect(parseModernGovUrl('https://democracy.example-borough.gov.uk/mgCommitteeDetails.aspx?ID=412')).toEqual({ kind: 'committee', committeeId: '412' });
    expect(parseModernGovUrl('https://democracy.example-borough.gov.uk/mgAi.aspx?ID=60213')).toEqual({ kind: 'item', itemId: '60213' });
    expect(parseModernGovUrl('https://democracy.example-borough.gov.uk/mgIssueHistoryHome.aspx?IId=31337&Opt=0')).toEqual({ kind: 'issue', issueId: '31337' });
  });

  it('reads nothing from other pages, ids that are not numbers, or what is not a web address', () => {
    for (const link of [
      'https://democracy.example-borough.gov.uk/documents/s70005/paper.pdf',
      'https://democracy.example-borough.gov.uk/ieListDocuments.aspx?CId=412',
      'https://democracy.example-borough.gov.uk/ieListDocuments.aspx?CId=412&MId=88%2021',
      'https://democracy.example-borough.gov.uk/mgAi.aspx?ID=1;DROP',
      'javascript:alert(1)//ieListDocuments.aspx?MId=1',
      'not a link',
    ]) {
      expect(parseModernGovUrl(link), link).toBeNull();
    }
  });

  it("links a synced meeting to its page on the council's site", () => {
    expect(meetingPageUrl('https://democracy.example-borough.gov.uk/', 'moderngov:412:8821')).toBe('https://democracy.example-borough.gov.uk/ieListDocuments.aspx?CId=412&MId=8821');
    expect(meetingPageUrl('https://democracy.example-borough.gov.uk', 'm-2026-03-12-abc')).toBeNull();
    expect(meetingPageUrl(null, 'moderngov:412:8821')).toBeNull();
  });

  it("unfurls on the manifest's domains, whose meeting pages are read", () => {
    const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as { features: { unfurl_domains: string[] } };
    expect(manifest.features.unfurl_domains.length).toBeGreaterThan(0);
    for (const domain of manifest.features.unfurl_domains) {
      expect(parseModernGovUrl(`https://${domain}/ieListDocuments.aspx?CId=1&MId=2`)).toMatchObject({ kind: 'meeting' });
    }
  });
});
