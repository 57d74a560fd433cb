// The board's record: one set of zod schemas shared by the parser, the store,
// the answer engine, the Slack app, reminders and sync.
//
// Two layers:
//  - Parsed*: what the parser reads out of one document, before it is merged.
//  - Meeting, AgendaItem, Resolution, Request, WorkProgrammeItem: the stored
//    record, merged across documents (one meeting known from a plan, an agenda
//    and minutes is one meeting).
// Mutable state set by people (request status, subscriptions, reminder
// deliveries) lives apart from the bulk record; see MutableState.
import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const ClockTime = z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM (24-hour)');
export const IsoInstant = z.string().datetime({ offset: true });

/** How a person attended. The chair is a member with `chair: true`. */
export const AttendeeRole = z.enum([
  'member',
  'co-opted',
  'cabinet',
  'other-member',
  'invited',
  'substitute',
  'employee',
  'other',
]);
export type AttendeeRole = z.infer<typeof AttendeeRole>;

export const Attendee = z.object({
  name: z.string().min(1),
  role: AttendeeRole,
  chair: z.boolean().default(false),
  /** What the document says beside the name: "Cabinet Member for ...", a directorate, "Observer". */
  note: z.string().nullable().default(null),
});
export type Attendee = z.infer<typeof Attendee>;

export const Apology = z.object({
  name: z.string().min(1),
  note: z.string().nullable().default(null),
});
export type Apology = z.infer<typeof Apology>;

/** A linked paper: an agenda-pack document, a ModernGov attachment. */
export const Paper = z.object({
  title: z.string().min(1),
  url: z.string().nullable().default(null),
  /** Exempt papers keep their title only. */
  restricted: z.boolean().default(false),
});
export type Paper = z.infer<typeof Paper>;

export const RequestKind = z.enum([
  'information', // "The Board also requested information on the following:"
  'circulate', // "officers undertook to circulate ..."
  'report-back', // "Requests a report back following ...", "a report back ... be requested"
  'update', // "requests an update ... in March 2018"
  'next-meeting', // "be added to the next agenda", "discussed at the next meeting"
  'follow-up', // matters arising "to be followed up"
]);
export type RequestKind = z.infer<typeof RequestKind>;

/**
 * When a request is due, as the words give it. `date` is the last day on which
 * it is still on time (end of the month for "in March 2018", end of the
 * municipal year for "2023/24 Municipal Year"); `nextMeeting` marks "next
 * meeting", which only the record can turn into a date.
 */
export const Due = z.object({
  text: z.string(),
  date: IsoDate.nullable(),
  nextMeeting: z.boolean().default(false),
});
export type Due = z.infer<typeof Due>;

// ---------------------------------------------------------------------------
// Parser output (one document)

export const ParsedResolution = z.object({
  text: z.string().min(1),
  unanimous: z.boolean().default(false),
});
export type ParsedResolution = z.infer<typeof ParsedResolution>;

export const ParsedRequest = z.object({
  text: z.string().min(1),
  kind: RequestKind,
  due: Due.nullable().default(null),
});
export type ParsedRequest = z.infer<typeof ParsedRequest>;

export const ParsedItem = z.object({
  /** Minute or agenda number as printed, without the trailing dot: "32", "4", "3a". */
  number: z.string().nullable(),
  title: z.string().min(1),
  body: z.string().default(''),
  /** "Briefing Note of the Director of Children's Services". */
  reportAuthor: z.string().nullable().default(null),
  /** "Pages 7 - 12". */
  pages: z.string().nullable().default(null),
  /** Sub-items as printed on an agenda front sheet: "a) To agree the minutes ...". */
  subItems: z.array(z.string()).default([]),
  papers: z.array(Paper).default([]),
  /** Under Private Business or an exclusion resolution: title kept, body never shown. */
  private: z.boolean().default(false),
  resolutions: z.array(ParsedResolution).default([]),
  requests: z.array(ParsedRequest).default([]),
  /** Work-programme additions made by resolution in this item. */
  workProgrammeAdditions: z.array(z.string()).default([]),
  /** The same additions with the municipal year the words give ("2023/24"), where they give one. */
  workProgrammeAdditionDetails: z.array(z.object({ title: z.string(), year: z.string().nullable() })).optional(),
  /** The item's identity at its source when it has one: ModernGov's agenda item id, "moderngov-item:50006". */
  externalId: z.string().nullable().optional(),
});
export type ParsedItem = z.infer<typeof ParsedItem>;

