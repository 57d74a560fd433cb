// An apologies minute of more than one sentence ("Apologies were received from X. Apologies were also received from
// Y and Z."), and apologies naming each member with an office after a comma whose own words hold "and" and end on a
// body ("Councillor Y, Chairman of Corporate Services and Resources Select Committee"): the office is Y's note, no one
// else, and a chairman of another body is not the chair of this meeting.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const names = (people: { name: string }[]) => people.map((p) => p.name);

const minutes = (apologies: string) =>
  onlyMeeting(
    [
      'Minutes of the meeting of the Cabinet held on Tuesday 10 March 2026 at 10.30 am in the Council Chamber',
      '',
      '1. Apologies for Absence',
      '',
      apologies,
      '',
      '2. Declarations of Interest',
      '',
      'There were none.',
    ].join('\n'),
  );

describe('an apologies minute', () => {
  it('reads every sentence that gives apologies, "were also received" among them', () => {
    const m = minutes('Apologies for absence were received from Councillor Ann Pryor. Apologies were also received from Councillors Ben Quarry and Cara Reeve.');
    expect(names(m.apologies)).toEqual(['Councillor Ann Pryor', 'Councillor Ben Quarry', 'Councillor Cara Reeve']);
    // A later sentence's apologies for lateness name a member who came.
    const late = minutes('Apologies were received from Councillor Ann Pryor. Councillor Dev Sharma had sent apologies for lateness and arrived at 7.10 pm.');
    expect(names(late.apologies)).toEqual(['Councillor Ann Pryor']);
  });

  it('keeps an office after a comma with the member it follows, its "and" and the body it ends on included', () => {
    const m = minutes(
      'Apologies were noted from Councillor Dina Moss, Executive Member for Highways and Waste. Apologies were also received from standing observers Councillor Evan Hale, Chairman of Corporate Services and Resources Select Committee, and Councillor Faye Inch, Chairman of Universal Services Select Committee.',
    );
    expect(m.apologies.map((p) => [p.name, p.note])).toEqual([
      ['Councillor Dina Moss', 'Executive Member for Highways and Waste'],
      ['Councillor Evan Hale', 'Chairman of Corporate Services and Resources Select Committee'],
      ['Councillor Faye Inch', 'Chairman of Universal Services Select Committee'],
    ]);
    expect(m.chair).toBeNull();
  });
});
