// The generated council as data: committees, their members by municipal year,
// meetings, items, resolutions and requests. Renderers turn this truth into
// documents; tests compare what the parser reads back against it.
import type { RequestKind } from '../../src/model.ts';
import { addCalendarDays } from '../../src/london.ts';
import { Random, ZipfPicker } from './random.ts';
import {
  AREAS,
  COMMITTEES,
  COUNCILS,
  INITIALS,
  LICENCE_KINDS,
  MEETING_TIMES,
  MORE_INITIALS,
  MORE_SURNAMES,
  PLANNING_PREFIXES,
  PLANNING_PROPOSALS,
  NOTING_CLAUSES,
  PLACES,
  RARE_TOPICS,
  SURNAMES,
  TITLE_SUFFIXES,
  TOPICS,
  placeName,
  premisesName,
  streetName,
  type Area,
  type CommitteeSpec,
  type TopicSpec,
} from './vocabulary.ts';

export interface Person {
  title: 'Councillor' | 'Mrs' | 'Mr' | 'Ms' | 'Dr';
  initials: string;
  surname: string;
}

export interface Officer {
  person: Person;
  area: Area;
  jobTitle: string;
}

export interface GenRequest {
  text: string;
  kind: RequestKind;
  /** Words that give the due date, as written: "in March 2019", "next meeting". */
  dueText: string | null;
}

export interface GenResolution {
  text: string;
  unanimous: boolean;
  /** Set when this clause is also something the board is waiting for. */
  request: GenRequest | null;
}

export interface BulletList {
  lead: string;
  bullets: string[];
}

export type ItemRole = 'apologies' | 'declarations' | 'minutes' | 'topic' | 'work-programme' | 'aob' | 'private';

export interface GenItem {
  /** Minute number as printed, without the dot. */
  number: string;
  title: string;
  role: ItemRole;
  topic: TopicSpec | null;
  reportAuthor: string | null;
  paragraphs: string[];
  discussion: BulletList | null;
  /** "The Board also requested information on the following:" */
  informationRequests: string[];
  /** "officers undertook to circulate the following information to the Board:" */
  circulateRequests: string[];
  /** Requests in running text ("This would be followed up."). */
  textRequests: GenRequest[];
  /** How the RESOLVED block opens: "RESOLVED that the Scrutiny Board:"; null when there is none. */
  resolvedOpener: string | null;
  /** One clause written inline after the opener rather than as a list. */
  inlineResolution: boolean;
  resolutions: GenResolution[];
  workProgrammeAdditions: string[];
}

export interface GenMeeting {
  id: string;
  committee: Committee;
  /** Municipal year as "2017/18". */
  year: string;
  date: string;
  time: string;
  closingTime: string;
  place: string;
  chair: Person;
  members: Person[];
  coopted: Person[];
  cabinet: { person: Person; portfolio: string }[];
  others: Person[];
  invited: Person[];
  employees: Officer[];
  apologies: Person[];
  items: GenItem[];
  /** After the tier's "now": known from an agenda or the plan only. */
  future: boolean;
}

export interface Committee {
  spec: CommitteeSpec;
  slug: string;
  officerPool: Officer[];
}

export interface CouncilStyle {
  /** "held at 2.00 pm on Thursday, 11 January 2018" or "held on Thursday 11 January 2018 at 2.00 pm". */
  heading: 'held-at' | 'held-on';
  /** "11th January, 2018" in agendas and running text, or "11 January 2018". */
  ordinalDates: boolean;
  apologiesItem: boolean;
}

export interface Council {
  name: string;
  city: string;
  style: CouncilStyle;
  committees: Committee[];
  meetings: GenMeeting[];
  /** The tier's "now": meetings after it have no minutes. */
  now: string;
  firstYear: number;
  years: number;
}

export interface CouncilOptions {
  seed: number;
  /** How many committees (1 = one board). */
  committees: number;
  years: number;
  firstYear: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function personName(p: Person): string {
  return `${p.title} ${p.initials} ${p.surname}`;
}

export function shortName(p: Person): string {
  return `${p.initials} ${p.surname}`;
}

/** "11th January, 2018" or "11 January 2018" */
export function runningDate(date: string, ordinal: boolean): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!ordinal) return `${d} ${MONTHS[m - 1]} ${y}`;
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `${d}${suffix} ${MONTHS[m - 1]}, ${y}`;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function municipalYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

const ALL_INITIALS = [...INITIALS, ...MORE_INITIALS];
const ALL_SURNAMES = [...SURNAMES, ...MORE_SURNAMES];

