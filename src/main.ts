// `npm start`: read .env and the environment, start the RingCentral sandbox if CALLLOG_SANDBOX=1, start the bot,
// stop cleanly on SIGTERM / SIGINT. Nothing else.
import { existsSync } from 'node:fs';
import { type RingCentralCredentials, type RunningBot, StartupError, startBot } from './bot.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { type Sandbox, startSandbox } from './sandbox/index.js';

function readConfig(): Config {
  // Variables already in the environment win: loadEnvFile never overwrites them.
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Call Log for Slack cannot start; fix these settings (in .env or the environment):\n`);
    for (const problem of error.problems) process.stderr.write(`  - ${problem}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const log = createLogger(config.logLevel, { format: config.logFormat });

  process.on('unhandledRejection', (reason) =>
    log.error('Unhandled promise rejection (the bot keeps running):', reason),
  );
  process.on('uncaughtException', (error) => log.error('Uncaught exception (the bot keeps running):', error));

  let sandbox: Sandbox | undefined;
  let ringcentral: RingCentralCredentials;
  if (config.ringcentral.kind === 'sandbox') {
    try {
      sandbox = await startSandbox({ quiet: true });
    } catch (error) {
      log.error(`Could not start the RingCentral sandbox: ${firstLine(error)}`);
      process.exit(1);
    }
    ringcentral = { kind: 'live', serverUrl: sandbox.url, ...sandbox.credentials };
  } else {
    ringcentral = config.ringcentral;
  }

  let bot: RunningBot;
  try {
    bot = await startBot({ ...config, ringcentral }, { log });
  } catch (error) {
    log.error(
      error instanceof StartupError
        ? error.message
        : `Start-up failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    await sandbox?.close();
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received; shutting down`);
    // The bot first: it revokes its RingCentral token, which needs the sandbox still there.
    bot
      .close()
      .then(() => sandbox?.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error('Shutdown failed:', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() || 'unknown error';
}

void main();
