// "/calllog scopes": the RingCentral permissions in the bot's token, what each capability unlocks in the bot, and
// for each one that is blocked the exact fix. `renderScopesSummary` is the compact form the App Home shows admins.
import type { KnownBlock } from '@slack/types';
import type { Capability } from '../service/permissions.js';
import type { CapabilityFix, CapabilityReport, PermissionsReport } from '../service/types.js';
import { dayAndClock } from './format.js';
import { context, divider, fields, header, message, type SlackMessage, section } from './kit.js';
import { escapeMrkdwn, userText } from './limits.js';

/** What each capability gives a Slack user, in the command's words. */
export const UNLOCKS: Readonly<Record<Capability, string>> = {
  activeCalls: '`/calllog active`',
  accountActiveCalls: '`/calllog active all`',
  accountCallLog: '`/calllog all` (company-wide lists and counts)',
  extensionCallLog: '`/calllog today` and every list of your own calls; for admins `ext N` and `@someone`',
  recordingMetadata: '`/calllog recording ID`',
  recordingContent: 'playing a recording from its private link',
  extensionLookup: 'every command: it finds which extension is yours',
};

export interface ScopesInput {
  report: PermissionsReport;
  /** The reader's zone, for the token's expiry. */
  timeZone: string;
  now: Date;
}

export function renderScopes({ report, timeZone, now }: ScopesInput): SlackMessage {
  const blocked = report.capabilities.filter((c) => !c.available);
  const blocks: KnownBlock[] = [
    header('RingCentral permissions'),
    section(`${ownerLine(report)}\n${companyCallLogLine(report)}`),
    fields(tokenFields(report, timeZone, now)),
    divider(),
    ...report.capabilities.map((c) => section(capabilityText(c, report))),
    divider(),
    section(optionalText(report)),
    context(
      'Permissions are read from the token the bot holds now. A change in the Developer Console reaches the bot only with a new token: restart the bot so it logs in again.',
    ),
  ];
  return message(`Call Log's RingCentral permissions: ${headline(report, blocked)}`, blocks);
}

/** For the App Home: one line per blocked capability, the owner and the company log, and where the details are. */
export function scopesSummaryBlocks(report: PermissionsReport): KnownBlock[] {
  const blocked = report.capabilities.filter((c) => !c.available);
  const lines = [
    `*RingCentral permissions:* ${escapeMrkdwn(headline(report, blocked))}`,
    ...blocked.map((c) => `:x: ${escapeMrkdwn(c.label)} — ${fixSummary(c.fix)}`),
    ...report.capabilities
      .filter((c) => c.available && c.userPermissionUnknown)
      .map((c) => `:grey_question: ${escapeMrkdwn(c.label)} — ${escapeMrkdwn(c.userPermission ?? '')} unknown`),
  ];
  return [
    section(lines.join('\n')),
    context(`${ownerLine(report)} · ${companyCallLogLine(report)}`, '`/calllog scopes` shows every route and fix.'),
  ];
}

function headline(report: PermissionsReport, blocked: readonly CapabilityReport[]): string {
  const total = report.capabilities.length;
  const unconfirmed = [
    ...new Set(report.capabilities.filter((c) => c.available && c.userPermissionUnknown).map((c) => c.userPermission)),
  ];
  const note = unconfirmed.length > 0 ? ` (${unconfirmed.join(', ')} unconfirmed)` : '';
  if (blocked.length === 0) return `all ${total} capabilities available${note}.`;
  return `${total - blocked.length} of ${total} capabilities available${note}; blocked: ${blocked.map((c) => c.label).join(', ')}.`;
}

