import { describe, expect, it } from 'vitest';
import { isTransient, retryTransient } from '../../../src/ringcentral/retry-transient.js';
import {
  clientError,
  instantSleep,
  lostAnswer,
  ok,
  rateLimited,
  recordingLog,
  request,
  scripted,
  serverError,
  thrown,
  unauthorized,
} from './pipeline-fakes.js';

function setup(maxAttempts = 4, random = () => 1) {
  const { sleep, slept } = instantSleep();
  const policy = { maxAttempts, baseDelayMs: 100, maxDelayMs: 1_000 };
  return { slept, wrap: retryTransient({ policy, sleep, random, log: recordingLog() }) };
}

describe('retrying transient failures', () => {
  it('sends again after a 5xx or a lost answer, pausing longer each time', async () => {
    const { wrap, slept } = setup();
    const next = scripted(serverError(503), lostAnswer(), serverError(500), ok());
    expect((await wrap(next.send)(request())).status).toBe(200);
    expect(next.calls).toHaveLength(4);
    expect(slept).toEqual([100, 200, 400]);
  });

  it('jitters each pause between half and all of its step', async () => {
    const { wrap, slept } = setup(4, () => 0);
    await wrap(scripted(serverError(), serverError(), ok()).send)(request());
    expect(slept).toEqual([50, 100]);
  });

  it('stops after maxAttempts attempts in all and throws the last failure', async () => {
    const { wrap, slept } = setup(3);
    const last = serverError(500);
    const next = scripted(serverError(500), lostAnswer(), last, ok());
    expect(await thrown(wrap(next.send)(request()))).toBe(last);
    expect(next.calls).toHaveLength(3);
    expect(slept).toHaveLength(2);
  });

  it('never retries a 4xx, a 429 or a 401: another attempt would meet the same answer', async () => {
    const { wrap, slept } = setup();
    for (const error of [clientError(404), rateLimited(1_000), unauthorized(1)]) {
      const next = scripted(error, ok());
      expect(await thrown(wrap(next.send)(request()))).toBe(error);
      expect(next.calls).toHaveLength(1);
    }
    expect(slept).toEqual([]);
  });

  it('counts 5xx and lost answers as transient, nothing else', () => {
    expect([serverError(500), serverError(503), lostAnswer()].every(isTransient)).toBe(true);
    expect([clientError(400), rateLimited(1), unauthorized(1), new Error('bug')].some(isTransient)).toBe(false);
  });

  it("waits out a 503's Retry-After (RingCentral's CMN-211) instead of its own shorter pause", async () => {
    const { wrap, slept } = setup();
    const next = scripted(serverError(503, { 'retry-after': '1' }), ok());
    expect((await wrap(next.send)(request())).status).toBe(200);
    expect(slept).toEqual([1_000]);
  });

  it('reads a Retry-After given as an HTTP date against the clock', async () => {
    const { sleep, slept } = instantSleep();
    const policy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5_000 };
    const now = () => Date.parse('2026-01-05T10:00:00Z');
    const wrap = retryTransient({ policy, sleep, random: () => 1, log: recordingLog(), now });
    const next = scripted(serverError(503, { 'retry-after': 'Mon, 05 Jan 2026 10:00:03 GMT' }), ok());
    await wrap(next.send)(request());
    expect(slept).toEqual([3_000]);
  });

  it('gives a 503 up at once when its Retry-After is longer than the longest pause: no early retry', async () => {
    const { wrap, slept } = setup();
    const busy = serverError(503, { 'retry-after': '120' });
    const next = scripted(busy, ok());
    expect(await thrown(wrap(next.send)(request()))).toBe(busy);
    expect(next.calls).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it('a Retry-After on a 500 is not a 503 promise: the usual pause applies', async () => {
    const { wrap, slept } = setup();
    await wrap(scripted(serverError(500, { 'retry-after': '120' }), ok()).send)(request());
    expect(slept).toEqual([100]);
  });
});
