import { describe, expect, it } from 'vitest';
import { type RecordingPageKind, recordingPage } from '../../../src/recordings/pages.js';

const KINDS: Record<RecordingPageKind, number> = {
  incomplete: 400,
  altered: 403,
  expired: 410,
  notAllowed: 403,
  notLinked: 403,
  notFound: 404,
  notReady: 404,
  missingPermission: 503,
  rateLimited: 429,
  unavailable: 502,
};

describe('the pages a recording link answers with when it cannot play', () => {
  it.each(Object.entries(KINDS))('%s: status %i, a short HTML page that says what to do', (kind, status) => {
    const page = recordingPage(kind as RecordingPageKind, { recordingId: '2217590004' });
    expect(page.status).toBe(status);
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.headers['Cache-Control']).toBe('no-store');
    expect(page.headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(page.html).toMatch(/^<!doctype html>/);
    expect(page.html).toMatch(/<h1>[^<]+<\/h1><p>[^<]+<\/p><p>.+<\/p>/);
    expect(page.html.length).toBeLessThan(2000);
  });

  it('tells an expired or altered link to ask Slack again, naming the recording', () => {
    for (const kind of ['expired', 'altered', 'notAllowed'] as const) {
      expect(recordingPage(kind, { recordingId: '2217590004' }).html).toContain(
        '<code>/calllog recording 2217590004</code>',
      );
    }
  });

  it('escapes what it shows', () => {
    const page = recordingPage('unavailable', { referenceId: '<script>x</script>' });
    expect(page.html).not.toContain('<script>');
    expect(page.html).toContain('&#60;script&#62;');
  });

  it('says when to try again after a rate limit', () => {
    const page = recordingPage('rateLimited', { retryAfterSec: 42 });
    expect(page.headers['Retry-After']).toBe('42');
    expect(page.html).toContain('42 seconds');
  });
});
