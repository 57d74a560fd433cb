// Calendar dates in UK time: adding days to a date gives a date, whatever the machine's time zone.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { addCalendarDays, daysBetween, LONDON, londonDate, londonInstant } from '../src/london.ts';

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

describe('the London date of an instant', () => {
  it("is the time zone's own reading through forty years: every 10 minutes of each month's turn and each night the clocks change, every 13 hours between", () => {
    const MINUTE = 60_000;
    const HOUR = 60 * MINUTE;
    const instants: number[] = [];
    const end = Date.UTC(2030, 0, 1);
    for (let t = Date.UTC(1990, 0, 1); t < end; t += 13 * HOUR + 17 * MINUTE) instants.push(t);
    for (let year = 1990; year < 2030; year++) {
      for (let month = 0; month < 12; month++) {
        const turn = Date.UTC(year, month, 1);
        for (let t = turn - 90 * MINUTE; t <= turn + 90 * MINUTE; t += 10 * MINUTE) instants.push(t);
      }
    }
    // The nights the clocks change: the days whose noon offset differs from the day before's.
    const offsetAt = (t: number) => new TZDate(t, LONDON).getTimezoneOffset();
    let before = offsetAt(Date.UTC(1989, 11, 31, 12));
    for (let day = Date.UTC(1990, 0, 1, 12); day < end; day += 24 * HOUR) {
      const offset = offsetAt(day);
      if (offset !== before) for (let t = day - 24 * HOUR; t <= day; t += 10 * MINUTE) instants.push(t);
      before = offset;
    }
    expect(instants.length).toBeGreaterThan(40_000);
    const wrong = instants.filter((t) => londonDate(new Date(t)) !== format(new TZDate(t, LONDON), 'yyyy-MM-dd')).map((t) => new Date(t).toISOString());
    expect(wrong).toEqual([]);
  }, 60_000);

  it('is read at the minutes either side of London midnight, in winter and in summer time', () => {
    expect(londonDate(new Date('2017-01-15T23:59:00Z'))).toBe('2017-01-15');
    expect(londonDate(new Date('2017-01-16T00:00:00Z'))).toBe('2017-01-16');
    // In British Summer Time London's midnight is 23:00 UTC the day before.
    expect(londonDate(new Date('2017-07-15T22:59:00Z'))).toBe('2017-07-15');
    expect(londonDate(new Date('2017-07-15T23:00:00Z'))).toBe('2017-07-16');
    // The last day of a month in summer time, read in the next month's first hour.
    expect(londonDate(new Date('2017-06-30T23:30:00Z'))).toBe('2017-07-01');
    expect(londonDate(new Date('1850-06-30T23:30:00Z'))).toBe('1850-06-30');
  });
});

describe('London wall-clock times as instants', () => {
  const byTimeZone = (date: string, time: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    return new TZDate(y, m - 1, d, hh, mm, 0, LONDON).getTime();
  };

  it("are the time zone's own reading on every day of forty years, at the times meetings are held", () => {
    const wrong: string[] = [];
    for (let date = '1990-01-01'; date < '2030-01-01'; date = addCalendarDays(date, 1)) {
      for (const time of ['00:00', '09:30', '14:00', '18:15', '23:59']) {
        if (londonInstant(date, time).getTime() !== byTimeZone(date, time)) wrong.push(`${date} ${time}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("are the time zone's own reading through the nights the clocks change, a missing or repeated hour included", () => {
    // British Summer Time began on 26 March 2017 (01:00 became 02:00) and ended on 29 October 2017 (02:00 became 01:00).
    for (const date of ['2017-03-25', '2017-03-26', '2017-03-27', '2017-10-28', '2017-10-29', '2017-10-30', '1996-10-27', '2040-03-25']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        expect(londonInstant(date, time).getTime(), `${date} ${time}`).toBe(byTimeZone(date, time));
      }
    }
    expect(londonInstant('2017-03-26', '10:00').toISOString()).toBe('2017-03-26T09:00:00.000Z');
    expect(londonInstant('2017-03-25', '10:00').toISOString()).toBe('2017-03-25T10:00:00.000Z');
    expect(londonInstant('2017-10-29', '10:00').toISOString()).toBe('2017-10-29T10:00:00.000Z');
  });
});
