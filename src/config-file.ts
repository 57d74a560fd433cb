// The deployment: which councils the bot reads (each with its own record) and which boards the
// workspace serves. Either one configuration file (SCRUTINY_CONFIG, YAML or JSON), or, for the
// one-board case, the environment (MODERNGOV_URL and MODERNGOV_COMMITTEES), or nothing (the demo).
//
//   councils:
//     - id: coventry                        # a short name: letters, digits and hyphens
//       name: Coventry City Council
//       moderngov:
//         url: https://edemocracy.coventry.gov.uk
//         committees: [569, 412]            # ModernGov committee ids to follow
//   boards:
//     - id: sb2
//       council: coventry                   # may be left out when there is one council
//       committee: 569                      # its ModernGov id, or its name as the council prints it
//       names: [SB2, education scrutiny]    # how members name it in questions and `/scrutiny board`
//       channels: [C0123ABCD]               # channels tied to it from the start
//   coordinators: [U0123ABCD]               # seeds the co-ordinators while Slack has none
//
// Each council's record lives in its own store (data/councils/<id>.json beside SCRUTINY_DB, or its
// `store`), so two councils' "Audit Committee" never meet; the workspace's own settings (channels'
// boards, co-ordinators, reminders) live in SCRUTINY_DB.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';

/** The YAML reader, loaded only for a file in YAML: most starts read none, and loading it takes longer than reading the rest of the configuration. */
function parseYaml(text: string): unknown {
  const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parse(text);
}

export interface ModernGovSettings {
  url: string;
  /** Committee ids to follow: the council's list and its boards' committees. */
  committees: string[];
  intervalMinutes: number;
  /** Fetch each meeting's public papers (reports, work programmes) into the record. */
  papers: boolean;
}

export interface CouncilSettings {
  id: string;
  name: string;
  moderngov: ModernGovSettings | null;
  /** The council's store (its catalogue file; see store/store-files.ts). */
  storePath: string;
}

export interface BoardSettings {
  id: string;
  council: string;
  /** The committee by its ModernGov id, when given so. */
  committeeId: string | null;
  /** The committee by name, when given so (matched as the record spells it, case and punctuation aside). */
  committeeName: string | null;
  /** How members name the board, besides its committee's name. */
  names: string[];
  channels: string[];
}

export interface Deployment {
  /** Where it came from: a configuration file, the environment's ModernGov settings, or nothing. */
  source: 'file' | 'environment' | 'none';
  /** The configuration file, when there is one. */
  file: string | null;
  councils: CouncilSettings[];
  /** The first is the workspace's default board (channels not tied to another, the Home tab, the console). */
  boards: BoardSettings[];
  /** Co-ordinators the file or SCRUTINY_ADMINS name: they seed the list while Slack has none. */
  coordinators: string[];
}

export const DEFAULT_INTERVAL_MINUTES = 60;

/** The council and board of a deployment configured by the environment (or not at all). */
export const SOLE_COUNCIL_ID = 'council';
export const SOLE_BOARD_ID = 'board';

const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short name of lower-case letters, digits and hyphens, such as "coventry" or "audit-committee"');
const CommitteeId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).transform(String);
const SlackId = z.string().regex(/^[A-Z0-9]{2,}$/, 'must be a Slack id such as C0123ABCD or U0123ABCD');

const HttpUrl = z.string().refine(
  (v) => {
    try {
      return /^https?:$/.test(new URL(v).protocol);
    } catch {
      return false;
    }
  },
  { message: "must be the address of the council's ModernGov site, such as https://edemocracy.coventry.gov.uk" },
);

const CouncilFile = z
  .object({
    id: Slug,
    name: z.string().trim().min(1, 'must name the council, such as "Coventry City Council"'),
    moderngov: z
      .object({
        url: HttpUrl,
        committees: z.array(CommitteeId).default([]),
        intervalMinutes: z.number().int().min(1, 'must be from 1 to 1440 minutes').max(24 * 60, 'must be from 1 to 1440 minutes').optional(),
        papers: z.boolean().default(true),
      })
      .strict()
      .optional(),
    store: z.string().trim().min(1).optional(),
  })
  .strict();

const BoardFile = z
  .object({
    id: Slug,
    council: Slug.optional(),
    committee: z.union([CommitteeId, z.string().trim().min(1)]),
    names: z.array(z.string().trim().min(1)).default([]),
    channels: z.array(SlackId).default([]),
  })
  .strict();

const DeploymentFile = z
  .object({
    councils: z.array(CouncilFile).min(1, 'must list at least one council'),
    boards: z.array(BoardFile).min(1, 'must list at least one board'),
    coordinators: z.array(SlackId).default([]),
  })
  .strict();

export class DeploymentFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'DeploymentFileError';
  }
}

/** "boards[1].council", "councils[0].moderngov.url": where in the file a problem is. */
function settingPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of parts) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'the file';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has ${issue.keys.map((k) => `"${k}"`).join(', ')}, which ${issue.keys.length === 1 ? 'is' : 'are'} not a setting`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  if (issue.code === 'invalid_union') return 'must be a ModernGov committee id (digits) or the committee\'s name';
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of settings' : `a ${issue.expected}`}`;
  return /^(must|is|has)\b/.test(issue.message) ? issue.message : `is not valid (${issue.message})`;
}

