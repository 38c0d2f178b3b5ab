// Recordings end to end: `/calllog recording ID` and ▶ buttons over signed HTTP, the private link they give, and
// GET /recordings/{id} streaming from the sandbox's media origin. Who may hear what is proven on the sandbox's
// request log: a member's refusal costs no request for anyone else's data; an admin may hear any call.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_OPEN_RECORDING, ACTION_SHARE } from '../../src/blocks/actions.js';
import type { RecordedMessage, SlackUser } from '../../src/local-slack/index.js';
import { createRecordingLinks } from '../../src/recordings/links.js';
import { recordingReadyAt, type SandboxCallRecord, type SandboxRequest } from '../../src/sandbox/index.js';
import { clockStartingAt } from '../support/clock.js';
import { defined } from '../support/defined.js';
import { expectEveryMessageWithinLimits } from '../support/fake-slack.js';
import { buttonClickWithValue, buttons, visibleText } from '../support/slack-payloads.js';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../support/test-bot.js';
import { get, login, NO_THROTTLE } from '../unit/sandbox/sandbox-client.js';

let t: TestBot;
// 15:00 in Los Angeles, 18:00 at the company in New York, on a Tuesday: the sandbox's day is mostly behind it, so
// every extension has a recording from today.
const sandboxNow = clockStartingAt('2026-11-24T23:00:00Z');
/** The bot's clock runs this far ahead of the sandbox's. */
let shiftMs = 0;

beforeAll(async () => {
  t = await startTestBot({
    now: () => new Date(sandboxNow().getTime() + shiftMs),
    sandbox: { now: sandboxNow, historyDays: 3, rateLimits: NO_THROTTLE },
  });
});
afterAll(() => t?.close());
beforeEach(() => {
  shiftMs = 0;
});
afterEach(() => expectEveryMessageWithinLimits(t.slack));

const DAY = 86_400_000;
const extensionId = (user: SlackUser) => t.extensionOf(user).id;

/** `user`'s calls with a recording that exists now, newest first. */
function recordedCalls(user: SlackUser): SandboxCallRecord[] {
  const now = sandboxNow().getTime();
  return t.sandbox.company.records.filter(
    (r) =>
      String(r.extension.id) === extensionId(user) &&
      r.recording !== undefined &&
      recordingReadyAt(r) < now &&
      Date.parse(r.startTime) > now - 2 * DAY,
  );
}
const recordedCall = (user: SlackUser, index = 0) => defined(recordedCalls(user)[index]);
const recordingOf = (record: SandboxCallRecord) => defined(record.recording);

async function ask(user: SlackUser, text: string): Promise<RecordedMessage> {
  const sent = await t.command(user, text);
  const replies = await t.repliesAt(sent.responseUrl);
  return defined(replies.at(-1));
}

async function click(user: SlackUser, message: RecordedMessage, actionId: string): Promise<RecordedMessage> {
  const sent = await t.click(user, message, actionId);
  return defined((await t.repliesAt(sent.responseUrl)).at(-1));
}

/** The ▶ buttons of a list, as the action ids to click. */
const playButtons = (message: RecordedMessage) =>
  buttons(message)
    .map((b) => b.action_id ?? '')
    .filter((id) => id.startsWith('calllog_play'));

/** The private link in a recording reply (its link button). */
function linkIn(message: RecordedMessage): URL {
  const button = buttons(message).find((b) => b.action_id === ACTION_OPEN_RECORDING);
  return new URL(defined(button?.url));
}

