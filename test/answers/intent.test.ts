import { describe, expect, it } from 'vitest';
import { plainQuestion, routeQuestion } from '../../src/answers/question/intent.ts';

describe('routing a question by its words', () => {
  it.each(['when is the next meeting?', 'next meeting', 'next mtg', "when's the next board?", 'Next Meeting please', 'when do we meet next', "what's on the agenda?", 'meeting'])(
    '%s -> next meeting',
    (q) => expect(routeQuestion(q)).toEqual({ kind: 'next-meeting' }),
  );

  it('reads meetings on a date', () => {
    expect(routeQuestion('agenda 13/07/2017')).toMatchObject({ kind: 'meeting-on', date: { kind: 'date', date: '2017-07-13' } });
    expect(routeQuestion('meeting on 11 January 2018')).toMatchObject({ kind: 'meeting-on', date: { date: '2018-01-11' } });
    expect(routeQuestion('11th Jan')).toMatchObject({ kind: 'meeting-on', date: { kind: 'day-month', day: 11, month: 1 } });
    expect(routeQuestion('agenda 31/02/2018')).toMatchObject({ kind: 'meeting-on', date: { kind: 'invalid' } });
    expect(routeQuestion('what was resolved on 11 January 2018?')).toMatchObject({ kind: 'meeting-on' });
  });

  it('finds the topic of resolutions', () => {
    expect(routeQuestion('what was resolved on private fostering?')).toEqual({ kind: 'resolutions', topic: 'private fostering' });
    expect(routeQuestion('decisions about young carers')).toEqual({ kind: 'resolutions', topic: 'young carers' });
    expect(routeQuestion('what did we decide on the Ofsted report')).toEqual({ kind: 'resolutions', topic: 'Ofsted report' });
  });

  it('tells open, all and topic requests apart', () => {
    expect(routeQuestion('outstanding requests')).toEqual({ kind: 'requests', scope: 'open', topic: null });
    expect(routeQuestion('what are we still waiting for?')).toEqual({ kind: 'requests', scope: 'open', topic: null });
    expect(routeQuestion('all requests')).toEqual({ kind: 'requests', scope: 'all', topic: null });
    expect(routeQuestion('did the board ask for census figures?')).toEqual({ kind: 'requests', scope: 'all', topic: 'census figures' });
    expect(routeQuestion('did we ever get the census figures?')).toEqual({ kind: 'requests', scope: 'all', topic: 'census figures' });
  });

  it('routes work programme, history, attendance and help', () => {
    expect(routeQuestion('work programme')).toEqual({ kind: 'work-programme' });
    expect(routeQuestion("what's on the work program?")).toEqual({ kind: 'work-programme' });
    expect(routeQuestion('history of private fostering')).toEqual({ kind: 'history', topic: 'private fostering' });
    expect(routeQuestion('when did we last discuss young carers?')).toEqual({ kind: 'history', topic: 'young carers' });
    expect(routeQuestion('when was private fostering discussed by the board?')).toEqual({ kind: 'history', topic: 'private fostering' });
    expect(routeQuestion('resolutions from the last meeting')).toEqual({ kind: 'resolutions', topic: null });
    expect(routeQuestion('attendance of Councillor Masih')).toEqual({ kind: 'attendance', name: 'Councillor Masih' });
    expect(routeQuestion('did Cllr A Masih attend?')).toEqual({ kind: 'attendance', name: 'Cllr A Masih' });
    expect(routeQuestion('help')).toEqual({ kind: 'help' });
    expect(routeQuestion('')).toEqual({ kind: 'help' });
    expect(routeQuestion('   ?!  ')).toEqual({ kind: 'help' });
    expect(routeQuestion('last meeting')).toEqual({ kind: 'latest-meeting' });
  });

  it('sends anything else to search', () => {
    expect(routeQuestion('Ofsted inspection')).toEqual({ kind: 'search', query: 'Ofsted inspection' });
  });

  it('treats Slack mrkdwn as plain text', () => {
    expect(plainQuestion('<@U123> *next* _meeting_ <!channel>')).toBe('next meeting');
    expect(plainQuestion('see <https://example.org/x|the report>')).toBe('see the report');
    expect(routeQuestion('<@U123ABC> what was *resolved* on ~private~ fostering?')).toEqual({ kind: 'resolutions', topic: 'private fostering' });
  });
});
