// Members a recorded vote names were at the meeting, whatever words the tally is printed in; a line that only opens on a
// vote word, with no count, is no tally, and nothing is read from the private part of the meeting.
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/ingest/parse-document.ts';
import { votersOfTallies } from '../../src/ingest/recorded-votes.ts';
import { onlyMeeting } from './only-meeting.ts';

const bare = (names: string[]) => names.map((n) => n.replace(/^(?:Councillor|Mrs|Mr) /, ''));
const voters = (text: string) => bare(votersOfTallies(classifyDocument(text)));

describe('votersOfTallies', () => {
  it('reads a count and a vote word with the voters in brackets', () => {
    expect(voters('The vote was 3 for (Abel, Bruce and Carr). 2 against (Dent and Earl).')).toEqual(['Abel', 'Bruce', 'Carr', 'Dent', 'Earl']);
  });

  it('reads a candidate line with its count over the next line of names', () => {
    expect(voters('For Councillor Abel (2 votes)\n\nCouncillors Abel and Bruce.')).toEqual(['Abel', 'Bruce']);
  });

  it('reads a vote word with a count and a dash before the names', () => {
    expect(voters('Voted against (2) – Cllrs Nia Dent, Ola Earl.')).toEqual(['Nia Dent', 'Ola Earl']);
  });

  it('reads a recorded-votes table row with its total', () => {
    expect(voters('Vote\tCouncillors\tCount\nFor\tR H Abel and S Bruce\t2\nAgainst\tNone\t0')).toEqual(['R H Abel', 'S Bruce']);
  });

  it('reads no tally without a count', () => {
    expect(voters('For information – Councillors Abel and Bruce had visited the site.')).toEqual([]);
    expect(voters('For the Committee to consider\n\nCouncillors Abel and Bruce.')).toEqual([]);
  });
});

describe('withRecordedVoters', () => {
  const minutes = (privateVote: boolean) =>
    [
      'Minutes of the meeting of the Council held on 4 March 2025',
      '',
      'Present: Councillors Kathy Abel and Bruce.',
      '',
      '1. Apologies',
      'There were none.',
      '',
      ...(privateVote ? ['2. Exclusion of the Press and Public', 'RESOLVED that the press and public be excluded under Schedule 12A.', ''] : []),
      '3. Budget',
      'Voted for (3) – Councillors Kathy Abel, Bruce and Tom Abel.',
      'RESOLVED that the budget be approved.',
    ].join('\n');

  it('adds the voters the list lacks, by whole name, or by surname where one gives only a surname', () => {
    expect(bare(onlyMeeting(minutes(false)).present.map((p) => p.name))).toEqual(['Kathy Abel', 'Bruce', 'Tom Abel']);
  });

  it('reads no tally after the exclusion of the public', () => {
    expect(bare(onlyMeeting(minutes(true)).present.map((p) => p.name))).toEqual(['Kathy Abel', 'Bruce']);
  });
});
