// What the CMIS template prints above a meeting's business on every council's install: the site's trail, "Meeting
// Details", the committee and when it met, the tabs, then the "Documents" tab's "Agenda". One home for the tests' pages.

export interface CmisHead {
  /** The site's trail above the page ("You are here : Home > ..."); none when the page was saved below it. */
  trail?: string | null;
  /** The "Meeting Summary" heading some installs print over the committee. */
  summary?: boolean;
  committee?: string | null;
  when?: string;
  tabs?: readonly string[];
}

export function cmisPageHead({ trail = null, summary = true, committee = null, when = '11 Mar 2026 - 14:30 to 16:05', tabs = ['Documents', 'Attendance'] }: CmisHead = {}): string[] {
  return [
    ...(trail ? [trail, ''] : []),
    'Meeting Details',
    '',
    ...(summary ? ['Meeting Summary'] : []),
    ...(committee ? [committee] : []),
    when,
    'Occurred',
    ...tabs.map((t) => `  • ${t}`),
    '',
    'Documents',
    '',
    'Agenda',
    '',
  ];
}
