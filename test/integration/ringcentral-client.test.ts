// The RingCentral client through the real @ringcentral/sdk, over loopback, against the sandbox.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createRingCentralClient,
  type RingCentralClient,
  type RingCentralClientOptions,
} from '../../src/ringcentral/client.js';
import { ENDPOINTS } from '../../src/ringcentral/endpoints.js';
import {
  RingCentralHttpError,
  RingCentralLoginError,
  RingCentralNetworkError,
  RingCentralRateLimitError,
} from '../../src/ringcentral/errors.js';
import type { ExtensionInfo } from '../../src/ringcentral/types.js';
import { recordingReadyAt, type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { defined } from '../support/defined.js';

let sandbox: Sandbox;
const clients: RingCentralClient[] = [];

beforeEach(async () => {
  sandbox = await startSandbox({ quiet: true, historyDays: 2 });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await sandbox.close();
});

function connect(overrides: Partial<RingCentralClientOptions> = {}): RingCentralClient {
  const client = createRingCentralClient({
    serverUrl: sandbox.url,
    ...sandbox.credentials,
    requestTimeoutMs: 1_000,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...overrides,
  });
  clients.push(client);
  return client;
}

const admin = () => defined(sandbox.company.extensions[0]);
const me = ENDPOINTS.extension.route({ extensionId: '~' });
const routesSeen = () => sandbox.requests.map((r) => `${r.route} ${r.status}`);

describe('logging in', () => {
  it('logs in with the JWT and reads the granted scopes and the owner from the token', async () => {
    const client = connect();
    await client.login();
    expect([...client.grantedScopes()].sort()).toEqual(['ReadAccounts', 'ReadCallLog', 'ReadCallRecording']);
    expect(client.ownerId()).toBe(admin().id);
  });

  it("knows when the token expires from the token response's expires_in, through the real SDK", async () => {
    const client = connect();
    const before = Date.now();
    await client.login();
    const expiry = client.tokenExpiry();
    // RingCentral clamps an access token's life to 600–3600 s; refresh tokens live longer.
    expect(expiry?.accessTokenExpiresAt.getTime()).toBeGreaterThanOrEqual(before + 600_000);
    expect(expiry?.accessTokenExpiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 3_600_000);
    expect(expiry?.refreshTokenExpiresAt?.getTime()).toBeGreaterThan(expiry?.accessTokenExpiresAt.getTime() ?? 0);
  });

  it('a refused JWT is a RingCentralLoginError', async () => {
    const client = connect({ jwt: 'not-a-jwt' });
    await expect(client.login()).rejects.toBeInstanceOf(RingCentralLoginError);
  });

  it('two clients in one process keep separate sessions', async () => {
    const other = defined(sandbox.company.extensions[1]);
    const first = connect();
    const second = connect({ jwt: sandbox.jwtFor(other.id) });
    await first.login();
    await second.login();
    expect((await first.get<ExtensionInfo>(me)).data.id).toBe(Number(admin().id));
    expect((await second.get<ExtensionInfo>(me)).data.id).toBe(Number(other.id));
    expect(second.ownerId()).toBe(other.id);
  });
});

describe('sessions recover by themselves', () => {
  it('an expired access token (401) is refreshed and the request retried', async () => {
    const client = connect();
    await client.login();
    sandbox.expireAccessTokens();
    sandbox.clearRequests();
    expect((await client.get<ExtensionInfo>(me)).data.id).toBe(Number(admin().id));
    expect(routesSeen()).toEqual(['extensionInfo 401', 'token 200', 'extensionInfo 200']);
  });

  it('a revoked session (refresh refused) logs in again with the JWT', async () => {
    const client = connect();
    await client.login();
    sandbox.revokeSession();
    sandbox.clearRequests();
    expect((await client.get<ExtensionInfo>(me)).data.id).toBe(Number(admin().id));
    const seen = routesSeen();
    expect(seen[0]).toBe('extensionInfo 401');
    expect(seen.at(-2)).toBe('token 200');
    expect(seen.at(-1)).toBe('extensionInfo 200');
    expect(seen.filter((r) => r.startsWith('token')).length).toBe(2); // the refused refresh, then the JWT login
  });

  it('requests that meet the same expired token share one refresh', async () => {
    const client = connect();
    await client.login();
    sandbox.expireAccessTokens();
    sandbox.clearRequests();
    const ids = sandbox.company.extensions.slice(0, 3).map((e) => e.id);
    await Promise.all(ids.map((id) => client.get(ENDPOINTS.extension.route({ extensionId: id }))));
    expect(sandbox.requests.filter((r) => r.route === 'token')).toHaveLength(1);
    expect(sandbox.requests.filter((r) => r.route === 'extensionInfo' && r.status === 200)).toHaveLength(3);
  });

  it('logs in on first use without an explicit login()', async () => {
    const client = connect();
    await client.ensureLoggedIn();
    await client.get(me);
    expect(routesSeen()).toEqual(['token 200', 'extensionInfo 200']);
  });
});

describe('logging', () => {
  it('never logs the client secret, the JWT or a bearer token, whatever happens', async () => {
    const lines: string[] = [];
    const record = (message: string, context?: object) => lines.push(`${message} ${JSON.stringify(context)}`);
    const client = connect({ log: { debug: record, info: record, warn: record, error: record } });
    await client.login();
    sandbox.revokeSession();
    sandbox.injectFault({ route: 'extensionInfo', kind: 500, nth: 2 });
    await client.get(me);
    await client.get(ENDPOINTS.recording.route({ recordingId: 'nope' })).catch(() => undefined);
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(4);
    expect(text).not.toContain(sandbox.credentials.clientSecret);
    expect(text).not.toContain(sandbox.credentials.jwt);
    expect(text).not.toMatch(/bearer|access_token|refresh_token/i);
  });
});

describe('requests', () => {
  it('never sends undefined parameters and repeats the key for arrays', async () => {
    const client = connect();
    await client.get(ENDPOINTS.extensionCallLog.route({ extensionId: '~' }), {
      type: ['Voice', 'Fax'],
      phoneNumber: undefined,
      view: 'Simple',
    });
    const request = sandbox.requests.find((r) => r.route === 'extensionCallLog');
    expect(request?.query).toEqual({ type: ['Voice', 'Fax'], view: ['Simple'] });
  });

  it('identical GETs in flight at once are sent once and share the answer', async () => {
    const client = connect();
    await client.login();
    sandbox.clearRequests();
    sandbox.setLatency('extensionInfo', 50);
    const [a, b, c] = await Promise.all([
      client.get<ExtensionInfo>(me),
      client.get<ExtensionInfo>(me),
      client.get<ExtensionInfo>(ENDPOINTS.extension.route({ extensionId: admin().id })),
    ]);
    expect(a.data).toEqual(b.data);
    expect(c.data.id).toBe(a.data.id);
    expect(sandbox.requests.filter((r) => r.route === 'extensionInfo')).toHaveLength(2);
  });

  it('follows navigation.nextPage with perPage=1000 until the last page', async () => {
    const client = connect();
    const { records, requests } = await client.getAllPages(ENDPOINTS.extensionList.route(), { perPage: 10 });
    expect(records).toHaveLength(sandbox.company.extensions.length);
    const pages = sandbox.requests.filter((r) => r.route === 'extensionList');
    expect(requests).toBe(pages.length);
    expect(pages[0]?.query.perPage).toEqual(['1000']);
  });
});

describe('failures', () => {
  it('a 5xx is retried and then succeeds', async () => {
    const client = connect();
    await client.login();
    sandbox.injectFault({ route: 'extensionInfo', kind: 503, retryAfterSec: 0 });
    sandbox.injectFault({ route: 'extensionInfo', kind: 500, nth: 2 });
    expect((await client.get<ExtensionInfo>(me)).requests).toBe(3);
    expect(routesSeen().filter((r) => r.startsWith('extensionInfo'))).toEqual([
      'extensionInfo 503',
      'extensionInfo 500',
      'extensionInfo 200',
    ]);
  });

  it('a dropped connection and a request that never gets an answer are retried', async () => {
    const client = connect({ requestTimeoutMs: 150 });
    await client.login();
    sandbox.injectFault({ route: 'extensionInfo', kind: 'reset' });
    sandbox.injectFault({ route: 'extensionInfo', kind: 'hang', nth: 2 });
    await client.get(me);
    expect(routesSeen().filter((r) => r.startsWith('extensionInfo'))).toEqual([
      'extensionInfo 0',
      'extensionInfo 0',
      'extensionInfo 200',
    ]);
  });

  it("a 503 is sent again no sooner than its Retry-After, RingCentral's overload answer", async () => {
    const client = connect({ retry: { baseDelayMs: 1, maxDelayMs: 2_000 } });
    await client.login();
    sandbox.injectFault({ route: 'extensionInfo', kind: 503, retryAfterSec: 1 });
    const started = Date.now();
    await client.get(me);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(sandbox.requests.filter((r) => r.route === 'extensionInfo').map((r) => r.status)).toEqual([503, 200]);
  });

  it('a 503 asking for longer than the longest pause is given up at once, not retried early', async () => {
    const client = connect({ retry: { baseDelayMs: 1, maxDelayMs: 2 } });
    await client.login();
    sandbox.injectFault({ route: 'extensionInfo', kind: 503, retryAfterSec: 30 });
    await expect(client.get(me)).rejects.toMatchObject({ status: 503 });
    expect(sandbox.requests.filter((r) => r.route === 'extensionInfo')).toHaveLength(1);
  });

  it('retries are bounded: a server that keeps failing is given up on after maxAttempts', async () => {
    const client = connect({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    await client.login();
    sandbox.injectFault({ route: 'extensionInfo', kind: 500, times: 10 });
    await expect(client.get(me)).rejects.toMatchObject({ status: 500 });
    expect(sandbox.requests.filter((r) => r.route === 'extensionInfo')).toHaveLength(3);
  });

  it('a timeout after the last retry is a RingCentralNetworkError that says it timed out', async () => {
    const client = connect({ requestTimeoutMs: 100, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    await client.login();
    sandbox.injectFault({ route: 'extensionInfo', kind: 'hang', times: 2 });
    const error = await client.get(me).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RingCentralNetworkError);
    expect(error).toMatchObject({ timedOut: true });
  });

  it('a 4xx other than 401/429 is not retried', async () => {
    const client = connect();
    await expect(client.get(ENDPOINTS.recording.route({ recordingId: 'does-not-exist' }))).rejects.toBeInstanceOf(
      RingCentralHttpError,
    );
    expect(sandbox.requests.filter((r) => r.route === 'recording')).toHaveLength(1);
  });
});

describe('rate limits', () => {
  /** Heavy requests after the first `burst` (sent together, before any answer) that arrived inside a 429's Retry-After. */
  function sentInsidePenalty(retryAfterMs: number, burst: number): string[] {
    const heavy = sandbox.requests.filter((r) => r.group === 'Heavy');
    const refusedAt = heavy.filter((r) => r.status === 429).map((r) => r.at);
    return heavy
      .slice(burst)
      .filter((r) => refusedAt.some((t) => t < r.at && r.at < t + retryAfterMs))
      .map((r) => `${r.path} ${r.status} at +${r.at - (refusedAt[0] ?? 0)} ms`);
  }

  it('a 429 is waited out (Retry-After) and the request retried; nothing is sent inside the penalty', async () => {
    sandbox.setRateLimit('Heavy', { limit: 2, windowSec: 1, penaltySec: 1 });
    const client = connect();
    const elsewhere = connect();
    await Promise.all([client.login(), elsewhere.login()]);
    sandbox.clearRequests();
    const ids = sandbox.company.extensions.slice(0, 4).map((e) => e.id);
    // Another instance of the bot (same RingCentral user and app) spends the budget behind this client's back.
    for (const id of ids.slice(0, 2)) await elsewhere.get(ENDPOINTS.extensionActiveCalls.route({ extensionId: id }));
    const waits: number[] = [];
    // Four different questions at once, before the client has seen any rate-limit header.
    const answers = await Promise.all(
      ids.map((id) =>
        client.get(ENDPOINTS.extensionActiveCalls.route({ extensionId: id }), undefined, {
          onWait: (ms) => waits.push(ms),
        }),
      ),
    );
    expect(answers).toHaveLength(4);
    const statuses = sandbox.requests.map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(sandbox.requests.length).toBeGreaterThan(2 + 4); // the refused ones were sent again…
    expect(sentInsidePenalty(1_000, 2)).toEqual([]); // …but only once Retry-After had passed
    expect(waits.length).toBeGreaterThan(0);
  });

  it('a request held behind a login that waits out the Auth budget hears the wait, so its user can be told', async () => {
    sandbox.setRateLimit('Auth', { limit: 1, windowSec: 1, penaltySec: 1 });
    const elsewhere = connect();
    await elsewhere.login(); // another instance spends the login budget
    const client = connect();
    const waits: string[] = [];
    const answer = await client.get(me, undefined, { onWait: (ms, group) => waits.push(`${group} ${ms > 0}`) });
    expect(answer.data).toMatchObject({ id: Number(admin().id) });
    expect(waits).toContain('Auth true');
    expect(routesSeen()).toContain('token 429');
  });

  it('a burst at start-up, before any rate-limit header was seen, meets no 429 however small the budget', async () => {
    sandbox.setRateLimit('Heavy', { limit: 2, windowSec: 1, penaltySec: 5 });
    const client = connect();
    await client.login();
    sandbox.clearRequests();
    const ids = sandbox.company.extensions.slice(0, 4).map((e) => e.id);
    await Promise.all(ids.map((id) => client.get(ENDPOINTS.extensionActiveCalls.route({ extensionId: id }))));
    expect(sandbox.requests.filter((r) => r.group === 'Heavy').map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });

  it('once RingCentral says the budget is spent, the next request waits for the window instead of meeting a 429', async () => {
    sandbox.setRateLimit('Heavy', { limit: 2, windowSec: 1, penaltySec: 5 });
    const client = connect();
    await client.login();
    sandbox.clearRequests();
    const ids = sandbox.company.extensions.slice(0, 5).map((e) => e.id);
    for (const id of ids) await client.get(ENDPOINTS.extensionActiveCalls.route({ extensionId: id }));
    const heavy = sandbox.requests.filter((r) => r.group === 'Heavy');
    expect(heavy.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(defined(heavy[2]).at - defined(heavy[1]).at).toBeGreaterThanOrEqual(1_000);
  });

  it('gives up with RingCentralRateLimitError when Retry-After exceeds the wait it may spend', async () => {
    const client = connect({ retry: { maxRateLimitWaitMs: 500 } });
    await client.login();
    sandbox.injectFault({ route: 'recording', kind: 429 });
    const error = await client.get(ENDPOINTS.recording.route({ recordingId: '1' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RingCentralRateLimitError);
    expect(error).toMatchObject({ group: 'Heavy', retryAfterMs: 1_000 });
    expect(sandbox.requests.filter((r) => r.route === 'recording')).toHaveLength(1);
  });
});

describe('streams', () => {
  const recordingId = () =>
    defined(sandbox.company.records.find((r) => r.recording && recordingReadyAt(r) < Date.now())?.recording).id;

  it('passes Range through and streams a 206 without buffering it', async () => {
    const client = connect();
    const response = await client.getStream(ENDPOINTS.recordingContent.route({ recordingId: recordingId() }), {
      Range: 'bytes=0-99',
    });
    expect(response.status).toBe(206);
    expect(response.headers['content-range']).toMatch(/^bytes 0-99\//);
    let bytes = 0;
    for await (const chunk of response.body) bytes += (chunk as Buffer).length;
    expect(bytes).toBe(100);
  });

  it('an unsatisfiable range is an HTTP error carrying Content-Range', async () => {
    const client = connect();
    const error = await client
      .getStream(ENDPOINTS.recordingContent.route({ recordingId: recordingId() }), { Range: 'bytes=999999999-' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RingCentralHttpError);
    expect(error).toMatchObject({ status: 416 });
  });
});

describe('recording content from the media host', () => {
  const recording = () =>
    defined(sandbox.company.records.find((r) => r.recording && recordingReadyAt(r) < Date.now())?.recording);

  /** A loopback server that counts what reaches it, and answers with `answer`. */
  async function listening(answer: (req: IncomingMessage, res: ServerResponse) => void) {
    const received: IncomingMessage[] = [];
    const server = createServer((req, res) => {
      received.push(req);
      answer(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      port,
      received,
      close: () => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }

  it("goes where contentUri says, RingCentral's media origin, with Range passed through", async () => {
    const client = connect();
    await client.login();
    sandbox.clearRequests();
    const response = await client.getMedia(recording().contentUri, { range: 'bytes=0-99' });
    expect(response.status).toBe(206);
    let bytes = 0;
    for await (const chunk of response.body) bytes += (chunk as Buffer).length;
    expect(bytes).toBe(100);
    expect(sandbox.requests.map((r) => `${r.origin} ${r.route} ${r.status}`)).toEqual(['media recordingContent 206']);
  });

  it("refuses a contentUri on a host that is not the API server's, and sends it nothing", async () => {
    const elsewhere = await listening((_req, res) => res.end());
    try {
      const client = connect();
      await client.login();
      // The sandbox is 127.0.0.1; "localhost" may be the same machine, but it is not the address RingCentral is.
      const error = await client
        .getMedia(`http://localhost:${elsewhere.port}/restapi/v1.0/account/~/recording/1/content`)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RingCentralNetworkError);
      expect((error as Error).message).toMatch(/not a host of the API server/);
      expect(elsewhere.received).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('stops the download when the signal aborts, and does not try again', async () => {
    const media = await listening((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'audio/wav' });
      res.write(Buffer.alloc(1024));
      // …and never finishes: a long recording still on its way.
    });
    try {
      const client = connect();
      await client.login();
      const download = new AbortController();
      const response = await client.getMedia(
        `http://127.0.0.1:${media.port}/restapi/v1.0/account/~/recording/1/content`,
        {
          signal: download.signal,
        },
      );
      expect(response.status).toBe(200);
      const upstream = defined(media.received[0]);
      expect(upstream.headers.authorization).toMatch(/^bearer /i);
      const closed = new Promise<void>((resolve) => upstream.socket.once('close', () => resolve()));
      const reading = response.body.toArray().then(
        () => 'finished',
        (error: unknown) => error,
      );
      download.abort();
      await closed;
      expect(await reading).toMatchObject({ name: 'AbortError' });
      expect(media.received).toHaveLength(1);
    } finally {
      await media.close();
    }
  });

  it('an abort before RingCentral answers is given up at once, never retried', async () => {
    const media = await listening(() => {
      // Never answers: the browser leaves first.
    });
    const warnings: string[] = [];
    const log = { debug() {}, info() {}, warn: (message: string) => warnings.push(message), error() {} };
    try {
      const client = connect({ requestTimeoutMs: 5_000, log });
      await client.login();
      const download = new AbortController();
      const fetching = client
        .getMedia(`http://127.0.0.1:${media.port}/restapi/v1.0/account/~/recording/1/content`, {
          signal: download.signal,
        })
        .catch((error: unknown) => error);
      while (media.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const abortedAt = Date.now();
      download.abort();
      expect(await fetching).toBeInstanceOf(RingCentralNetworkError);
      expect(Date.now() - abortedAt).toBeLessThan(1_000);
      expect(warnings.filter((message) => /retrying/.test(message))).toEqual([]);
      expect(media.received).toHaveLength(1);
    } finally {
      await media.close();
    }
  });
});
