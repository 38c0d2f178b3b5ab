import { describe, expect, it } from 'vitest';
import { waitOutRateLimit } from '../../../src/ringcentral/wait-out-rate-limit.js';
import {
  clientError,
  instantSleep,
  ok,
  rateLimited,
  recordingLog,
  request,
  scripted,
  serverError,
  thrown,
} from './pipeline-fakes.js';

function setup(maxWaitMs = 60_000) {
  const { sleep, slept } = instantSleep();
  const log = recordingLog();
  return { slept, log, wrap: waitOutRateLimit({ maxWaitMs, sleep, log }) };
}

describe('waiting out a 429', () => {
  it('sleeps the whole Retry-After, says so, and sends the request again', async () => {
    const { wrap, slept, log } = setup();
    const next = scripted(rateLimited(7_000), ok());
    const waits: Array<[number, string]> = [];
    const response = await wrap(next.send)(request({ onWait: (ms, group) => waits.push([ms, group]) }));
    expect(response.status).toBe(200);
    expect(next.calls).toHaveLength(2);
    expect(slept).toEqual([7_000]);
    expect(waits).toEqual([[7_000, 'Heavy']]);
    expect(log.lines.join('\n')).toContain('rate limit reached');
  });

  it('gives up with the 429 once the waits would add up to more than it may spend', async () => {
    const { wrap, slept } = setup(60_000);
    const last = rateLimited(1_000);
    const next = scripted(rateLimited(30_000), rateLimited(30_000), last, ok());
    expect(await thrown(wrap(next.send)(request()))).toBe(last);
    expect(slept).toEqual([30_000, 30_000]);
    expect(next.calls).toHaveLength(3);
  });

  it('does not wait at all when the first Retry-After is already too long', async () => {
    const { wrap, slept } = setup(500);
    const error = rateLimited(1_000);
    expect(await thrown(wrap(scripted(error).send)(request()))).toBe(error);
    expect(slept).toEqual([]);
  });

  it('leaves every other failure alone', async () => {
    const { wrap, slept } = setup();
    for (const error of [serverError(503), clientError(404)]) {
      const next = scripted(error, ok());
      expect(await thrown(wrap(next.send)(request()))).toBe(error);
      expect(next.calls).toHaveLength(1);
    }
    expect(slept).toEqual([]);
  });
});
