// The bare exchange against a loopback server: one request per call, the token we hand it, and none of the
// SDK's own 401 / 429 handling behind it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../src/ringcentral/endpoints.js';
import { RingCentralRateLimitError, RingCentralUnauthorizedError } from '../../../src/ringcentral/errors.js';
import { createSdk } from '../../../src/ringcentral/sdk.js';
import { apiSend } from '../../../src/ringcentral/send.js';
import { recordingLog, thrown } from './pipeline-fakes.js';

let server: Server;
let url: string;
const seen: IncomingMessage[] = [];
let answer: { status: number; headers?: Record<string, string>; body?: string } = { status: 200 };

beforeEach(async () => {
  seen.length = 0;
  answer = { status: 200 };
  server = createServer((req, res) => {
    seen.push(req);
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(answer.body ?? '{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function send(generation = 1) {
  const sdk = createSdk({ serverUrl: url, clientId: 'id', clientSecret: 'secret', requestTimeoutMs: 1_000 });
  return apiSend({
    sdk,
    token: async () => ({ authorization: 'Bearer token-abc', generation }),
    log: recordingLog(),
    now: () => 0,
  });
}

describe('one exchange with the current token', () => {
  it('sends the path, the query (arrays repeated, undefined left out) and our Authorization header', async () => {
    let exchanges = 0;
    const response = await send()({
      route: ENDPOINTS.extensionCallLog.route({ extensionId: '~' }),
      query: { type: ['Voice', 'Fax'], view: 'Simple', phoneNumber: undefined },
      headers: { Range: 'bytes=0-9' },
      onExchange: () => {
        exchanges += 1;
      },
    });
    expect(await response.json()).toEqual({ ok: true });
    expect(exchanges).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.url).toBe('/restapi/v1.0/account/~/extension/~/call-log?type=Voice&type=Fax&view=Simple');
    expect(seen[0]?.headers.authorization).toBe('Bearer token-abc');
    expect(seen[0]?.headers.range).toBe('bytes=0-9');
  });

  it('a 401 is thrown at once with the generation of the token it refused: the SDK does not renew or resend', async () => {
    answer = { status: 401, body: '{"errorCode":"TokenInvalid"}' };
    const error = await thrown(send(7)({ route: ENDPOINTS.extension.route({ extensionId: '~' }) }));
    expect(error).toBeInstanceOf(RingCentralUnauthorizedError);
    expect(error).toMatchObject({ tokenGeneration: 7 });
    expect(seen).toHaveLength(1);
  });

  it('a 429 is thrown at once with its Retry-After: the SDK does not wait or resend', async () => {
    answer = { status: 429, headers: { 'retry-after': '3' }, body: '{"errorCode":"CMN-301"}' };
    const error = await thrown(send()({ route: ENDPOINTS.recording.route({ recordingId: '1' }) }));
    expect(error).toBeInstanceOf(RingCentralRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 3_000, group: 'Heavy' });
    expect(seen).toHaveLength(1);
  });
});
