// ModernGov meeting pages saved from their items on, without the heading, venue or "No. Item": the template's marks
// (a paper after a title, "Additional documents:" under one) make the text one meeting with no committee and no date.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { onlyMeeting } from './only-meeting.ts';

const excerpt = [
  'The minutes of the meeting held on 2 May 2024 were confirmed as a correct record.',
  '',
  '',
  'Market Hall Lease pdf icon PDF 120 KB',
  '',
  'Additional documents:',
  '',
  '',
  'The Committee considered the terms proposed for the new lease of the Market Hall.',
  '',
  '',
  'That the lease be granted for ten years.',
  '',
  '',
  'Allotment Rents 2025/26 pdf icon PDF 88 KB',
  '',
  '',
  'The Committee considered the proposed allotment rents; officers would circulate the comparison with neighbouring towns.',
  '',
  '',
  'That the rents be increased by 3%.',
].join('\n');

describe('a ModernGov page without its heading', () => {
  it('is one meeting with no date, whose items are the marked titles and those after the same gap', () => {
    const m = onlyMeeting(excerpt);
    expect([m.committee, m.date, m.kind]).toEqual([null, null, 'minutes']);
    expect(m.items.map((i) => i.title)).toEqual(['Market Hall Lease', 'Allotment Rents 2025/26']);
    expect(m.items[1]!.requests.map((r) => r.text).join(' ')).toMatch(/circulate the comparison/);
  });

  it('says why the meeting has no date', () => {
    expect(parseDocument(excerpt).warnings.join(' ')).toMatch(/no meeting date/);
  });

  it('takes a title after one blank line where the page leaves one above its papers\' titles, but not a sentence', () => {
    const agenda = [
      'Apologies for Absence',
      '',
      'Minutes of the Previous Meeting pdf icon PDF 240 KB',
      '',
      'To confirm the minutes of the last meeting.',
      '',
      "Leader's Report",
      '',
      'The Leader may report on matters of significance to the borough.',
      '',
      'Budget Monitoring pdf icon PDF 1 MB',
      '',
      'To note the budget position.',
    ].join('\n');
    const m = onlyMeeting(agenda);
    expect(m.kind).toBe('agenda');
    expect(m.items.map((i) => i.title)).toEqual(['Apologies for Absence', 'Minutes of the Previous Meeting', "Leader's Report", 'Budget Monitoring']);
  });

  it('counts a document viewer repeating one paper\'s title and size as one mark, not a page of items', () => {
    const viewer = ['Minutes of the Cabinet Meeting held on 4 March 2024 PDF 94 KB', '', 'Minutes of the Cabinet Meeting held on 4 March 2024 PDF 94 KB', '', 'The Cabinet met on Monday 4 March 2024.'].join('\n');
    const doc = parseDocument(viewer);
    expect(doc.meetings.every((m) => m.items.every((i) => !/^Minutes of the Cabinet/.test(i.title)) || m.date !== null)).toBe(true);
  });
});
