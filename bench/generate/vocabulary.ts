// The words the generator writes with: committees, service areas, topics with a
// long tail of rare ones, people's names, places and the stock phrases of
// council minutes. Fictional councils and people; real-world wording.

export type Area =
  | 'children'
  | 'education'
  | 'adults'
  | 'health'
  | 'housing'
  | 'highways'
  | 'environment'
  | 'culture'
  | 'finance'
  | 'governance'
  | 'planning'
  | 'licensing'
  | 'economy'
  | 'community';

export type CommitteeKind =
  | 'scrutiny'
  | 'planning'
  | 'licensing'
  | 'audit'
  | 'cabinet-member'
  | 'cabinet'
  | 'board'
  | 'council';

export interface CommitteeSpec {
  name: string;
  kind: CommitteeKind;
  areas: Area[];
  /** Meetings in a municipal year. */
  perYear: number;
  /** What the minutes call the body: "Scrutiny Board", "Committee", "Cabinet Member". */
  selfName: string;
}

const c = (name: string, kind: CommitteeKind, areas: Area[], perYear: number, selfName: string): CommitteeSpec => ({
  name,
  kind,
  areas,
  perYear,
  selfName,
});

/** About fifty bodies of a large unitary council; their meetings add up to ~500 a year. */
export const COMMITTEES: CommitteeSpec[] = [
  c('Scrutiny Co-ordination Committee', 'scrutiny', ['governance', 'finance', 'community'], 16, 'Committee'),
  c("Education and Children's Services Scrutiny Board (2)", 'scrutiny', ['children', 'education'], 14, 'Scrutiny Board'),
  c('Business, Economy and Enterprise Scrutiny Board (3)', 'scrutiny', ['economy', 'culture'], 12, 'Scrutiny Board'),
  c('Communities and Neighbourhoods Scrutiny Board (4)', 'scrutiny', ['community', 'environment', 'housing'], 12, 'Scrutiny Board'),
  c('Health and Social Care Scrutiny Board (5)', 'scrutiny', ['health', 'adults'], 14, 'Scrutiny Board'),
  c('Finance and Corporate Services Scrutiny Board (1)', 'scrutiny', ['finance', 'governance'], 12, 'Scrutiny Board'),
  c('Planning Committee', 'planning', ['planning'], 25, 'Committee'),
  c('Licensing and Regulatory Committee', 'licensing', ['licensing'], 14, 'Committee'),
  c('Licensing Sub-Committee', 'licensing', ['licensing'], 19, 'Sub-Committee'),
  c('Audit and Procurement Committee', 'audit', ['finance', 'governance'], 11, 'Committee'),
  c('Standards Committee', 'audit', ['governance'], 5, 'Committee'),
  c('Ethics Committee', 'audit', ['governance'], 5, 'Committee'),
  c('Cabinet', 'cabinet', ['finance', 'economy', 'housing', 'children', 'adults', 'highways', 'environment'], 22, 'Cabinet'),
  c('Council', 'council', ['governance', 'finance', 'community'], 12, 'Council'),
  c('Cabinet Member for Children and Young People', 'cabinet-member', ['children'], 11, 'Cabinet Member'),
  c('Cabinet Member for Education and Skills', 'cabinet-member', ['education'], 11, 'Cabinet Member'),
  c('Cabinet Member for Adult Services', 'cabinet-member', ['adults'], 11, 'Cabinet Member'),
  c('Cabinet Member for Public Health and Sport', 'cabinet-member', ['health', 'culture'], 11, 'Cabinet Member'),
  c('Cabinet Member for City Services', 'cabinet-member', ['highways', 'environment'], 14, 'Cabinet Member'),
  c('Cabinet Member for Housing and Communities', 'cabinet-member', ['housing', 'community'], 11, 'Cabinet Member'),
  c('Cabinet Member for Jobs, Regeneration and Climate Change', 'cabinet-member', ['economy', 'environment'], 11, 'Cabinet Member'),
  c('Cabinet Member for Strategic Finance and Resources', 'cabinet-member', ['finance'], 11, 'Cabinet Member'),
  c('Cabinet Member for Policing and Equalities', 'cabinet-member', ['community'], 8, 'Cabinet Member'),
  c('Cabinet Member for Policy and Leadership', 'cabinet-member', ['governance', 'economy'], 8, 'Cabinet Member'),
  c('Health and Wellbeing Board', 'board', ['health', 'adults', 'children'], 8, 'Board'),
  c('Corporate Parenting Board', 'board', ['children'], 11, 'Board'),
  c('Adoption and Fostering Panel Oversight Board', 'board', ['children'], 8, 'Board'),
  c('Schools Forum', 'board', ['education', 'finance'], 8, 'Forum'),
  c('Standing Advisory Council on Religious Education', 'board', ['education'], 5, 'Council'),
  c('Pensions Committee', 'audit', ['finance'], 7, 'Committee'),
  c('Appeals Committee', 'audit', ['governance'], 8, 'Committee'),
  c('Employment Committee', 'audit', ['governance'], 7, 'Committee'),
  c('Stronger Communities Panel', 'board', ['community'], 8, 'Panel'),
  c('Climate Change Board', 'board', ['environment'], 8, 'Board'),
  c('Transport and Highways Advisory Panel', 'board', ['highways'], 11, 'Panel'),
  c('Housing Advisory Panel', 'board', ['housing'], 8, 'Panel'),
  c('Culture and Heritage Panel', 'board', ['culture'], 8, 'Panel'),
  c('Local Plan Working Group', 'planning', ['planning', 'housing'], 8, 'Working Group'),
  c('Planning Enforcement Sub-Committee', 'planning', ['planning'], 8, 'Sub-Committee'),
  c('Safer Neighbourhoods Partnership Board', 'board', ['community'], 8, 'Board'),
  c('Joint Health Overview and Scrutiny Committee', 'scrutiny', ['health'], 7, 'Committee'),
  c('Police and Crime Panel', 'scrutiny', ['community'], 8, 'Panel'),
  c('Fire Authority Liaison Committee', 'audit', ['community'], 5, 'Committee'),
  c('Shareholder Committee', 'audit', ['finance', 'economy'], 7, 'Committee'),
  c('Constitutional Advisory Panel', 'audit', ['governance'], 5, 'Panel'),
  c('Equalities Working Group', 'board', ['community', 'governance'], 7, 'Working Group'),
  c('Skills and Employment Board', 'board', ['economy', 'education'], 8, 'Board'),
  c('Highways Joint Committee', 'planning', ['highways'], 8, 'Committee'),
  c('Air Quality Task and Finish Group', 'scrutiny', ['environment', 'health'], 7, 'Task and Finish Group'),
  c('Waste and Recycling Task and Finish Group', 'scrutiny', ['environment'], 7, 'Task and Finish Group'),
];

