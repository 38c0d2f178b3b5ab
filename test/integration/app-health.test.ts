// GET /healthz tells a load balancer whether the bot is ready; besides the recording links, other paths are not served.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import type { SlackEmulator } from '../../src/local-slack/index.js';
import { createLogger } from '../../src/logger.js';
import type { CallLogService } from '../../src/service/types.js';
import { startFakeSlack } from '../support/fake-slack.js';

const notUsed = () => Promise.reject(new Error('the health check must not reach RingCentral'));
const service: CallLogService = {
  calls: notUsed,
  activeCalls: notUsed,
  findRecording: notUsed,
  recording: notUsed,
  recordingContent: notUsed,
  extensionByEmail: notUsed,
  extensionByNumber: notUsed,
  extension: notUsed,
  permissionsReport: notUsed,
};

let slack: SlackEmulator;
let config: Config;
let stop: () => Promise<unknown>;
let base: string;
let ready = false;

beforeAll(async () => {
  slack = await startFakeSlack([], 'xoxb-health');
  config = {
    slack: { signingSecret: 'health-signing-secret', botToken: 'xoxb-health', apiUrl: slack.apiUrl },
    http: { port: 0, host: '127.0.0.1' },
    ringcentral: { kind: 'sandbox' },
    admins: new Set(),
    publicBaseUrl: 'http://127.0.0.1',
    recordingLinkSecret: 'health-recording-secret-123',
    recordingLinkSecretGenerated: false,
    defaultTimeZone: 'UTC',
    logLevel: 'error',
    logFormat: 'text',
  };
  const { app } = createApp({
    config,
    service,
    logger: createLogger('error', { write: () => {} }),
    isReady: () => ready,
  });
  await app.init();
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stop = () => app.stop();
});
afterAll(async () => {
  await stop?.();
  await slack?.close();
});

describe('GET /healthz', () => {
  it('answers 503 until the bot is ready, then 200 {"ok":true}', async () => {
    ready = false;
    const before = await fetch(`${base}/healthz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ ok: false });
    ready = true;
    const after = await fetch(`${base}/healthz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ ok: true });
  });

  it('is one of two GET routes, beside the recording links: anything else is 404', async () => {
    expect((await fetch(`${base}/admin`)).status).toBe(404);
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
    // A link cut short gets its page, before anything reaches RingCentral (this service would refuse it).
    const cut = await fetch(`${base}/recordings/2217590004`);
    expect(cut.status).toBe(400);
    expect(cut.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('verified the bot token with auth.test before serving', () => {
    expect(slack.apiCalls.map((c) => c.method)).toContain('auth.test');
  });
});

describe('createApp', () => {
  it('uses Socket Mode when an app token is set, HTTP otherwise, and does no I/O while building', () => {
    const callsBefore = slack.apiCalls.length;
    const logger = createLogger('error', { write: () => {} });
    const socket = createApp({
      config: { ...config, slack: { ...config.slack, appToken: 'xapp-1-test' } },
      service,
      logger,
    });
    const http = createApp({ config, service, logger });
    expect(socket.receiver).toBeInstanceOf(SocketModeReceiver);
    expect(http.receiver).toBeInstanceOf(HTTPReceiver);
    expect(slack.apiCalls.length).toBe(callsBefore);
  });
});
