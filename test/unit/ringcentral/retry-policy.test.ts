import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../../src/ringcentral/retry-policy.js';

describe('backoff between retries', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles with each failed attempt, jittered between half and all of the step', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, policy, () => 1))).toEqual([100, 200, 400]);
    expect([1, 2, 3].map((n) => backoffMs(n, policy, () => 0))).toEqual([50, 100, 200]);
  });

  it('never exceeds the cap', () => {
    expect(backoffMs(20, policy, () => 1)).toBe(1_000);
  });
});
