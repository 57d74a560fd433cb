// Questions read into an intent and slots, as members type them.
import { describe, expect, it } from 'vitest';
import { mendKeywordTypos } from '../../src/answers/question/keyword-typos.ts';
import { officerRole } from '../../src/answers/attendance/build-officer.ts';
import { periodWords } from '../../src/answers/question/question-periods.ts';
import { itemRoleAsked, plainQuestion, readQuestion } from '../../src/answers/question/read-question.ts';
import { saysAction, splitBoardAction } from '../../src/answers/question/board-action.ts';
import { makesMembership } from '../../src/answers/attendance/appointments.ts';
import { asksVerdict } from '../../src/answers/question/asks-verdict.ts';
import { londonInstant } from '../../src/london.ts';

const NOW = londonInstant('2018-01-12', '12:00');
const read = (q: string, now = NOW) => readQuestion(q, now, { names: new Set(['masih', 'jenkins', 'kerry', 'hanson', 'vohra']), committees: [] });

describe('reading a question', () => {
  it.each(['when is the next meeting?', 'next meeting', 'next mtg', "when's the next board?", 'Next Meeting please', 'when do we meet next', "what's on the agenda?", 'whens the next mtg', 'meeting'])(
    '%s -> the next meeting',
    (q) => expect(read(q).intent).toBe('next-meeting'),
  );

  it('reads dates as members write them, day before month', () => {
    expect(read('agenda 13/07/2017')).toMatchObject({ intent: 'meeting', period: { day: '2017-07-13' } });
    expect(read('meeting on 11 January 2018')).toMatchObject({ intent: 'meeting', period: { day: '2018-01-11' } });
    expect(read('11th Jan')).toMatchObject({ intent: 'meeting', period: { dayMonth: { day: 11, month: 1 } } });
    expect(read('agenda 31/02/2018')).toMatchObject({ intent: 'meeting', invalidDate: '31/02/2018' });
    expect(read('what happened on 20/10/22')).toMatchObject({ intent: 'meeting', period: { day: '2022-10-20' } });
  });

  it('reads periods relative to when the question is asked', () => {
    expect(read("what's on the agenda next week").period).toMatchObject({ from: '2018-01-15', to: '2018-01-21' });
    expect(read('what was resolved last month')).toMatchObject({ intent: 'resolutions', topic: null, period: { from: '2017-12-01', to: '2017-12-31' } });
    expect(read('whats coming up next month')).toMatchObject({ intent: 'work-programme', period: { from: '2018-02-01', to: '2018-02-28' } });
    // A month without its year: the nearest one the question looks towards.
    expect(read('what did we ask for in october')).toMatchObject({ intent: 'requests', period: { from: '2017-10-01', to: '2017-10-31' } });
    expect(read('meeting in March')).toMatchObject({ intent: 'meetings', period: { from: '2018-03-01', to: '2018-03-31' } });
    expect(read('since june what have we asked for').period).toMatchObject({ from: '2017-06-01', to: null });
    expect(read('what was decided between June and September 2022')).toMatchObject({ intent: 'resolutions', period: { from: '2022-06-01', to: '2022-09-30' } });
    expect(read('who sent apologies in March 2023')).toMatchObject({ intent: 'meeting-attendance', period: { from: '2023-03-01', to: '2023-03-31' } });
  });

  it('reads meetings named by their place', () => {
    expect(read('the meeting after next').meeting).toBe('after-next');
    expect(read('what happened at the last mtg')).toMatchObject({ intent: 'latest-meeting', meeting: 'last' });
    expect(read('who attended the last meeting')).toMatchObject({ intent: 'meeting-attendance', meeting: 'last' });
  });

  it('finds the topic, in the member’s words, and the glossary terms in it', () => {
    expect(read('what was resolved on private fostering?')).toMatchObject({ intent: 'resolutions', topic: 'private fostering' });
    expect(read('decisions about young carers')).toMatchObject({ intent: 'resolutions', topic: 'young carers' });
    expect(read('what did the board decide about ofstead')).toMatchObject({ intent: 'resolutions', topic: 'ofstead', terms: ['Ofsted'] });
    expect(read('anything on SEND transport?')).toMatchObject({ intent: 'search', topic: 'SEND transport' });
    expect(read('LAC').terms).toEqual(['children looked after']);
  });

  it('tells requests apart by status', () => {
    expect(read('outstanding requests')).toMatchObject({ intent: 'requests', status: 'open', topic: null, direct: true });
    expect(read('what are we still waiting for from officers')).toMatchObject({ intent: 'requests', status: 'open', topic: null });
    expect(read("what's outstanding")).toMatchObject({ intent: 'requests', status: 'open' });
    expect(read('any overdue actions')).toMatchObject({ intent: 'requests', status: 'overdue', topic: null });
    expect(read('all requests')).toMatchObject({ intent: 'requests', status: 'all' });
    expect(read('did we ever get the census figures')).toMatchObject({ intent: 'requests', topic: 'census figures' });
  });

  it('reads when a topic is coming, and whether it is on an agenda', () => {
    expect(read('when is private fostering coming back to the board?')).toMatchObject({ intent: 'coming', topic: 'private fostering' });
    expect(read('is young carers on the agenda?')).toMatchObject({ intent: 'agenda-topic', topic: 'young carers' });
    expect(read('when is the LSCB annual report coming to the board')).toMatchObject({ intent: 'coming', topic: 'LSCB annual report' });
  });

  it('reads people, with or without a title', () => {
    expect(read('who chairs the board').intent).toBe('chair');
    expect(read('how often has Councillor Masih turned up')).toMatchObject({ intent: 'attendance', person: 'Councillor Masih' });
    expect(read('Cllr Kerry Jenkins attendance')).toMatchObject({ intent: 'attendance', person: 'Councillor Kerry Jenkins' });
    expect(read('how often has kerry jenkins turned up')).toMatchObject({ intent: 'attendance', person: 'kerry jenkins' });
    expect(read('did Cllr A Masih attend?')).toMatchObject({ intent: 'attendance', person: 'Councillor A Masih' });
  });

  it('reads history, help and what the bot cannot do', () => {
    expect(read('history of private fostering')).toMatchObject({ intent: 'history', topic: 'private fostering' });
    expect(read('when did we last discuss exclusions')).toMatchObject({ intent: 'history', topic: 'exclusions' });
    expect(read('help')).toMatchObject({ intent: 'help' });
    expect(read('')).toMatchObject({ intent: 'help' });
    expect(read('   ?!  ')).toMatchObject({ intent: 'help' });
    for (const q of ['can you email me the minutes', 'send me the agenda', 'please print the minutes', 'book a room for the next meeting']) expect(read(q).intent).toBe('cannot');
    expect(read('anything on send transport').intent).toBe('search');
  });

  it('reads "did X arrive" as a question about a request, and "planned on X" as when X comes', () => {
    expect(read('did the census figures arrive')).toMatchObject({ intent: 'requests', topic: 'census figures' });
    expect(read('have the exclusion figures come in')).toMatchObject({ intent: 'requests', topic: 'exclusion figures' });
    expect(read('have the figures been sent to us yet')).toMatchObject({ intent: 'requests', topic: 'figures' });
    expect(read('anything planned on SEND')).toMatchObject({ intent: 'coming', topic: 'SEND' });
    expect(read('what reports are due in march').intent).toBe('work-programme');
    expect(read('what reports are due at the next meeting').intent).toBe('next-meeting');
  });

  it('reads who attends least or most as the attendance table with that end first', () => {
    expect(read('who has the worst attendance')).toMatchObject({ intent: 'attendance-table', rank: 'lowest' });
    expect(read('worst attenders')).toMatchObject({ intent: 'attendance-table', rank: 'lowest' });
    expect(read('who misses the most meetings')).toMatchObject({ intent: 'attendance-table', rank: 'lowest' });
    expect(read('who has the best attendance record?')).toMatchObject({ intent: 'attendance-table', rank: 'highest' });
    expect(read('attendance table')).toMatchObject({ intent: 'attendance-table', rank: null });
    expect(read('did kerry jenkins come to the january meeting')).toMatchObject({ intent: 'attendance', person: 'kerry jenkins' });
  });

  it('reads a date just after a paper ("the report from oct 17") as naming the paper, not a period to filter by', () => {
    expect(read('did the improvement board report from oct 17 ever come to the board')).toMatchObject({ intent: 'history', topic: 'improvement board report', period: null });
    expect(read('the safeguarding update of 20 october')).toMatchObject({ topic: 'safeguarding update', period: null });
    expect(read('decisions from last month').period).not.toBeNull();
    expect(read('update on fostering from january').period).not.toBeNull();
  });

  it('reads the attendance table whatever board is named at the end ("on sb2", "of the board")', () => {
    expect(read('attendance for everyone on sb2')).toMatchObject({ intent: 'attendance-table', rank: null });
    expect(read('attendance of the board')).toMatchObject({ intent: 'attendance-table', rank: null });
    expect(read('who has the worst attendance on the committee?')).toMatchObject({ intent: 'attendance-table', rank: 'lowest' });
  });

  it('reads "which requests were completed" as the requests done, with no topic', () => {
    expect(read('which requests were completed last month')).toMatchObject({ intent: 'requests', status: 'done', topic: null });
    expect(read('what requests have been closed')).toMatchObject({ intent: 'requests', status: 'done', topic: null });
    expect(read('completed projects')).toMatchObject({ intent: 'search', topic: 'completed projects' });
  });

  it('reads "what time is the meeting" as the next meeting, and "what does X stand for" as X', () => {
    expect(read('what time does the meeting start').intent).toBe('next-meeting');
    expect(read('where is the meeting?').intent).toBe('next-meeting');
    expect(read('what does SACRE stand for')).toMatchObject({ intent: 'search', topic: 'SACRE' });
    expect(read('what does PRU mean')).toMatchObject({ intent: 'search', topic: 'PRU' });
  });

  it('reads months named without a year in a question about decisions as past months', () => {
    const now = new Date('2018-02-01T12:00:00Z');
    expect(readQuestion('decisions between june and september', now).period).toMatchObject({ from: '2017-06-01', to: '2017-09-30' });
    expect(readQuestion('resolutions in september', now).period).toMatchObject({ from: '2017-09-01', to: '2017-09-30' });
    expect(periodWords(readQuestion('decisions between june and september', now).period!)).toBe('between 1 June 2017 and 30 September 2017');
  });

  it('reads "when did we last meet" as the most recent meeting, not the history of "meet"', () => {
    for (const q of ['when did we last meet', 'when did the board last meet?', 'when did we meet last']) expect(read(q).intent, q).toBe('latest-meeting');
    expect(read('when did we last discuss exclusions')).toMatchObject({ intent: 'history', topic: 'exclusions' });
  });

  it('reads "requests from March 2023" as that month, and "from March onwards" as since', () => {
    const now = new Date('2023-06-01T12:00:00Z');
    expect(readQuestion('requests from march 2023', now).period).toMatchObject({ from: '2023-03-01', to: '2023-03-31' });
    expect(readQuestion('decisions from last month', now).period).toMatchObject({ from: '2023-05-01', to: '2023-05-31' });
    expect(readQuestion('requests from march onwards', now).period).toMatchObject({ from: '2023-03-01', to: null });
    expect(readQuestion('requests since march', now).period).toMatchObject({ from: '2023-03-01', to: null });
  });

  it('keeps a dash that joins two clauses out of the topic', () => {
    expect(read('ethnic minority children breakdown - have we had it')).toMatchObject({ intent: 'requests', topic: 'ethnic minority children breakdown' });
    expect(read('post-16 transport').topic).toBe('post-16 transport');
  });

  it('reads "actions arising" as the requests still open', () => {
    expect(read('actions arising')).toMatchObject({ intent: 'requests', topic: null });
    expect(read('actions arising from the ofsted report')).toMatchObject({ intent: 'requests', topic: 'ofsted report' });
  });

  it('reads what the board recommended as its decisions', () => {
    expect(read('what did the board recommend on exclusions')).toMatchObject({ intent: 'resolutions', topic: 'exclusions' });
    expect(read('does the board recommend anything on school meals')).toMatchObject({ intent: 'resolutions', topic: 'school meals' });
  });

  it('reads a verb that is also a noun or an adjective as an errand only with something after it', () => {
    for (const q of ['forward me the agenda', 'forward the minutes to Cllr Smith', 'order sandwiches for the meeting', 'book me a place']) expect(read(q).intent).toBe('cannot');
    expect(read('forward plan').intent).toBe('work-programme');
    expect(read('forward plan for March').intent).toBe('work-programme');
    for (const q of ['order of business', 'change of membership', 'reserve powers', 'write-offs', 'print-outs of the agenda']) expect(read(q).intent).not.toBe('cannot');
  });

  it('treats Slack mrkdwn as plain text', () => {
    expect(plainQuestion('<@U123> *next* _meeting_ <!channel>')).toBe('next meeting');
    expect(plainQuestion('see <https://example.org/x|the report>')).toBe('see the report');
    expect(read('<@U123ABC> what was *resolved* on ~private~ fostering?')).toMatchObject({ intent: 'resolutions', topic: 'private fostering' });
  });
});