class PeopleFactory {
  readonly #used = new Set<string>();
  constructor(readonly random: Random) {}

  person(title: Person['title']): Person {
    for (let attempt = 0; ; attempt++) {
      const initials = this.random.pick(ALL_INITIALS);
      const surname = this.random.pick(ALL_SURNAMES);
      const key = `${initials} ${surname}`;
      if (!this.#used.has(key) || attempt > 50) {
        this.#used.add(key);
        return { title, initials, surname };
      }
    }
  }
}

/** Meeting dates of one committee in one municipal year (mid-May to April), spread evenly, on its usual weekday. */
function meetingDates(random: Random, startYear: number, perYear: number, weekday: number): string[] {
  const first = `${startYear}-05-12`;
  const span = 330;
  const dates: string[] = [];
  for (let i = 0; i < perYear; i++) {
    let date = addCalendarDays(first, Math.floor((i * span) / perYear) + random.int(0, 2));
    const day = new Date(`${date}T12:00:00Z`).getUTCDay();
    date = addCalendarDays(date, (weekday - day + 7) % 7);
    // Bodies that meet less than monthly take August off.
    if (perYear < 12 && date.slice(5, 7) === '08') date = addCalendarDays(date, 21);
    if (dates.length === 0 || date > dates[dates.length - 1]!) dates.push(date);
  }
  return dates;
}

/**
 * The first `n` bodies; past the fifty of one council, area committees of the
 * same kinds ("Planning Committee (Ashfield Area)"), as a county with its
 * districts, or ten councils' boards on one bot, would have.
 */
function committeeSpecs(n: number): CommitteeSpec[] {
  return Array.from({ length: n }, (_, i) => {
    const spec = COMMITTEES[i % COMMITTEES.length]!;
    if (i < COMMITTEES.length) return spec;
    return { ...spec, name: `${spec.name.replace(/ \(\d\)$/, '')} (${placeName(i)} Area)` };
  });
}

