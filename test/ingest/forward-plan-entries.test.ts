// A ModernGov plan-items page: numbered decisions are a plan's rows, never a meeting's items,
// and a wholly exempt decision keeps its title and when it is due, nothing else.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/layouts/forward-plan/moderngov-numbered-plan-items.txt', import.meta.url));
const doc = parseDocument(readFileSync(FIXTURE, 'utf8'));
const row = (title: string) => {
  const found = doc.workProgramme.find((r) => r.title === title);
  expect(found, title).toBeDefined();
  return found!;
};

describe('numbered plan items', () => {
  it('reads the page as a plan, not as minutes whose items are the decisions', () => {
    expect(doc.meetings).toEqual([]);
    expect(doc.workProgramme.map((r) => r.title)).toEqual([
      'Empty Homes Grant Scheme Review',
      'Sale of Land at Millbrook Lane Depot',
      'Council Tax Reduction Scheme 2026/27',
      'Leisure Centre Energy Retrofit Contract',
    ]);
  });

  it('takes a decision already taken ("Decision: 12 Jan 2026") as its date, and a month alone as not yet dated', () => {
    expect(row('Empty Homes Grant Scheme Review')).toMatchObject({ slot: 'dated', date: '2026-01-12', detail: 'Decision maker: Executive' });
    expect(row('Sale of Land at Millbrook Lane Depot')).toMatchObject({ slot: 'to-be-determined', date: null });
  });

  it('keeps of a fully exempt decision only its title, when it is due and "Exempt"', () => {
    const exempt = row('Sale of Land at Millbrook Lane Depot');
    expect(exempt.detail).toBe('Exempt');
    expect(exempt.leads).toEqual([]);
    expect(JSON.stringify(exempt)).not.toMatch(/Property Services|purchaser|Executive/);
    expect(row('Council Tax Reduction Scheme 2026/27').leads.length).toBeGreaterThan(0);
  });
});

describe('a key decision notice whose entries print no decision maker', () => {
  const notice = parseDocument(
    readFileSync(fileURLToPath(new URL('../fixtures/layouts/forward-plan/moderngov-key-decision-notice-same-date.txt', import.meta.url)), 'utf8'),
  );
  const slots = notice.workProgramme.map((r) => [r.title, r.date]);

  it('anchors each entry on its decision date and keeps a date many entries share (no running head)', () => {
    expect(notice.meetings).toEqual([]);
    expect(slots.filter(([, date]) => date === '2026-03-10')).toHaveLength(4);
  });

  it('reads "Before <date>" as no date fixed yet', () => {
    expect(slots).toContainEqual(['Riverside Car Park Resurfacing', null]);
  });
});

describe('a forward plan table with a column saying whether the decision is taken in private', () => {
  const table = [
    'Forward Plan of Key Decisions',
    '',
    '| Matter for decision | Decision maker | Date of decision | Lead officer | Exempt |',
    '| --- | --- | --- | --- | --- |',
    '| Disposal of the Old Library Building | Cabinet | 14 April 2026 | Estates Manager | Yes - Paragraph 3 |',
    '| Waste Strategy Refresh | Cabinet | 14 April 2026 | Head of Waste Services | No |',
  ].join('\n');
  const rows = parseDocument(table).workProgramme;

  it('keeps of an exempt decision its title, its date and "Exempt", not who takes it or leads on it', () => {
    const exempt = rows.find((r) => r.title === 'Disposal of the Old Library Building');
    expect(exempt).toMatchObject({ date: '2026-04-14', detail: 'Exempt', leads: [] });
    expect(rows.find((r) => r.title === 'Waste Strategy Refresh')).toMatchObject({ detail: 'Decision maker: Cabinet' });
  });
});

describe('a page that lists decisions to come without calling itself a plan', () => {
  // A forward-plan issue page: the title, a line on what the report is for, fields with no decision maker of their own.
  const issue = parseDocument(
    [
      "Issue details",
      "",
      "Community Transport Grant Scheme",
      "",
      "Report seeking approval of a three year grant scheme for community transport operators in the rural wards",
      "",
      "Decision type: Key",
      "",
      "Reason Key: Expenditure above the key decision threshold;",
      "",
      "Decision status: For Determination",
      "",
      "Wards affected: (All Wards);",
      "",
      "Service(s): (All Service(s)s);",
      "",
      "Decision due: 9 September 2025 by Cabinet",
      "",
      "Lead member: Councillor Ruth Abernethy, Cabinet Member for Transport rabernethy@example.gov.uk",
      "",
      "Department: Director of Place",
      "",
      "Contact: Samuel Oduya, Transport Policy Manager Email: soduya@example.gov.uk Tel: 01632 960417.",
      "",
      "Consultation process",
      "",
      "NA",
      "",
      "Consultees",
      "",
      "NA",
      "",
      "Date for representations to be received: 8 September 2025",
      "",
      "Background papers and reason no public access: NA",
      "",
      "Documents submitted to the decision maker for consideration: NA",
      "",
      "Decisions",
      "",
      "Agenda items",
    ].join('\n'),
  );

  it('is a plan by its "Decision due:" field, and its title is the line above the description', () => {
    expect(issue.meetings).toEqual([]);
    expect(issue.workProgramme.map((r) => [r.title, r.date])).toEqual([['Community Transport Grant Scheme', '2025-09-09']]);
  });
});

describe('a plan-items page under the council\'s name', () => {
  // "No. Item" over numbered entries is a meeting page's head too; the entries' fields say they are decisions to come.
  const page = parseDocument(
    [
      "Eastwold Borough Council",
      "",
      "Forward plan",
      "",
      "Forward Plan  (01/09/2025 to 31/01/2026)",
      "",
      "Plan items",
      "No. Item",
      "",
      "1.",
      "",
      "Highways Maintenance Term Contract Extension",
      "",
      "Decision maker:  Cabinet",
      "",
      "Decision due:   October 2025",
      "",
      "Lead officer:  Fiona Marchetti",
      "",
      "Notice of proposed decision first published: 12/08/2025",
      "",
      "2.",
      "",
      "Allotment Rents Review",
      "",
      "Decision maker:  Cabinet Member for Environment",
      "",
      "Decision due:   14 Oct 2025",
      "",
      "Originally due:   16 Sep 2025",
      "",
      "Lead officer:  Declan Rourke",
      "",
      "Notice of proposed decision first published: 01/07/2025",
      "",
      "3.",
      "",
      "Purchase of Temporary Accommodation Units",
      "",
      "Decision maker:  Director of Housing",
      "",
      "Decision due:   November 2025",
      "",
      "Lead officer:  Aisha Whitcombe",
      "",
      "Notice of proposed decision first published: 20/08/2025",
      "",
      "4.",
      "",
      "Town Hall Roof Repairs",
    ].join('\n'),
  );

  it('reads the numbered decisions as plan rows, not as a meeting of the council', () => {
    expect(page.meetings).toEqual([]);
    expect(page.workProgramme.map((r) => [r.title, r.date])).toEqual([
      ['Highways Maintenance Term Contract Extension', null],
      ['Allotment Rents Review', '2025-10-14'],
      ['Purchase of Temporary Accommodation Units', null],
    ]);
  });
});
