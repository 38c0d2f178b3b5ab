import { describe, expect, it } from 'vitest';
import { compose, type Send, type Wrapper } from '../../../src/ringcentral/pipeline.js';
import { ok, request } from './pipeline-fakes.js';

describe('composing wrappers around a send', () => {
  it('puts the first wrapper outermost and the send innermost', async () => {
    const order: string[] = [];
    const tag =
      (name: string): Wrapper =>
      (next) =>
      async (req) => {
        order.push(`${name} in`);
        const response = await next(req);
        order.push(`${name} out`);
        return response;
      };
    const send: Send = async () => {
      order.push('send');
      return ok();
    };
    await compose(send, tag('outer'), tag('inner'))(request());
    expect(order).toEqual(['outer in', 'inner in', 'send', 'inner out', 'outer out']);
  });

  it('with no wrappers is the send itself', () => {
    const send: Send = async () => ok();
    expect(compose(send)).toBe(send);
  });
});
