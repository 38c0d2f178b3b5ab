import { describe, expect, it } from 'vitest';
import { RingCentralLoginError } from '../../../src/ringcentral/errors.js';
import type { WaitListener } from '../../../src/ringcentral/pipeline.js';
import { renewOnUnauthorized } from '../../../src/ringcentral/renew-on-unauthorized.js';
import {
  clientError,
  ok,
  recordingLog,
  request,
  scripted,
  serverError,
  thrown,
  unauthorized,
} from './pipeline-fakes.js';

function fakeSession(overrides: { ready?: () => Promise<void>; renew?: () => Promise<void> } = {}) {
  const events: string[] = [];
  const session = {
    ready: async () => {
      events.push('ready');
      await overrides.ready?.();
    },
    renew: async (generation: number) => {
      events.push(`renew ${generation}`);
      await overrides.renew?.();
    },
  };
  return { session, events };
}

describe('renewing the session on 401', () => {
  it('makes sure of a usable session before the request leaves', async () => {
    const { session, events } = fakeSession();
    const next = scripted(ok());
    const send = renewOnUnauthorized({ session, log: recordingLog() })(async (req) => {
      events.push('sent');
      return next.send(req);
    });
    await send(request());
    expect(events).toEqual(['ready', 'sent']);
  });

  it('lets the request hear the waits of the login it is held behind, and only while it is held', async () => {
    const listeners = new Set<WaitListener>();
    const broadcast = (ms: number) => {
      for (const listener of listeners) listener(ms, 'Auth');
    };
    const { session } = fakeSession({ ready: async () => broadcast(60_000), renew: async () => broadcast(30_000) });
    const heard: number[] = [];
    const next = scripted(unauthorized(1), ok());
    const send = renewOnUnauthorized({
      session,
      log: recordingLog(),
      watchAuthWaits: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    })(next.send);
    await send(request({ onWait: (ms) => heard.push(ms) }));
    expect(heard).toEqual([60_000, 30_000]);
    expect(listeners.size).toBe(0);
  });

  it('renews the token RingCentral refused, by its generation, and sends the request once more', async () => {
    const { session, events } = fakeSession();
    const next = scripted(unauthorized(3), ok());
    const response = await renewOnUnauthorized({ session, log: recordingLog() })(next.send)(request());
    expect(response.status).toBe(200);
    expect(events).toEqual(['ready', 'renew 3']);
    expect(next.calls).toHaveLength(2);
  });

  it('a 401 after the renewal is final: no second renewal, no third attempt', async () => {
    const { session, events } = fakeSession();
    const second = unauthorized(4);
    const next = scripted(unauthorized(3), second, ok());
    expect(await thrown(renewOnUnauthorized({ session, log: recordingLog() })(next.send)(request()))).toBe(second);
    expect(events.filter((e) => e.startsWith('renew'))).toEqual(['renew 3']);
    expect(next.calls).toHaveLength(2);
  });

  it('a failed login or renewal is final: the request is not sent (again)', async () => {
    const refused = new RingCentralLoginError(400, { error: 'invalid_grant' }, {});
    const early = fakeSession({ ready: () => Promise.reject(refused) });
    const next = scripted(ok());
    expect(
      await thrown(renewOnUnauthorized({ session: early.session, log: recordingLog() })(next.send)(request())),
    ).toBe(refused);
    expect(next.calls).toHaveLength(0);

    const late = fakeSession({ renew: () => Promise.reject(refused) });
    const again = scripted(unauthorized(1), ok());
    expect(
      await thrown(renewOnUnauthorized({ session: late.session, log: recordingLog() })(again.send)(request())),
    ).toBe(refused);
    expect(again.calls).toHaveLength(1);
  });

  it('leaves other failures alone', async () => {
    const { session, events } = fakeSession();
    for (const error of [clientError(403), serverError(500)]) {
      expect(await thrown(renewOnUnauthorized({ session, log: recordingLog() })(scripted(error).send)(request()))).toBe(
        error,
      );
    }
    expect(events).toEqual(['ready', 'ready']);
  });
});
