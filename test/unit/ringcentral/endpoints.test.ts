import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_PERMISSIONS, ENDPOINTS, type Endpoint } from '../../../src/ringcentral/endpoints.js';

interface Operation {
  operationId: string;
  method: string;
  path: string;
  'x-throttling-group'?: string;
  'x-app-permission'?: string;
  'x-user-permission'?: string;
  'x-notifications'?: string[];
}

// Facts copied unchanged from RingCentral's OpenAPI spec (provenance inside the file).
const REFERENCE: Operation[] = JSON.parse(
  readFileSync(new URL('../../fixtures/ringcentral/endpoint-facts.json', import.meta.url), 'utf8'),
).operations;

const operation = (id: string): Operation => {
  const found = REFERENCE.find((op) => op.operationId === id);
  if (!found) throw new Error(`no ${id} in the fixture`);
  return found;
};

/** Where the guard asks for other app permissions than the reference states beside the endpoint, and why. */
const DEPARTURES: Record<string, { appPermissions: string[]; reference: string[] }> = {
  // The "Call Log Access Control" guide: recording metadata needs ReadCallLog and ReadCallRecording.
  recording: { appPermissions: ['ReadCallLog', 'ReadCallRecording'], reference: ['ReadCallRecording'] },
  // Stated by the events the subscription filters on (see below), not by the subscription endpoint.
  createSubscription: { appPermissions: ['CallControl'], reference: [] },
};

const entries = Object.entries(ENDPOINTS) as Array<[string, Endpoint]>;

describe('the endpoint table', () => {
  it('names every entry after its key', () => {
    for (const [key, endpoint] of entries) expect(endpoint.name).toBe(key);
  });

  it.each(entries)('%s states what RingCentral’s reference states beside it', (key, endpoint) => {
    const reference = operation(endpoint.operation);
    expect(endpoint.method).toBe(reference.method);
    expect(endpoint.template).toBe(reference.path.replace('{accountId}', '~'));
    expect(endpoint.group).toBe(reference['x-throttling-group']);
    expect(endpoint.userPermission).toBe(reference['x-user-permission']);
    const stated = reference['x-app-permission'] ? [reference['x-app-permission']] : [];
    const departure = DEPARTURES[key];
    if (departure) {
      expect(stated).toEqual(departure.reference);
      expect(endpoint.appPermissions).toEqual(departure.appPermissions);
    } else {
      expect(endpoint.appPermissions).toEqual(stated);
    }
  });

  it('asks CallControl for subscriptions because telephony-session events are documented under CallControl', () => {
    const session = operation('readCallSessionStatus');
    expect(session['x-app-permission']).toBe('CallControl');
    expect(session['x-notifications']).toContain('ExtensionTelephonySessionsEvent');
  });

  it('spends the usage-plan groups the product relies on', () => {
    const heavy = entries.filter(([, e]) => e.group === 'Heavy').map(([key]) => key);
    expect(heavy.sort()).toEqual(
      [
        'accountActiveCalls',
        'accountCallLog',
        'accountCallLogSync',
        'accountCallRecord',
        'extensionActiveCalls',
        'extensionCallLog',
        'extensionCallLogSync',
        'extensionCallRecord',
        'recording',
        'recordingContent',
      ].sort(),
    );
    expect(ENDPOINTS.extensionList.group).toBe('Medium');
    expect(ENDPOINTS.extension.group).toBe('Light');
    expect(ENDPOINTS.token.group).toBe('Auth');
  });

  it('knows every app permission it asks for', () => {
    const asked = new Set(entries.flatMap(([, e]) => e.appPermissions));
    expect([...asked].sort()).toEqual([...APP_PERMISSIONS].sort());
  });
});

describe('routes built from the table', () => {
  it('fills in the parameters, URI-encoded, and remembers the endpoint', () => {
    const route = ENDPOINTS.extensionCallRecord.route({ extensionId: '~', callRecordId: 'a/b c' });
    expect(route.path).toBe('/restapi/v1.0/account/~/extension/~/call-log/a%2Fb%20c');
    expect(route.endpoint).toBe(ENDPOINTS.extensionCallRecord);
    expect(ENDPOINTS.accountCallLog.route().path).toBe('/restapi/v1.0/account/~/call-log');
  });

  it('refuses a missing or an unknown parameter instead of sending a wrong path', () => {
    const untyped: Endpoint = ENDPOINTS.recording;
    expect(() => untyped.route({})).toThrow(/recordingId/);
    expect(() => untyped.route({ recordingId: '1', extensionId: '2' })).toThrow(/extensionId/);
    expect(() => (ENDPOINTS.accountCallLog as Endpoint).route({ extensionId: '2' })).toThrow(/extensionId/);
  });
});
