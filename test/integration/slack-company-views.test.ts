// Company-wide views end to end — signed requests into the real HTTP receiver, the real RingCentral SDK against the
// sandbox — as a matrix: a member asking for `all`, `ext N`, `@someone` or `active all`, or clicking Prev / Next /
// Share on an admin's view, is refused privately with the admins named and RingCentral sees no request for data
// that is not theirs; an admin gets each view, with numbers checked against the sandbox's own records.
import type { KnownBlock } from '@slack/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_NEXT, ACTION_PREV, ACTION_SHARE } from '../../src/blocks/actions.js';
import type { RecordedMessage, SlackUser } from '../../src/local-slack/index.js';
import type { SandboxCallRecord, SandboxExtension, SandboxRequest } from '../../src/sandbox/index.js';
import { clockStartingAt } from '../support/clock.js';
import { expectEveryMessageWithinLimits, withinLimits } from '../support/fake-slack.js';
import { buttonValue, visibleText } from '../support/slack-payloads.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// 18:00 in New York (the admin's zone) on Tuesday 24 November 2026.
const now = clockStartingAt('2026-11-24T23:00:00Z');
// Enough Heavy budget for the whole matrix: rate limiting has tests of its own.
const roomy = { limit: 1000, windowSec: 60, penaltySec: 60 };
let t: TestBot;
let member: SlackUser;
/** A colleague in the admin's zone, so the admin's "yesterday" is theirs too. */
let colleague: SlackUser;
let colleagueExtension: SandboxExtension;

beforeAll(async () => {
  t = await startTestBot({ now, sandbox: { now, historyDays: 10, rateLimits: { Heavy: roomy, Medium: roomy } } });
  member = t.people.la;
  colleagueExtension = t.sandbox.company.extensions.filter((e) => !e.isAdmin)[5] as SandboxExtension;
  colleague = {
    id: 'UCOLLEAGUE',
    name: colleagueExtension.firstName.toLowerCase(),
    realName: colleagueExtension.name,
    email: colleagueExtension.email,
    tz: 'America/New_York',
  };
  t.slack.users.set(colleague.id, colleague);
});
afterAll(() => t?.close());
afterEach(() => expectEveryMessageWithinLimits(t.slack));

const mentionOf = (user: SlackUser) => `<@${user.id}|${user.name}>`;

/** What RingCentral was asked while `run` ran. */
async function requestsDuring(run: () => Promise<unknown>): Promise<SandboxRequest[]> {
  const before = t.sandbox.requests.length;
  await run();
  return t.sandbox.requests.slice(before);
}

/** Requests for anything but `user`'s own extension: their own email lookup and their own extension's data are fine. */
function notTheirs(requests: readonly SandboxRequest[], user: SlackUser): SandboxRequest[] {
  const own = t.extensionOf(user);
  return requests.filter((r) => {
    if (r.route === 'token' || r.route === 'revoke') return false;
    if (r.route === 'extensionList') return (r.query.email ?? []).map((e) => e.toLowerCase()).join() !== own.email;
    return !new RegExp(`/extension/${own.id}(/|$)`).test(r.path);
  });
}

async function commandReply(user: SlackUser, text: string): Promise<RecordedMessage> {
  const sent = await t.command(user, text);
  expect(sent.status).toBe(200);
  const [reply] = await t.repliesAt(sent.responseUrl);
  return withinLimits(reply as RecordedMessage);
}

async function clickReply(user: SlackUser, message: RecordedMessage, actionId: string): Promise<RecordedMessage> {
  const sent = await t.click(user, message, actionId);
  expect(sent.status).toBe(200);
  const [reply] = await t.repliesAt(sent.responseUrl);
  return withinLimits(reply as RecordedMessage);
}

function expectAdminOnlyRefusal(reply: RecordedMessage): void {
  expect(reply.body.response_type).toBe('ephemeral');
  expect(reply.body.replace_original ?? false).toBe(false);
  const text = visibleText(reply);
  expect(text).toMatch(/Only Call Log admins can see/);
  expect(text).toContain('<@UADMIN>');
}

const param = (request: SandboxRequest | undefined, name: string): string => request?.query[name]?.[0] ?? '';

