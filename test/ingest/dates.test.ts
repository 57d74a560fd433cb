import { describe, expect, it } from 'vitest';
import { findDates, findTimes, municipalYear, parseDocumentDate, parseDocumentTime, timeAfterDate, yearlessDate } from '../../src/ingest/dates.ts';
import { dueFromText } from '../../src/ingest/requests.ts';

describe('dates as council documents print them', () => {
  it.each([
    ['Thursday, 11 January 2018', '2018-01-11'],
    ['held at 2.00 pm on Thursday, 11 January 2018', '2018-01-11'],
    ['13th July, 2017', '2017-07-13'],
    ['30th November, 2017', '2017-11-30'],
    ['the 1st of March 2018', '2018-03-01'],
    ['11/01/2018', '2018-01-11'],
    ['Last updated 30/6/17', '2017-06-30'],
    ['Sept 14 2017', '2017-09-14'],
    ['26th April 2018', '2018-04-26'],
    ['HELD ON WEDNESDAY THE 23rd . MAY 2018 at 6.30pm', '2018-05-23'],
    ['held on the 25th. April 2018', '2018-04-25'],
    ['held Tuesday night February the 6th 2018 at 7.30pm', '2018-02-06'],
    ['Minutes of meeting held on the 13th of November 25', '2025-11-13'],
    ['held on the 4th March 26 at 7pm', '2026-03-04'],
  ])('%s -> %s', (text, date) => {
    expect(parseDocumentDate(text)).toBe(date);
  });

  it('finds no date where there is none, nor an impossible one', () => {
    expect(parseDocumentDate('Part 2D, Section 6.1 (e) of the constitution')).toBeNull();
    expect(parseDocumentDate('31 February 2018')).toBeNull();
    expect(parseDocumentDate('32/01/2018')).toBeNull();
    // A two-digit year only after an ordinal day, and not a count or an hour after a date that has no year.
    expect(parseDocumentDate('on 5 May 25 residents came')).toBeNull();
    expect(parseDocumentDate('on the 5th May 25 residents came')).toBeNull();
    expect(parseDocumentDate('from the 3rd March 10 am')).toBeNull();
    expect(parseDocumentDate('until the 3rd March 10.30')).toBeNull();
  });

  it('finds dates in order', () => {
    expect(findDates('from 13 June – 1 July 2022 and on 12 August 2022').map((d) => d.date)).toEqual(['2022-07-01', '2022-08-12']);
  });
});

describe('a time printed with no am or pm', () => {
  it('reads "at 7.30" as the evening, an hour of 9 to 12 not at all, and a figure that is no time not at all', () => {
    expect(parseDocumentTime('HELD ON MONDAY FEBRUARY 16TH 2015 IN THE VILLAGE HALL AT 7.30')).toBe('19:30');
    expect(parseDocumentTime('There being no other business the meeting closed at 8.45.')).toBe('20:45');
    expect(parseDocumentTime('held on Tuesday 3 June at 7.30pm')).toBe('19:30');
    expect(parseDocumentTime('held on Tuesday 3 June at 10.30')).toBeNull();
    expect(parseDocumentTime('interest was charged at 3.25% a year')).toBeNull();
    expect(parseDocumentTime('as set out at 5.12 of the report')).toBeNull();
  });
});

describe('dates and times in Welsh, as bilingual and Welsh minutes print them', () => {
  it.each([
    ['COFNODION CYFARFOD ARFEROL 11eg EBRILL 2019', '2019-04-11'],
    ['COFNODION CYFARFOD ARFEROL 11 eg EBRILL 2019', '2019-04-11'],
    ['Dydd Mawrth, 20fed Medi, 2005', '2005-09-20'],
    ['a gynhaliwyd Nos Fercher y 27ain o Ionawr 2021 am 7.30', '2021-01-27'],
    ['a gynhaliwyd ddydd Mawrth Tachwedd 17, 2020.', '2020-11-17'],
    ['ar y 3ydd o Fai 2022', '2022-05-03'],
    ['nos Iau, 1af Rhagfyr 2022', '2022-12-01'],
  ])('%s -> %s', (text, date) => {
    expect(parseDocumentDate(text)).toBe(date);
  });

  it('reads no date from a Welsh day and month without a year, nor from "Mawrth" as Tuesday', () => {
    expect(parseDocumentDate('y 9fed o Ragfyr yn y Neuadd')).toBeNull();
    expect(parseDocumentDate('nos Fawrth am 7.00')).toBeNull();
  });

  it('reads "yh" as evening and "yb" as morning', () => {
    expect(parseDocumentTime('nos Lun, 4 Medi 2017 am 7.30 yh yn y Neuadd')).toBe('19:30');
    expect(parseDocumentTime('am 10.00 y.b.')).toBe('10:00');
    expect(parseDocumentTime('Cyng. Y Hughes, 2 y bont')).toBeNull();
  });
});

describe('times', () => {
  it.each([
    ['2.00 pm', '14:00'],
    ['10.00 am on Thursday', '10:00'],
    ['10am', '10:00'],
    ['4:30pm', '16:30'],
    ['(Meeting closed at 4.00 pm)', '16:00'],
    ['12 noon', '12:00'],
    ['1.00 p.m.', '13:00'],
    ['12.15 am', '00:15'],
    ['at 14:00', '14:00'],
  ])('%s -> %s', (text, time) => {
    expect(parseDocumentTime(text)).toBe(time);
  });

  it('finds no time in a plain number', () => {
    expect(parseDocumentTime('There were 3,500 open cases in 2017')).toBeNull();
  });
});