export interface AreaSpec {
  directorate: string;
  /** "the Director of Children's Services" */
  director: string;
  cabinetPortfolio: string;
  /** Bullets a report on any topic of this area may cover. */
  aspects: string[];
}

export const AREAS: Record<Area, AreaSpec> = {
  children: {
    directorate: "Children's Services",
    director: "Director of Children's Services",
    cabinetPortfolio: 'Children and Young People',
    aspects: [
      'caseloads of social workers and the use of agency staff',
      'the voice of the child in assessments and plans',
      'placement sufficiency and the cost of external placements',
      'partnership working with schools, health and the police',
      'timeliness of assessments against statutory guidance',
      'feedback from care leavers and foster carers',
      'the findings of recent audits and serious case reviews',
    ],
  },
  education: {
    directorate: 'Education and Skills',
    director: 'Director of Education and Skills',
    cabinetPortfolio: 'Education and Skills',
    aspects: [
      'attainment gaps for disadvantaged pupils',
      'attendance and persistent absence',
      'the high needs block of the Dedicated Schools Grant',
      'Ofsted outcomes for maintained schools and academies',
      'school place planning across the city',
      'support for pupils with English as an additional language',
      'the transition from primary to secondary school',
    ],
  },
  adults: {
    directorate: 'Adult Services',
    director: 'Director of Adult Services and Housing',
    cabinetPortfolio: 'Adult Services',
    aspects: [
      'the market for home care and care home places',
      'delayed transfers of care from hospital',
      'the Better Care Fund and joint commissioning',
      'carers assessments and respite provision',
      'waiting times for Care Act assessments',
      'the workforce and recruitment to care roles',
    ],
  },
  health: {
    directorate: 'Public Health',
    director: 'Director of Public Health and Wellbeing',
    cabinetPortfolio: 'Public Health and Sport',
    aspects: [
      'health inequalities between neighbourhoods',
      'the Integrated Care Board and place-based partnerships',
      'uptake of screening and immunisation',
      'the Marmot principles in commissioning',
      'GP access and primary care estates',
      'mental health and emotional wellbeing services',
    ],
  },
  housing: {
    directorate: 'Housing and Homelessness',
    director: 'Director of Adult Services and Housing',
    cabinetPortfolio: 'Housing and Communities',
    aspects: [
      'the number of households in temporary accommodation',
      'the supply of affordable housing',
      'conditions in the private rented sector',
      'homelessness prevention duties',
      'the use of bed and breakfast accommodation for families',
      'partnership with registered providers',
    ],
  },
  highways: {
    directorate: 'Transportation and Highways',
    director: 'Director of Transportation and Highways',
    cabinetPortfolio: 'City Services',
    aspects: [
      'the highways maintenance backlog and the asset management plan',
      'road safety and collision data',
      'bus services and passenger numbers',
      'the programme of resurfacing and pothole repairs',
      'consultation with residents and ward councillors',
      'funding from the Department for Transport',
    ],
  },
  environment: {
    directorate: 'Streetscene and Regulatory Services',
    director: 'Director of Streetscene and Regulatory Services',
    cabinetPortfolio: 'City Services',
    aspects: [
      'recycling rates and contamination of bins',
      'fly-tipping enforcement and fixed penalty notices',
      'nitrogen dioxide levels at monitoring sites',
      'tree planting and the urban forestry strategy',
      'the council fleet and the move to electric vehicles',
      'carbon emissions from council buildings',
    ],
  },
  culture: {
    directorate: 'Culture, Sport and Events',
    director: 'Director of Culture, Sport and Events',
    cabinetPortfolio: 'Public Health and Sport',
    aspects: [
      'visitor numbers and income',
      'volunteering and community use',
      'the condition of historic buildings',
      'grant funding from national bodies',
      'events programme and city centre footfall',
    ],
  },
  finance: {
    directorate: 'Finance',
    director: 'Chief Operating Officer (Section 151 Officer)',
    cabinetPortfolio: 'Strategic Finance and Resources',
    aspects: [
      'the forecast overspend and pressures in demand-led services',
      'the capital programme and rescheduling',
      'council tax and business rates collection',
      'reserves and the medium term financial strategy',
      'treasury management and borrowing',
      'savings proposals and their delivery',
    ],
  },
  governance: {
    directorate: 'Law and Governance',
    director: 'Director of Law and Governance',
    cabinetPortfolio: 'Policy and Leadership',
    aspects: [
      'compliance with the constitution',
      'the register of interests and gifts and hospitality',
      'complaints to the Local Government and Social Care Ombudsman',
      'information governance and data breaches',
      'member training and development',
      'the annual governance statement',
    ],
  },
  planning: {
    directorate: 'Planning and Regulation',
    director: 'Head of Planning',
    cabinetPortfolio: 'Jobs, Regeneration and Climate Change',
    aspects: [
      'the officer recommendation and conditions',
      'objections received from neighbours',
      'highway safety and parking',
      'the design, scale and massing of the proposal',
      'compliance with the Local Plan policies',
      'section 106 contributions',
    ],
  },
  licensing: {
    directorate: 'Streetscene and Regulatory Services',
    director: 'Head of Regulatory Services',
    cabinetPortfolio: 'Policing and Equalities',
    aspects: [
      'representations from responsible authorities',
      'the licensing objectives',
      'conditions proposed by the police',
      "the applicant's record of compliance",
      'complaints from residents about noise',
    ],
  },
  economy: {
    directorate: 'Business, Investment and Culture',
    director: 'Director of Business, Investment and Culture',
    cabinetPortfolio: 'Jobs, Regeneration and Climate Change',
    aspects: [
      'inward investment and jobs created',
      'the city centre regeneration programme',
      'support for small and medium enterprises',
      'apprenticeships and adult skills',
      'external funding from the combined authority',
    ],
  },
  community: {
    directorate: 'Communities',
    director: 'Director of Communities',
    cabinetPortfolio: 'Policing and Equalities',
    aspects: [
      'anti-social behaviour and the community safety partnership',
      'the voluntary and community sector',
      'community cohesion and hate crime reporting',
      'the cost of living and household support',
      'resettlement of refugees and asylum seekers',
    ],
  },
};

