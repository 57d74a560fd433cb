// Calendar dates in UK time: adding days to a date gives a date, whatever the machine's time zone.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, daysBetween } from '../src/london.ts';

describe('calendar days', () => {
  it('crosses months, years, a leap day and the days the clocks change', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2023-12-31', 1)).toBe('2024-01-01');
    // British Summer Time began on 26 March 2017 and ended on 29 October 2017.
    expect(addCalendarDays('2017-03-25', 1)).toBe('2017-03-26');
    expect(addCalendarDays('2017-03-26', 1)).toBe('2017-03-27');
    expect(addCalendarDays('2017-10-29', 0)).toBe('2017-10-29');
    expect(addCalendarDays('2017-10-28', 2)).toBe('2017-10-30');
    expect(addCalendarDays('2015-06-30', 400)).toBe('2016-08-03');
    expect(daysBetween('2015-06-30', addCalendarDays('2015-06-30', -450))).toBe(-450);
  });

  it('gives the same dates on a machine far east or west of London', () => {
    const script = "import { addCalendarDays } from './src/london.ts'; console.log(['2017-03-26', '2023-12-31', '2024-02-28'].map((d) => addCalendarDays(d, 1)).join(' '));";
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
      expect(out.trim()).toBe('2017-03-27 2024-01-01 2024-02-29');
    }
  });
});
