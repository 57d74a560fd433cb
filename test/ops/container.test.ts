// The container kit, checked without a container runtime (none can run here): the Dockerfile runs what
// `npm start` runs, as a non-root user, with the store on its volume and a health check on /healthz;
// compose.yaml's two services come up in the modes they are named for; .env.example is a valid start.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { START_SPEC } from '../../src/cli/start.ts';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config.ts';
import { ROOT } from './support/child.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The Dockerfile's instructions: continuation lines joined, comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(' ') };
    });
}

const dockerfile = instructions(read('Dockerfile'));
const all = (op: string) => dockerfile.filter((i) => i.op === op).map((i) => i.args);
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

/**
 * What `npm start` runs, split into what the image does once when it is built (`prestart` and the
 * steps before the last `&&`, such as a build) and the node command the container runs, directly
 * (tsx's loader in-process).
 */
function startInImage(scripts: Record<string, string>): { buildSteps: string[]; command: string[] } {
  const steps = [scripts.prestart, scripts.start!].filter((s): s is string => s !== undefined).flatMap((s) => s.split('&&')).map((step) => step.trim());
  const [program, ...args] = steps.at(-1)!.split(/\s+/);
  const command = program === 'tsx' ? ['node', '--import', 'tsx', ...args] : program === 'node' ? ['node', ...args] : null;
  if (!command) throw new Error(`npm start runs ${program}: teach this test (and the Dockerfile) how to run it without npm`);
  return { buildSteps: steps.slice(0, -1), command };
}

describe('Dockerfile', () => {
  it('starts from an LTS Node image (an even major of 22 or later)', () => {
    const [from] = all('FROM').slice(-1);
    const major = Number(/^node:(\d+)[-.]/.exec(from ?? '')?.[1]);
    expect(major % 2).toBe(0);
    expect(major).toBeGreaterThanOrEqual(22);
  });

  it('runs what npm start runs, without npm in between, from files the image holds', () => {
    const cmd = JSON.parse(all('CMD').at(-1)!) as string[];
    const start = startInImage(scripts);
    expect(cmd).toEqual(start.command);
    // What npm start does before starting (a build) is done once, when the image is built.
    for (const step of start.buildSteps) {
      const asScripts = Object.entries(scripts).flatMap(([name, script]) => (script.trim() === step ? [`npm run ${name}`] : []));
      expect(all('RUN').some((run) => [step, ...asScripts].some((form) => run.includes(form)))).toBe(true);
    }
    const copied = all('COPY').flatMap((args) => args.split(/\s+/).slice(0, -1));
    const built = start.buildSteps.length > 0 || scripts.build !== undefined;
    for (const file of cmd.filter((arg) => /\.(ts|js|mjs)$/.test(arg))) {
      // A file the build makes (dist/) need not exist in the repository.
      if (built && file.startsWith('dist/')) continue;
      expect(existsSync(join(ROOT, file))).toBe(true);
      expect(copied.some((source) => file === source || file.startsWith(`${source.replace(/\/$/, '')}/`))).toBe(true);
    }
    for (const source of copied) expect(existsSync(join(ROOT, source))).toBe(true);
  });

  it("installs with npm ci and runs the project's build step when it has one, after the sources are in", () => {
    const runs = dockerfile.map((i, at) => ({ ...i, at }));
    const install = runs.find((i) => i.op === 'RUN' && /\bnpm ci\b/.test(i.args));
    expect(install).toBeDefined();
    if (!scripts.build) return;
    const build = runs.find((i) => i.op === 'RUN' && /\bnpm run build\b/.test(i.args));
    expect(build).toBeDefined();
    const sourcesAt = runs.find((i) => i.op === 'COPY' && /^src\b/.test(i.args))!.at;
    expect(build!.at).toBeGreaterThan(sourcesAt);
    // npm ci runs `prepare` (the build) itself; before the sources are copied it must not.
    if (scripts.prepare && install!.at < sourcesAt) expect(install!.args).toContain('--ignore-scripts');
  });

  it('runs as the unprivileged node user, with the store on the volume it owns', () => {
    expect(all('USER').at(-1)).toBe('node');
    const volume = (JSON.parse(all('VOLUME')[0]!) as string[])[0]!;
    const db = /SCRUTINY_DB=(\S+)/.exec(all('ENV').join(' '))?.[1];
    expect(db?.startsWith(`${volume}/`)).toBe(true);
    expect(all('RUN').some((run) => run.includes(`chown node:node ${volume}`))).toBe(true);
  });

  it('checks /healthz on the port the bot serves it on, with node (the slim image has no curl)', () => {
    const check = all('HEALTHCHECK').join(' ');
    expect(check).toContain('CMD ["node", "-e"');
    expect(check).toContain('/healthz');
    expect(check).toContain('process.env.HEALTH_PORT || process.env.PORT || 3000');
  });

  it('keeps secrets and local state out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.env', 'node_modules', 'data/*.json']) expect(ignored).toContain(entry);
  });
});

describe('compose.yaml', () => {
  const compose = parseYaml(read('compose.yaml')) as {
    services: Record<string, { profiles: string[]; env_file: string; environment: Record<string, string>; volumes: string[]; ports?: string[] }>;
    volumes: Record<string, unknown>;
  };
  // A .env holding every Slack setting: each service must still come up in its own mode.
  const dotEnv = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 'secret' };

  it('has a Socket Mode and an HTTP service, each in its own mode whatever .env holds', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['http', 'socket']);
    for (const [name, mode] of [['socket', 'socket'], ['http', 'http']] as const) {
      const service = compose.services[name]!;
      expect(service.profiles).toEqual([name]);
      expect(service.env_file).toBe('.env');
      expect(loadConfig({ ...dotEnv, ...service.environment }).mode).toBe(mode);
    }
  });

  it('keeps the store on a named volume at the image’s volume, and publishes the HTTP port', () => {
    const volume = (JSON.parse(all('VOLUME')[0]!) as string[])[0]!;
    for (const service of Object.values(compose.services)) expect(service.volumes).toEqual([`scrutiny-data:${volume}`]);
    expect(Object.keys(compose.volumes)).toEqual(['scrutiny-data']);
    const http = loadConfig({ ...dotEnv, ...compose.services.http!.environment });
    expect(compose.services.http!.ports).toEqual([`${http.port}:${http.port}`]);
    expect(loadConfig({ ...dotEnv, ...compose.services.socket!.environment }).healthPort).toBe(3000);
  });
});

describe('.env.example', () => {
  it('is a valid configuration as it stands (the local console), naming only variables the bot reads', () => {
    const text = read('.env.example');
    expect(loadConfig(parseEnv(text) as Record<string, string>).mode).toBe('console');
    const named = [...text.matchAll(/^#?\s*([A-Z][A-Z_]+)=/gm)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(10);
    for (const name of named) expect(CONFIG_VARIABLES).toContain(name);
  });

  it("names the same variables as npm start's help, which names only real ones", () => {
    const inHelp = [...START_SPEC.usage.matchAll(/^ {2}([A-Z][A-Z_]+)\s/gm)].map((m) => m[1]!);
    for (const name of inHelp) expect([...CONFIG_VARIABLES, 'SCRUTINY_ENV_FILE']).toContain(name);
    for (const name of [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z_]+)=/gm)].map((m) => m[1]!)) expect(inHelp).toContain(name);
  });
});
