// Minutes whose headings stand above their minute references ("APOLOGIES" / "PLA146/24"), and the covering letter
// a supplement pack puts over them.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const minutes = (heading: string[]) =>
  [
    'AUDIT COMMITTEE',
    '',
    'Monday, 3 November 2025',
    '',
    'Present: Councillor Idris Vane (Chairman)',
    '',
    'APOLOGIES',
    'AUD11/25',
    '     There were no apologies.',
    '',
    ...heading,
    'AUD12/25',
    '     The Committee noted the external auditor\'s letter.',
    '',
    'INTERNAL AUDIT PLAN',
    'AUD13/25',
    '     RESOLVED – That the plan be approved.',
  ].join('\n');

describe('headings above their minute references', () => {
  it('reads a heading in capitals wrapped over lines above its reference as one title', () => {
    const text = minutes(['ANNUAL AUDIT LETTER FROM THE EXTERNAL AUDITOR (INCLUDING THE', 'VALUE FOR MONEY CONCLUSION FOR 2024/25,', 'APPENDIX B)']);
    const meeting = parseDocument(text, 'audit.pdf').meetings[0]!;
    expect(meeting.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      'AUD11/25 APOLOGIES',
      'AUD12/25 ANNUAL AUDIT LETTER FROM THE EXTERNAL AUDITOR (INCLUDING THE VALUE FOR MONEY CONCLUSION FOR 2024/25, APPENDIX B)',
      'AUD13/25 INTERNAL AUDIT PLAN',
    ]);
  });

  it('keeps a decision in capitals straight above a heading out of its title', () => {
    const text = minutes(['NOTED', 'EXTERNAL AUDIT LETTER']);
    const meeting = parseDocument(text, 'audit.pdf').meetings[0]!;
    expect(meeting.items.find((i) => i.number === 'AUD12/25')?.title).toBe('EXTERNAL AUDIT LETTER');
  });
});

describe('a covering letter over the minutes', () => {
  it('takes a line opening in lower case ("minutes of the previous meeting that ...") for the letter\'s sentence, not the minutes\' title', () => {
    const letter = [
      'Dear Councillor',
      '',
      'AUDIT COMMITTEE - MONDAY, 1ST DECEMBER, 2025',
      '',
      'Please find enclosed, for consideration at the next meeting on Monday, 1st December, 2025 the',
      'minutes of the previous meeting that were not ready when the agenda was sent out.',
      '',
      'This page is intentionally left blank',
      '',
    ].join('\n');
    const doc = parseDocument(letter + minutes(['EXTERNAL AUDIT LETTER']), 'pack.pdf');
    const read = doc.meetings.find((m) => m.kind === 'minutes')!;
    expect(read.committee).toBe('AUDIT COMMITTEE');
    expect(read.date).toBe('2025-11-03');
  });
});
