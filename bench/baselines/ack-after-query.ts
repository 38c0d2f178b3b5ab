// Baseline for ack-latency: the common mistake. A minimal Bolt app — the same HTTP receiver and signature
// check as ours — whose /calllog handler asks RingCentral for today's calls first and acknowledges Slack after,
// so Slack waits as long as RingCentral does.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TZDate } from '@date-fns/tz';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { startOfDay } from 'date-fns';
import { loginWithSdk, type RingCentralCredentials } from './raw-sdk.js';

export interface AckAfterQueryOptions {
  signingSecret: string;
  botToken: string;
  slackApiUrl: string;
  ringcentral: RingCentralCredentials;
  timeZone: string;
  now: () => Date;
}

export interface RunningBaselineApp {
  url: string;
  close(): Promise<void>;
}

export async function startAckAfterQueryApp(options: AckAfterQueryOptions): Promise<RunningBaselineApp> {
  const platform = await loginWithSdk(options.ringcentral);
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: '/slack/events',
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    receiver,
    token: options.botToken,
    clientOptions: { slackApiUrl: options.slackApiUrl },
    logLevel: LogLevel.ERROR,
  });

  app.command('/calllog', async ({ ack, respond }) => {
    const now = options.now();
    const from = startOfDay(new TZDate(now.getTime(), options.timeZone));
    const response = await platform.get('/restapi/v1.0/account/~/extension/~/call-log', {
      dateFrom: from.toISOString(),
      dateTo: now.toISOString(),
      perPage: 1000,
    });
    const { records } = (await response.json()) as { records?: unknown[] };
    await ack();
    await respond({ response_type: 'ephemeral', text: `You had ${records?.length ?? 0} calls today.` });
  });

  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.stop();
      await platform.logout().catch(() => undefined);
    },
  };
}