/** The deployment a configuration file describes; throws DeploymentFileError, one sentence per problem. */
export function readDeploymentFile(
  file: string,
  defaults: { dbPath: string; intervalMinutes: number; coordinators: string[] },
): Deployment {
  const named = `SCRUTINY_CONFIG file ${file}`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new DeploymentFileError([
      code === 'ENOENT'
        ? `SCRUTINY_CONFIG names ${file}, which does not exist; give the path of the YAML or JSON file that lists the councils and boards.`
        : `SCRUTINY_CONFIG names ${file}, which cannot be read (${code ?? 'unknown error'}).`,
    ]);
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const first = error instanceof Error ? error.message.split('\n')[0]!.trimEnd() : String(error);
    // Without its closing stop or colon: the sentence supplies its own.
    const detail = first.endsWith('.') || first.endsWith(':') ? first.slice(0, -1) : first;
    throw new DeploymentFileError([`${named} cannot be read as ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${detail}.`]);
  }
  const parsed = DeploymentFile.safeParse(data ?? {});
  if (!parsed.success) {
    throw new DeploymentFileError([...new Set(parsed.error.issues.map((issue) => `${named}: ${settingPath(issue.path)} ${describeIssue(issue)}.`))]);
  }
  const spec = parsed.data;
  const problems: string[] = [];
  const problem = (setting: string, text: string) => problems.push(`${named}: ${setting} ${text}.`);

  const councilIds = spec.councils.map((c) => c.id);
  spec.councils.forEach((c, i) => {
    if (councilIds.indexOf(c.id) !== i) problem(`councils[${i}].id`, `repeats "${c.id}"; each council needs its own id`);
  });
  const folder = path.dirname(path.resolve(defaults.dbPath));
  const councils: CouncilSettings[] = spec.councils.map((c) => ({
    id: c.id,
    name: c.name,
    moderngov: c.moderngov
      ? { url: c.moderngov.url, committees: [...c.moderngov.committees], intervalMinutes: c.moderngov.intervalMinutes ?? defaults.intervalMinutes, papers: c.moderngov.papers }
      : null,
    storePath: c.store ? path.resolve(path.dirname(file), c.store) : path.join(folder, 'councils', `${c.id}.json`),
  }));
  const stores = councils.map((c) => c.storePath);
  councils.forEach((c, i) => {
    if (stores.indexOf(c.storePath) !== i) problem(`councils[${i}].store`, `is also the store of council "${councils[stores.indexOf(c.storePath)]!.id}"; each council's record needs its own store`);
  });

  const boardIds = spec.boards.map((b) => b.id);
  const tied = new Map<string, string>();
  const boards: BoardSettings[] = spec.boards.map((b, i) => {
    if (boardIds.indexOf(b.id) !== i) problem(`boards[${i}].id`, `repeats "${b.id}"; each board needs its own id`);
    let council = b.council;
    if (council === undefined) {
      if (councils.length === 1) council = councils[0]!.id;
      else problem(`boards[${i}].council`, `is missing; with several councils each board names its own (one of ${councilIds.join(', ')})`);
    } else if (!councilIds.includes(council)) {
      problem(`boards[${i}].council`, `is "${council}", which is not one of the councils listed (${councilIds.join(', ')})`);
    }
    const isId = /^\d+$/.test(b.committee);
    const home = councils.find((c) => c.id === council);
    if (isId && home && !home.moderngov) {
      problem(`boards[${i}].committee`, `is a ModernGov committee id, but council "${home.id}" has no moderngov settings; give the committee's name instead`);
    }
    if (isId && home?.moderngov && !home.moderngov.committees.includes(b.committee)) home.moderngov.committees.push(b.committee);
    for (const channel of b.channels) {
      const other = tied.get(channel);
      if (other && other !== b.id) problem(`boards[${i}].channels`, `ties ${channel} to "${b.id}", but it is already tied to "${other}"; a channel has one board`);
      tied.set(channel, b.id);
    }
    return {
      id: b.id,
      council: council ?? '',
      committeeId: isId ? b.committee : null,
      committeeName: isId ? null : b.committee,
      names: b.names,
      channels: b.channels,
    };
  });
  councils.forEach((c, i) => {
    if (c.moderngov && c.moderngov.committees.length === 0) {
      problem(`councils[${i}].moderngov.committees`, 'is empty and no board names one of its ModernGov committees; list the committee ids to follow, such as [569, 412]');
    }
  });
  if (problems.length > 0) throw new DeploymentFileError(problems);
  return {
    source: 'file',
    file,
    councils,
    boards,
    coordinators: [...new Set([...spec.coordinators, ...defaults.coordinators])],
  };
}

/** The one-council deployment of the environment: MODERNGOV_URL's committees (one board each), or the demo's one board. */
export function environmentDeployment(settings: {
  dbPath: string;
  moderngov: { url: string; committees: string[]; intervalMinutes: number } | null;
  coordinators: string[];
}): Deployment {
  const committees = settings.moderngov?.committees ?? [];
  return {
    source: settings.moderngov ? 'environment' : 'none',
    file: null,
    councils: [
      {
        id: SOLE_COUNCIL_ID,
        name: 'The council',
        moderngov: settings.moderngov ? { ...settings.moderngov, papers: true } : null,
        storePath: path.resolve(settings.dbPath),
      },
    ],
    boards:
      committees.length > 0
        ? committees.map((id, i) => ({
            id: i === 0 ? SOLE_BOARD_ID : `committee-${id}`,
            council: SOLE_COUNCIL_ID,
            committeeId: id,
            committeeName: null,
            names: [],
            channels: [],
          }))
        : [{ id: SOLE_BOARD_ID, council: SOLE_COUNCIL_ID, committeeId: null, committeeName: null, names: [], channels: [] }],
    coordinators: settings.coordinators,
  };
}
