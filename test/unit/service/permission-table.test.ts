import { describe, expect, it } from 'vitest';
import { CAPABILITIES, missingPermissions } from '../../../src/service/permissions.js';

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
