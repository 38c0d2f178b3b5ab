import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type Endpoint } from '../../../src/ringcentral/endpoints.js';
import { CAPABILITIES, isPermission, missingPermissions, routeOf } from '../../../src/service/permissions.js';

describe('the capability → permission table', () => {
  it('recording metadata needs both ReadCallLog and ReadCallRecording, as the access-control guide says', () => {
    expect(missingPermissions('recordingMetadata', new Set(['ReadCallLog']))).toEqual(['ReadCallRecording']);
    expect(missingPermissions('recordingMetadata', new Set(['ReadCallRecording']))).toEqual(['ReadCallLog']);
  });

  it('recording content needs ReadCallRecording only', () => {
    expect(missingPermissions('recordingContent', new Set(['ReadCallRecording']))).toEqual([]);
    expect(missingPermissions('recordingContent', new Set(['ReadCallLog']))).toEqual(['ReadCallRecording']);
  });

  it('only the company call log asks for a user permission, FullCompanyCallLog', () => {
    const withUserPermission = Object.entries(CAPABILITIES).filter(([, rule]) => rule.userPermission);
    expect(withUserPermission.map(([name, rule]) => [name, rule.userPermission])).toEqual([
      ['accountCallLog', 'FullCompanyCallLog'],
    ]);
  });

  it("an unrelated scope grants nothing (the seed sample's indexOf bug would say otherwise)", () => {
    expect(missingPermissions('extensionCallLog', new Set(['ReadMessages']))).toEqual(['ReadCallLog']);
  });
});

describe('capabilities read their permissions from the endpoint table', () => {
  it('every capability calls endpoints of the table, and needs exactly what they need', () => {
    const known = new Set<Endpoint>(Object.values(ENDPOINTS));
    for (const rule of Object.values(CAPABILITIES)) {
      expect(rule.endpoints.length).toBeGreaterThan(0);
      for (const endpoint of rule.endpoints) expect(known.has(endpoint)).toBe(true);
      expect([...rule.permissions].sort()).toEqual(
        [...new Set(rule.endpoints.flatMap((e) => e.appPermissions))].sort(),
      );
    }
  });

  it('as the access-control guide says: call logs and active calls need ReadCallLog, recordings as listed', () => {
    const needs = Object.fromEntries(Object.entries(CAPABILITIES).map(([name, rule]) => [name, rule.permissions]));
    expect(needs).toEqual({
      activeCalls: ['ReadCallLog'],
      accountActiveCalls: ['ReadCallLog'],
      accountCallLog: ['ReadCallLog'],
      extensionCallLog: ['ReadCallLog'],
      recordingMetadata: ['ReadCallLog', 'ReadCallRecording'],
      recordingContent: ['ReadCallRecording'],
      extensionLookup: ['ReadAccounts'],
    });
  });

  it('names the route of every endpoint it calls, for the admin', () => {
    expect(CAPABILITIES.extensionCallLog.route).toBe('GET /restapi/v1.0/account/~/extension/{extensionId}/call-log');
    expect(CAPABILITIES.extensionLookup.route).toBe(
      'GET /restapi/v1.0/account/~/extension and GET /restapi/v1.0/account/~/extension/{extensionId}',
    );
  });

  it('routes a request for a capability to its endpoint', () => {
    expect(routeOf('recordingContent', { recordingId: '77' })).toEqual({
      endpoint: ENDPOINTS.recordingContent,
      path: '/restapi/v1.0/account/~/recording/77/content',
    });
    expect(routeOf('accountCallLog').endpoint.group).toBe('Heavy');
  });

  it('a 403 naming any permission of the table is recognised, an unrelated one is not', () => {
    expect(isPermission('CallControl')).toBe(true);
    expect(isPermission('ReadCallRecording')).toBe(true);
    expect(isPermission('ReadMessages')).toBe(false);
  });
});
