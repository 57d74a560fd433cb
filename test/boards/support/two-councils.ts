// Two invented councils on two fake ModernGov services, and a configuration file serving three of
// their boards in one workspace. Both councils have an "Audit Committee" that met on the same day,
// with a councillor of the same name: nothing of one may reach the other.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../src/clock.ts';
import { loadConfig, type Config } from '../../../src/config.ts';
import { openWorkspace, type Workspace } from '../../../src/boards/workspace.ts';
import { syncOnce } from '../../../src/sync/sync-once.ts';
import { startFakeModernGov, type FakeModernGov } from '../../sync/fake-moderngov.ts';
import { councilRoutes, type InventedCommittee } from './council-routes.ts';
import { ADMIN } from '../../slack/support/signed-slack.ts';

export const NOW = '2026-02-20T10:00:00Z';
export const SB2 = "Education and Children's Services Scrutiny Board (2)";
export const SB2_CHANNEL = 'CSB2BOARD';
export const RIVER_CHANNEL = 'CRIVERAUDIT';
export const NORTH_AUDIT_CHANNEL = 'CNORTHAUDIT';

export const PUPILS_REQUEST = 'The Board requested a breakdown of the pupils waiting for a transport assessment by district.';
export const NORTH_AUDIT_REQUEST = 'The Committee requested a note of the progress figures of the internal audit plan.';
export const RIVER_REQUEST = 'The Committee requested a breakdown of the insurance claims reserve by service.';

const minutes = (paragraphs: string[]) => paragraphs.map((p) => `<p>${p}</p>`).join('');

export function northshire(): InventedCommittee[] {
  return [
    {
      id: '569',
      title: SB2,
      meetings: [
        {
          id: '5101',
          date: '2026-01-15',
          items: [
            { number: '1', title: 'Apologies', minutes: minutes(['There were no apologies.']) },
            {
              number: '2',
              title: 'Home to School Transport',
              minutes: minutes(['The Board considered a briefing note on home to school transport.', PUPILS_REQUEST, 'RESOLVED that the briefing note be noted.']),
            },
          ],
          attendees: [{ name: 'Councillor P Okafor', role: 'Chair', attendance: 'Present' }],
        },
        { id: '5102', date: '2026-03-12', time: '10.00 am', items: [{ number: '1', title: 'School Place Planning' }] },
      ],
    },
    {
      id: '412',
      title: 'Audit Committee',
      meetings: [
        {
          id: '4101',
          date: '2026-02-02',
          items: [
            {
              number: '5',
              title: 'Internal Audit Progress',
              minutes: minutes(['The Committee received the internal audit progress report.', NORTH_AUDIT_REQUEST, 'RESOLVED that the report be noted.']),
            },
          ],
          attendees: [
            { name: 'Councillor J Smith', role: 'Member', attendance: 'Present' },
            { name: 'Councillor L Varga', role: 'Chair', attendance: 'Present' },
          ],
        },
        { id: '4102', date: '2026-03-23', items: [{ number: '1', title: 'External Audit Plan' }] },
      ],
    },
  ];
}

export function riverton(): InventedCommittee[] {
  return [
    {
      id: '77',
      title: 'Audit Committee',
      meetings: [
        {
          id: '7701',
          date: '2026-02-02',
          items: [
            {
              number: '3',
              title: 'Insurance Fund Review',
              minutes: minutes(['The Committee considered the annual review of the insurance fund.', RIVER_REQUEST, 'RESOLVED that the review be noted.']),
            },
          ],
          attendees: [
            { name: 'Councillor J Smith', role: 'Member', attendance: 'Apologies' },
            { name: 'Councillor R Haddad', role: 'Chair', attendance: 'Present' },
          ],
        },
        { id: '7702', date: '2026-03-05', time: '6.30 pm', items: [{ number: '1', title: 'Treasury Management Strategy' }] },
      ],
    },
  ];
}

export interface TwoCouncils {
  dir: string;
  clock: ManualClock;
  north: FakeModernGov;
  river: FakeModernGov;
  configFile: string;
  /** The environment that configures the deployment (no Slack settings). */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** The configuration file of the deployment: two councils, three boards, one channel tied in the file. */
export function configYaml(north: FakeModernGov, river: FakeModernGov): string {
  return `# Two councils served from one workspace.
councils:
  - id: north
    name: Northshire County Council
    moderngov:
      url: ${north.url}
      committees: [569]
  - id: river
    name: Riverton Borough Council
    moderngov:
      url: ${river.url}
boards:
  - id: sb2
    council: north
    committee: 569
    names: [SB2]
    channels: [${SB2_CHANNEL}]
  - id: north-audit
    council: north
    committee: 412
  - id: river-audit
    council: river
    committee: 77
    names: [Riverton audit]
`;
}

export async function twoCouncils(): Promise<TwoCouncils> {
  const dir = await mkdtemp(join(tmpdir(), 'scrutiny-boards-'));
  const north = await startFakeModernGov(councilRoutes(northshire()));
  const river = await startFakeModernGov(councilRoutes(riverton()));
  const configFile = join(dir, 'scrutiny.yaml');
  await writeFile(configFile, configYaml(north, river));
  return {
    dir,
    clock: new ManualClock(NOW),
    north,
    river,
    configFile,
    // The environment seeds the first co-ordinator; Slack manages them from then on.
    env: { SCRUTINY_CONFIG: configFile, SCRUTINY_DB: join(dir, 'data', 'scrutiny.json'), SCRUTINY_ADMINS: ADMIN },
    async close() {
      await north.close();
      await river.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The deployment opened as the bot opens it, and each council synced once from its service. */
export async function openSynced(councils: TwoCouncils, config: Config = loadConfig(councils.env)): Promise<Workspace> {
  const workspace = await openWorkspace({ deployment: config.deployment, dbPath: config.dbPath, clock: councils.clock, claim: false, snapshots: false });
  for (const council of workspace.councils) {
    await syncOnce({ moderngov: council.settings.moderngov!, store: council.store, clock: councils.clock });
    council.engine.refresh();
  }
  return workspace;
}
