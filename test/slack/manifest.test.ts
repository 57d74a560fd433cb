// manifest.yml is a valid Slack app manifest (Slack's own JSON schema, MIT, copied into
// test/fixtures/slack-manifest-schema) and declares what the app's listeners need, and no more.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const schemaDir = new URL('test/fixtures/slack-manifest-schema/', root);
const sharedSchemaDir = new URL('../shared/slack-manifest-schema/', root);
const SCHEMA_FILES = ['manifest.schema.json', 'manifest.schema.1.0.0.json', 'manifest.schema.2.0.0.json'];
// The top-level schema refers to the versioned ones by these addresses.
const REF_BASE = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/';

const readJson = (dir: URL, name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;
const manifest = parse(readFileSync(new URL('manifest.yml', root), 'utf8')) as Record<string, any>;

function validator() {
  // The schema uses a non-standard `regex` keyword; strict mode would refuse to compile it.
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addSchema(readJson(schemaDir, 'manifest.schema.1.0.0.json'), `${REF_BASE}manifest.schema.1.0.0.json`);
  ajv.addSchema(readJson(schemaDir, 'manifest.schema.2.0.0.json'), `${REF_BASE}manifest.schema.2.0.0.json`);
  return ajv.compile(readJson(schemaDir, 'manifest.schema.json'));
}

describe('manifest.yml', () => {
  it("is valid against Slack's manifest schema", () => {
    const validate = validator();
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is caught by the schema when broken', () => {
    const validate = validator();
    expect(validate({ ...manifest, display_information: {} })).toBe(false);
    expect(validate({ ...manifest, features: { ...manifest.features, slash_commands: [{ command: 'scrutiny', description: 'x' }] } })).toBe(false);
  });

  it('declares the command, the Home tab, the events, interactivity and Socket Mode the app uses', () => {
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/scrutiny', usage_hint: expect.any(String) })]);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'link_shared', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('asks for only the scopes the app needs', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      ['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:read', 'groups:history', 'im:history', 'links:read', 'links:write'].sort(),
    );
  });

  it.skipIf(!existsSync(sharedSchemaDir))('uses the same schema files as ../shared/slack-manifest-schema', () => {
    for (const name of [...SCHEMA_FILES, 'LICENSE']) {
      expect(readFileSync(new URL(name, schemaDir), 'utf8')).toBe(readFileSync(new URL(name, sharedSchemaDir), 'utf8'));
    }
  });
});
