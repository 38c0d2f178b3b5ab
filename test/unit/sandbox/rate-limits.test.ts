import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/sandbox/rate-limits.js';
import { manualClock } from './sandbox-client.js';

const HEAVY = { limit: 3, windowSec: 60, penaltySec: 60 };

function limiter() {
  const clock = manualClock();
  const limits = {
    Heavy: HEAVY,
    Medium: { limit: 40, windowSec: 60, penaltySec: 60 },
    Light: { limit: 50, windowSec: 60, penaltySec: 60 },
    Auth: { limit: 5, windowSec: 60, penaltySec: 60 },
  };
  return { clock, limiter: new RateLimiter(limits, clock.ms) };
}

describe('usage-plan throttling', () => {
  it('counts down X-Rate-Limit-Remaining within a window and names the group', () => {
    const { limiter: rl } = limiter();
    const remaining = [1, 2, 3].map(() => rl.take('ext-1', 'Heavy').headers['X-Rate-Limit-Remaining']);
    expect(remaining).toEqual(['2', '1', '0']);
    expect(rl.take('ext-2', 'Heavy').headers).toEqual({
      'X-Rate-Limit-Group': 'Heavy',
      'X-Rate-Limit-Limit': '3',
      'X-Rate-Limit-Remaining': '2',
      'X-Rate-Limit-Window': '60',
    });
  });

  it('refuses the request over the limit with Retry-After equal to the penalty', () => {
    const { limiter: rl } = limiter();
    for (let i = 0; i < 3; i++) expect(rl.take('ext-1', 'Heavy').allowed).toBe(true);
    const refused = rl.take('ext-1', 'Heavy');
    expect(refused.allowed).toBe(false);
    expect(refused.headers['Retry-After']).toBe('60');
    expect(refused.headers['X-Rate-Limit-Remaining']).toBe('0');
  });

  it('restarts the penalty when a request arrives during it', () => {
    const { clock, limiter: rl } = limiter();
    for (let i = 0; i < 4; i++) rl.take('ext-1', 'Heavy'); // the 4th starts the penalty
    clock.advance(59_000);
    expect(rl.take('ext-1', 'Heavy').allowed).toBe(false); // restarts it: 60 s from here
    clock.advance(59_000);
    expect(rl.take('ext-1', 'Heavy').allowed).toBe(false); // 118 s after the first refusal, still penalised
    clock.advance(60_000);
    expect(rl.take('ext-1', 'Heavy').allowed).toBe(true);
  });

  it('opens a fresh window once the old one has passed', () => {
    const { clock, limiter: rl } = limiter();
    for (let i = 0; i < 3; i++) rl.take('ext-1', 'Heavy');
    clock.advance(60_000);
    expect(rl.take('ext-1', 'Heavy').headers['X-Rate-Limit-Remaining']).toBe('2');
  });

  it('keeps groups and token owners apart', () => {
    const { limiter: rl } = limiter();
    for (let i = 0; i < 4; i++) rl.take('ext-1', 'Heavy');
    expect(rl.take('ext-1', 'Light').allowed).toBe(true);
    expect(rl.take('ext-2', 'Heavy').allowed).toBe(true);
  });

  it('lets a new limit take effect at once, without the old penalty', () => {
    const { limiter: rl } = limiter();
    for (let i = 0; i < 4; i++) rl.take('ext-1', 'Heavy');
    rl.set('Heavy', { limit: 10, windowSec: 60, penaltySec: 60 });
    const next = rl.take('ext-1', 'Heavy');
    expect(next.allowed).toBe(true);
    expect(next.headers['X-Rate-Limit-Limit']).toBe('10');
  });
});