describe('slips of the thumb and short forms', () => {
  it('mends a keyword with one letter left out or two letters swapped, and nothing else', () => {
    expect(mendKeywordTypos('any privte items')).toBe('any private items');
    expect(mendKeywordTypos('mintues of the last meetign')).toBe('minutes of the last meeting');
    expect(mendKeywordTypos('what was recieved')).toBe('what was received');
    // Words of their own: a keyword less its last or first letter, or with a letter typed wrong.
    for (const word of ['minute', 'decide', 'hairs', 'greed', 'planted', 'member', 'program']) expect(mendKeywordTypos(word)).toBe(word);
  });

  it('reads a typo of private business as the private items question', () => {
    expect(read('any privte items on the agenda').intent).toBe('private-items');
  });

  it('reads "23/24" as a municipal year, and "11/12" as one only beside a programme or a year', () => {
    expect(read('whats on the work programme for 23/24')).toMatchObject({ intent: 'work-programme', period: { from: '2023-05-01', to: '2024-04-30' } });
    expect(read('work programme 17/18').period).toMatchObject({ from: '2017-05-01', to: '2018-04-30' });
    expect(read('the 11/12 programme').period).toMatchObject({ from: '2011-05-01', to: '2012-04-30' });
    expect(read('what happened on 11/12').period).not.toMatchObject({ from: '2011-05-01' });
  });

  it('reads booking a room, however it is named, as an errand', () => {
    const reading = read('book committee room 3 for next thurs pls');
    expect(reading).toMatchObject({ intent: 'cannot', action: 'book committee room' });
    expect(read('reserve the council chamber for friday').intent).toBe('cannot');
    expect(read('book list for schools').intent).not.toBe('cannot');
  });
});

