// The facts a careful reader records from one layout fixture
// (test/fixtures/layouts/<family>/<name>.expected.json). The format is shared
// by whoever writes fixtures and by the parser's scorer; README.md beside the
// fixtures explains how the facts are written.
import { z } from 'zod';

export const FAMILIES = [
  'moderngov-meeting-page',
  'moderngov-item-page',
  'moderngov-issue-page',
  'moderngov-table',
  'cmis-page',
  'council-web-page',
  'pdf-minutes-county',
  'pdf-minutes-district',
  'pdf-minutes-unitary',
  'pdf-minutes-metropolitan',
  'pdf-minutes-london',
  'pdf-minutes-welsh',
  'pdf-minutes-scottish',
  'pdf-minutes-parish',
  'word-minutes',
  'agenda-pack',
  'agenda-front-sheet',
  'work-programme-table',
  'work-programme-list',
  'forward-plan',
] as const;
export const Family = z.enum(FAMILIES);
export type Family = z.infer<typeof Family>;

const Text = z.string().trim().min(1);
const IsoDate = z.iso.date();
const ClockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)');

export const ExpectedItem = z.strictObject({
  /** As printed, without a trailing dot: "5", "19/24", "3a", "OV5323"; null when unnumbered. */
  number: Text.nullable(),
  /** The heading as printed; null only where the rendering lost it (a table row whose link text is gone). */
  title: Text.nullable(),
  /** Exempt / Part II / taken in private: nothing of it but the title may be read. */
  private: z.boolean(),
  /** Each decision clause verbatim, without its marker or the "RESOLVED that" label. */
  resolutions: z.array(Text),
  /** A short distinctive phrase of each request to officers, as printed. */
  requests: z.array(Text),
});
export type ExpectedItem = z.infer<typeof ExpectedItem>;

export const ExpectedMeeting = z.strictObject({
  kind: z.enum(['minutes', 'agenda', 'item-page']),
  committee: Text.nullable(),
  date: IsoDate.nullable(),
  time: ClockTime.nullable(),
  chair: Text.nullable(),
  present: z.array(Text),
  apologies: z.array(Text),
  items: z.array(ExpectedItem),
});
export type ExpectedMeeting = z.infer<typeof ExpectedMeeting>;

export const ExpectedWorkProgrammeRow = z.strictObject({
  title: Text,
  date: IsoDate.nullable(),
  slot: z.enum(['dated', 'to-be-determined', 'pending']),
});
export type ExpectedWorkProgrammeRow = z.infer<typeof ExpectedWorkProgrammeRow>;

export const ExpectedFacts = z
  .strictObject({
    family: Family,
    /** The public page whose layout the fixture follows (its address only). */
    imitates: z.url({ protocol: /^https?$/ }),
    notes: Text,
    meetings: z.array(ExpectedMeeting),
    workProgramme: z.array(ExpectedWorkProgrammeRow),
  })
  .superRefine((facts, ctx) => {
    facts.meetings.forEach((meeting, m) =>
      meeting.items.forEach((item, i) => {
        if (item.private && (item.resolutions.length > 0 || item.requests.length > 0)) {
          ctx.addIssue({
            code: 'custom',
            path: ['meetings', m, 'items', i],
            message: 'an exempt item records no resolutions or requests (nothing of it may be read)',
          });
        }
      }),
    );
    facts.workProgramme.forEach((row, r) => {
      if ((row.slot === 'dated') !== (row.date !== null)) {
        ctx.addIssue({ code: 'custom', path: ['workProgramme', r], message: 'a "dated" row has a date; other slots have none' });
      }
    });
  });
export type ExpectedFacts = z.infer<typeof ExpectedFacts>;
