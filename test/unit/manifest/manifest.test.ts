import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { defined } from '../../support/defined.js';

// Slack's own schemas, copied into the repo (see test/fixtures/slack-manifest-schema/SOURCE.md).
const here = (path: string) => new URL(path, import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(here(path), 'utf8'));
const fixtures = '../../fixtures/slack-manifest-schema/';

interface Manifest {
  display_information: { name: string };
  features: {
    bot_user?: { display_name: string };
    app_home?: { home_tab_enabled?: boolean };
    slash_commands: Array<{ command: string; url?: string; should_escape?: boolean; usage_hint?: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled?: boolean;
    token_rotation_enabled?: boolean;
  };
}

function slackManifestValidator() {
  // strict: false because Slack's schema carries non-standard keywords ("regex", "_note").
  const ajv = new Ajv({ strict: false, allErrors: true, formats: { uri: (s: string) => URL.canParse(s) } });
  // The entry schema dispatches to the versioned schemas by these URLs; register the local copies under them.
  const versioned = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/';
  ajv.addSchema(readJson(`${fixtures}manifest.schema.1.0.0.json`) as object, `${versioned}manifest.schema.1.0.0.json`);
  ajv.addSchema(readJson(`${fixtures}manifest.schema.2.0.0.json`) as object, `${versioned}manifest.schema.2.0.0.json`);
  return ajv.compile(readJson(`${fixtures}manifest.schema.json`) as object);
}

const validate = slackManifestValidator();
const manifest = readJson('../../../manifest/manifest.json') as Manifest;

describe('manifest/manifest.json', () => {
  it("is valid against Slack's app manifest schema", () => {
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('would be rejected by the same validator if display_information.name were missing', () => {
    const broken = structuredClone(manifest) as { display_information: Partial<Manifest['display_information']> };
    delete broken.display_information.name;
    expect(validate(broken)).toBe(false);
  });

  it('would be rejected by the same validator if the command lost its leading slash', () => {
    const broken = structuredClone(manifest);
    defined(broken.features.slash_commands[0]).command = 'calllog';
    expect(validate(broken)).toBe(false);
  });

  it('registers /calllog with should_escape so @someone arrives as <@U…|name>', () => {
    const commands = manifest.features.slash_commands;
    expect(commands.map((c) => c.command)).toEqual(['/calllog']);
    expect(defined(commands[0]).should_escape).toBe(true);
    expect(defined(commands[0]).usage_hint).toBeTruthy();
  });

  it('asks for exactly the five bot scopes the app uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'chat:write',
      'commands',
      'im:write',
      'users:read',
      'users:read.email',
    ]);
  });

  it('names the app "Call Log" and has a bot user and an App Home tab fed by app_home_opened', () => {
    expect(manifest.display_information.name).toBe('Call Log');
    expect(manifest.features.bot_user?.display_name).toBeTruthy();
    expect(manifest.features.app_home?.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
  });

  it('sends commands, events and clicks to /slack/events over HTTP, without token rotation', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const urls = [
      manifest.settings.interactivity.request_url,
      manifest.settings.event_subscriptions.request_url,
      defined(manifest.features.slash_commands[0]).url,
    ];
    for (const url of urls) expect(new URL(url ?? '').pathname).toBe('/slack/events');
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.token_rotation_enabled).toBe(false);
  });
});