function ownerLine({ owner }: PermissionsReport): string {
  const who = [
    owner.name && userText(owner.name, 100),
    owner.extensionNumber && `ext ${userText(owner.extensionNumber, 20)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const id = `id ${userText(owner.id || 'unknown', 40)}`;
  const role = owner.name === undefined ? '' : owner.isAdmin ? ', a RingCentral admin' : ', not a RingCentral admin';
  return `*The bot acts as* ${who ? `${who} (${id})` : `the extension with ${id}`}${role}.`;
}

function companyCallLogLine({ companyCallLog }: PermissionsReport): string {
  const what = '*Can read the company call log* (user permission FullCompanyCallLog):';
  if (!companyCallLog.known) return `${what} :grey_question: unknown — ${userText(companyCallLog.reason, 300)}.`;
  return companyCallLog.granted ? `${what} :white_check_mark: yes.` : `${what} :x: no.`;
}

function tokenFields(report: PermissionsReport, timeZone: string, now: Date): string[] {
  const granted = report.granted.length === 0 ? 'none' : report.granted.map((p) => `\`${userText(p, 60)}\``).join(' ');
  const items = [`*Server*\n${report.server ? userText(report.server, 200) : 'unknown'}`];
  const { token } = report;
  if (token) {
    items.push(`*Access token expires*\n${expiry(token.accessTokenExpiresAt, timeZone, now)} · renewed automatically`);
    if (token.refreshTokenExpiresAt) {
      items.push(`*Refresh token expires*\n${expiry(token.refreshTokenExpiresAt, timeZone, now)}`);
    }
  } else {
    items.push('*Token expires*\nunknown');
  }
  items.push(`*Granted app permissions*\n${granted}`);
  return items;
}

/** "Nov 25 16:42 Asia/Dubai (in 58 min)". */
function expiry(at: Date, timeZone: string, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  const left =
    minutes < 0
      ? 'expired'
      : minutes < 120
        ? `in ${minutes} min`
        : minutes < 48 * 60
          ? `in ${Math.round(minutes / 60)} h`
          : `in ${Math.round(minutes / (24 * 60))} days`;
  return `${dayAndClock(at, timeZone)} ${userText(timeZone, 64)} (${left})`;
}

function capabilityText(c: CapabilityReport, report: PermissionsReport): string {
  const mark = !c.available ? ':x:' : c.userPermissionUnknown ? ':grey_question:' : ':white_check_mark:';
  const needs = [...c.needs, ...(c.userPermission ? [`user permission ${c.userPermission}`] : [])].join(' + ');
  const lines = [
    `${mark} *${escapeMrkdwn(c.label)}* — unlocks ${UNLOCKS[c.capability]}`,
    `\`${escapeMrkdwn(c.route)}\` · needs ${escapeMrkdwn(needs)}`,
  ];
  if (c.fix) lines.push(`*Fix:* ${fixSteps(c.fix, report)}`);
  else if (c.userPermissionUnknown) {
    lines.push(
      `Whether the bot's user holds ${escapeMrkdwn(c.userPermission ?? '')} is unknown; without it RingCentral refuses this (403 CMN-408) and the bot says so.`,
    );
  }
  return lines.join('\n');
}

/** The exact steps, for the full report. */
function fixSteps(fix: CapabilityFix, report: PermissionsReport): string {
  if (fix.kind === 'addAppPermissions') {
    const names = fix.permissions.map((p) => `*${escapeMrkdwn(p)}*`).join(' and ');
    return `RingCentral Developer Console → your app → Settings → Application scopes → add ${names} → Save. Then restart the bot so RingCentral re-issues its token: the token it holds keeps the permissions it was issued with.`;
  }
  const { owner } = report;
  const who = owner.name ? userText(owner.name, 100) : 'the RingCentral user the bot signs in as';
  return `In the RingCentral Admin Portal, give ${who} a role that includes *${escapeMrkdwn(fix.permission)}* (an admin role has it), or set \`RC_JWT\` to the JWT of a user who already has it and restart the bot.`;
}

/** The fix in a few words, for the App Home. */
function fixSummary(fix: CapabilityFix | undefined): string {
  if (!fix) return 'blocked';
  if (fix.kind === 'addAppPermissions') {
    return `add ${fix.permissions.map((p) => `*${escapeMrkdwn(p)}*`).join(' and ')} in the Developer Console, then restart the bot`;
  }
  return `the bot's RingCentral user needs *${escapeMrkdwn(fix.permission)}*`;
}

function optionalText(report: PermissionsReport): string {
  const lines = report.optional.map(
    (o) =>
      `• \`${escapeMrkdwn(o.permission)}\` (${o.granted ? 'granted' : 'not granted'}): ${escapeMrkdwn(o.unlocks)} — \`${escapeMrkdwn(o.route)}\``,
  );
  return ['*Optional — not needed for the core*', ...lines].join('\n');
}