export function generateCouncil(options: CouncilOptions): Council {
  const root = new Random(options.seed);
  const councilPick = root.fork('council');
  const councilName = councilPick.pick(COUNCILS);
  const style: CouncilStyle = {
    heading: councilPick.chance(0.7) ? 'held-at' : 'held-on',
    ordinalDates: councilPick.chance(0.6),
    apologiesItem: councilPick.chance(0.35),
  };
  const people = new PeopleFactory(root.fork('people'));
  // A council of this size sits at once; elections replace about a third every four years.
  const seats = Math.max(24, Math.min(72, options.committees * 6));
  const turnover = Math.ceil(seats / 12);
  const councillors = Array.from({ length: seats + turnover * options.years }, () => people.person('Councillor'));
  const sitting = (y: number) => councillors.slice((y - options.firstYear) * turnover, (y - options.firstYear) * turnover + seats);
  const officersByArea = new Map<Area, Officer[]>();
  for (const area of Object.keys(AREAS) as Area[]) {
    const spec = AREAS[area];
    officersByArea.set(
      area,
      Array.from({ length: 5 }, (_, i) => ({
        person: people.person(root.pick(['Mr', 'Mrs', 'Ms', 'Dr'] as const)),
        area,
        jobTitle: i === 0 ? spec.director : root.pick(['Head of Service', 'Service Manager', 'Strategic Lead', 'Programme Manager', 'Senior Officer']),
      })),
    );
  }
  const scrutinyCoordinator: Officer = {
    person: people.person('Ms'),
    area: 'governance',
    jobTitle: 'Scrutiny Co-ordinator',
  };
  const governanceOfficer: Officer = {
    person: people.person('Mrs'),
    area: 'governance',
    jobTitle: 'Governance Services Officer',
  };
  const portfolioHolders = new Map<string, Person>();
  for (const area of Object.values(AREAS)) {
    if (!portfolioHolders.has(area.cabinetPortfolio)) portfolioHolders.set(area.cabinetPortfolio, root.pick(councillors.slice(0, seats)));
  }

  // One board for tier M is the education board, as the bundled corpus; a council starts with scrutiny bodies.
  const specs = options.committees === 1 ? [{ ...COMMITTEES[1]!, perYear: 10 }] : committeeSpecs(options.committees);
  const committees: Committee[] = specs.map((spec) => ({
    spec,
    slug: slugify(spec.name),
    officerPool: [...spec.areas.flatMap((a) => officersByArea.get(a)!), scrutinyCoordinator, governanceOfficer],
  }));

  const topicPickers = new Map<Committee, ZipfPicker<TopicSpec>>();
  for (const committee of committees) {
    const own = TOPICS.filter((t) => committee.spec.areas.includes(t.area));
    topicPickers.set(committee, new ZipfPicker(own.length > 0 ? own : TOPICS, 0.9));
  }
  const anyTopic = new ZipfPicker(TOPICS, 1.1);

  const lastYear = options.firstYear + options.years - 1;
  const now = `${lastYear}-12-01`;
  const meetings: GenMeeting[] = [];
  for (const committee of committees) {
    const random = root.fork(committee.slug);
    const weekday = random.pick([1, 2, 3, 4, 4, 4]);
    const time = random.pick(MEETING_TIMES);
    const place = random.pick(PLACES);
    for (let y = options.firstYear; y <= lastYear; y++) {
      const yearRandom = random.fork(String(y));
      const size = committee.spec.kind === 'cabinet-member' ? 1 : committee.spec.kind === 'council' ? 14 : yearRandom.int(7, 11);
      const members = yearRandom.sample(sitting(y), size);
      const chair = members[0]!;
      const coopted =
        committee.spec.areas.includes('education') && committee.spec.kind === 'scrutiny'
          ? [people.person('Mrs'), people.person('Mr')].slice(0, yearRandom.int(1, 2))
          : [];
      let minute = 1;
      const dates = meetingDates(yearRandom, y, committee.spec.perYear, weekday);
      for (const date of dates) {
        const m = buildMeeting({
          random: yearRandom,
          committee,
          year: municipalYear(y),
          date,
          time: yearRandom.chance(0.9) ? time : yearRandom.pick(MEETING_TIMES),
          place: yearRandom.chance(0.9) ? place : yearRandom.pick(PLACES),
          chair,
          members,
          coopted,
          councillors: sitting(y),
          portfolioHolders,
          firstMinute: minute,
          pickTopic: () =>
            yearRandom.chance(0.006)
              ? yearRandom.pick(RARE_TOPICS)
              : yearRandom.chance(0.85)
                ? topicPickers.get(committee)!.pick(yearRandom)
                : anyTopic.pick(yearRandom),
          style,
          city: councilName.city,
          future: date > now,
          previous: meetings.length > 0 && meetings[meetings.length - 1]!.committee === committee ? meetings[meetings.length - 1]! : null,
        });
        minute += m.items.length;
        meetings.push(m);
      }
    }
  }
  return {
    name: councilName.name,
    city: councilName.city,
    style,
    committees,
    meetings,
    now,
    firstYear: options.firstYear,
    years: options.years,
  };
}