describe('more of members own words', () => {
  const MAY_2023 = londonInstant('2023-05-01', '12:00');
  it('"when does sb2 next meet" is the next meeting', () => {
    expect(read('when does sb2 next meet').intent).toBe('next-meeting');
    expect(read('when do the panel next meet').intent).toBe('next-meeting');
  });

  it('"now" is the present, not a day to look up', () => {
    expect(read("who's chair of sb2 now")).toMatchObject({ intent: 'chair', period: null });
  });

  it('a question asked in the past tense looks back for a month without its year', () => {
    expect(read('what was on the agenda in march', MAY_2023).period).toMatchObject({ from: '2023-03-01', to: '2023-03-31' });
    expect(read("what's on the agenda in march", MAY_2023).period).toMatchObject({ from: '2024-03-01', to: '2024-03-31' });
  });

  it('"the 13th" is the nearest 13th the question looks towards', () => {
    expect(read("where's the meeting on the 13th", londonInstant('2017-07-06', '12:00'))).toMatchObject({ intent: 'meeting', period: { day: '2017-07-13' } });
    expect(read('what happened at the meeting on the 2nd', londonInstant('2017-07-06', '12:00')).period).toMatchObject({ day: '2017-07-02' });
  });

  it('reads a prediction written short, and a role with a space for its hyphen', () => {
    expect(read("who'll be chair next year").intent).toBe('cannot');
    expect(read('who is our scrutiny co ordinator').intent).toBe('officer');
  });

  it('"were the feb minutes signed off" is that meeting', () => {
    expect(read('were the feb minutes signed off', MAY_2023)).toMatchObject({ intent: 'meetings', period: { from: '2023-02-01' } });
    expect(read('have they approved the minutes of 9 march 2023', MAY_2023)).toMatchObject({ intent: 'meeting' });
  });
});

