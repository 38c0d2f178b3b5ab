import { describe, expect, it } from 'vitest';
import { createResponseBudget } from '../../../src/listeners/response-budget.js';

describe('the response_url budget', () => {
  it('allows five uses per response_url', () => {
    const budget = createResponseBudget(() => 0);
    const uses = Array.from({ length: 6 }, () => budget.take('https://hooks/a'));
    expect(uses).toEqual([true, true, true, true, true, false]);
    expect(budget.take('https://hooks/b')).toBe(true);
  });

  it('refuses a response_url 30 minutes after its interaction, as Slack does', () => {
    let now = 0;
    const budget = createResponseBudget(() => now);
    budget.opened('https://hooks/a');
    now = 30 * 60 * 1000 - 1;
    expect(budget.take('https://hooks/a')).toBe(true);
    now = 30 * 60 * 1000;
    expect(budget.take('https://hooks/a')).toBe(false);
    now = 50 * 60 * 1000;
    expect(budget.take('https://hooks/a')).toBe(false);
  });

  it('gives up on a response_url that failed', () => {
    const budget = createResponseBudget(() => 0);
    expect(budget.take('https://hooks/a')).toBe(true);
    budget.spend('https://hooks/a');
    expect(budget.take('https://hooks/a')).toBe(false);
    expect(budget.take('https://hooks/b')).toBe(true);
  });
});