export const MeetingStatus = z.enum(['planned', 'agenda', 'minutes', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const ParsedMeeting = z.object({
  committee: z.string().nullable(),
  council: z.string().nullable().default(null),
  date: IsoDate.nullable(),
  time: ClockTime.nullable().default(null),
  place: z.string().nullable().default(null),
  kind: z.enum(['minutes', 'agenda', 'item-page']),
  /** Set by sources that know it (ModernGov); otherwise derived from kind. */
  status: MeetingStatus.nullable().default(null),
  chair: z.string().nullable().default(null),
  present: z.array(Attendee).default([]),
  apologies: z.array(Apology).default([]),
  /** Members recorded as absent without apologies (ModernGov's "Absent"). */
  absent: z.array(Apology).optional(),
  closingTime: ClockTime.nullable().default(null),
  items: z.array(ParsedItem).default([]),
  /** Where this meeting came from when it is not a file: e.g. "moderngov:569:4967". */
  externalId: z.string().nullable().default(null),
  /** An agenda's printed membership (who is expected, not who attended). */
  membership: z.array(Attendee).optional(),
  /** An agenda's contact officer: "Michelle Rose, Governance Services". */
  contact: z.string().nullable().optional(),
});
export type ParsedMeeting = z.infer<typeof ParsedMeeting>;

export const WorkProgrammeSlot = z.enum(['dated', 'to-be-determined', 'pending']);
export type WorkProgrammeSlot = z.infer<typeof WorkProgrammeSlot>;

export const ParsedWorkProgrammeItem = z.object({
  /** Municipal year as "2017/18". */
  year: z.string().nullable(),
  date: IsoDate.nullable(),
  slot: WorkProgrammeSlot,
  title: z.string().min(1),
  detail: z.string().nullable().default(null),
  leads: z.array(z.string()).default([]),
  /** What the plan says beside the date: "formal/informal meeting", "10am". */
  meetingNote: z.string().nullable().default(null),
  /** The committee whose programme this is, when the document names it. */
  committee: z.string().nullable().optional(),
});
export type ParsedWorkProgrammeItem = z.infer<typeof ParsedWorkProgrammeItem>;

/** A meeting date a work programme lists with nothing planned for it yet ("29th March 2018 | -"). */
export const PlannedMeetingDate = z.object({
  date: IsoDate,
  committee: z.string().nullable(),
  /** What the plan says beside the date: "10am", "formal/informal meeting". */
  meetingNote: z.string().nullable(),
});
export type PlannedMeetingDate = z.infer<typeof PlannedMeetingDate>;

export const DocumentKind = z.enum(['minutes', 'agenda-pack', 'work-programme', 'item-page', 'moderngov']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const ParsedDocument = z.object({
  kind: DocumentKind,
  meetings: z.array(ParsedMeeting).default([]),
  workProgramme: z.array(ParsedWorkProgrammeItem).default([]),
  /** Meeting dates the work programme lists with no item yet: the board still meets then. */
  emptyPlanDates: z.array(PlannedMeetingDate).optional(),
  /** Things the parser noticed but could read past; shown per file by `ingest`. */
  warnings: z.array(z.string()).default([]),
});
export type ParsedDocument = z.infer<typeof ParsedDocument>;

// ---------------------------------------------------------------------------
// The stored record

export const SourceDocument = z.object({
  /** sha256 of the file's bytes: the same content is one document. */
  id: z.string(),
  name: z.string(),
  kind: DocumentKind,
  bytes: z.number().int().nonnegative(),
  ingestedAt: IsoInstant,
  /** The fingerprint of the parser that read it (src/ingest/parser-fingerprint.ts); absent in stores written before it was kept. */
  parser: z.string().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

export const Meeting = z.object({
  id: z.string(),
  committee: z.string().nullable(),
  date: IsoDate.nullable(),
  time: ClockTime.nullable(),
  place: z.string().nullable(),
  status: MeetingStatus,
  chair: z.string().nullable(),
  present: z.array(Attendee),
  apologies: z.array(Apology),
  /** Members recorded as absent without apologies; absent in stores written before it was kept. */
  absent: z.array(Apology).optional(),
  closingTime: ClockTime.nullable(),
  /** Ids of the SourceDocuments that told us about this meeting. */
  sources: z.array(z.string()),
  externalId: z.string().nullable().default(null),
  /** The SourceDocument whose minutes gave this meeting's items; newer minutes of the meeting replace them. */
  minutesSource: z.string().nullable().optional(),
  /** The agenda's contact officer, as printed ("Michelle Rose, Governance Services"); absent when no agenda named one. */
  contact: z.string().nullable().optional(),
});
export type Meeting = z.infer<typeof Meeting>;

export const AgendaItem = z.object({
  id: z.string(),
  meetingId: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  reportAuthor: z.string().nullable(),
  pages: z.string().nullable(),
  subItems: z.array(z.string()),
  papers: z.array(Paper),
  private: z.boolean(),
  sources: z.array(z.string()),
  /** ModernGov's agenda item id ("moderngov-item:50006"), for its mgAi.aspx page; absent for items known only from files. */
  externalId: z.string().nullable().optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Resolution = z.object({
  id: z.string(),
  meetingId: z.string(),
  itemId: z.string(),
  /** 1-based position among the item's resolution clauses. */
  clause: z.number().int().positive(),
  text: z.string(),
  unanimous: z.boolean(),
});
export type Resolution = z.infer<typeof Resolution>;

/** A request as the record knows it; its open/done status is MutableState. */
export const Request = z.object({
  id: z.string(),
  meetingId: z.string(),
  itemId: z.string(),
  text: z.string(),
  kind: RequestKind,
  due: Due.nullable(),
});
export type Request = z.infer<typeof Request>;

export const WorkProgrammeItem = z.object({
  id: z.string(),
  year: z.string().nullable(),
  date: IsoDate.nullable(),
  slot: WorkProgrammeSlot,
  title: z.string(),
  detail: z.string().nullable(),
  leads: z.array(z.string()),
  meetingNote: z.string().nullable(),
  /** The committee whose programme holds the row; null (or absent in older stores) when not known. */
  committee: z.string().nullable().optional(),
  /** 'plan': from a work programme document; 'resolution': added by a resolution. */
  origin: z.enum(['plan', 'resolution']),
  /** For origin 'resolution': the item whose resolution added it. */
  addedByItemId: z.string().nullable().default(null),
  sources: z.array(z.string()),
});
export type WorkProgrammeItem = z.infer<typeof WorkProgrammeItem>;

export const BoardRecord = z.object({
  schemaVersion: z.literal(1),
  documents: z.array(SourceDocument),
  meetings: z.array(Meeting),
  items: z.array(AgendaItem),
  resolutions: z.array(Resolution),
  requests: z.array(Request),
  workProgramme: z.array(WorkProgrammeItem),
});
export type BoardRecord = z.infer<typeof BoardRecord>;

// ---------------------------------------------------------------------------
// Mutable state: small, written on every click, kept apart from the record.

export const RequestState = z.object({
  status: z.enum(['open', 'done']),
  changedBy: z.string().nullable().default(null),
  changedAt: IsoInstant.nullable().default(null),
});
export type RequestState = z.infer<typeof RequestState>;

export const Weekday = z.number().int().min(0).max(6); // 0 = Sunday, as Date#getDay

export const Subscription = z.object({
  id: z.string(),
  channel: z.string(),
  kind: z.enum(['agenda', 'requests']),
  /** Agenda reminders: days before the meeting. */
  daysBefore: z.number().int().min(0).max(60).nullable().default(null),
  /** Europe/London wall-clock time of the post. */
  at: ClockTime,
  /** Requests digests. */
  cadence: z
    .discriminatedUnion('every', [
      z.object({ every: z.literal('week'), day: Weekday }),
      z.object({ every: z.literal('month') }),
    ])
    .nullable()
    .default(null),
  /** Post a short summary when newly ingested minutes add resolutions or requests. */
  newMinutes: z.boolean().default(true),
  /** Requests digests: post one even when nothing changed since the last (by default it is skipped). */
  postUnchanged: z.boolean().optional(),
  paused: z.object({ reason: z.string(), at: IsoInstant }).nullable().default(null),
  createdBy: z.string(),
  createdAt: IsoInstant,
});
export type Subscription = z.infer<typeof Subscription>;

/** One (channel, reminder, occurrence): the unit that is posted exactly once. */
export const Delivery = z.object({
  key: z.string(),
  channel: z.string(),
  state: z.enum(['pending', 'sent', 'skipped', 'failed']),
  dueAt: IsoInstant,
  updatedAt: IsoInstant,
  late: z.boolean().default(false),
  ts: z.string().nullable().default(null),
  reason: z.string().nullable().default(null),
  /** A digest's content (its requests, their states and evidence), to tell whether the next one says anything new. */
  fingerprint: z.string().optional(),
});
export type Delivery = z.infer<typeof Delivery>;

/** A co-ordinator's decision on a later item proposed as the answer to a request. */
export const EvidenceDecision = z.object({
  itemId: z.string(),
  meetingId: z.string(),
  decision: z.enum(['confirmed', 'dismissed']),
  by: z.string(),
  at: IsoInstant,
});
export type EvidenceDecision = z.infer<typeof EvidenceDecision>;

/** What a member follows: a topic (subject words), one request, or one agenda item. */
export const Follow = z.object({
  user: z.string(),
  kind: z.enum(['topic', 'request', 'item']),
  /** The topic as the member wrote it, the request id, or the item id. */
  target: z.string(),
  at: IsoInstant,
  /** An item: its meeting and title when followed (minutes may renumber it and give it a new id). */
  meetingId: z.string().optional(),
  title: z.string().optional(),
});
export type Follow = z.infer<typeof Follow>;

/** The member of the board a Slack user is, as a co-ordinator linked them or they claimed. */
export const MemberLink = z.object({
  /** The name as the minutes give it: "Councillor A Masih". */
  name: z.string(),
  /** Who made the link (the user themself when claimed). */
  by: z.string(),
  at: IsoInstant,
  claimed: z.boolean(),
});
export type MemberLink = z.infer<typeof MemberLink>;

export const MutableState = z.object({
  schemaVersion: z.literal(1),
  requests: z.record(z.string(), RequestState).default({}),
  subscriptions: z.array(Subscription).default([]),
  deliveries: z.record(z.string(), Delivery).default({}),
  /**
   * Slack requests handled, with when, as stores kept them before their journal of replay keys
   * (src/store/replay-journal.ts): moved into it when the bot first reads it, and empty after.
   */
  seenEvents: z.record(z.string(), IsoInstant).default({}),
  /** Per-meeting content fingerprints from ModernGov sync. */
  sync: z.record(z.string(), z.string()).default({}),
  /** ModernGov committee titles by committee id, as the last sync read them (a board named by id is named by its title). */
  committeeTitles: z.record(z.string(), z.string()).default({}),
  /** The council whose record this store holds, once known: one council's store is never opened as another's. */
  council: z.string().optional(),
  /** Channels tied to a board in Slack (`/scrutiny board`, the App Home): channel id -> board id. */
  channelBoards: z.record(z.string(), z.string()).default({}),
  /** Which board each member's App Home shows: user id -> board id. */
  homeBoards: z.record(z.string(), z.string()).default({}),
  /**
   * The scrutiny co-ordinators (Slack user ids), as managed in Slack; absent until first set. While it
   * is empty, the configuration's co-ordinators (SCRUTINY_ADMINS, the file's) seed it.
   */
  coordinators: z.array(z.string()).optional(),
  /** Co-ordinators' decisions on proposed evidence, by request id, oldest first. */
  evidence: z.record(z.string(), z.array(EvidenceDecision)).optional(),
  /** What members follow, oldest first. */
  follows: z.array(Follow).optional(),
  /** Members who snoozed their direct messages, until when. */
  snoozed: z.record(z.string(), IsoInstant).optional(),
  /** Slack users linked to the member of the board they are: user id -> link. */
  memberLinks: z.record(z.string(), MemberLink).optional(),
  /** Users whose claim a co-ordinator undid: they may not claim a name again; a co-ordinator links them. */
  claimsUndone: z.array(z.string()).optional(),
  /**
   * The record file as the store last wrote it (size, modification time, content version):
   * when the file on disk still matches, opening it checks a sample against the schema
   * instead of every entry.
   */
  recordFile: z.object({ bytes: z.number(), mtimeMs: z.number(), version: z.string() }).optional(),
});
export type MutableState = z.infer<typeof MutableState>;
