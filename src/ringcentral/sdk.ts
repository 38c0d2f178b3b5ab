// The official SDK, set up the way the client uses it: its own token storage per client, Node's fetch with a
// deadline for response headers, Node's own Request/Response (so errors can be read with instanceof), and no
// SDK-side rate-limit handling or refresh delay, since those are wrappers of ours.
import { SDK } from '@ringcentral/sdk';
import { fetchWithTimeout } from './fetch-with-timeout.js';
import { MemoryTokenStorage } from './token-storage.js';

export interface SdkOptions {
  serverUrl: string;
  clientId: string;
  clientSecret: string;
  /** Until response headers arrive. */
  requestTimeoutMs: number;
}

export function createSdk({ serverUrl, clientId, clientSecret, requestTimeoutMs }: SdkOptions): SDK {
  const server = new URL(serverUrl);
  return new SDK({
    server: server.origin + server.pathname.replace(/\/+$/, ''),
    clientId,
    clientSecret,
    localStorage: new MemoryTokenStorage(),
    fetch: fetchWithTimeout(requestTimeoutMs),
    Request,
    Response,
    Headers,
    refreshDelayMs: 0,
    handleRateLimit: false,
  });
}