interface MeetingInput {
  random: Random;
  committee: Committee;
  year: string;
  date: string;
  time: string;
  place: string;
  chair: Person;
  members: Person[];
  coopted: Person[];
  councillors: Person[];
  portfolioHolders: Map<string, Person>;
  firstMinute: number;
  pickTopic: () => TopicSpec;
  style: CouncilStyle;
  city: string;
  future: boolean;
  previous: GenMeeting | null;
}

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 30);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function buildMeeting(input: MeetingInput): GenMeeting {
  const { random, committee } = input;
  const absent = random.sample(input.members.slice(1), random.int(0, 2));
  const members = input.members.filter((m) => !absent.includes(m));
  const cabinet = committee.spec.areas
    .slice(0, random.int(0, 2))
    .map((a) => ({ person: input.portfolioHolders.get(AREAS[a].cabinetPortfolio)!, portfolio: AREAS[a].cabinetPortfolio }))
    .filter((c) => !members.includes(c.person));
  const others = random.chance(0.3) ? random.sample(input.councillors.filter((p) => !input.members.includes(p)), 1) : [];
  const employees = random.sample(committee.officerPool, random.int(3, 6));
  const topics: TopicSpec[] = [];
  const topicCount = committee.spec.kind === 'planning' || committee.spec.kind === 'licensing' ? random.int(5, 10) : random.int(4, 9);
  while (topics.length < topicCount) {
    const topic = input.pickTopic();
    if (!topics.includes(topic)) topics.push(topic);
  }
  const self = committee.spec.selfName;
  const items: GenItem[] = [];
  let minute = input.firstMinute;
  const next = () => String(minute++);
  const base = (role: ItemRole, title: string): GenItem => ({
    number: next(),
    title,
    role,
    topic: null,
    reportAuthor: null,
    paragraphs: [],
    discussion: null,
    informationRequests: [],
    circulateRequests: [],
    textRequests: [],
    resolvedOpener: null,
    inlineResolution: false,
    resolutions: [],
    workProgrammeAdditions: [],
  });

  if (input.style.apologiesItem) {
    const item = base('apologies', random.pick(['Apologies for Absence', 'Apologies and Substitutions']));
    item.paragraphs.push(absent.length > 0 ? `Apologies for absence were received from ${absent.map(personName).join(' and ')}.` : 'There were no apologies for absence.');
    items.push(item);
  }
  const declarations = base('declarations', random.pick(['Declarations of Interests', 'Declarations of Interest', 'Disclosable Pecuniary Interests']));
  declarations.paragraphs.push(random.pick(['There were no Disclosable Pecuniary Interests.', 'There were no disclosable interests.', 'There were no declarations of interest.']));
  items.push(declarations);

  if (input.previous) {
    const item = base('minutes', random.pick(['Minutes', 'Minutes of Previous Meeting', 'Minutes of the Previous Meeting']));
    item.paragraphs.push(
      `The minutes of the meeting held on ${runningDate(input.previous.date, input.style.ordinalDates)} were ${random.pick(['agreed', 'approved', 'agreed and signed as a true record'])}.`,
    );
    if (random.chance(0.25)) {
      const earlier = input.previous.items.find((i) => i.role === 'topic');
      if (earlier) {
        const text = `Minute ${earlier.number} (${earlier.title}) – A response had not yet been received from ${random.pick(['the Department for Education', 'the Integrated Care Board', 'the Secretary of State', 'the West Midlands Combined Authority', 'the Police and Crime Commissioner'])}. This would be followed up.`;
        item.paragraphs.push(text);
        item.textRequests.push({ text, kind: 'follow-up', dueText: null });
      }
    }
    items.push(item);
  }

  const [yy, mm] = input.date.split('-').map(Number) as [number, number];
  for (const topic of topics) items.push(topicItem(random, next(), topic, input, self, yy, mm));

  if (committee.spec.kind === 'scrutiny') {
    const item = base('work-programme', random.pick(['Work Programme', 'Work Programme and Outstanding Issues', `Work Programme ${input.year}`]));
    item.paragraphs.push(`The ${self} noted the work programme for ${input.year}.`);
    if (random.chance(0.4)) {
      const additions = random.sample(TOPICS, random.int(1, 3)).map((t) => `${t.title} ${random.pick(['report back', 'update', 'annual report', 'review'])}`);
      item.resolvedOpener = random.pick(['RESOLVED that the following items be added to the Work Programme:', `RESOLVED that the ${self} notes the Work Programme and includes the following on the Work Programme:`]);
      item.workProgrammeAdditions = additions;
      // One resolution whose clauses are the list of additions, as the parser reads it.
      item.resolutions = [{ text: item.resolvedOpener.replace(/^RESOLVED that /, ''), unanimous: false, request: null }];
    } else if (random.chance(0.5)) {
      item.resolvedOpener = 'RESOLVED';
      item.inlineResolution = true;
      item.resolutions = [{ text: 'that the work programme be noted.', unanimous: false, request: null }];
    }
    items.push(item);
  }

  const aob = base('aob', 'Any Other Business');
  if (random.chance(0.2)) {
    const topic = input.pickTopic();
    aob.paragraphs.push(topic.title, 'Members requested that this item be discussed at the next meeting.');
    aob.resolvedOpener = 'RESOLVED';
    aob.inlineResolution = true;
    const text = `that the ${self} agrees that ${topic.title} be added to the next agenda.`;
    aob.resolutions = [{ text, unanimous: false, request: { text, kind: 'next-meeting', dueText: 'next agenda' } }];
  } else {
    aob.paragraphs.push(random.pick(['There were no other items of business.', 'There was no other business.']));
  }
  items.push(aob);

  if (random.chance(0.1)) {
    const item = base('private', random.pick(['Exclusion of the Press and Public', 'Commercial Property Disposal', 'Contract Award for Care Services']));
    item.paragraphs.push('This item was considered in private as it contained exempt information within paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972.');
    items.push(item);
  }

  const start = input.time;
  return {
    id: `${committee.slug}:${input.date}`,
    committee,
    year: input.year,
    date: input.date,
    time: start,
    closingTime: addMinutes(start, 30 * random.int(2, 7)),
    place: input.place,
    chair: input.chair,
    members,
    coopted: input.coopted,
    cabinet,
    others,
    invited: random.chance(0.1) ? [{ title: 'Mr', initials: random.pick(INITIALS), surname: random.pick(SURNAMES) }] : [],
    employees,
    apologies: absent,
    items,
    future: input.future,
  };
}

