// What an adversarial probe found at the bot's door: a timestamp from the future accepted, `payload=null` left
// unanswered, a re-delivered request answered twice, and a long text that froze everyone else's requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_PATH, HEALTH_PATH } from '../../src/app.js';
import { ACTION_SHARE } from '../../src/blocks/actions.js';
import type { RecordedMessage } from '../../src/local-slack/index.js';
import { signRequest } from '../../src/local-slack/index.js';
import { parseCommand } from '../../src/query/index.js';
import { encodeListState, listStateOf } from '../../src/query/list-state.js';
import { defined } from '../support/defined.js';
import { buttonClick, buttonClickWithValue, slashCommand, visibleText } from '../support/slack-payloads.js';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../support/test-bot.js';

let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ sandbox: { historyDays: 2 } });
});
afterAll(() => t?.close());

const nowSec = () => Math.floor(Date.now() / 1000);
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const callLogRequests = () => t.sandbox.requests.filter((r) => r.route.endsWith('CallLog'));

async function signedPost(body: string, headers: Record<string, string> = {}, contentType?: string) {
  const started = performance.now();
  const response = await fetch(`${t.bot.url}${EVENTS_PATH}`, {
    method: 'POST',
    headers: { ...signRequest(SIGNING_SECRET, body, nowSec(), contentType), ...headers },
    body,
    signal: AbortSignal.timeout(5_000),
  });
  return { status: response.status, text: await response.text(), elapsedMs: performance.now() - started };
}

async function listOfToday(): Promise<RecordedMessage> {
  const sent = await t.command(t.people.la, 'today');
  return defined((await t.repliesAt(sent.responseUrl)).at(-1));
}

describe('request timestamps', () => {
  it('refuses a correctly signed request stamped 10 minutes in the future, and answers nothing', async () => {
    const request = slashCommand(t.slack, t.people.la, 'help');
    expect((await t.post(request.body, SIGNING_SECRET, nowSec() + 600)).status).toBe(401);
    await settle();
    expect(t.slack.messages.filter((m) => m.responseUrl === request.responseUrl)).toEqual([]);
  });

  it('accepts one 4 minutes ahead, within Slack’s five minutes either way', async () => {
    const request = slashCommand(t.slack, t.people.la, 'help');
    expect((await t.post(request.body, SIGNING_SECRET, nowSec() + 240)).status).toBe(200);
    await t.repliesAt(request.responseUrl);
  });
});

describe('malformed bodies', () => {
  it.each([
    ['payload=null', 'payload=null'],
    ['payload=1', 'payload=1'],
    ['payload=[]', 'payload=%5B%5D'],
    ['payload="text"', 'payload=%22text%22'],
    ['payload that is not JSON', 'payload=%7Bnot-json'],
  ])('a signed %s gets a prompt 400', async (_name, body) => {
    const answer = await signedPost(body);
    expect(answer.status).toBe(400);
    expect(answer.elapsedMs).toBeLessThan(1_000);
  });

  it.each(['null', '[]', '42', '{"type":'])('a signed JSON body %s gets a prompt 400', async (body) => {
    const answer = await signedPost(body, {}, 'application/json');
    expect(answer.status).toBe(400);
  });

  it('an unsigned payload=null gets the 401 of any unsigned request', async () => {
    const answer = await signedPost('payload=null', { 'x-slack-signature': 'v0=00' });
    expect(answer.status).toBe(401);
  });
});

describe('requests Slack re-delivers', () => {
  it('a slash command sent twice with the same body is answered once', async () => {
    const request = slashCommand(t.slack, t.people.la, 'help');
    expect((await t.post(request.body, SIGNING_SECRET)).status).toBe(200);
    await t.repliesAt(request.responseUrl);
    expect((await t.post(request.body, SIGNING_SECRET)).status).toBe(200);
    await settle();
    expect(t.slack.messages.filter((m) => m.responseUrl === request.responseUrl)).toHaveLength(1);
  });

  it('a Share click re-delivered with X-Slack-Retry-Num posts once and asks RingCentral once', async () => {
    const list = await listOfToday();
    const click = buttonClick(t.slack, t.people.la, list, ACTION_SHARE);
    t.sandbox.clearRequests();
    expect((await signedPost(click.body)).status).toBe(200);
    await t.repliesAt(click.responseUrl);
    await settle();
    const posted = t.slack.messages.length;
    const asked = callLogRequests().length;
    const again = await signedPost(click.body, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(again).toMatchObject({ status: 200, text: '' });
    expect((await signedPost(click.body)).status).toBe(200);
    await settle();
    expect(t.slack.messages.length).toBe(posted);
    expect(callLogRequests().length).toBe(asked);
  });

  it('two different clicks on the same button are both answered', async () => {
    const list = await listOfToday();
    const first = buttonClick(t.slack, t.people.la, list, ACTION_SHARE);
    const second = buttonClick(t.slack, t.people.la, list, ACTION_SHARE);
    await Promise.all([signedPost(first.body), signedPost(second.body)]);
    await Promise.all([t.repliesAt(first.responseUrl), t.repliesAt(second.responseUrl)]);
  });
});

describe('a forged button value', () => {
  it('a Share whose window runs from 1970 to now is neither answered nor shared, and nothing is fetched', async () => {
    const list = await listOfToday();
    const query = parseCommand('today', { now: new Date(), timeZone: 'UTC' });
    if (query.kind !== 'calls') throw new Error('expected a calls query');
    const forged = encodeListState({ ...listStateOf(query, 0), from: 0, to: Date.now() });
    const click = buttonClickWithValue(t.slack, t.people.la, list, ACTION_SHARE, forged);
    t.sandbox.clearRequests();
    const posted = t.slack.messages.length;
    expect((await signedPost(click.body)).status).toBe(200);
    await settle();
    expect(t.slack.messages.length).toBe(posted);
    expect(callLogRequests()).toEqual([]);
    expect(t.logs.some((line) => line.includes('Ignored a share click'))).toBe(true);
  });
});

describe('a long hostile text', () => {
  it('is refused with a clear message while /healthz keeps answering at once', async () => {
    const text = '1 '.repeat(2_000);
    const request = slashCommand(t.slack, t.people.la, text);
    const sent = t.post(request.body, SIGNING_SECRET);
    const started = performance.now();
    const health = await fetch(`${t.bot.url}${HEALTH_PATH}`);
    const healthMs = performance.now() - started;
    expect(health.status).toBe(200);
    expect((await sent).status).toBe(200);
    expect(healthMs).toBeLessThan(250);
    const [reply] = await t.repliesAt(request.responseUrl);
    expect(visibleText(defined(reply))).toContain('I read at most 1000');
    expect(defined(reply).body.response_type ?? 'ephemeral').toBe('ephemeral');
  });
});
