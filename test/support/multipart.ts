// Reading RingCentral's 207 Multi-Status bodies in tests.
import { expect } from 'vitest';
import { defined } from './defined.js';

/** A multipart/mixed body's parts, each parsed as the JSON it holds (RFC 2046: CRLF--boundary delimiters). */
export function multipartJson(contentType: string | null, body: string): unknown[] {
  const boundary = /boundary=([^;]+)/.exec(contentType ?? '')?.[1];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  const [, ...parts] = body.split(`--${boundary}`);
  const last = parts.pop();
  expect(last?.startsWith('--')).toBe(true);
  return parts.map((part) => {
    const [headers, json] = part.split('\r\n\r\n');
    expect(headers).toContain('Content-Type: application/json');
    return JSON.parse(defined(json));
  });
}