/** The sandbox's records with dateFrom <= startTime < dateTo of `request`, as RingCentral would list them. */
function recordsAskedFor(request: SandboxRequest | undefined): SandboxCallRecord[] {
  const from = Date.parse(param(request, 'dateFrom'));
  const to = Date.parse(param(request, 'dateTo'));
  return t.sandbox.company.records.filter((r) => {
    const start = Date.parse(r.startTime);
    return start >= from && start < to && start <= (request?.at ?? 0);
  });
}

const ANSWERED = new Set(['Accepted', 'Call connected']);
/** Missed, in the product's words: came in, nobody answered it, and it was not a fax that arrived. */
const missedRecord = (r: SandboxCallRecord) =>
  r.direction === 'Inbound' && !ANSWERED.has(r.result) && r.result !== 'Received';

/** "Company-wide calls · today: 116 calls, 37 missed, 33 unreturned. Page 1 of 8." → [116, 37] */
function totalsShown(message: RecordedMessage): [number, number] {
  const match = /: ([\d,]+) calls?, ([\d,]+) missed/.exec(message.body.text ?? '');
  if (!match?.[1] || !match[2]) throw new Error(`no totals in "${message.body.text}"`);
  return [Number(match[1].replaceAll(',', '')), Number(match[2].replaceAll(',', ''))];
}