describe('the officer asked for', () => {
  it('is the co-ordinator however the role is spaced', () => {
    for (const q of ['who is our scrutiny co ordinator', 'who is the co-ordinator', 'whos the coordinator']) expect(officerRole(q)).toBe('co-ordinator');
    expect(officerRole('who do i contact about the agenda')).toBe('contact');
  });
});

describe('people and meetings as subjects', () => {
  const APRIL_2023 = londonInstant('2023-04-03', '12:00');
  it('"was masih at the march meeting" is his attendance then', () => {
    expect(read('was masih at the march meeting', APRIL_2023)).toMatchObject({ intent: 'attendance', person: 'masih', period: { from: '2023-03-01' } });
  });

  it('a person asked about in a decision question is its subject', () => {
    expect(read('what did we decide about mr vohra', APRIL_2023)).toMatchObject({ intent: 'resolutions', topic: 'vohra', person: null });
  });

  it('"after the march meeting" is what came of that meeting, "after march" what came after the month', () => {
    expect(read('what did officers say theyd circulate after the march meeting', APRIL_2023).period).toMatchObject({ from: '2023-03-01', to: '2023-03-31' });
    expect(read('what happened after march', APRIL_2023).period).toMatchObject({ from: '2023-04-01', to: null });
  });

  it('"the 13th" with a present verb looks ahead even when the question names minutes', () => {
    expect(read('which minutes are we signing off on the 13th', londonInstant('2017-07-10', '12:00')).period).toMatchObject({ day: '2017-07-13' });
  });
});