/** Opens a link as a browser would, on the bot's real port (PUBLIC_BASE_URL in the tests has none). */
function open(link: URL, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${t.bot.url}${link.pathname}${link.search}`, { headers });
}

/** What the sandbox saw since the last clearRequests, as "route path". */
const seen = () => t.sandbox.requests.map((r) => `${r.route} ${r.path}`);

/**
 * Requests for data that is not `user`'s: anything company-wide, any recording, any other extension's path. A
 * member's lookups may read their own extension's call log and the directory (to link them), nothing else.
 */
function notTheirs(user: SlackUser): SandboxRequest[] {
  const own = `/extension/${extensionId(user)}/`;
  return t.sandbox.requests.filter((r) => {
    if (r.route === 'token' || r.route === 'extensionList') return false;
    return !((r.route === 'extensionCallLog' || r.route === 'extensionCallRecord') && r.path.includes(own));
  });
}

/** The recording's bytes as the sandbox serves them to anyone with a token (what the link must stream). */
async function sandboxAudio(record: SandboxCallRecord, range?: string): Promise<Buffer> {
  const { access_token } = await login(t.sandbox);
  const response = await get(t.sandbox, access_token, recordingOf(record).contentUri, range ? { Range: range } : {});
  return Buffer.from(await response.arrayBuffer());
}

describe('/calllog recording ID', () => {
  it('gives a member the call and a private link for their own recording id, after their own data only', async () => {
    const record = recordedCall(t.people.la);
    t.sandbox.clearRequests();
    const reply = await ask(t.people.la, `recording ${recordingOf(record).id}`);
    expect(reply.body.response_type).toBe('ephemeral');
    const text = visibleText(reply);
    expect(text).toContain('Recording');
    expect(text).toMatch(/When[\s\S]*Who[\s\S]*Duration[\s\S]*Type/);
    const link = linkIn(reply);
    expect(link.pathname).toBe(`/recordings/${recordingOf(record).id}`);
    expect([...link.searchParams.keys()]).toEqual(['u', 'exp', 'sig']);
    expect(link.searchParams.get('u')).toBe('ULA');
    expect(notTheirs(t.people.la).filter((r) => r.route !== 'recording')).toEqual([]);
    expect(seen()).toContain(`recording /restapi/v1.0/account/~/recording/${recordingOf(record).id}`);
  });

  it('takes a call record id as well', async () => {
    const record = recordedCall(t.people.la);
    t.sandbox.clearRequests();
    const reply = await ask(t.people.la, `recording ${record.id}`);
    expect(linkIn(reply).pathname).toBe(`/recordings/${recordingOf(record).id}`);
    expect(seen()[0]).toBe(
      `extensionCallRecord /restapi/v1.0/account/~/extension/${extensionId(t.people.la)}/call-log/${record.id}`,
    );
  });

  it('says "no such recording" for an id that does not exist, and "no recording" for a call without one', async () => {
    const missing = visibleText(await ask(t.people.la, 'recording 999999999'));
    expect(missing).toMatch(/found no recording or call `999999999` among your calls of the last 30 days/);
    const unrecorded = defined(
      t.sandbox.company.records.find(
        (r) =>
          String(r.extension.id) === extensionId(t.people.la) &&
          !r.recording &&
          Date.parse(r.startTime) + (r.durationMs ?? 0) < sandboxNow().getTime() - 3_600_000,
      ),
    );
    expect(visibleText(await ask(t.people.la, `recording ${unrecorded.id}`))).toMatch(
      new RegExp(`Call \`${unrecorded.id}\` has no recording`),
    );
  });
});

