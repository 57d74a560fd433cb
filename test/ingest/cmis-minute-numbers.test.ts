// A CMIS meeting page after the meeting: each item keeps the agenda's words, then the minute's number alone on its line
// and the minute. An aside in brackets may stand under the number, and the minute may lead on to its decision.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { cmisPageHead } from './cmis-page-head.ts';

function page(minute: string[]): string {
  return [
    ...cmisPageHead({ trail: 'Meetings', committee: 'Environment and Transport Committee', when: '9 Apr 2025 - 18:00 to 19:40' }),
    'Standard Items',
    '1 APOLOGIES FOR ABSENCE',
    '',
    'To receive any apologies for absence.',
    '',
    '1',
    '',
    'Apologies for absence were received from Councillors Oduya and Prentice.',
    '',
    '2 pdf RIVERSIDE PARKING CHARGES (88Kb)',
    '',
    'Report attached.',
    '',
    '2',
    '',
    ...minute,
  ].join('\n');
}

const resolutionsOf = (text: string, number: string) =>
  parseDocument(text).meetings[0]!.items.find((i) => i.number === number)!.resolutions.map((r) => r.text);

describe('a CMIS minute under its number', () => {
  it('is read when "(Non Key Decision)" stands between the number and the minute', () => {
    const text = page(['(Non Key Decision)', '', 'The Committee considered the report of the Parking Manager on the charges for 2025/26.', '', 'RESOLVED:-', '', 'That the charges for 2025/26 be approved as set out in the report.']);
    expect(resolutionsOf(text, '2')).toEqual(['That the charges for 2025/26 be approved as set out in the report.']);
  });

  it('is read when its sentence leads on to the decision ("... and it was" / "RESOLVED: that")', () => {
    const text = page(['The Committee considered the report of the Parking Manager on the charges for 2025/26 and it was', '', 'RESOLVED: that', '', 'the charges for 2025/26 be approved as set out in the report.']);
    expect(resolutionsOf(text, '2')).toEqual(['the charges for 2025/26 be approved as set out in the report.']);
  });
});
