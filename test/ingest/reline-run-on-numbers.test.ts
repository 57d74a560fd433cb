import { describe, expect, it } from 'vitest';
import { relineRunOnNumbers } from '../../src/ingest/reline-run-on-numbers.ts';

const lines = (text: string) => relineRunOnNumbers(text).split('\n').filter(Boolean);

describe('minute numbers run on inside a line', () => {
  it('puts back running references that fill the numbering, with no stop before them', () => {
    const text = [
      '31107/06/25 APOLOGIES',
      'Councillors: Ann Hale and Bryn Ellis 31108/06/25 DECLARATIONS OF INTEREST Councillor Hale 31115/06/25 Lease 31109/06/25 MINUTES',
      'The minutes were signed.',
      '31110/06/25 FINANCE',
    ].join('\n');
    expect(lines(text)).toEqual([
      '31107/06/25 APOLOGIES',
      'Councillors: Ann Hale and Bryn Ellis',
      '31108/06/25 DECLARATIONS OF INTEREST Councillor Hale 31115/06/25 Lease',
      '31109/06/25 MINUTES',
      'The minutes were signed.',
      '31110/06/25 FINANCE',
    ]);
  });

  it('splits a paragraph of minutes numbered by a list mark from the one that opens it', () => {
    const text = '1) Welcome: the Chair opened the meeting. 2) Police: no report was received. 3) Minutes: approved as read.';
    expect(lines(text)).toEqual(['1) Welcome: the Chair opened the meeting.', '2) Police: no report was received.', '3) Minutes: approved as read.']);
  });

  it('leaves numbers no gap or run waits for', () => {
    const text = [
      '4. Finance',
      'The grant of £1.5 million was agreed. Minute 5 of the last meeting was read. On 5 March the Clerk wrote. 12. Other sums were noted.',
      'RESOLVED that (1) the report be noted; (2) the Clerk write to the owner.',
      '1) That the report be noted. 2) That the Clerk reply.',
      '5. Planning',
    ].join('\n');
    expect(relineRunOnNumbers(text)).toBe(text);
  });
});
