// What a reader makes of a document, and how much of it that accounts for.
import type { DocumentKind, ParsedMeeting, ParsedWorkProgrammeItem, PlannedMeetingDate } from '../../model.ts';

export interface DocumentReading {
  kind: DocumentKind;
  meetings: ParsedMeeting[];
  workProgramme: ParsedWorkProgrammeItem[];
  /** Meeting dates a work programme lists with no item yet. */
  emptyPlanDates?: PlannedMeetingDate[];
  warnings: string[];
  /** Non-blank lines the reading accounts for: where several readers could read a document, the one that explains most wins. */
  explained: number;
}
