// The preview of a ModernGov link is one Answer, the same facts in Block Kit, text and JSON; a link
// the record does not know has none.
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/answers/render-json.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { linkPreview, type LinkSource } from '../../src/links/link-preview.ts';
import { BoardRecord } from '../../src/model.ts';
import { answerBlocks } from '../../src/slack/blocks/answer-blocks.ts';

const SITE = 'https://democracy.example-borough.gov.uk';
const NOW = new Date('2026-03-20T09:00:00Z');

const record = BoardRecord.parse({
  schemaVersion: 1,
  documents: [],
  meetings: [
    { id: 'm1', committee: 'Place Scrutiny Committee', date: '2026-03-10', time: '17:00', place: 'Room 4, Civic Offices', status: 'minutes', chair: null, present: [], apologies: [], closingTime: null, sources: [], externalId: 'moderngov:77:3150' },
  ],
  items: [
    { id: 'i1', meetingId: 'm1', number: '7', title: 'Bus Service Improvement Plan', body: 'Members asked about rural routes.', reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: [], externalId: 'moderngov-item:88001' },
    { id: 'i2', meetingId: 'm1', number: '9', title: 'Depot Lease Renewal', body: '', reportAuthor: null, pages: null, subItems: [], papers: [], private: true, sources: [], externalId: 'moderngov-item:88002' },
  ],
  resolutions: [{ id: 'r1', meetingId: 'm1', itemId: 'i1', clause: 1, text: 'That the Cabinet Member be asked to report on rural routes by July 2026.', unanimous: false }],
  requests: [],
  workProgramme: [],
});
const sources: LinkSource[] = [{ moderngovUrl: SITE, record: () => record }];

function renderings(link: string): string[] {
  const preview = linkPreview(sources, link, NOW);
  expect(preview).not.toBeNull();
  return [JSON.stringify(answerBlocks(preview!).blocks), renderText(preview!), renderJson(preview!)];
}

describe('a link preview', () => {
  it("carries a meeting's date, committee, place and items into all three renderings", () => {
    for (const text of renderings(`${SITE}/ieListDocuments.aspx?CId=77&MId=3150`)) {
      expect(text).toContain('Place Scrutiny Committee: Tuesday 10 March 2026, 5.00 pm');
      expect(text).toContain('Room 4, Civic Offices');
      expect(text).toContain('7. Bus Service Improvement Plan');
      expect(text).toContain('9. Depot Lease Renewal (exempt)');
      expect(text).not.toContain('rural routes.');
    }
  });

  it("carries an item's resolutions, and of an exempt item its title alone", () => {
    for (const text of renderings(`${SITE}/mgAi.aspx?ID=88001`)) expect(text).toContain('report on rural routes by July 2026');
    const exempt = linkPreview(sources, `${SITE}/mgAi.aspx?ID=88002`, NOW)!;
    expect(exempt.title).toBe('Depot Lease Renewal (exempt)');
    expect(exempt.sections).toEqual([]);
  });

  it('is null for what the record does not know', () => {
    for (const link of [
      `${SITE}/ieListDocuments.aspx?CId=77&MId=9999`,
      `${SITE}/ieListDocuments.aspx?CId=78&MId=3150`,
      `${SITE}/mgAi.aspx?ID=12`,
      `${SITE}/mgIssueHistoryHome.aspx?IId=5`,
      `${SITE}/ieListMeetings.aspx?CId=5`,
      'https://another-council.gov.uk/ieListDocuments.aspx?CId=77&MId=3150',
    ]) {
      expect(linkPreview(sources, link, NOW), link).toBeNull();
    }
    expect(linkPreview([], `${SITE}/ieListDocuments.aspx?CId=77&MId=3150`, NOW)).toBeNull();
  });
});