export interface TopicSpec {
  title: string;
  area: Area;
  /** A distinctive word or two members would search for. */
  keyword: string;
}

const t = (title: string, area: Area, keyword: string): TopicSpec => ({ title, area, keyword });

/** Ordered from the most discussed to the long tail: the picker weights by rank. */
export const TOPICS: TopicSpec[] = [
  t('Budget Monitoring', 'finance', 'budget'),
  t("Children's Services Improvement Plan", 'children', 'improvement'),
  t('Special Educational Needs and Disabilities (SEND)', 'education', 'SEND'),
  t('Adult Social Care Performance', 'adults', 'social care'),
  t('Homelessness and Temporary Accommodation', 'housing', 'homelessness'),
  t('Highways Maintenance', 'highways', 'highways'),
  t('Air Quality Action Plan', 'environment', 'air quality'),
  t('Private Fostering', 'children', 'fostering'),
  t('School Admissions', 'education', 'admissions'),
  t('Libraries Service', 'culture', 'libraries'),
  t('Treasury Management', 'finance', 'treasury'),
  t('Internal Audit Progress', 'governance', 'audit'),
  t('Waste and Recycling', 'environment', 'recycling'),
  t('Public Health Annual Report', 'health', 'public health'),
  t('Housing Strategy', 'housing', 'housing'),
  t('Looked After Children', 'children', 'looked after'),
  t('Education Performance', 'education', 'attainment'),
  t('Domiciliary Care Market', 'adults', 'home care'),
  t('Bus Services Improvement Plan', 'highways', 'bus'),
  t('Capital Programme', 'finance', 'capital'),
  t('Community Safety Partnership', 'community', 'anti-social'),
  t('Mental Health and Wellbeing', 'health', 'mental health'),
  t('Local Plan Review', 'planning', 'local plan'),
  t('Taxi and Private Hire Licensing Policy', 'licensing', 'taxi'),
  t('Climate Change Strategy', 'environment', 'climate'),
  t('Youth Justice Plan', 'children', 'youth justice'),
  t('Exclusions and Alternative Provision', 'education', 'exclusions'),
  t('Carers Strategy', 'adults', 'carers'),
  t('Council Tax Reduction Scheme', 'finance', 'council tax'),
  t('Fly-tipping Enforcement', 'environment', 'fly-tipping'),
  t('City Centre Regeneration', 'economy', 'regeneration'),
  t('Leisure Centres and Sports Facilities', 'culture', 'leisure'),
  t('Complaints and Compliments Annual Report', 'governance', 'complaints'),
  t('Safeguarding Adults Board Annual Report', 'adults', 'safeguarding'),
  t('Early Years and School Readiness', 'education', 'early years'),
  t('Social Worker Recruitment and Retention', 'children', 'recruitment'),
  t('Road Safety Programme', 'highways', 'road safety'),
  t('Private Rented Sector Licensing', 'housing', 'landlord'),
  t('Parks and Green Spaces', 'environment', 'parks'),
  t('Cost of Living Support', 'community', 'cost of living'),
  t('Apprenticeships and Adult Skills', 'economy', 'apprenticeships'),
  t('Information Governance', 'governance', 'data protection'),
  t('Risk Management Strategy', 'governance', 'risk'),
  t('Corporate Parenting Annual Report', 'children', 'corporate parenting'),
  t('Elective Home Education', 'education', 'home education'),
  t('Hospital Discharge and Delayed Transfers of Care', 'health', 'discharge'),
  t('Electric Vehicle Charging Infrastructure', 'highways', 'charging'),
  t('Refugee Resettlement Programme', 'community', 'refugee'),
  t('Museums and Heritage', 'culture', 'museums'),
  t('Statement of Licensing Policy', 'licensing', 'licensing policy'),
  t('Procurement Strategy', 'finance', 'procurement'),
  t('Empty Homes', 'housing', 'empty homes'),
  t('Youth Services', 'children', 'youth'),
  t('Adoption Service', 'children', 'adoption'),
  t('Community Cohesion', 'community', 'cohesion'),
  t('Tree Planting and Urban Forestry', 'environment', 'trees'),
  t('Street Lighting', 'highways', 'lighting'),
  t('Business Rates Retention', 'finance', 'business rates'),
  t('Dementia Strategy', 'adults', 'dementia'),
  t('Child Poverty Strategy', 'community', 'poverty'),
  t('Flood Risk Management', 'environment', 'flood'),
  t('Houses in Multiple Occupation', 'housing', 'HMO'),
  t('Gambling Act Policy', 'licensing', 'gambling'),
  t('Sex Establishment Licensing', 'licensing', 'sex establishment'),
  t('Allotments Strategy', 'environment', 'allotments'),
  t('Cemeteries and Bereavement Services', 'environment', 'bereavement'),
  t('Public Conveniences', 'environment', 'conveniences'),
  t('Ward Forums', 'community', 'ward forums'),
  t('Electoral Registration', 'governance', 'electoral'),
  t('Twinning and International Relations', 'culture', 'twinning'),
  t('Markets Service', 'economy', 'markets'),
];

