// `npm start`: read .env and the environment, start the bot, stop cleanly on SIGTERM / SIGINT. Nothing else.
import { existsSync } from 'node:fs';
import { type RunningBot, StartupError, startBot } from './bot.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

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
  const log = createLogger(config.logLevel);

  process.on('unhandledRejection', (reason) =>
    log.error('Unhandled promise rejection (the bot keeps running):', reason),
  );
  process.on('uncaughtException', (error) => log.error('Uncaught exception (the bot keeps running):', error));

  let bot: RunningBot;
  try {
    bot = await startBot(config, { log });
  } catch (error) {
    log.error(
      error instanceof StartupError
        ? error.message
        : `Start-up failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received; shutting down`);
    bot.close().then(
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

void main();
