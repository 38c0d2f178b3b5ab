import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { MissingPermissionError, RateLimitedError } from '../../../src/errors.js';
import { calllogCommand } from '../../../src/listeners/commands/calllog.js';
import type { CallLogService, PermissionsReport } from '../../../src/service/types.js';
import { ALICE_EXT, callsResult, commandArgs, fakeAccess, fakeService, listenerDeps, NOW, textOf } from './fakes.js';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const alice = {
  UALICE: {
    link: { kind: 'linked' as const, extension: ALICE_EXT, email: 'alice@example.com' },
    zone: { timeZone: 'America/Los_Angeles', source: 'slack' as const },
  },
};

async function run(text: string, service: CallLogService = fakeService(), userId = 'UALICE', admins: string[] = []) {
  const deps = listenerDeps(service, fakeAccess(alice, admins));
  const events: string[] = [];
  const { args, replies } = commandArgs(text, userId, events);
  const accessTimeZone = deps.access.timeZone as ReturnType<typeof vi.fn>;
  accessTimeZone.mockImplementation(async (id: string) => {
    events.push('users.info');
    return id === 'UALICE' ? alice.UALICE.zone : { timeZone: 'UTC', source: 'utc' };
  });
  await calllogCommand(deps)(args as unknown as CommandArgs);
  return { replies, events, deps, args };
}

