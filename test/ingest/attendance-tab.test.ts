// The attendance tab a committee system prints below a meeting's items.
import { describe, expect, it } from 'vitest';
import { readAttendanceTab } from '../../src/ingest/attendance-tab.ts';
import { readPeople } from '../../src/ingest/attendance.ts';
import { classifyDocument, parseDocument } from '../../src/ingest/parse-document.ts';

const tab = (text: string) => readAttendanceTab(classifyDocument(text));

describe('the attendance tab', () => {
  it('reads run-together tables: the apology first, the substitute who came after it', () => {
    const read = tab(
      [
        'Attendance',
        'Attended - Other Members',
        'No other member attendance information has been recorded for the meeting.',
        'NameReason for Sending ApologySubstituted By',
        'Councillor Nia Bowen Councillor Carl Ives',
        'NameReason for Absence',
        'Councillor Ray Ottley',
        'Declarations of Interests',
        'Councillor Zed Quill declared an interest.',
      ].join('\n'),
    );
    expect(read?.apologies.map((p) => p.name)).toEqual(['Councillor Nia Bowen']);
    expect(read?.present.map((p) => [p.name, p.role])).toEqual([['Councillor Carl Ives', 'substitute']]);
  });

  it('reads a role column: the chair, co-optees, other members', () => {
    const read = tab(
      ['Attendance', 'Attended - Members', 'Name | Role |', 'Councillor Ada Lyle | Chair |', 'Mr Rob Tarn | Co-opted Member |', 'Attended - Other Members', 'Name | Role |', 'Councillor Joy Pike | Cabinet Member |'].join('\n'),
    );
    expect(read?.chair).toBe('Councillor Ada Lyle');
    expect(read?.present.map((p) => [p.name, p.role])).toEqual([
      ['Councillor Ada Lyle', 'member'],
      ['Mr Rob Tarn', 'co-opted'],
      ['Councillor Joy Pike', 'other-member'],
    ]);
  });

  it('is no tab where "Attendance" heads prose or stands among the page\'s tab names', () => {
    expect(tab('Attendance\nThe Panel discussed school attendance figures with the Head of Service.\nApologies were noted.')).toBeNull();
    const doc = parseDocument(
      ['Meeting Details', '', 'Meeting Summary', 'Audit Committee', '12 Mar 2026 - 14:00 to 16:00', '• Documents', '• Attendance', '• Visitors', '', '1 Apologies', '2 Minutes', '3 Internal Audit Report'].join('\n'),
    );
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]!.committee).toBe('Audit Committee');
    expect(doc.meetings[0]!.present).toEqual([]);
  });

  it('reads one grid of everyone expected: the attendance cell decides, a pager and the head again are passed over', () => {
    const read = tab(
      [
        'Attendance Details',
        '| Name | Role | Attendance |',
        '|---|---|---|',
        '| Councillor Tess Orme | Chair | Present |',
        '| Councillor Abel Finch | Member | Apologies |',
        '| Councillor Rhys Dale | Member | Absent |',
        '1 2',
        '| Name | Role | Attendance |',
        '| Councillor Nell Grey | Member | Expected |',
        '| Ms Ona Pike | Officer | In attendance |',
        'Declarations of Interests',
      ].join('\n'),
    );
    expect(read?.chair).toBe('Councillor Tess Orme');
    expect(read?.present.map((p) => [p.name, p.role])).toEqual([
      ['Councillor Tess Orme', 'member'],
      ['Ms Ona Pike', 'employee'],
    ]);
    expect(read?.apologies.map((p) => p.name)).toEqual(['Councillor Abel Finch']);
  });

  it('reads a grid whose cells were run together from each row\'s end, and a civic head chairs where no one holds the chair', () => {
    const read = tab(
      ['Attendance', 'NameRoleAttendance', 'Provost Jean Tolmie Provost Present', 'Councillor Alan Muir Vice-Chairman Present', 'Councillor Beth Reid Member Apologies received', 'Page 1 of 1'].join('\n'),
    );
    expect(read?.chair).toBe('Jean Tolmie');
    expect(read?.present.map((p) => [p.name, p.note])).toEqual([
      ['Jean Tolmie', 'Provost'],
      ['Councillor Alan Muir', 'Vice-Chairman'],
    ]);
    expect(read?.apologies.map((p) => p.name)).toEqual(['Councillor Beth Reid']);
  });

  it('stands in for what the page\'s words were read as; a section or a tab\'s name is nobody', () => {
    const doc = parseDocument(
      [
        'Meeting Details',
        'Meeting Summary',
        'Licensing Board',
        '12 Mar 2026 - 14:00 to 16:00',
        'Occurred',
        'Documents',
        'Attendance',
        'Visitors',
        '',
        'Standard Items',
        '1 Apologies',
        '2 Minutes',
        '',
        'Attendance',
        'Name Role Attendance',
        'Councillor Ivo Hart Chairman Present',
        'Councillor Una Bell Member Present',
      ].join('\n'),
    );
    expect(doc.meetings[0]!.present.map((p) => p.name)).toEqual(['Councillor Ivo Hart', 'Councillor Una Bell']);
    expect(doc.meetings[0]!.chair).toBe('Councillor Ivo Hart');
    expect(readPeople('Standard Items, Business Items, Declarations of Interests')).toEqual([]);
  });
});
