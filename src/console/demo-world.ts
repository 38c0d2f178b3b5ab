// Everything `npm run demo` runs, in one process on loopback: the built-in RingCentral sandbox, the bot logged in
// to it, and a local Slack whose people are linked by email to the sandbox's extensions. Secrets are made fresh
// each start.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { Logger } from '@slack/bolt';
import { EVENTS_PATH } from '../app.js';
import { type BotConfig, type RunningBot, startBot } from '../bot.js';
import type { LogLevel } from '../config.js';
import { type SlackEmulator, startSlackEmulator } from '../local-slack/index.js';
import { createLogger } from '../logger.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { DEMO_ADMIN_ID, type DemoPerson, demoPeople } from './demo-people.js';
import { afternoonZone } from './demo-time-zone.js';

export interface DemoWorld {
  emulator: SlackEmulator;
  people: DemoPerson[];
  /** Where Slack requests go: the bot's /slack/events. */
  botUrl: string;
  signingSecret: string;
  /** The sandbox company's zone: one where it is mid-afternoon now. */
  companyZone: string;
  close(): Promise<void>;
}

export interface DemoWorldOptions {
  /** Bot and sandbox logs go to stderr at this level; "warn" keeps the console readable. */
  logLevel?: LogLevel;
  log?: Logger;
}

export async function startDemoWorld(options: DemoWorldOptions = {}): Promise<DemoWorld> {
  const signingSecret = randomBytes(16).toString('hex');
  const botToken = `xoxb-demo-${randomBytes(12).toString('hex')}`;
  const emulator = await startSlackEmulator({ users: [], botToken });
  let sandbox: Sandbox | undefined;
  let bot: RunningBot | undefined;
  try {
    const now = new Date();
    const companyZone = afternoonZone(now);
    sandbox = await startSandbox({ quiet: true, timeZone: companyZone });
    // Recording links carry the bot's address, so it must be known before the bot starts.
    const port = await freeLoopbackPort();
    const logLevel = options.logLevel ?? 'warn';
    const config: BotConfig = {
      slack: { signingSecret, botToken, apiUrl: emulator.apiUrl },
      http: { port, host: '127.0.0.1' },
      ringcentral: { kind: 'live', serverUrl: sandbox.url, ...sandbox.credentials },
      admins: new Set([DEMO_ADMIN_ID]),
      publicBaseUrl: `http://127.0.0.1:${port}`,
      recordingLinkSecret: randomBytes(32).toString('hex'),
      // Made fresh on purpose: demo links are meant to die with the demo, so the bot need not warn about it.
      recordingLinkSecretGenerated: false,
      defaultTimeZone: 'UTC',
      logLevel,
      logFormat: 'text',
    };
    bot = await startBot(config, { log: options.log ?? createLogger(logLevel, { name: 'demo' }) });

    // The second zone is an hour west of the company's: still afternoon, but a different "today".
    const people = demoPeople(sandbox.company.extensions, {
      company: companyZone,
      elsewhere: afternoonZone(new Date(now.getTime() + 3_600_000)),
    });
    for (const person of people) emulator.users.set(person.id, person);

    const [runningBot, runningSandbox] = [bot, sandbox];
    return {
      emulator,
      people,
      botUrl: `${bot.url}${EVENTS_PATH}`,
      signingSecret,
      companyZone,
      async close() {
        // The bot revokes its RingCentral token on the way out, so the sandbox must outlive it.
        await runningBot.close();
        await runningSandbox.close();
        await emulator.close();
      },
    };
  } catch (error) {
    await bot?.close();
    await sandbox?.close();
    await emulator.close();
    throw error;
  }
}

/** A port nobody listens on right now (the OS picks it); the bot takes it a moment later. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