describe('/calllog', () => {
  it('acknowledges before doing any work, with an empty ack', async () => {
    const { events, args } = await run('today');
    expect(events[0]).toBe('ack');
    expect(args.ack).toHaveBeenCalledWith();
  });

  it("asks for the user's own extension over the window in their zone, and answers privately", async () => {
    const service = fakeService();
    const { replies } = await run('today missed', service);
    expect(service.calls).toHaveBeenCalledWith(
      {
        from: new Date('2026-03-10T07:00:00Z'), // midnight in Los Angeles (PDT since 8 March)
        to: NOW,
        whose: { kind: 'extension', extensionId: ALICE_EXT.id },
        filters: ['missed'],
        timeZone: 'America/Los_Angeles',
      },
      expect.any(Function),
    );
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });

  it('answers an unknown word with usage quoting it, and fetches nothing', async () => {
    const service = fakeService();
    const { replies } = await run('todya', service);
    expect(service.calls).not.toHaveBeenCalled();
    expect(replies[0]?.response_type).toBe('ephemeral');
    expect(textOf(replies[0])).toContain('todya');
    expect(textOf(replies[0])).toContain('/calllog [when]');
  });

  it('tells an unlinked user so, showing the email that was tried', async () => {
    const deps = listenerDeps(
      fakeService(),
      fakeAccess({ UBOB: { link: { kind: 'unlinked', email: 'bob@elsewhere.org' } } }),
    );
    const { args, replies } = commandArgs('today', 'UBOB');
    await calllogCommand(deps)(args as unknown as CommandArgs);
    expect(deps.service.calls).not.toHaveBeenCalled();
    expect(textOf(replies[0])).toContain('bob@elsewhere.org');
  });

  it('names the missing RingCentral permission', async () => {
    const service = fakeService({
      calls: vi.fn(async () => Promise.reject(new MissingPermissionError('ReadCallLog', 'extensionCallLog'))),
    });
    const { replies } = await run('today', service);
    expect(textOf(replies[0])).toContain('ReadCallLog');
    expect(replies[0]?.response_type).toBe('ephemeral');
  });

  it('says the answer is delayed at the first rate-limit wait, then replaces that notice with the answer', async () => {
    const service = fakeService({
      calls: vi.fn(async (_request, onDelay) => {
        onDelay?.({ waitMs: 20_000, group: 'Heavy' });
        onDelay?.({ waitMs: 10_000, group: 'Heavy' });
        return callsResult(2);
      }),
    });
    const { replies } = await run('today', service);
    expect(replies).toHaveLength(2);
    expect(textOf(replies[0])).toMatch(/delayed/i);
    expect(replies[0]?.replace_original).toBe(false);
    expect(replies[1]?.replace_original).toBe(true);
    expect(textOf(replies[1])).toContain('2 calls');
  });

  it('tells the user when RingCentral keeps limiting past the waits', async () => {
    const service = fakeService({ calls: vi.fn(async () => Promise.reject(new RateLimitedError(45_000, 'Heavy'))) });
    const { replies } = await run('today', service);
    expect(textOf(replies[0])).toMatch(/try again/i);
  });

  it('answers an unexpected failure with a reference id that is also in the log, and no stack trace', async () => {
    const service = fakeService({ calls: vi.fn(async () => Promise.reject(new TypeError('boom at secret place'))) });
    const { replies, deps } = await run('today', service);
    const text = textOf(replies[0]);
    const ref = /E[0-9A-F]{8}/.exec(text)?.[0];
    expect(ref).toBeDefined();
    expect(text).not.toContain('boom');
    expect(text).not.toContain('at ');
    expect(text).toMatch(/inside Call Log/);
    expect(text).not.toMatch(/RingCentral/);
    expect((deps as unknown as { logs: string[] }).logs.join('\n')).toMatch(new RegExp(`${ref}.*UALICE[\\s\\S]*boom`));
  });

  it.each([['all'], ['ext 101'], ['active all'], ['active ext 101'], ['scopes'], ['<@U999|bob>'], ['yesterday all']])(
    'refuses "%s" to a member, naming the admins, and fetches nothing',
    async (text) => {
      const service = fakeService();
      const { replies, deps } = await run(text, service, 'UALICE', ['UADMIN']);
      const reply = textOf(replies[0]);
      expect(reply).toMatch(/Only Call Log admins can see/);
      expect(reply).toContain('<@UADMIN>');
      expect(replies[0]).toMatchObject({ response_type: 'ephemeral' });
      expect(service.calls).not.toHaveBeenCalled();
      expect(service.activeCalls).not.toHaveBeenCalled();
      expect(service.permissionsReport).not.toHaveBeenCalled();
      expect(deps.access.link).not.toHaveBeenCalled();
    },
  );

  it("answers an admin's scopes with the permissions report, privately, its times in the admin's zone", async () => {
    const report: PermissionsReport = {
      granted: ['ReadCallLog'],
      capabilities: [],
      owner: { id: '5', name: 'Noah', extensionNumber: '101', isAdmin: true },
      companyCallLog: { known: true, granted: true },
      optional: [],
      token: { accessTokenExpiresAt: new Date(NOW.getTime() + 30 * 60_000) },
    };
    const service = fakeService({ permissionsReport: vi.fn(async () => report) });
    const { replies } = await run('scopes', service, 'UALICE', ['UALICE']);
    expect(service.permissionsReport).toHaveBeenCalledTimes(1);
    expect(replies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(textOf(replies[0])).toContain('RingCentral permissions');
    expect(textOf(replies[0])).toContain('11:30 America/Los_Angeles (in 30 min)');
  });

  it('shows which extension and zone whoami resolves to', async () => {
    const { replies } = await run('whoami');
    const text = textOf(replies[0]);
    expect(text).toContain('102');
    expect(text).toContain('America/Los_Angeles');
  });

  it("lists the user's own active calls", async () => {
    const service = fakeService();
    await run('active', service);
    expect(service.activeCalls).toHaveBeenCalledWith(
      { kind: 'extension', extensionId: ALICE_EXT.id },
      expect.any(Function),
    );
  });

  it('falls back to a private chat.postEphemeral once the response_url is used up', async () => {
    const deps = listenerDeps(fakeService(), fakeAccess(alice));
    for (let i = 0; i < 5; i++) deps.budget.take('https://hooks.slack.test/commands/1');
    const { args, replies } = commandArgs('help');
    await calllogCommand(deps)(args as unknown as CommandArgs);
    expect(replies).toHaveLength(0);
    expect(args.client.chat.postEphemeral).toHaveBeenCalledWith(
      expect.objectContaining({ channel: 'C1', user: 'UALICE' }),
    );
  });
});
