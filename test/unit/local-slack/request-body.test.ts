import { describe, expect, it } from 'vitest';
import { parseBody, stringField } from '../../../src/local-slack/request-body.js';

describe('request bodies as Slack clients send them', () => {
  it('reads a JSON object, and refuses JSON that is not one', () => {
    expect(parseBody('{"text":"hi","replace_original":true}', 'application/json; charset=utf-8')).toEqual({
      text: 'hi',
      replace_original: true,
    });
    expect(() => parseBody('[1,2]', 'application/json')).toThrow('invalid_json');
    expect(() => parseBody('"text"', 'application/json')).toThrow('invalid_json');
    expect(() => parseBody('{oops', 'application/json')).toThrow(SyntaxError);
  });

  it('reads a form: structured fields from their JSON text, flags as booleans, the rest as strings', () => {
    const form = new URLSearchParams({
      channel: 'C1',
      text: 'hello',
      blocks: JSON.stringify([{ type: 'divider' }]),
      view: JSON.stringify({ type: 'home', blocks: [] }),
      unfurl_links: 'false',
      replace_original: 'true',
      ts: '1.000001',
    }).toString();
    expect(parseBody(form, 'application/x-www-form-urlencoded')).toEqual({
      channel: 'C1',
      text: 'hello',
      blocks: [{ type: 'divider' }],
      view: { type: 'home', blocks: [] },
      unfurl_links: false,
      replace_original: true,
      ts: '1.000001',
    });
  });

  it('treats a body with no content type as a form, and an empty body as no fields', () => {
    expect(parseBody('user=U1', undefined)).toEqual({ user: 'U1' });
    expect(parseBody('  ', 'application/json')).toEqual({});
  });

  it('takes only non-empty strings as string fields', () => {
    const body = { a: 'x', b: '', c: 7, d: ['x'] };
    expect(['a', 'b', 'c', 'd', 'e'].map((key) => stringField(body, key))).toEqual([
      'x',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