/** Subjects that come up once or twice a decade: the long tail of search. */
export const RARE_TOPICS: TopicSpec[] = [
  t('Japanese Knotweed Control', 'environment', 'knotweed'),
  t('Pigeon Control in the City Centre', 'environment', 'pigeons'),
  t("Coroner's Service", 'governance', 'coroner'),
  t('Street Naming and Numbering', 'planning', 'street naming'),
  t('Dog Control Public Spaces Protection Order', 'community', 'dog control'),
  t('Pavement Café Licences', 'licensing', 'pavement café'),
  t('Scrap Metal Dealers', 'licensing', 'scrap metal'),
  t('Canal Basin Moorings', 'economy', 'moorings'),
  t('Blue Badge Enforcement', 'highways', 'blue badge'),
  t('School Crossing Patrols', 'highways', 'crossing patrols'),
  t('Pupil Referral Units', 'education', 'pupil referral'),
  t('Gypsy and Traveller Sites', 'housing', 'traveller sites'),
  t('Holiday Activities and Food Programme', 'children', 'holiday activities'),
  t('Unaccompanied Asylum Seeking Children', 'children', 'unaccompanied'),
  t('Modern Slavery Statement', 'governance', 'modern slavery'),
  t('Armed Forces Covenant', 'community', 'armed forces'),
  t('Rough Sleeping Initiative', 'housing', 'rough sleeping'),
  t('Food Hygiene Ratings', 'licensing', 'food hygiene'),
  t('Tenancy Sustainment', 'housing', 'tenancy'),
  t('Hackney Carriage Fares', 'licensing', 'hackney carriage'),
  t('Velodrome Feasibility Study', 'culture', 'velodrome'),
  t('Wildflower Verges Pilot', 'environment', 'wildflower'),
  t('Sign Language Interpretation Contract', 'governance', 'sign language'),
  t('Municipal Bonds Review', 'finance', 'municipal bonds'),
  t('Bee-friendly Roundabouts', 'environment', 'pollinators'),
  t('Chewing Gum Removal', 'environment', 'chewing gum'),
  t('Ice Rink Feasibility', 'culture', 'ice rink'),
  t('Public Clock Restoration', 'culture', 'clock tower'),
  t('Swift Nest Bricks in New Homes', 'planning', 'swift bricks'),
  t('Drones over Council Land', 'governance', 'drones'),
  t('Lido Reopening Petition', 'culture', 'lido'),
  t('Verge Parking Ban', 'highways', 'verge parking'),
  t('Ukrainian Guests Hosting Scheme', 'community', 'hosting scheme'),
  t('Loneliness in Older People', 'adults', 'loneliness'),
  t('Period Dignity in Schools', 'education', 'period dignity'),
  t('Hedgehog Highways', 'environment', 'hedgehog'),
  t('Balloon and Sky Lantern Releases', 'environment', 'sky lanterns'),
  t('Graffiti Removal', 'environment', 'graffiti'),
  t('Shisha Lounges', 'licensing', 'shisha'),
  t('Pedicab Licensing', 'licensing', 'pedicab'),
  t('Street Piano Scheme', 'culture', 'street piano'),
  t('Defibrillators in Public Places', 'health', 'defibrillators'),
  t('Water Fountains in Parks', 'environment', 'water fountains'),
  t('Kerbside Textile Collections', 'environment', 'textiles'),
];