function topicItem(random: Random, number: string, topic: TopicSpec, input: MeetingInput, self: string, yy: number, mm: number): GenItem {
  const area = AREAS[topic.area];
  const title = itemTitle(random, topic, input, aspectsOf(topic));
  const author = random.pick([`Briefing Note of the ${area.director}`, `Report of the ${area.director}`, `Briefing Note of the Scrutiny Co-ordinator`]);
  const kw = topic.keyword;
  const aspects = random.sample(area.aspects, random.int(3, 5));
  const paragraphs = [
    `The ${self} considered a ${author.toLowerCase().startsWith('report') ? 'report' : 'briefing note'} of the ${author.replace(/^(Briefing Note|Report) of the /, '')} which provided an update on ${topic.title.toLowerCase()} in ${input.city}.`,
    random.pick([
      `The report set out the position on ${kw} at the end of the last quarter and compared it with statistical neighbours and the national average.`,
      `Officers explained that demand for ${kw} had risen over the previous twelve months and that the service had responded by reviewing its processes and staffing.`,
      `The Cabinet Member for ${area.cabinetPortfolio} introduced the item and highlighted the work undertaken with partners on ${kw}.`,
      `Members were reminded that the ${self} had last considered ${kw} in ${MONTHS[(mm + 5) % 12]} and had asked for a fuller picture of progress.`,
    ]),
    random.pick([
      `Performance against the key indicators was mixed: ${random.int(52, 96)}% of cases met the target timescale compared with ${random.int(50, 95)}% a year earlier.`,
      `Spending on ${kw} was forecast at £${random.int(1, 40)}.${random.int(0, 9)}m against a budget of £${random.int(1, 40)}.${random.int(0, 9)}m.`,
      `A consultation had received ${random.int(40, 2400)} responses, most of them supportive of the proposals.`,
    ]),
  ];
  if (title.startsWith('Planning Application')) paragraphs.unshift(`The application sought permission for: ${random.pick(PLANNING_PROPOSALS).toLowerCase()}.`);
  const discussion: BulletList | null = random.chance(0.8)
    ? {
        lead: random.pick([
          `Members asked questions and were given responses in the following areas:`,
          `The ${self} questioned officers on the following:`,
          `The briefing note detailed:`,
          `Members discussed:`,
        ]),
        bullets: aspects.map((a) => a.charAt(0).toUpperCase() + a.slice(1)),
      }
    : null;
  const item: GenItem = {
    number,
    title,
    role: 'topic',
    topic,
    reportAuthor: author,
    paragraphs,
    discussion,
    informationRequests: [],
    circulateRequests: [],
    textRequests: [],
    resolvedOpener: null,
    inlineResolution: false,
    resolutions: [],
    workProgrammeAdditions: [],
  };
  if (random.chance(0.15)) {
    item.informationRequests = random.sample(
      [`Up to date figures on ${kw}.`, `A breakdown of ${kw} by ward.`, `Benchmarking data for ${kw} against statistical neighbours.`, `The cost of ${kw} over the last three years.`, `Case studies showing the impact on residents.`],
      random.int(1, 3),
    );
  }
  if (random.chance(0.1)) {
    item.circulateRequests = random.sample(
      [`The action plan for ${kw}.`, `The latest performance dashboard for ${kw}.`, `Communication materials regarding ${kw}.`, `The terms of reference of the steering group.`],
      random.int(1, 2),
    );
  }
  if (random.chance(0.05)) {
    const text = `Officers undertook to circulate the ${random.pick(['consultation responses', 'risk register', 'briefing slides'])} on ${kw} to Members of the ${self}.`;
    item.paragraphs.push(text);
    item.textRequests.push({ text, kind: 'circulate', dueText: null });
  }

  // The RESOLVED block: noting clauses, recommendations and requests in several wordings.
  if (random.chance(0.85)) {
    const clauses: GenResolution[] = [];
    const plain = (text: string): GenResolution => ({ text, unanimous: false, request: null });
    clauses.push(plain(random.pick(NOTING_CLAUSES)));
    if (random.chance(0.35)) clauses.push(plain(`Recommends that the Cabinet Member for ${area.cabinetPortfolio} considers how ${kw} can be promoted with schools, health and community partners.`));
    if (random.chance(0.2)) clauses.push(plain(`Agrees that a task and finish group be established to look at ${topic.title.toLowerCase()}.`));
    if (random.chance(0.2)) {
      const text = `Requests a report back following ${random.pick(['implementation of the action plan', 'the consultation', 'the review', 'the Ofsted visit', 'the pilot'])} on ${kw}.`;
      clauses.push({ text, unanimous: false, request: { text, kind: 'report-back', dueText: null } });
    }
    if (random.chance(0.2)) {
      const ahead = random.int(2, 6);
      const month = ((mm - 1 + ahead) % 12) + 1;
      const year = yy + Math.floor((mm - 1 + ahead) / 12);
      const dueText = `in ${MONTHS[month - 1]} ${year}`;
      const text = `Requests an update on ${random.pick(aspects)} to the ${self} ${dueText}.`;
      clauses.push({ text, unanimous: false, request: { text, kind: 'update', dueText } });
    }
    if (random.chance(0.08)) {
      const start = Number(input.year.slice(0, 4)) + 1;
      const dueText = `${start}/${String((start + 1) % 100).padStart(2, '0')} Municipal Year`;
      const text = `Requests a report to be brought back in the ${dueText} regarding ${topic.title}.`;
      clauses.push({ text, unanimous: false, request: { text, kind: 'report-back', dueText } });
    }
    const unanimous = random.chance(0.1);
    for (const clause of clauses) clause.unanimous = unanimous;
    item.resolutions = clauses;
    if (clauses.length === 1 && random.chance(0.6)) {
      item.inlineResolution = true;
      item.resolvedOpener = unanimous ? 'RESOLVED unanimously' : 'RESOLVED';
      const only = clauses[0]!;
      only.text = `that the ${self} ${only.text.charAt(0).toLowerCase()}${only.text.slice(1)}`;
      if (only.request) only.request.text = only.text;
    } else {
      item.resolvedOpener = unanimous
        ? random.pick(['RESOLVED unanimously that:', `RESOLVED unanimously that the ${self}:`])
        : random.pick([`RESOLVED that the ${self}:`, 'RESOLVED that:', `RESOLVED that the ${input.committee.spec.name}:`]);
    }
  }
  return item;
}