describe('ordinals that count things', () => {
  it('"the 2nd meeting" is not a day of the month', () => {
    expect(read('what was discussed at the 2nd meeting', londonInstant('2017-07-06', '12:00')).period?.day).not.toBe('2017-07-02');
    expect(read('what happened on the 2nd', londonInstant('2017-07-06', '12:00')).period).toMatchObject({ day: '2017-07-02' });
  });
});

describe('meetings had, guests and names asked alone', () => {
  it.each(['what meetings have we got between march and may', 'have we got a meeting in march', 'what have we got on in march', 'do we have any meetings in march', 'what sessions has the board got in march', 'what has the board got in march'])(
    '%s -> meetings, not requests',
    (q) => expect(read(q)).toMatchObject({ intent: 'meetings', period: { from: '2018-03-01' } }),
  );
  it('keeps "have we got" a paper as a request', () => {
    expect(read('have we got the census figures yet')).toMatchObject({ intent: 'requests', topic: 'census figures' });
  });
  it.each(['who was the observer at the march meeting', 'who was invited to the last meeting', 'any observers at the january meeting', 'which guests came in january', 'who was there by invitation in january'])(
    '%s -> the guests of a meeting',
    (q) => expect(read(q)).toMatchObject({ intent: 'meeting-attendance', topic: 'guests' }),
  );
  it('reads a name the record knows, asked alone, as who the person is', () => {
    expect(read('kerry jenkins')).toMatchObject({ intent: 'person', person: 'kerry jenkins' });
    expect(read('cllr masih')).toMatchObject({ intent: 'person' });
    expect(read('private fostering')).toMatchObject({ intent: 'search', person: null });
  });
});

describe('a verdict asked', () => {
  it.each(['ofstead judgement 2017', 'ofsted outcome 2022', 'inspection result', 'how did the inspection go', 'what did ofsted say in 2017', 'how were we rated'])('%s asks a verdict', (q) => expect(asksVerdict(q)).toBe(true));
  it.each(['outcomes for children looked after', 'what was the result of the vote', 'ofsted recommendations'])('%s does not', (q) => expect(asksVerdict(q)).toBe(false));
  it('reads an inspection outcome as a search of the papers, a decision on it as resolutions', () => {
    expect(read('ofsted outcome 2022').intent).toBe('search');
    expect(read('what did we decide on the ofsted outcome').intent).toBe('resolutions');
  });
});

describe('a meeting’s hours asked by a clock time', () => {
  it.each([
    ['did the march meeting finish by 4:30', 'meetings'],
    ['did it finish by 4.30', 'latest-meeting'],
    ['was the last meeting over by 3pm', 'latest-meeting'],
    ['did the meeting go past 5', 'latest-meeting'],
    ['what time did the meeting start', 'latest-meeting'],
  ])('%s -> %s', (q, intent) => expect(read(q).intent).toBe(intent));
  it('keeps a date after "by" a date', () => expect(read('did the report go to cabinet by 3 march').intent).not.toMatch(/meeting/));
});

describe('an item that came back', () => {
  it.each(['did the development plan ever come back to the board', 'has private fostering come back', 'did the audit report come back to us'])('%s -> its history', (q) => expect(read(q).intent).toBe('history'));
  it.each(['have officers come back to us on the census figures', 'did they come back on the census figures', 'has councillor masih come back to us'])('%s -> not its history', (q) => expect(read(q).intent).not.toBe('history'));
});