export const SURNAMES = [
  'Abbott', 'Akhtar', 'Ali', 'Bailey', 'Bains', 'Barnett', 'Bates', 'Bigham', 'Birdi', 'Blundell', 'Brown',
  'Caan', 'Chater', 'Clifford', 'Crookes', 'Dhillon', 'Duggins', 'Evans', 'Gannon', 'Gittins', 'Gregg',
  'Hammon', 'Hanson', 'Hetherton', 'Holmes', 'Innes', 'Jandu', 'Jones', 'Kaur', 'Kelly', 'Kershaw',
  'Keough', 'Khan', 'Lakha', 'Lapsa', 'Lepoidevin', 'Lloyd', 'Lucas', 'Male', 'Masih', 'Maton',
  'McNicholas', 'Miks', 'Mulhall', 'Mutton', 'Nazir', "O'Boyle", 'Patton', 'Ridley', 'Ruane', 'Sandhu',
  'Seaman', 'Singh', 'Skinner', 'Smith', 'Sweet', 'Taylor', 'Thay', 'Thomas', 'Tucker', 'Walsh',
  'Welsh', 'Williams', 'Ashworth', 'Bennett', 'Carver', 'Dawson', 'Ellison', 'Fairbrother', 'Goodwin',
  'Harper', 'Iqbal', 'Jenkins', 'Kowalski', 'Lindqvist', 'Moreno', 'Nwosu', 'Okafor', 'Pritchard',
  'Quigley', 'Rahman', 'Sutherland', 'Trevelyan', 'Underwood', 'Varma', 'Whitfield', 'Yardley',
  'Zielinski', 'Bhambra', 'Clayton', 'Heeley', 'Macdonald', 'Whitrick', 'Sugars', 'King', 'Rose',
  'Nelson', 'Peplow', 'Pardy', 'Quinton', 'Reading', 'Watson', 'Knight', 'Vohra', 'Jackson', 'Osei',
];

