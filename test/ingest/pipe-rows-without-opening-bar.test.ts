// Attendance tables whose rows lost their opening bar ("Chair: | Cllr X |", "S Wright | Chair / Councillor | |").
import { describe, expect, it } from 'vitest';
import { documentLines } from '../../src/ingest/normalise-text.ts';
import { onlyMeeting } from './only-meeting.ts';

describe('table rows without their opening bar', () => {
  it('reads a row with a label cell or an empty cell as cells; a page\'s "No. | Item |" head stays as printed', () => {
    const texts = documentLines(['Chair: | Cllr Ann Bright |', 'S Wright | Chair / Councillor | |', 'No. | Item |'].join('\n')).map((l) => l.text);
    expect(texts).toEqual(['Chair:\tCllr Ann Bright', 'S Wright\tChair / Councillor', 'No. | Item |']);
  });

  it('reads the members and the chair from such a table, the chair\'s post beside a councillor\'s seat', () => {
    const m = onlyMeeting(
      [
        'Minutes of the Meeting of Hartle Parish Council',
        'Held on 3rd April 2024 at 7pm',
        'Present: | ||',
        'R Lowe | Chair / Councillor | |',
        'P Marsh | Councillor | |',
        'T Nunn | Clerk | |',
        '24/011 The members walked the footpath by the brook. The stile is broken.',
        'Resolved: The Clerk to obtain a quote.',
        '24/012 The Clerk reported that the grass contract is due.',
        'Resolved: The contract be renewed.',
        '24/013 The meeting closed at 8:00 pm',
      ].join('\n'),
    );
    expect([m.chair, m.present.map((p) => p.name)]).toEqual(['R Lowe', ['R Lowe', 'P Marsh', 'T Nunn']]);
  });
});
