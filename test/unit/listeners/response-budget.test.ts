import { describe, expect, it } from 'vitest';
import { createResponseBudget } from '../../../src/listeners/response-budget.js';

describe('the response_url budget', () => {
  it('allows five uses per response_url', () => {
    const budget = createResponseBudget(() => 0);
    const uses = Array.from({ length: 6 }, () => budget.take('https://hooks/a'));
    expect(uses).toEqual([true, true, true, true, true, false]);
    expect(budget.take('https://hooks/b')).toBe(true);
  });

  it('forgets a response_url after 30 minutes, when Slack has expired it anyway', () => {
    let now = 0;
    const budget = createResponseBudget(() => now);
    for (let i = 0; i < 5; i++) budget.take('https://hooks/a');
    now = 30 * 60 * 1000;
    expect(budget.take('https://hooks/a')).toBe(true);
  });
});