export const INITIALS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'CE', 'JO', 'AS'];

export const COUNCILS = [
  { name: 'Kingsbridge City Council', city: 'Kingsbridge' },
  { name: 'Ashworth Metropolitan Borough Council', city: 'Ashworth' },
  { name: 'Westmere Borough Council', city: 'Westmere' },
  { name: 'Northfield City Council', city: 'Northfield' },
  { name: 'Redcastle Council', city: 'Redcastle' },
];

export const PLACES = [
  'Committee Room 1 - Council House',
  'Committee Room 2 - Council House',
  'Committee Room 3 - Council House',
  'Diamond Rooms 1 and 2 - Council House',
  'Council Chamber - Council House',
  'Room 2.03 - Civic Centre',
  'The Guildhall',
  'Online Meeting',
];

export const MEETING_TIMES = ['10:00', '10:30', '11:00', '13:30', '14:00', '14:30', '15:00', '17:00', '18:00'];

/** Clause openers for resolutions that are not requests. */
export const NOTING_CLAUSES = [
  'Notes the briefing note.',
  'Notes the report and the progress made to date.',
  'Notes the content of the report and the actions being taken.',
  'Thanks officers for the information provided.',
  'Endorses the approach set out in the report.',
  'Supports the proposals in the report.',
];

export const CLOSING_FORMS = ['(Meeting closed at %s)', '(The meeting closed at %s)', 'Meeting closed at %s'];