describe('a verdict received, a role asked', () => {
  it('reads "what grade did we get from ofsted" as the verdict, "did we get the ofsted report" as a request', () => {
    expect(read('what grade did we get from ofsted').intent).toBe('search');
    expect(read('did we get the ofsted report').intent).toBe('requests');
  });
  it('reads "what role did kerry jenkins have" as who the person is', () => {
    expect(read('what role did kerry jenkins have')).toMatchObject({ intent: 'person', person: 'kerry jenkins', topic: null });
  });
});

describe('what the board did, asked with its own verb', () => {
  it.each([
    ['did we agree to write to anyone about youth justice', 'youth justice', 'write'],
    // "ask" says a request already: the topic is what matters.
    ['did the board decide to ask someone about the census figures', 'census figures', null],
    ['did we vote to send a letter on school transport', 'school transport', 'letter'],
    ['did members resolve to invite anyone about private fostering', 'private fostering', 'invite'],
    ['have we agreed to write to the dfe about anything', 'dfe', 'write'],
  ])('%s -> %s', (q, topic, action) => expect(read(q)).toMatchObject({ topic, boardAction: action }));

  it('keeps a topic that only starts like a verb', () => {
    expect(read('what was resolved on letters of support')).toMatchObject({ topic: 'letters of support', boardAction: null });
    expect(read('what is ask jan about')).toMatchObject({ boardAction: null });
  });

  it('says which resolutions come first, and matches the verb in its other forms', () => {
    expect(splitBoardAction('write to anyone about youth justice')).toEqual({ topic: 'youth justice', action: 'write' });
    expect(saysAction('send a letter of congratulation to the team', 'write')).toBe(true);
    expect(saysAction('requests a report back', 'ask')).toBe(true);
    expect(saysAction('notes the briefing note', 'write')).toBe(false);
  });
});

describe('a role asked of an item', () => {
  it.each([
    ["who's the lead officer for the home schooling item", 'lead officer for home schooling'],
    ['who is the lead officer for private fostering', 'lead officer for private fostering'],
    ['cabinet member for the home schooling item', 'cabinet member for home schooling'],
    ['portfolio holder for young carers?', 'portfolio holder for young carers'],
    ['who leads on private fostering', 'lead for private fostering'],
    ['who is presenting the improvement board report', 'lead for improvement board'],
  ])('%s -> %s', (q, topic) => expect(read(q)).toMatchObject({ intent: 'person', topic, person: null }));

  it('parts the role from the item', () => {
    expect(itemRoleAsked('lead officer for the home schooling item')).toEqual({ role: 'lead officer', subject: 'home schooling' });
    expect(itemRoleAsked('cabinet member for children')).toEqual({ role: 'cabinet member', subject: 'children' });
    expect(itemRoleAsked('scrutiny co-ordinator')).toBeNull();
  });

  it('leaves the board’s own officers to their answer', () => {
    expect(read('who is the scrutiny co-ordinator').intent).toBe('officer');
    expect(read('who chairs the board').intent).toBe('chair');
  });
});

describe('who joined or left the board', () => {
  it.each(['who joined the board', 'who got co-opted', 'who was appointed to the board', 'has anyone new joined', 'who is new on the board', "who's joined recently", 'who became a co-opted member'])('%s -> the resolutions that made someone a member', (q) =>
    expect(read(q)).toMatchObject({ intent: 'resolutions', joining: 'joined', person: null }),
  );
  it('reads leaving apart', () => expect(read('who has left the board')).toMatchObject({ intent: 'resolutions', joining: 'left' }));
  it('tells a resolution that makes a member from one that names members as a group', () => {
    expect(makesMembership('approves the co-option of Mr Tobias Okafor as a non-voting co-optee', 'joined')).toBe(true);
    expect(makesMembership('That Mrs A Baker be appointed to the Board.', 'joined')).toBe(true);
    expect(makesMembership('That Jane Doe be co-opted as the parent governor representative.', 'joined')).toBe(true);
    expect(makesMembership('requests that the bulletin also be circulated to co-opted Members.', 'joined')).toBe(false);
    expect(makesMembership('notes the resignation of Councillor B Carter from the Board.', 'left')).toBe(true);
  });
});
