import { describe, expect, it } from 'vitest';
import { findQuestionDate } from '../../src/answers/question/question-dates.ts';

describe('dates in questions', () => {
  it.each([
    ['meeting on 11 January 2018', '2018-01-11'],
    ['meeting on 11th of January, 2018?', '2018-01-11'],
    ['agenda 13/07/2017', '2017-07-13'],
    ['minutes 11/01/18', '2018-01-11'],
    ['11.01.2018', '2018-01-11'],
    ['2018-01-11', '2018-01-11'],
    ['Thursday 14 Sept 2017', '2017-09-14'],
    ['January 11, 2018', '2018-01-11'],
  ])('%s -> %s', (question, date) => {
    expect(findQuestionDate(question)).toMatchObject({ kind: 'date', date });
  });

  it('reads day and month without a year', () => {
    expect(findQuestionDate('11th Jan')).toMatchObject({ kind: 'day-month', day: 11, month: 1 });
    expect(findQuestionDate('what happened on 29 feb')).toMatchObject({ kind: 'day-month', day: 29, month: 2 });
  });

  it('reports dates that cannot exist', () => {
    expect(findQuestionDate('agenda 31/02/2018')).toEqual({ kind: 'invalid', text: '31/02/2018' });
    expect(findQuestionDate('meeting on 30 February')).toMatchObject({ kind: 'invalid' });
    expect(findQuestionDate('13/13/2017')).toMatchObject({ kind: 'invalid' });
  });

  it('finds none where there is none', () => {
    expect(findQuestionDate('next meeting')).toBeNull();
    expect(findQuestionDate('what may the board decide')).toBeNull();
  });
});