/** The ranked lines under a breakdown heading ("*Most missed*"), as [who, count]. */
function rankedUnder(message: RecordedMessage, heading: string): Array<[string, number]> {
  const text = visibleText(message);
  const start = text.indexOf(`*${heading}*\n`);
  expect(start, `no ${heading} list`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n').slice(1);
  const ranked: Array<[string, number]> = [];
  for (const line of lines) {
    const match = /^\d+\. (.+?) · ([\d,]+)/.exec(line);
    if (!match?.[1] || !match[2]) break;
    ranked.push([match[1], Number(match[2].replaceAll(',', ''))]);
  }
  return ranked;
}

/** Per extension id, how many of `records` satisfy `counted`. */
function countBy(records: readonly SandboxCallRecord[], counted: (r: SandboxCallRecord) => boolean) {
  const counts = new Map<string, number>();
  for (const r of records)
    if (counted(r)) counts.set(String(r.extension.id), (counts.get(String(r.extension.id)) ?? 0) + 1);
  return counts;
}

/** The people with the highest count, as the breakdown names them. */
function leaders(counts: ReadonlyMap<string, number>): { count: number; names: string[] } {
  const top = Math.max(...counts.values());
  const names = [...counts]
    .filter(([, n]) => n === top)
    .map(([id]) => t.sandbox.company.extensions.find((e) => e.id === id) as SandboxExtension)
    .map((e) => `*${e.name}* ext ${e.extensionNumber}`);
  return { count: top, names };
}

/** A list as its reader sees it, minus the title and the buttons (which carry whose view it is). */
const body = (message: RecordedMessage): KnownBlock[] =>
  ((message.body.blocks ?? []) as KnownBlock[]).filter((b) => b.type !== 'header' && b.type !== 'actions');

describe('a member asking for a view that is not theirs', () => {
  const views = () => [
    ['today all'],
    [`today ext ${colleagueExtension.extensionNumber}`],
    [`today ${mentionOf(colleague)}`],
    ['active all'],
    [`active ext ${colleagueExtension.extensionNumber}`],
  ];

  it.each([[0], [1], [2], [3], [4]])(
    'view %#: refused privately, admins named, nothing of anyone else asked for',
    async (i) => {
      const [text] = views()[i] as [string];
      let reply: RecordedMessage | undefined;
      const requests = await requestsDuring(async () => {
        reply = await commandReply(member, text);
      });
      expectAdminOnlyRefusal(reply as RecordedMessage);
      expect(notTheirs(requests, member)).toEqual([]);
    },
  );
});

describe("an admin's views, and a member clicking their buttons", () => {
  // Admin's views of "last 7 days", each long enough to have a second page.
  const shown: Record<string, { first: RecordedMessage; second: RecordedMessage }> = {};
  const viewTexts = () => ({
    all: 'last 7 days all',
    ext: `last 7 days ext ${colleagueExtension.extensionNumber}`,
    someone: `last 7 days ${mentionOf(colleague)}`,
  });

  beforeAll(async () => {
    for (const [name, text] of Object.entries(viewTexts())) {
      const first = await commandReply(t.people.admin, text);
      expect(buttonValue(first, ACTION_NEXT), `${name} has a second page`).toBeDefined();
      const second = await clickReply(t.people.admin, first, ACTION_NEXT);
      shown[name] = { first, second };
    }
  });

  it.each([
    ['all', 'Prev'],
    ['all', 'Next'],
    ['all', 'Share'],
    ['ext', 'Prev'],
    ['ext', 'Next'],
    ['ext', 'Share'],
    ['someone', 'Prev'],
    ['someone', 'Next'],
    ['someone', 'Share'],
  ])('%s view, %s clicked by a member: refused privately, nothing of anyone else asked for', async (view, label) => {
    const { first, second } = shown[view] as { first: RecordedMessage; second: RecordedMessage };
    const [message, actionId] =
      label === 'Prev' ? [second, ACTION_PREV] : label === 'Next' ? [first, ACTION_NEXT] : [first, ACTION_SHARE];
    let reply: RecordedMessage | undefined;
    const requests = await requestsDuring(async () => {
      reply = await clickReply(member, message, actionId);
    });
    expectAdminOnlyRefusal(reply as RecordedMessage);
    expect(notTheirs(requests, member)).toEqual([]);
  });

  it.each([
    ['all', 'Prev'],
    ['all', 'Next'],
    ['ext', 'Prev'],
    ['ext', 'Next'],
    ['someone', 'Prev'],
    ['someone', 'Next'],
  ])('%s view, %s clicked by the admin: the page it names, same totals, same title', async (view, label) => {
    const { first, second } = shown[view] as { first: RecordedMessage; second: RecordedMessage };
    const [message, actionId, page] = label === 'Prev' ? [second, ACTION_PREV, 1] : [first, ACTION_NEXT, 2];
    const reply = await clickReply(t.people.admin, message, actionId);
    expect(reply.body.replace_original).toBe(true);
    expect(visibleText(reply)).toMatch(new RegExp(`Page ${page} of \\d+`));
    expect(totalsShown(reply)).toEqual(totalsShown(first));
    expect(reply.body.text?.split(' · ')[0]).toBe(first.body.text?.split(' · ')[0]);
  });

  it.each([['all'], ['ext'], ['someone']])(
    '%s view, Share clicked by the admin: its summary in the channel, no call rows',
    async (view) => {
      const { first } = shown[view] as { first: RecordedMessage };
      const reply = await clickReply(t.people.admin, first, ACTION_SHARE);
      expect(reply.body.response_type).toBe('in_channel');
      const text = visibleText(reply);
      expect(text).toContain(`Shared by <@UADMIN>`);
      expect(text).not.toMatch(/\+1 \d{3}-|🎙|[Rr]ecord/);
      expect(((reply.body.blocks ?? []) as KnownBlock[]).some((b) => b.type === 'actions')).toBe(false);
      if (view === 'all') {
        expect(reply.body.text).toMatch(/^Company-wide calls · last 7 days/);
        expect(text).toContain('*Most missed*');
      } else {
        expect(reply.body.text).toMatch(
          new RegExp(`^Ext ${colleagueExtension.extensionNumber} · ${colleagueExtension.name}`),
        );
      }
    },
  );
});

describe("an admin's company-wide numbers", () => {
  it('"today all" counts each call once and ranks who missed and who was busiest, as the records say', async () => {
    let reply: RecordedMessage | undefined;
    const requests = await requestsDuring(async () => {
      reply = await commandReply(t.people.admin, 'today all');
    });
    const callLog = requests.filter((r) => r.route === 'accountCallLog');
    expect(callLog.length).toBeGreaterThan(0);
    expect(requests.filter((r) => r.route === 'extensionCallLog')).toEqual([]);
    const records = recordsAskedFor(callLog[0]);
    expect(records.length).toBeGreaterThan(50);

    const sessions = new Map<string, SandboxCallRecord[]>();
    for (const r of records) sessions.set(r.telephonySessionId, [...(sessions.get(r.telephonySessionId) ?? []), r]);
    expect(sessions.size).toBeLessThan(records.length); // internal calls: two records, one call
    const missedCalls = [...sessions.values()].filter(
      (legs) => !legs.some((r) => ANSWERED.has(r.result)) && legs.some(missedRecord),
    ).length;
    const message = reply as RecordedMessage;
    expect(message.body.text).toMatch(/^Company-wide calls · today/);
    expect(totalsShown(message)).toEqual([sessions.size, missedCalls]);

    const [topMissed] = rankedUnder(message, 'Most missed');
    const missed = leaders(countBy(records, missedRecord));
    expect(topMissed?.[1]).toBe(missed.count);
    expect(missed.names).toContain(topMissed?.[0]);
    const [topBusy] = rankedUnder(message, 'Busiest');
    const busy = leaders(countBy(records, () => true));
    expect(topBusy?.[1]).toBe(busy.count);
    expect(busy.names).toContain(topBusy?.[0]);
    expect(rankedUnder(message, 'Most missed').length).toBeLessThanOrEqual(5);
  });

  it('"ext N" and "@someone" show that person\'s calls exactly as they see them themselves', async () => {
    let byNumber: RecordedMessage | undefined;
    const requests = await requestsDuring(async () => {
      byNumber = await commandReply(t.people.admin, `yesterday ext ${colleagueExtension.extensionNumber}`);
    });
    const own = await commandReply(colleague, 'yesterday');
    const byMention = await commandReply(t.people.admin, `yesterday ${mentionOf(colleague)}`);

    expect(requests.filter((r) => r.route === 'extensionCallLog').map((r) => r.path)).toEqual([
      expect.stringContaining(`/extension/${colleagueExtension.id}/call-log`),
    ]);
    const title = `Ext ${colleagueExtension.extensionNumber} · ${colleagueExtension.name} · yesterday`;
    for (const view of [byNumber as RecordedMessage, byMention]) {
      expect(view.body.blocks?.[0]).toMatchObject({ type: 'header', text: { text: title } });
      expect(body(view)).toEqual(body(own));
    }
    // And those are the records of that extension, the day before, in New York.
    const mine = t.sandbox.company.records.filter(
      (r) =>
        String(r.extension.id) === colleagueExtension.id &&
        r.startTime >= '2026-11-23T05:00:00.000Z' &&
        r.startTime < '2026-11-24T05:00:00.000Z',
    );
    expect(totalsShown(own)).toEqual([mine.length, mine.filter(missedRecord).length]);
  });

  it('"active all" lists every call in progress with who is on it', async () => {
    const reply = await commandReply(t.people.admin, 'active all');
    const active = t.sandbox.company.activeCalls;
    expect(active.length).toBeGreaterThan(0);
    expect(reply.body.text).toBe(`Company-wide calls · in progress: ${active.length} calls.`);
    const text = visibleText(reply);
    for (const call of active) {
      const on = t.sandbox.company.extensions.find((e) => e.id === String(call.extension.id)) as SandboxExtension;
      expect(text).toContain(`*${on.name}* ext ${on.extensionNumber}: `);
    }
  });

  it('"ext N" the company does not have, and "@someone" RingCentral does not know, say so and fetch no calls', async () => {
    let unknown: RecordedMessage | undefined;
    let stranger: RecordedMessage | undefined;
    const requests = await requestsDuring(async () => {
      unknown = await commandReply(t.people.admin, 'today ext 9999');
      stranger = await commandReply(t.people.admin, `today ${mentionOf(t.people.stranger)}`);
    });
    expect(visibleText(unknown as RecordedMessage)).toContain('No RingCentral extension has the number 9999');
    expect(visibleText(stranger as RecordedMessage)).toContain('<@USTRANGER>');
    expect(visibleText(stranger as RecordedMessage)).toContain('sam@stranger.example');
    expect(requests.filter((r) => /call-log|active-calls/.test(r.path))).toEqual([]);
    const byNumber = requests.filter((r) => r.route === 'extensionList' && r.query.extensionNumber);
    expect(byNumber.map((r) => r.query.extensionNumber)).toEqual([['9999']]);
  });
});
