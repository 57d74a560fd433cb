// Minutes with no item headings whose every minute is a paragraph opened by a running minute number of the council's
// own style ("412." or "CAB 12", continuing the numbers of earlier meetings): each paragraph is an item, its first
// sentence (read across the lines it wraps onto) the title, and the whole paragraph its minute.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const heading = ['Minutes of the meeting of the Licensing Committee held at the Civic Centre, Northby on Monday 10 March 2025 at 2.00 pm', '', 'Present: Councillor A Brook (Chair), Councillors C Dale, E Fenn and G Hale', ''];

describe('running minute numbers opening paragraphs', () => {
  it('reads each numbered paragraph as an item, its wrapped first sentence the title, its decision and apologies read', () => {
    const m = onlyMeeting(
      [
        ...heading,
        '123.   Apologies for absence were received from Councillors I Jury and',
        '       K Lamb.',
        '',
        '124.   The minutes of the meeting held on 10 February 2025 were approved as a correct record.',
        '',
        '125.   The Committee considered the report of the Licensing Manager on the review of the',
        '       taxi licensing policy. Members asked about the age limit for vehicles.',
        '',
        '       RESOLVED that the revised taxi licensing policy be approved for consultation.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['123', 'Apologies for absence were received from Councillors I Jury and K Lamb.'],
      ['124', 'The minutes of the meeting held on 10 February 2025 were approved as a correct record.'],
      ['125', 'The Committee considered the report of the Licensing Manager on the review of the taxi licensing policy.'],
    ]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor I Jury', 'Councillor K Lamb']);
    expect(m.items[2]!.resolutions.map((r) => r.text)).toEqual(['the revised taxi licensing policy be approved for consultation.']);
  });

  it('reads a lettered running reference ("CAB 12") opening each paragraph the same way', () => {
    const m = onlyMeeting(
      [
        ...heading,
        'CAB 12   Apologies for absence were received from Councillor O Pike.',
        'CAB 13   The minutes of the meeting held on 4 February 2025 were approved as a correct record.',
        'CAB 14   The Cabinet considered the report of the Director of Housing on the Housing Strategy.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.number)).toEqual(['CAB 12', 'CAB 13', 'CAB 14']);
  });
});
