// The bot against a RingCentral sandbox of its own, started first and closed last, as `npm start` does with
// CALLLOG_SANDBOX=1: whatever `config.ringcentral` says is replaced by the sandbox's address and credentials.
import { type RunningBot, type StartBotOptions, startBot } from '../../src/bot.js';
import type { Config } from '../../src/config.js';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';

export interface SandboxedBot extends RunningBot {
  sandbox: Sandbox;
}

export interface SandboxedBotOptions extends StartBotOptions {
  /** Quiet unless these say otherwise. */
  sandbox?: SandboxOptions;
  /** The JWT the bot logs in with; default the sandbox's own, the admin's (a regular user's gets 403 CMN-408). */
  botJwt?: (sandbox: Sandbox) => string;
}

export async function startSandboxedBot(config: Config, options: SandboxedBotOptions = {}): Promise<SandboxedBot> {
  const { sandbox: sandboxOptions, botJwt, ...botOptions } = options;
  const sandbox = await startSandbox({ quiet: true, ...sandboxOptions });
  let bot: RunningBot;
  try {
    bot = await startBot(
      {
        ...config,
        ringcentral: {
          kind: 'live',
          serverUrl: sandbox.url,
          ...sandbox.credentials,
          ...(botJwt ? { jwt: botJwt(sandbox) } : {}),
        },
      },
      botOptions,
    );
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  return {
    url: bot.url,
    port: bot.port,
    sandbox,
    async close() {
      // The bot revokes its token on the way out, so the sandbox must outlive it.
      await bot.close();
      await sandbox.close();
    },
  };
}
