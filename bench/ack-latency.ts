// ack-latency: how long Slack waits for the HTTP answer to a signed "/calllog today" while RingCentral is slow.
// Ours is the real bot (startBot, sandbox, Slack emulator); the baseline queries RingCentral before ack().

import { type BotConfig, type RingCentralCredentials, startBot } from '../src/bot.js';
import {
  EMULATED_TEAM,
  type SlackEmulator,
  type SlackUser,
  sendToBot,
  slashCommandBody,
  startSlackEmulator,
} from '../src/local-slack/index.js';
import { createLogger } from '../src/logger.js';
import { startSandbox } from '../src/sandbox/index.js';
import { startAckAfterQueryApp } from './baselines/ack-after-query.js';
import { BENCH_TIME_ZONE, pinnedClock } from './support/clock.js';
import type { BenchResult } from './support/result.js';
import { percentile } from './support/stats.js';

const RINGCENTRAL_LATENCY_MS = 1500;
const SAMPLES = 10;
const SIGNING_SECRET = 'bench-signing-secret-0123456789';
const BOT_TOKEN = 'xoxb-bench-bot-token-0123456789';
const CHANNEL = 'C0BENCH';
/** Slack gives up on an ack after 3 s; a reply slower than this means something broke. */
const REPLY_TIMEOUT_MS = 15_000;
// Every command here spends the Heavy budget; at the default 10/min the replies (not the acks) would queue.
const UNTHROTTLED = { limit: 100_000, windowSec: 60, penaltySec: 60 };

const OURS_P95_TARGET_MS = 300;
const SPEEDUP_TARGET = 5;

export async function run(): Promise<BenchResult> {
  const clock = pinnedClock();
  const slack = await startSlackEmulator({ users: [], botToken: BOT_TOKEN });
  const closers: Array<() => Promise<void>> = [() => slack.close()];
  try {
    const sandbox = await startSandbox({
      quiet: true,
      now: clock,
      timeZone: BENCH_TIME_ZONE,
      latencyMs: { accountCallLog: RINGCENTRAL_LATENCY_MS, extensionCallLog: RINGCENTRAL_LATENCY_MS },
      rateLimits: { Heavy: UNTHROTTLED },
    });
    closers.unshift(() => sandbox.close());
    const ringcentral: RingCentralCredentials = { kind: 'live', serverUrl: sandbox.url, ...sandbox.credentials };
    const bot = await startBot(benchConfig(slack.apiUrl, ringcentral), {
      log: createLogger('error', { write: () => undefined }),
      now: clock,
    });
    closers.unshift(() => bot.close());

    const extension = sandbox.company.extensions.find((e) => !e.isAdmin);
    if (!extension) throw new Error('the sandbox company has no regular user');
    const user: SlackUser = {
      id: 'UBENCH',
      name: extension.firstName.toLowerCase(),
      realName: extension.name,
      email: extension.email,
      tz: BENCH_TIME_ZONE,
    };
    slack.users.set(user.id, user);

    const baseline = await startAckAfterQueryApp({
      signingSecret: SIGNING_SECRET,
      botToken: BOT_TOKEN,
      slackApiUrl: slack.apiUrl,
      ringcentral,
      timeZone: BENCH_TIME_ZONE,
      now: clock,
    });
    closers.unshift(() => baseline.close());

    const ours = await ackTimes(slack, bot.url, user);
    const theirs = await ackTimes(slack, baseline.url, user);
    const oursP95 = percentile(ours.times, 95);
    const theirsP95 = percentile(theirs.times, 95);
    return {
      name: 'ack-latency',
      notes: [
        `signed "/calllog today" over loopback; RingCentral call-log routes answer after ${RINGCENTRAL_LATENCY_MS} ms (sandbox latency)`,
        `${SAMPLES} timed commands each after one warm-up; each waits for the previous reply, so the bot is idle when it arrives`,
        'Heavy rate limit raised in the sandbox so the replies after the ack are not queued',
        `the last reply (after the ack) — ours: "${ours.lastReply}", baseline: "${theirs.lastReply}"`,
      ],
      rows: [
        { metric: 'ack p50', unit: 'ms', ours: percentile(ours.times, 50), baseline: percentile(theirs.times, 50) },
        {
          metric: 'ack p95',
          unit: 'ms',
          ours: oursP95,
          baseline: theirsP95,
          target: `ours < ${OURS_P95_TARGET_MS} ms and ≥ ${SPEEDUP_TARGET}× faster`,
          pass: oursP95 < OURS_P95_TARGET_MS && theirsP95 / oursP95 >= SPEEDUP_TARGET,
        },
      ],
    };
  } finally {
    for (const close of closers) await close().catch(() => undefined);
  }
}

/** Milliseconds from sending each command until the HTTP answer (the ack) is complete; the last reply's text. */
async function ackTimes(
  slack: SlackEmulator,
  botUrl: string,
  user: SlackUser,
): Promise<{ times: number[]; lastReply: string }> {
  const times: number[] = [];
  let lastReply = '';
  for (let i = 0; i <= SAMPLES; i++) {
    const responseUrl = slack.newResponseUrl({ channelId: CHANNEL, userId: user.id });
    const body = slashCommandBody({
      command: '/calllog',
      text: 'today',
      userId: user.id,
      userName: user.name,
      teamId: EMULATED_TEAM.id,
      channelId: CHANNEL,
      responseUrl,
      triggerId: `bench.${i}`,
    });
    const started = performance.now();
    const response = await sendToBot(botUrl, SIGNING_SECRET, body);
    await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`${botUrl} answered the slash command with HTTP ${response.status}`);
    const reply = await slack.waitForMessage((m) => m.responseUrl === responseUrl, REPLY_TIMEOUT_MS);
    lastReply = (reply.body.text ?? '').slice(0, 60);
    if (i > 0) times.push(elapsed); // the first one warms up connections, auth.test and the user's profile
  }
  return { times, lastReply };
}

function benchConfig(slackApiUrl: string, ringcentral: RingCentralCredentials): BotConfig {
  return {
    slack: { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: slackApiUrl },
    http: { port: 0, host: '127.0.0.1' },
    ringcentral,
    admins: new Set(),
    publicBaseUrl: 'http://127.0.0.1',
    recordingLinkSecret: 'bench-recording-link-secret-0123456789',
    recordingLinkSecretGenerated: false,
    defaultTimeZone: BENCH_TIME_ZONE,
    logLevel: 'error',
    logFormat: 'text',
  };
}