/** More surnames: councils of fifty or more members over ten years meet many people. */
export const MORE_SURNAMES = [
  'Adeyemi', 'Allsopp', 'Armitage', 'Atwal', 'Bancroft', 'Barlow', 'Beddoes', 'Bellamy', 'Bhatti', 'Blackwell',
  'Bowater', 'Bradshaw', 'Brierley', 'Broadhurst', 'Bullock', 'Cartwright', 'Chadha', 'Chamberlain', 'Chaudhry', 'Cheema',
  'Cholmondeley', 'Coates', 'Colclough', 'Cottrell', 'Cropper', 'Dalby', 'Darby', 'Devlin', 'Dobbs', 'Doherty',
  'Dudley', 'Eccleston', 'Edgington', 'Eyre', 'Farrow', 'Fenwick', 'Finnegan', 'Fleetwood', 'Foulkes', 'Froggatt',
  'Gadsby', 'Gill', 'Gough', 'Greaves', 'Grewal', 'Hadley', 'Halliwell', 'Hancox', 'Hardcastle', 'Hayer',
  'Heathcote', 'Hickman', 'Hodgkinson', 'Horrocks', 'Hussain', 'Ibbotson', 'Ingram', 'Jarvis', 'Johal', 'Kang',
  'Kavanagh', 'Kenward', 'Kinsella', 'Lally', 'Lambourne', 'Latham', 'Leaver', 'Lidder', 'Lomax', 'Lovatt',
  'Mahmood', 'Mander', 'Marlow', 'Mattu', 'Mellor', 'Merriman', 'Mistry', 'Mortimer', 'Muldoon', 'Nandra',
  'Nuttall', 'Oakley', "O'Hare", 'Ormerod', 'Pannu', 'Parkes', 'Pemberton', 'Plant', 'Poole', 'Purewal',
  'Radcliffe', 'Rai', 'Rathbone', 'Rowley', 'Sahota', 'Sargent', 'Shackleton', 'Sidhu', 'Slater', 'Stanton',
  'Swindells', 'Tandy', 'Thandi', 'Thorley', 'Tomlinson', 'Turton', 'Uppal', 'Vaughan', 'Wainwright', 'Warburton',
  'Whitehouse', 'Wilde', 'Winstanley', 'Woodcock', 'Worrall', 'Yeomans', 'Zaman', 'Ahmed', 'Begum', 'Chauhan',
  'Dosanjh', 'Fitzgerald', 'Ganguly', 'Hegarty', 'Jaffer', 'Kilbride', 'Lyttle', 'MacAulay', 'Ndlovu', 'Opoku',
];

export const MORE_INITIALS = ['AJ', 'DM', 'GR', 'JM', 'KS', 'MA', 'PJ', 'RL', 'SK', 'TW', 'W', 'Y', 'Z', 'I', 'O', 'U'];

