// A whole session of the bot — members and an admin, lists, company views, scopes, recordings and their links, the
// Home tab, typos, a refused link, a token renewal — and then a scan of everything it sent to Slack, every HTTP
// answer it gave, and every log line: no access token, refresh token, client secret, JWT, signing secret, bot token
// or recording-link secret may appear anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_NEXT, ACTION_OPEN_RECORDING, ACTION_SHARE } from '../../src/blocks/actions.js';
import type { RecordedMessage, SlackUser } from '../../src/local-slack/index.js';
import { recordingReadyAt } from '../../src/sandbox/index.js';
import { clockStartingAt } from '../support/clock.js';
import { defined } from '../support/defined.js';
import { type IssuedTokens, recordIssuedTokens, secretsOf } from '../support/issued-tokens.js';
import { buttons } from '../support/slack-payloads.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { NO_THROTTLE } from '../unit/sandbox/sandbox-client.js';

let t: TestBot;
const sandboxNow = clockStartingAt('2026-11-24T23:00:00Z');
/** Every access and refresh token the sandbox issued to the bot. */
let issued: IssuedTokens;
/** Every HTTP answer the bot gave: status line, headers and body, as text. */
const answers: string[] = [];
// Browsing goes around the token recorder: these are the bot's answers, not RingCentral's.
const realFetch = globalThis.fetch;

async function ask(user: SlackUser, text: string): Promise<RecordedMessage> {
  const sent = await t.command(user, text);
  return defined((await t.repliesAt(sent.responseUrl)).at(-1));
}

async function click(user: SlackUser, message: RecordedMessage, actionId: string): Promise<RecordedMessage> {
  const sent = await t.click(user, message, actionId);
  return defined((await t.repliesAt(sent.responseUrl)).at(-1));
}

/** Fetches `path` from the bot as a browser would and keeps the whole answer for the scan. */
async function browse(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const response = await realFetch(`${t.bot.url}${path}`, { headers });
  const body = Buffer.from(await response.clone().arrayBuffer()).toString('latin1');
  answers.push(`${response.status}\n${[...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body}`);
  return response;
}

beforeAll(async () => {
  issued = recordIssuedTokens();
  t = await startTestBot({ now: sandboxNow, logLevel: 'debug', sandbox: { now: sandboxNow, rateLimits: NO_THROTTLE } });
  const { admin, la, berlin, stranger } = t.people;

  const list = await ask(la, 'today');
  const next = buttons(list).some((b) => b.action_id === ACTION_NEXT);
  if (next) await click(berlin, list, ACTION_NEXT);
  await click(la, list, ACTION_SHARE);
  await ask(berlin, 'tody missed');
  await ask(stranger, 'whoami');
  await ask(la, 'all');
  await ask(la, 'scopes');
  await ask(admin, 'today all');
  await ask(admin, 'active all');
  await ask(admin, 'scopes');

  // A recording of the admin's, asked for by id: its link is streamed whole, then in part, then altered.
  const now = sandboxNow().getTime();
  const recorded = defined(
    t.sandbox.company.records.find(
      (r) => String(r.extension.id) === t.extensionOf(admin).id && r.recording && recordingReadyAt(r) < now,
    ),
  );
  const reply = await ask(admin, `recording ${defined(recorded.recording).id}`);
  const link = new URL(defined(buttons(reply).find((b) => b.action_id === ACTION_OPEN_RECORDING)?.url));
  expect((await browse(`${link.pathname}${link.search}`)).status).toBe(200);
  expect((await browse(`${link.pathname}${link.search}`, { Range: 'bytes=0-99' })).status).toBe(206);
  expect((await browse(`${link.pathname}${link.search.replace(/sig=./, 'sig=A')}`)).status).toBeGreaterThan(399);
  await browse(`${link.pathname}?u=ULA&exp=1&sig=x`);
  // A member asks for the admin's recording: refused.
  await ask(la, `recording ${defined(recorded.recording).id}`);
  await browse('/healthz');

  await t.openHome(admin);
  await t.openHome(la);
  await t.openHome(stranger);

  // A refused access token makes the bot renew its session: a second pair of tokens.
  t.sandbox.expireAccessTokens();
  await ask(berlin, 'yesterday');
  // RingCentral keeps failing: the bot logs the error with a reference id.
  t.sandbox.injectFault({ route: 'extensionCallLog', kind: 500, times: 10 });
  const sent = await t.command(berlin, 'last week');
  await t.repliesAt(sent.responseUrl, 1, 15_000);
  await t.close();
}, 60_000);

afterAll(() => issued.restore());

describe('secrets', () => {
  it('were really exercised: two pairs of tokens issued, recordings streamed, a home published', () => {
    expect(issued.access.length).toBeGreaterThanOrEqual(2);
    expect(issued.refresh.length).toBeGreaterThanOrEqual(2);
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(t.slack.views.length).toBeGreaterThanOrEqual(3);
    expect(t.logs.some((line) => line.includes('recording streamed'))).toBe(true);
  });

  it('never reach Slack, an HTTP answer or a log line', () => {
    const secrets = secretsOf(t, issued);
    const toSlack = [
      ...t.slack.apiCalls.map((call) => JSON.stringify(call)),
      ...t.slack.messages.map((m) => JSON.stringify(m)),
      ...t.slack.views.map((v) => JSON.stringify(v)),
    ];
    expect(toSlack.length).toBeGreaterThan(20);
    const places = { slack: toSlack, http: answers, logs: t.logs };
    for (const [where, texts] of Object.entries(places)) {
      for (const secret of secrets) {
        const leaks = texts.filter((text) => text.includes(secret));
        expect(leaks, `${where} holds a secret (${secret.slice(0, 6)}…)`).toEqual([]);
      }
    }
  });
});