function aspectsOf(topic: TopicSpec): string[] {
  return AREAS[topic.area].aspects;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An item's title as councils vary it: planning and licensing items name their
 * site or premises (hardly two alike); recurring topics carry a year, a quarter,
 * a ward, an aspect or the kind of report.
 */
function itemTitle(random: Random, topic: TopicSpec, input: MeetingInput, aspects: string[]): string {
  const kind = input.committee.spec.kind;
  const year = input.date.slice(0, 4);
  if (kind === 'planning' && random.chance(0.8)) {
    const reference = `${random.pick(PLANNING_PREFIXES)}/${year}/${String(random.int(1, 2999)).padStart(4, '0')}`;
    return `Planning Application ${reference} - ${random.int(1, 240)} ${streetName(random.int(0, 4499))}, ${placeName(random.int(0, 449))}`;
  }
  if (kind === 'licensing' && random.chance(0.8)) {
    const title = `${random.pick(LICENCE_KINDS)} - ${premisesName(random.int(0, 1151))}`;
    const street = streetName(random.int(0, 4499));
    // Headings stay on one line of a PDF page (the parser does not join a wrapped heading yet).
    return title.length + street.length < 80 ? `${title}, ${street}` : title;
  }
  const r = random.next();
  if (r < 0.35) return topic.title;
  if (r < 0.55) return `${topic.title} ${random.pick(TITLE_SUFFIXES)}`;
  if (r < 0.67) return `${topic.title} ${input.year}`;
  if (r < 0.75) return `${topic.title} - Quarter ${random.int(1, 4)} ${input.year}`;
  if (r < 0.9) return `${topic.title} in ${placeName(random.int(0, 449))}`;
  return `${topic.title} - ${capitalise(random.pick(aspects).split(' ').slice(0, 3).join(' '))}`;
}

/** All requests of an item, in the order they appear in the text. */
export function itemRequests(item: GenItem): GenRequest[] {
  return [
    ...item.textRequests,
    ...item.informationRequests.map((text): GenRequest => ({ text, kind: 'information', dueText: null })),
    ...item.circulateRequests.map((text): GenRequest => ({ text, kind: 'circulate', dueText: null })),
    ...item.resolutions.flatMap((r) => (r.request ? [r.request] : [])),
  ];
}
