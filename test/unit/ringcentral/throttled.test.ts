import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../src/ringcentral/endpoints.js';
import { compose } from '../../../src/ringcentral/pipeline.js';
import { createThrottle, type Settlement, type Throttle } from '../../../src/ringcentral/throttle.js';
import { throttled } from '../../../src/ringcentral/throttled.js';
import { FakeClock } from './fake-clock.js';
import { clientError, lostAnswer, ok, rateLimited, request, scripted, serverError, thrown } from './pipeline-fakes.js';

/** A Throttle that lets everything through and records what it was asked and told. */
function recordingThrottle() {
  const acquired: string[] = [];
  const settled: Settlement[] = [];
  const throttle: Throttle = {
    async acquire(group) {
      acquired.push(group);
      return { settle: (outcome = {}) => settled.push(outcome) };
    },
  };
  return { throttle, acquired, settled };
}

const BUDGET = { 'x-rate-limit-limit': '10', 'x-rate-limit-remaining': '3', 'x-rate-limit-window': '60' };

describe('the throttle around each exchange', () => {
  it("takes its ticket in the endpoint's own rate group", async () => {
    const { throttle, acquired } = recordingThrottle();
    const send = throttled(throttle)(scripted(ok(), ok(), ok()).send);
    await send(request({ route: ENDPOINTS.extension.route({ extensionId: '~' }) }));
    await send(request({ route: ENDPOINTS.recordingContent.route({ recordingId: '1' }) }));
    await send(request({ route: ENDPOINTS.extensionList.route() }));
    expect(acquired).toEqual(['Light', 'Heavy', 'Medium']);
  });

  it('settles the ticket with the budget the answer states', async () => {
    const { throttle, settled } = recordingThrottle();
    await throttled(throttle)(scripted(ok(BUDGET)).send)(request());
    expect(settled).toEqual([{ headers: { limit: 10, remaining: 3, windowSec: 60 } }]);
  });

  it('a 429 settles with its Retry-After, so the whole group is held, and still fails the request', async () => {
    const { throttle, settled } = recordingThrottle();
    const error = rateLimited(5_000, { 'x-rate-limit-remaining': '0' });
    expect(await thrown(throttled(throttle)(scripted(error).send)(request()))).toBe(error);
    expect(settled).toEqual([
      { headers: { limit: undefined, remaining: 0, windowSec: undefined }, retryAfterMs: 5_000 },
    ]);
  });

  it("learns from a 4xx's headers but not from a 5xx's, and nothing from a lost answer", async () => {
    const { throttle, settled } = recordingThrottle();
    const send = throttled(throttle)(
      scripted(clientError(404), serverError(503, { 'x-rate-limit-remaining': '0' }), lostAnswer()).send,
    );
    for (let i = 0; i < 3; i += 1) await thrown(send(request()));
    expect(settled).toEqual([{ headers: { limit: undefined, remaining: undefined, windowSec: undefined } }, {}, {}]);
  });

  it('with the real throttle: once an answer says the budget is spent, the next exchange waits for the window', async () => {
    const clock = new FakeClock();
    const sentAt: number[] = [];
    const next = scripted(ok({ ...BUDGET, 'x-rate-limit-remaining': '0' }), ok(BUDGET));
    const send = compose(
      async (req) => {
        sentAt.push(clock.now());
        return next.send(req);
      },
      throttled(createThrottle({ now: clock.now, sleep: clock.sleep })),
    );
    await send(request({ route: ENDPOINTS.accountCallLog.route() }));
    const waits: number[] = [];
    const second = send(request({ route: ENDPOINTS.accountCallLog.route(), onWait: (ms) => waits.push(ms) }));
    await clock.run(59_999);
    expect(sentAt).toEqual([0]);
    await clock.run();
    await second;
    expect(sentAt).toEqual([0, 60_000]);
    expect(waits).toEqual([60_000]);
  });
});
