// A council-sized record made by a small generator: many committees meeting
// every month, each with the same recurring agenda subjects, so that a common
// subject matches thousands of items, resolutions and requests.
import type { AgendaItem, BoardRecord, Meeting, Request, Resolution } from '../../src/model.ts';
import { testItem, testMeeting, testResolution } from './record-parts.ts';

export interface LargeRecordShape {
  committees: number;
  /** Meetings per committee, one a month from January 2015. */
  meetings: number;
}

const SUBJECTS = ['Budget Monitoring', 'Children\u2019s Services Improvement Plan', 'School Admissions'];

function isoMonth(index: number): string {
  const year = 2015 + Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-1${(index % 9) + 0}`;
}

/** `committees × meetings` meetings with minutes, three subject items each, one resolution and one open request per item. */
export function largeRecord(shape: LargeRecordShape): BoardRecord {
  const meetings: Meeting[] = [];
  const items: AgendaItem[] = [];
  const resolutions: Resolution[] = [];
  const requests: Request[] = [];
  for (let c = 0; c < shape.committees; c++) {
    const committee = `Committee ${c + 1}`;
    for (let m = 0; m < shape.meetings; m++) {
      const meetingId = `c${c}m${m}`;
      meetings.push(testMeeting(meetingId, isoMonth(m), { committee, place: 'Council House' }));
      SUBJECTS.forEach((title, s) => {
        const itemId = `${meetingId}i${s}`;
        items.push(testItem(itemId, meetingId, String(m * 10 + s + 1), title, { body: `The committee discussed ${title}.` }));
        resolutions.push(testResolution(`${itemId}r`, meetingId, itemId, 1, `Notes the ${title} report of ${committee}, meeting ${m + 1}.`));
        requests.push({ id: `${itemId}q`, meetingId, itemId, text: `Requests further ${title} figures for ${committee}, meeting ${m + 1}.`, kind: 'information', due: null });
      });
    }
  }
  return {
    schemaVersion: 1,
    documents: [{ id: 'd1', name: 'generated-minutes.txt', kind: 'minutes', bytes: 100, ingestedAt: '2024-01-01T00:00:00.000Z' }],
    meetings,
    items,
    resolutions,
    requests,
    workProgramme: [],
  };
}