// Ward and street names are built from parts, as English place names are.
const PLACE_STARTS = [
  'Ash', 'Bab', 'Bin', 'Brad', 'Can', 'Chel', 'Coun', 'Cross', 'Earl', 'Fole', 'Hen', 'Hol', 'Kings', 'Long', 'Lower',
  'Mill', 'Rad', 'Red', 'Sher', 'Stoke', 'Tile', 'Up', 'Wain', 'West', 'Whit', 'Wood', 'Aller', 'Bel', 'Brook', 'Dun',
];
const PLACE_ENDS = ['field', 'ford', 'ley', 'ton', 'bury', 'wood', 'hill', 'more', 'den', 'grove', 'wick', 'croft', 'worth', 'stead', 'gate'];
const STREET_KINDS = ['Road', 'Lane', 'Street', 'Avenue', 'Close', 'Drive', 'Way', 'Crescent', 'Grove', 'Place'];

/** A place name such as "Ashcroft" or "Wainford"; n picks one of 450. */
export function placeName(n: number): string {
  return `${PLACE_STARTS[n % PLACE_STARTS.length]}${PLACE_ENDS[Math.floor(n / PLACE_STARTS.length) % PLACE_ENDS.length]}`;
}

export function streetName(n: number): string {
  return `${placeName(n)} ${STREET_KINDS[Math.floor(n / 450) % STREET_KINDS.length]}`;
}

/** What planning applications ask for. */
export const PLANNING_PROPOSALS = [
  'Erection of a two-storey rear extension',
  'Change of use from offices to residential flats',
  'Demolition of existing garage and erection of a dwelling',
  'Erection of student accommodation',
  'Outline application for residential development',
  'Change of use to a house in multiple occupation',
  'Installation of a telecommunications mast',
  'Erection of a single-storey side extension',
  'Conversion of a public house to a convenience store',
  'Construction of a car park with electric vehicle charging',
  'Variation of condition on opening hours',
  'Erection of a care home with associated parking',
  'Reserved matters application for 120 dwellings',
  'Installation of solar panels on a listed building',
];

export const PLANNING_PREFIXES = ['FUL', 'OUT', 'HH', 'LB', 'RM', 'COU', 'TP'];

const PREMISES_FIRST = ['Red', 'Golden', 'Royal', 'Old', 'White', 'Black', 'Kings', 'Queens', 'Green', 'Rising', 'Silver', 'Blue'];
const PREMISES_SECOND = ['Lion', 'Dragon', 'Oak', 'Swan', 'Horse', 'Bell', 'Star', 'Anchor', 'Crown', 'Plough', 'Harp', 'Fox'];
const PREMISES_KINDS = ['', ' Takeaway', ' Convenience Store', ' Bar and Grill', ' Social Club', ' Café', ' Off Licence', ' Restaurant'];

export function premisesName(n: number): string {
  const first = PREMISES_FIRST[n % PREMISES_FIRST.length]!;
  const second = PREMISES_SECOND[Math.floor(n / PREMISES_FIRST.length) % PREMISES_SECOND.length]!;
  const kind = PREMISES_KINDS[Math.floor(n / 144) % PREMISES_KINDS.length]!;
  return kind === '' ? `The ${first} ${second}` : `${first} ${second}${kind}`;
}

export const LICENCE_KINDS = [
  'Application for a Premises Licence',
  'Application to Vary a Premises Licence',
  'Review of a Premises Licence',
  'Application for a Club Premises Certificate',
  'Application for a Sexual Entertainment Venue Licence',
  'Application for a Temporary Event Notice',
];

/** How items on a recurring topic are titled from one meeting to the next. */
export const TITLE_SUFFIXES = [
  'Update', 'Annual Report', 'Progress Report', 'Review', '- Briefing', 'Action Plan', 'Task and Finish Group Findings',
  'Consultation Outcome', 'Peer Review Findings', 'Inspection Outcome', 'Recommendations Tracker', 'Draft Strategy',
  'Performance Report', 'Options Appraisal', 'Mid-Year Report', 'Scrutiny Review',
];