describe('who may hear what: a member is refused with zero requests for data not theirs, an admin is not', () => {
  it("a member typing another extension's recording id or call id", async () => {
    const theirs = recordedCall(t.people.berlin);
    for (const id of [recordingOf(theirs).id, theirs.id]) {
      t.sandbox.clearRequests();
      const reply = await ask(t.people.la, `recording ${id}`);
      expect(visibleText(reply)).toMatch(/found no recording or call .* among your calls/);
      expect(buttons(reply).filter((b) => b.url)).toEqual([]);
      expect(notTheirs(t.people.la)).toEqual([]);
    }
  });

  it("an admin typing the same ids gets the call and a link, through the company's log", async () => {
    const theirs = recordedCall(t.people.berlin);
    for (const id of [recordingOf(theirs).id, theirs.id]) {
      t.sandbox.clearRequests();
      const reply = await ask(t.people.admin, `recording ${id}`);
      expect(linkIn(reply).pathname).toBe(`/recordings/${recordingOf(theirs).id}`);
      expect(visibleText(reply)).toContain(t.extensionOf(t.people.berlin).name);
      expect(t.sandbox.requests.some((r) => r.route === 'accountCallLog' || r.route === 'accountCallRecord')).toBe(
        true,
      );
    }
  });

  it("a member clicking the ▶ of a colleague's list (a shared message) is refused; an admin is not", async () => {
    const list = await ask(t.people.berlin, 'last 2 days recorded');
    const [play] = playButtons(list);
    expect(play).toBeDefined();

    t.sandbox.clearRequests();
    const refused = await click(t.people.la, list, defined(play));
    expect(refused.body.response_type).toBe('ephemeral');
    expect(refused.body.replace_original).toBe(false);
    expect(visibleText(refused)).toMatch(/among your calls/);
    expect(notTheirs(t.people.la)).toEqual([]);

    const allowed = await click(t.people.admin, list, defined(play));
    expect(linkIn(allowed).pathname).toMatch(/^\/recordings\/\d+$/);

    // And the list's own user hears it, as the ▶ promised.
    const own = await click(t.people.berlin, list, defined(play));
    expect(linkIn(own).searchParams.get('u')).toBe('UBERLIN');
  });

  it('a member opening a link to a recording that is not theirs (made with the real secret) gets a page, not audio', async () => {
    const links = createRecordingLinks({
      secret: t.config.recordingLinkSecret,
      publicBaseUrl: t.bot.url,
      now: () => sandboxNow().getTime(),
    });
    const theirs = recordingOf(recordedCall(t.people.berlin));
    t.sandbox.clearRequests();
    const response = await open(new URL(links.issue(theirs.id, 'ULA').url));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/You can’t open this recording now/);
    expect(notTheirs(t.people.la)).toEqual([]);
  });

  it("an admin opening a link to someone else's recording hears it", async () => {
    const record = recordedCall(t.people.berlin);
    const link = linkIn(await ask(t.people.admin, `recording ${recordingOf(record).id}`));
    const response = await open(link);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(await sandboxAudio(record))).toBe(true);
  });

  it("another user's link with the user changed to oneself is refused before RingCentral is asked", async () => {
    const link = linkIn(await ask(t.people.berlin, `recording ${recordingOf(recordedCall(t.people.berlin)).id}`));
    link.searchParams.set('u', 'ULA');
    t.sandbox.clearRequests();
    expect((await open(link)).status).toBe(403);
    expect(t.sandbox.requests).toEqual([]);
  });
});

