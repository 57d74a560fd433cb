// The fallback reading of a request: in a minute where no request was read, what is still to be done or delivered at a
// time after the meeting is followed up; where a request was read, or nothing is owed, it adds nothing.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('a promise for after the meeting', () => {
  it('is read where nothing else asks', () => {
    expect(requests('The landowner had asked for a site meeting. Members were told that the revised map would be confirmed in due course.')).toEqual([
      'Members were told that the revised map would be confirmed in due course.',
    ]);
    expect(requests('RESOLVED: That the register be amended after the meeting of the Licensing Panel.')).toHaveLength(1);
  });

  it('is not read where a specific reading found a request', () => {
    const found = requests('Officers agreed to circulate the figures on void properties. The revised map would be confirmed in due course.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/circulate the figures/);
  });

  it('needs both a thing still to do and a time after the meeting', () => {
    expect(requests('The next meeting will be held on 17 March 2026.')).toEqual([]);
    expect(requests('The revised map would be confirmed by the landowner.')).toEqual([]);
    expect(requests('The scheme had been completed following the meeting of the Board in May.')).toEqual([]);
  });
});
