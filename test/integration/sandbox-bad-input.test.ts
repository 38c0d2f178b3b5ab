// The sandbox is the oracle for every other test, so odd requests must get RingCentral-shaped 4xx answers, never
// a 500 or a dropped connection — and it must keep serving afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { get, login, NO_THROTTLE } from '../unit/sandbox/sandbox-client.js';

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ quiet: true, historyDays: 2, rateLimits: NO_THROTTLE });
  token = (await login(sandbox)).access_token;
});
afterAll(async () => {
  await sandbox.close();
});

const PATHS = [
  '/restapi/v1.0/account/~/call-log',
  '/restapi/v1.0/account/~/extension/~/call-log',
  '/restapi/v1.0/account/~/extension/~/active-calls',
  '/restapi/v1.0/account/~/extension',
  '/restapi/v1.0/account/~/extension/~',
  '/restapi/v1.0/account/~/recording/%00',
];

const ODD_QUERIES = [
  'dateFrom=yesterday',
  'dateTo=2026-02-30T00:00:00Z',
  'dateFrom=2030-01-01T00:00:00Z&dateTo=2020-01-01T00:00:00Z',
  'perPage=-5',
  'perPage=abc',
  'perPage=1e9',
  'page=0',
  'page=-1',
  'page=99999999999999999999',
  'page=2.5',
  'view=Everything',
  'type=Pigeon',
  'direction=Sideways',
  'recordingType=Loud',
  'withRecording=maybe',
  'phoneNumber=%F0%9F%99%82',
  'extensionNumber=',
  'email=%00',
  'email=a&email=b&email=',
  '%ZZ=1',
  '&&&',
  'dateFrom',
];

describe('odd requests to the sandbox', () => {
  it('get 2xx or 4xx RingCentral-shaped answers, never a 5xx, on every route', async () => {
    for (const path of PATHS) {
      for (const query of ODD_QUERIES) {
        const response = await get(sandbox, token, `${path}?${query}`);
        const where = `${path}?${query} → ${response.status}`;
        expect(response.status, where).toBeLessThan(500);
        if (response.status >= 400) {
          const body = (await response.json()) as { errorCode?: string; errors?: unknown[] };
          expect(typeof body.errorCode, where).toBe('string');
          expect(Array.isArray(body.errors), where).toBe(true);
        } else {
          await response.arrayBuffer();
        }
      }
    }
  });

  it('answers a malformed token request with an OAuth error, and keeps serving', async () => {
    const response = await fetch(`${sandbox.url}/restapi/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Basic %%%' },
      body: 'grant_type=%ZZ&&assertion',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const after = await get(sandbox, token, '/restapi/v1.0/account/~/extension/~');
    expect(after.status).toBe(200);
  });
});