describe('GET /recordings/{id}', () => {
  let record: SandboxCallRecord;
  let link: URL;

  beforeAll(async () => {
    record = recordedCall(t.people.la);
    link = linkIn(await ask(t.people.la, `recording ${recordingOf(record).id}`));
  });

  it('streams the bytes the sandbox holds, with the headers an audio player needs', async () => {
    t.sandbox.clearRequests();
    const response = await open(link);
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    const expected = await sandboxAudio(record);
    expect(body.equals(expected)).toBe(true);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('content-length')).toBe(String(expected.length));
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="recording-${recordingOf(record).id}.wav"`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // From the media origin the metadata named, with no second look-up: the link's call was remembered.
    expect(t.sandbox.requests.filter((r) => r.route !== 'token').map((r) => `${r.origin} ${r.route}`)).toEqual([
      'media recordingContent',
      'media recordingContent',
    ]);
  });

  it('passes Range through: bytes=0-99 is a 206 of exactly those 100 bytes', async () => {
    const response = await open(link, { Range: 'bytes=0-99' });
    expect(response.status).toBe(206);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBe(100);
    expect(body.equals((await sandboxAudio(record)).subarray(0, 100))).toBe(true);
    expect(response.headers.get('content-range')).toBe(`bytes 0-99/${(await sandboxAudio(record)).length}`);
    expect(response.headers.get('content-length')).toBe('100');
  });

  it('answers a range past the end with 416 and the real size', async () => {
    const size = (await sandboxAudio(record)).length;
    const response = await open(link, { Range: `bytes=${size}-` });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${size}`);
  });

  it.each([
    [
      'the recording id',
      (l: URL) => new URL(l.href.replace(`/recordings/${l.pathname.split('/')[2]}`, '/recordings/1')),
    ],
    ['the user', (l: URL) => withParam(l, 'u', 'UBERLIN')],
    ['the expiry', (l: URL) => withParam(l, 'exp', String(Number(l.searchParams.get('exp')) + 60))],
    ['the signature', (l: URL) => withParam(l, 'sig', flipLast(defined(l.searchParams.get('sig'))))],
  ])('refuses a link with %s changed, with a page saying so, and asks RingCentral nothing', async (_, change) => {
    t.sandbox.clearRequests();
    const response = await open(change(link));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toMatch(/This link is not valid/);
    expect(page).toContain('/calllog recording');
    expect(page).not.toMatch(/at .*\.ts:\d+/);
    expect(t.sandbox.requests).toEqual([]);
  });

  it('refuses a link cut short', async () => {
    const cut = new URL(link.href);
    cut.searchParams.delete('sig');
    const response = await open(cut);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/This link is incomplete/);
  });

  it('refuses an expired link (the clock moved on 15 minutes)', async () => {
    shiftMs = 15 * 60_000 + 1_000;
    t.sandbox.clearRequests();
    const response = await open(link);
    expect(response.status).toBe(410);
    expect(await response.text()).toMatch(/This link has expired[\s\S]*\/calllog recording/);
    expect(t.sandbox.requests).toEqual([]);
  });

  it('writes an audit line for each link issued and each stream, with no token or signature', () => {
    const audit = t.logs.filter((line) => /recording (link issued|streamed)/.test(line));
    expect(audit.some((line) => line.includes('recording link issued') && line.includes('ULA'))).toBe(true);
    const streamed = defined(
      audit.find((line) => line.includes('recording streamed') && line.includes(recordingOf(record).id)),
    );
    expect(streamed.split('\n')).toHaveLength(1);
    expect(streamed).toMatch(/INFO/);
    expect(streamed).toContain(recordingOf(record).id);
    expect(streamed).toContain(record.id);
    expect(streamed).toContain('ULA');
    const everything = t.logs.join('\n');
    expect(everything).not.toContain(defined(link.searchParams.get('sig')));
    expect(everything).not.toContain(t.config.recordingLinkSecret);
  });
});

describe('sharing', () => {
  it('"Share in channel" carries no ▶ and no recording link', async () => {
    const list = await ask(t.people.berlin, 'last 2 days recorded');
    expect(playButtons(list).length).toBeGreaterThan(0);
    const shared = await click(t.people.berlin, list, ACTION_SHARE);
    expect(shared.body.response_type).toBe('in_channel');
    expect(buttons(shared)).toEqual([]);
    expect(JSON.stringify(shared.body)).not.toMatch(/recordings\/|calllog_play/);
  });

  it.each([['not json'], ['{"c":"abc","r":"../../etc"}'], ['{"c":"abc"}']])(
    'a forged ▶ value (%s) gets no answer and sends RingCentral nothing',
    async (value) => {
      const list = await ask(t.people.berlin, 'last 2 days recorded');
      t.sandbox.clearRequests();
      const forged = buttonClickWithValue(t.slack, t.people.la, list, 'calllog_play:0', value);
      expect((await t.post(forged.body, SIGNING_SECRET)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(t.slack.messages.filter((m) => m.responseUrl === forged.responseUrl)).toEqual([]);
      expect(t.sandbox.requests).toEqual([]);
    },
  );
});

function withParam(link: URL, name: string, value: string): URL {
  const changed = new URL(link.href);
  changed.searchParams.set(name, value);
  return changed;
}

function flipLast(text: string): string {
  return text.slice(0, -1) + (text.endsWith('A') ? 'B' : 'A');
}
