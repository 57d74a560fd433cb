// A member's lateness, said in the apologies or the attendance, is a member present: it asks nothing of anyone.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('a member arriving late', () => {
  it('reads no request in a member who would arrive late or be late', () => {
    expect(requests('Apologies for absence were received from Councillor Brand. Councillor Marsh would arrive late.')).toEqual([]);
    expect(requests('Councillor Ng would join the meeting late.')).toEqual([]);
    expect(requests('Councillor Okafor would be arriving slightly late.')).toEqual([]);
    expect(requests('Apologies were received from Councillors Ibe and Lowry. Councillor Pell had indicated that she would be late.')).toEqual([]);
    expect(requests('Cllr Trent will be joining the meeting later.')).toEqual([]);
  });

  it('still reads what the rest of the sentence asks, and an officer who will provide something', () => {
    expect(requests('Councillor Ng would arrive late and would circulate the parking figures to members.')).toHaveLength(1);
    expect(requests('Officers would provide the figures on void properties.')).toHaveLength(1);
  });
});
