import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';

// The README documents the sandbox's default credentials so any tool can point at it; they must not drift.
describe('the sandbox credentials documented in the README', () => {
  it('are the ones `npm run sandbox` serves, and they log in', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const documented = (name: string) => new RegExp(`^\\s*${name}=(\\S+)$`, 'm').exec(readme)?.[1];
    const sandbox = await startSandbox({ quiet: true });
    try {
      expect(documented('RC_CLIENT_ID')).toBe(sandbox.credentials.clientId);
      expect(documented('RC_CLIENT_SECRET')).toBe(sandbox.credentials.clientSecret);
      expect(documented('RC_JWT')).toBe(sandbox.credentials.jwt);
      const response = await fetch(`${sandbox.url}/restapi/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${documented('RC_CLIENT_ID')}:${documented('RC_CLIENT_SECRET')}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion: documented('RC_JWT') ?? '',
        }),
      });
      expect(response.status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });
});
