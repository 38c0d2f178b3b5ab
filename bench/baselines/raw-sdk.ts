// The RingCentral SDK as a straightforward app uses it: defaults everywhere, one JWT login. Only the token
// store is given, because Node 20 has no global localStorage for the SDK to fall back on.
import { SDK } from '@ringcentral/sdk';
import { MemoryTokenStorage } from '../../src/ringcentral/token-storage.js';

export interface RingCentralCredentials {
  serverUrl: string;
  clientId: string;
  clientSecret: string;
  jwt: string;
}

export type SdkPlatform = ReturnType<SDK['platform']>;

export async function loginWithSdk(credentials: RingCentralCredentials): Promise<SdkPlatform> {
  const sdk = new SDK({
    server: credentials.serverUrl,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    localStorage: new MemoryTokenStorage(),
  });
  const platform = sdk.platform();
  await platform.login({ jwt: credentials.jwt });
  return platform;
}
