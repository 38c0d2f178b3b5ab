// Records every access and refresh token RingCentral (the sandbox) issues in this process, read off the token
// responses as they pass through fetch, so a test can search logs and messages for them.
import type { TestBot } from './test-bot.js';

export interface IssuedTokens {
  access: string[];
  refresh: string[];
  /** Puts the real fetch back. */
  restore(): void;
}

export function recordIssuedTokens(): IssuedTokens {
  const realFetch = globalThis.fetch;
  const issued: IssuedTokens = {
    access: [],
    refresh: [],
    restore: () => {
      globalThis.fetch = realFetch;
    },
  };
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes('/restapi/oauth/token') && response.ok) {
      const body = (await response.clone().json()) as { access_token?: string; refresh_token?: string };
      if (body.access_token) issued.access.push(body.access_token);
      if (body.refresh_token) issued.refresh.push(body.refresh_token);
    }
    return response;
  };
  return issued;
}

/** Everything that must never leave the bot: the tokens it was issued and every credential it was given. */
export function secretsOf(t: TestBot, issued: IssuedTokens): string[] {
  return [
    ...issued.access,
    ...issued.refresh,
    t.sandbox.credentials.clientSecret,
    t.sandbox.credentials.jwt,
    t.config.slack.signingSecret,
    t.config.slack.botToken,
    t.config.recordingLinkSecret,
  ];
}
