// Apologies read over the whole document when no specific reader found any: the list under an apologies heading the
// readers did not split off as an item, or a sentence that opens by giving apologies in words no rule lists. Never
// from the private part of the meeting, and never where a reader found apologies already.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const names = (people: { name: string }[]) => people.map((p) => p.name.replace(/^(?:Councillor|Mrs|Mr) /, ''));

const parish = (first: string) =>
  [
    'Minutes of parish council meeting held on March 4th 2025',
    '',
    `1.       ${first}`,
    '',
    '2.       The minutes of the previous meeting were read and signed as a correct record.',
    '',
    '3.       There was a discussion about the noticeboard.',
  ].join('\n');

const page = (apologiesAt: 'public' | 'private') =>
  [
    'Agenda and minutes',
    '',
    'Items',
    'No. Item',
    '',
    '1.',
    '',
    'General',
    '',
    'Minutes:',
    '',
    'The Chair opened the meeting.',
    '',
    ...(apologiesAt === 'private'
      ? ['2.', '', 'Exclusion of the Press and Public', '', 'Minutes:', '', 'RESOLVED that the press and public be excluded for the following item as it involves exempt information.', '']
      : []),
    '1(1)',
    '',
    'Apologies for Absence',
    '',
    'Minutes:',
    '',
    'Councillors Hester Ambrose, Callum Greer and Priya Sethi.',
    '',
    '1(2)',
    '',
    'Minutes of the previous meeting',
    '',
    'Minutes:',
    '',
    'The minutes of the meeting held on 14 March were agreed as a true record.',
  ].join('\n');

describe('apologies read where no specific reader found any', () => {
  it('reads a sentence that opens by giving apologies in words no rule lists', () => {
    expect(names(onlyMeeting(parish('Apologies were forwarded by Mrs Imogen Thwaite and Mr Dale Pollard')).apologies)).toEqual(['Imogen Thwaite', 'Dale Pollard']);
  });

  it('does not read an apology for something else, nor a body as a person', () => {
    expect(onlyMeeting(parish('The Chairman apologised for the delay caused by Northfield Highways Team.')).apologies).toEqual([]);
    expect(onlyMeeting(parish('Apologies were received from Southbrook Parish Council.')).apologies).toEqual([]);
  });

  it('reads the bare list under an apologies heading the readers left inside another item', () => {
    expect(names(onlyMeeting(page('public')).apologies)).toEqual(['Hester Ambrose', 'Callum Greer', 'Priya Sethi']);
  });

  it('reads nothing after the meeting turned to exempt business', () => {
    expect(onlyMeeting(page('private')).apologies).toEqual([]);
  });
});

describe('the chair where no reader found one', () => {
  const agm = (election: string) =>
    [
      'Minutes of the annual meeting of the community council held on Monday 3rd October 2022',
      '',
      'Present: Isla Brodie, Callum Fraser, Morag Lennox, Duncan Reid',
      '',
      '1. Welcome',
      '',
      'Everyone was welcomed to the meeting.',
      '',
      '2. Election of office bearers',
      '',
      election,
      '',
      '3. Village hall roof',
      '',
      'The roof was discussed.',
    ].join('\n');

  it('reads the office, its candidate and the motion in a later item', () => {
    expect(onlyMeeting(agm('Chair: Morag Lennox; Proposed by Duncan Reid; Seconded by Isla Brodie.')).chair).toBe('Morag Lennox');
    expect(onlyMeeting(agm('There was one nomination for Chairman, Morag Lennox was proposed by DR and seconded by IB')).chair).toBe('Morag Lennox');
  });

  it('takes no vice-chair, nor a chair of another body, as the chair', () => {
    expect(onlyMeeting(agm('Vice Chair Morag Lennox was proposed by Duncan Reid')).chair).toBeNull();
    expect(onlyMeeting(agm('Chairman of the Hall Committee, Morag Lennox, proposed a new roof')).chair).toBeNull();
  });
});
