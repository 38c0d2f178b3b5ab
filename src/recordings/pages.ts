// The short HTML pages a browser gets when a recording link cannot play: what happened and what to do (mostly:
// ask Slack for a fresh link). Never a stack trace, never a detail from RingCentral, nothing from the link's query.

export type RecordingPageKind =
  | 'incomplete'
  | 'altered'
  | 'expired'
  | 'notAllowed'
  | 'notLinked'
  | 'notFound'
  | 'notReady'
  | 'missingPermission'
  | 'rateLimited'
  | 'unavailable';

export interface RecordingPageDetails {
  /** Only ever an id that passed the link's own check. */
  recordingId?: string;
  permission?: string;
  retryAfterSec?: number;
  referenceId?: string;
}

export interface RecordingPage {
  status: number;
  headers: Record<string, string>;
  html: string;
}

const ASK_AGAIN = 'Ask Slack for a fresh link: type <code>/calllog recording ID</code> with the recording’s id.';

export function recordingPage(kind: RecordingPageKind, details: RecordingPageDetails = {}): RecordingPage {
  const again = details.recordingId
    ? `Ask Slack for a fresh link: type <code>/calllog recording ${escapeHtml(details.recordingId)}</code>.`
    : ASK_AGAIN;
  const [status, title, why, what] = ((): [number, string, string, string] => {
    switch (kind) {
      case 'incomplete':
        return [
          400,
          'This link is incomplete',
          'Part of the recording link is missing — it was probably cut off when it was copied.',
          again,
        ];
      case 'altered':
        return [
          403,
          'This link is not valid',
          'The recording link was changed after Call Log made it, so it cannot be trusted.',
          again,
        ];
      case 'expired':
        return [410, 'This link has expired', 'Recording links work for 15 minutes after Call Log makes them.', again];
      case 'notAllowed':
        return [
          403,
          'You can’t open this recording now',
          'The link is for a call you may no longer hear: people hear the recordings of their own calls, and Call Log admins any call.',
          `If you think you should, ${lowerFirst(again)}`,
        ];
      case 'notLinked':
        return [
          403,
          'Call Log can’t tell which extension is yours',
          'Your Slack account is no longer linked to a RingCentral extension, so Call Log can’t tell whether this call is yours.',
          'Type <code>/calllog whoami</code> in Slack to see why.',
        ];
      case 'notFound':
        return [
          404,
          'This recording is gone',
          'RingCentral no longer has this recording.',
          'Type <code>/calllog recorded</code> in Slack to see the recordings there are.',
        ];
      case 'notReady':
        return [
          404,
          'This recording isn’t ready yet',
          'RingCentral makes a recording available a few minutes after the call ends.',
          `Try again in a few minutes. ${again}`,
        ];
      case 'missingPermission':
        return [
          503,
          'Call Log can’t play recordings right now',
          `Its RingCentral app lacks the ${escapeHtml(details.permission ?? 'needed')} permission.`,
          'A RingCentral admin must add it in the Developer Console and restart the bot; in Slack, <code>/calllog recording ID</code> says the same.',
        ];
      case 'rateLimited':
        return [
          429,
          'RingCentral is busy',
          'RingCentral asked Call Log to slow down, so the recording can’t play this moment.',
          `Try again in ${details.retryAfterSec ?? 60} seconds.`,
        ];
      case 'unavailable':
        return [
          502,
          'RingCentral didn’t answer',
          'Call Log couldn’t fetch the recording from RingCentral.',
          `Try again in a minute.${details.referenceId ? ` If it keeps happening, give an admin this reference: <code>${escapeHtml(details.referenceId)}</code>.` : ''}`,
        ];
    }
  })();
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (kind === 'rateLimited') headers['Retry-After'] = String(details.retryAfterSec ?? 60);
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Call Log</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;color:#1d1c1d}code{background:#f4f4f4;padding:0 .2em}</style></head>
<body><h1>${title}</h1><p>${why}</p><p>${what}</p></body>
</html>
`;
  return { status, headers, html };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