describe('municipal years', () => {
  it.each([
    ['Work Programme 2017/18', '2017/18'],
    ['Work Programme 2017-18', '2017/18'],
    ['the work programme 2022-2023', '2022/23'],
    ['1999/00', '1999/00'],
  ])('%s -> %s', (text, year) => {
    expect(municipalYear(text)).toBe(year);
  });
  it('rejects years that do not follow on', () => {
    expect(municipalYear('municipal year 2018-18')).toBeNull();
    expect(municipalYear('no year')).toBeNull();
  });
});

describe('due dates of requests', () => {
  it.each([
    ['Requests an update to the Board in March 2018.', '2017-07-13', '2018-03-31', false],
    ['Education Progress to the February meeting', '2018-01-11', '2018-02-28', false],
    ['a report to the February meeting', '2018-03-15', '2019-02-28', false],
    ['be added to the next agenda', '2018-01-11', null, true],
    ['discussed at the next meeting', '2018-01-11', null, true],
    ['a report in the 2023/24 Municipal Year', '2023-03-16', '2024-05-31', false],
    ['a report back at the end of the municipal year be requested', '2017-06-29', '2018-05-31', false],
    ['a report back at the end of the municipal year be requested', '2018-03-01', '2018-05-31', false],
    ['submitted by November 2022', '2022-10-20', '2022-11-30', false],
    ['by 20 September 2017', '2017-06-29', '2017-09-20', false],
  ])('%s (meeting %s) -> %s', (text, meeting, date, next) => {
    expect(dueFromText(text, meeting)).toMatchObject({ date, nextMeeting: next });
  });

  it('gives no due date when the words give none', () => {
    expect(dueFromText('Requests a report back following implementation of the plan.', '2018-01-11')).toBeNull();
    // A date before the meeting tells when something happened, not when it is due.
    expect(dueFromText('Proposals on the petition considered on 7 October 2013 will be reported to ward members.', '2014-01-14')).toBeNull();
    expect(dueFromText('The report considered in March 2013 will come back in March 2014.', '2014-01-14')).toMatchObject({ date: '2014-03-31' });
  });
});

describe('a heading whose time and date cells ran together', () => {
  it('reads the time and the day straight after "pm" ("4.00pm1 July 2021")', () => {
    expect(findDates('4.00pm1 July 2021').map((d) => d.date)).toEqual(['2021-07-01']);
    expect(findTimes('4.00pm1 July 2021').map((t) => t.time)).toEqual(['16:00']);
    // A number glued to a word is no day: "Item1 July 2021" is not the 1st.
    expect(findDates('Item1 July 2021')).toEqual([]);
  });
});

describe('a time on the 24-hour clock', () => {
  it('reads an hour the word "hrs" or "hours" marks, with a stop or none', () => {
    expect(findTimes('held Wednesday 11th March 2026 19.15 hrs at the hall').map((t) => t.time)).toEqual(['19:15']);
    expect(findTimes('HELD ON THURSDAY 12 MARCH 2026 AT 1000 HRS IN THE CHAMBERS').map((t) => t.time)).toEqual(['10:00']);
    expect(findTimes('commencing at 1930 hours').map((t) => t.time)).toEqual(['19:30']);
    // The word says the clock is the 24-hour one: not the evening an hour up to 8 after "at" would be.
    expect(findTimes('at 7.30 hrs').map((t) => t.time)).toEqual(['07:30']);
  });

  it('reads an hour after "at" that only the 24-hour clock has', () => {
    expect(findTimes('Community Centre at 19.30').map((t) => t.time)).toEqual(['19:30']);
    // An hour both clocks share, a rate and a sum of hours are not read.
    expect(findTimes('at 10.30')).toEqual([]);
    expect(findTimes('rose at 13.50 per cent')).toEqual([]);
    expect(findTimes('some 150 hours of volunteering; at least 24 hours before')).toEqual([]);
  });
});

describe('a year run into its month by a PDF\'s conversion', () => {
  it('reads "Wednesday 18th February2026" as the dated day, and the year-less reading passes it by', () => {
    expect(findDates('Minutes of Meeting held on Wednesday 18th February2026').map((d) => d.date)).toEqual(['2026-02-18']);
    expect(findDates('Tuesday 3rd March2026 in the hall at 7.30pm').map((d) => d.date)).toEqual(['2026-03-03']);
    // The year is printed: the heading is not one without a year, dated by another year the document prints.
    expect(yearlessDate('held on Wednesday 18th February2026 at 7pm', [2025])).toBeNull();
    // A longer number run into the month is no year.
    expect(findDates('Wednesday 18th February20261')).toEqual([]);
  });
});

describe('the time printed with the meeting\'s own date', () => {
  it('is the one straight after that date, not a running header\'s other meeting time', () => {
    const head = 'Cabinet 19th November 2025 2.00 pm Public MINUTES OF THE MEETING HELD ON 22ND OCTOBER 2025 9.30 am. – 11.45 am.';
    expect(timeAfterDate(head, '2025-10-22')).toBe('09:30');
    expect(timeAfterDate(head, '2025-11-19')).toBe('14:00');
    expect(timeAfterDate('Minutes of the meeting held on 5 May 2021. Present: Councillors Abbott, Banks and Carr. Apologies 7.30pm', '2021-05-05')).toBeNull();
  });
});

describe('a weekday, day and month printed without their year', () => {
  it('takes the one printed year on which that day falls on that weekday, the month before or after the day', () => {
    expect(yearlessDate('HELD ON THURSDAY MARCH 14TH AT 7.30 P.M.', [2023, 2024])).toBe('2024-03-14');
    expect(yearlessDate('on Monday 22nd July at 7.30pm', [2024])).toBe('2024-07-22');
  });

  it('gives none where no printed year fits', () => {
    expect(yearlessDate('HELD ON THURSDAY MARCH 14TH', [2023])).toBeNull();
  });
});
