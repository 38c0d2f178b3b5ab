// One ephemeral message per thing that can go wrong: what happened, what it blocks, and who can fix it how.
import type { MissingPermissionError, MissingUserPermissionError, RecordingNotFoundReason } from '../errors.js';
import { CAPABILITIES } from '../service/permissions.js';
import { plural } from './format.js';
import { context, message, type SlackMessage, section } from './kit.js';
import { escapeMrkdwn, truncate, userText } from './limits.js';
import { mention } from './mention.js';

export function renderMissingPermission(err: MissingPermissionError): SlackMessage {
  const { label, route } = CAPABILITIES[err.capability];
  const permission = escapeMrkdwn(err.permission);
  return message(
    `Call Log can't show ${label}: its RingCentral app lacks the ${err.permission} permission. A RingCentral admin must add it in the Developer Console, then restart the bot so its token is re-issued.`,
    [
      section(
        `:lock: *Call Log can't show ${escapeMrkdwn(label)}.*\nIts RingCentral app is missing the *${permission}* permission, which this needs (\`${escapeMrkdwn(route)}\`).`,
      ),
      section(
        `*How an admin fixes it*\n1. RingCentral Developer Console → your app → Settings → Application scopes → add *${permission}* → Save.\n` +
          `2. Re-issue the bot's token: restart the bot so it logs in again. Until then it keeps using the token it got before the change, which still lacks *${permission}*.`,
      ),
      context('Only an admin of the RingCentral app can change its permissions — forward this message to them.'),
    ],
  );
}

/**
 * 403 CMN-408: RingCentral checked the user the bot signs in as (the owner of RC_JWT), not the app. The company-wide
 * call log needs FullCompanyCallLog; another extension's data needs the same permission over that extension.
 */
export function renderMissingUserPermission(err: MissingUserPermissionError): SlackMessage {
  const { label } = CAPABILITIES[err.capability];
  const permission = escapeMrkdwn(err.permission);
  const forOthers = err.permission === 'FullCompanyCallLog' ? '' : ' for other users’ extensions';
  return message(
    `Call Log can't show ${label}: the RingCentral user the bot signs in as lacks the ${err.permission} user permission${forOthers}. A RingCentral admin must grant it in the Admin Portal.`,
    [
      section(
        `:lock: *Call Log can't show ${escapeMrkdwn(label)}.*\nRingCentral refused (CMN-408): the RingCentral user the bot signs in as (the owner of its \`RC_JWT\`) lacks the *${permission}* user permission${forOthers}. The app's own permissions are fine.`,
      ),
      section(
        `*How an admin grants it*\n1. In the RingCentral Admin Portal, open that user under *Users* and give them a role that includes *${permission}* (admin roles such as Super Admin do), or add the permission to the role they have under *Roles*.\n` +
          '2. Or give the bot the JWT credential of a user who already has it (`RC_JWT`), then restart the bot.',
      ),
      context('Only a RingCentral admin can change user roles — forward this message to them.'),
    ],
  );
}

/** Marks the "your answer is delayed" notice, so a client can tell it is not the answer and wait for the one that replaces it. */
export const DELAYED_ANSWER_BLOCK_ID = 'calllog_delayed';

/** `final: false` is the "your answer is on its way" notice; `final: true` is giving up. */
export function renderRateLimited(input: { waitMs: number; final: boolean }): SlackMessage {
  const wait = aboutHowLong(input.waitMs);
  if (!input.final) {
    return message(`RingCentral asked Call Log to slow down; your answer is delayed and should arrive in ${wait}.`, [
      {
        ...section(
          `:hourglass_flowing_sand: RingCentral asked Call Log to slow down. Your answer is delayed — it should arrive in *${wait}*. No need to ask again.`,
        ),
        block_id: DELAYED_ANSWER_BLOCK_ID,
      },
    ]);
  }
  return message(`RingCentral is still limiting requests, so Call Log gave up on this one. Try again in ${wait}.`, [
    section(
      `:warning: RingCentral is still limiting how often Call Log may ask, so it gave up on this request. Please try again in *${wait}*.`,
    ),
    context('Asking again sooner restarts RingCentral’s waiting period.'),
  ]);
}

/** An admin's "ext N" names no extension of the company. */
export function renderUnknownExtension(input: { extensionNumber: string }): SlackMessage {
  const number = userText(input.extensionNumber, 20);
  return message(`No RingCentral extension has the number ${truncate(input.extensionNumber, 20)}.`, [
    section(
      `:mag: *No RingCentral extension has the number ${number}.* Check the number (it is the short extension number, like \`ext 101\`), or name the person instead: \`/calllog today @someone\`.`,
    ),
  ]);
}

/** An admin's "@someone" is a Slack user no extension matches; `email` is what their profile showed. */
export function renderPersonNotLinked(input: { slackUserId: string; email?: string }): SlackMessage {
  const who = mention(input.slackUserId);
  const why =
    input.email === undefined || input.email.trim() === ''
      ? 'Their Slack profile has no email Call Log can read, and extensions are matched by email.'
      : `No extension has the email *${userText(input.email, 200)}* that their Slack profile shows.`;
  return message(`${input.slackUserId} isn't linked to a RingCentral extension, so Call Log can't show their calls.`, [
    section(
      `:link: *${who} isn't linked to a RingCentral extension*, so Call Log can't tell which calls are theirs.\n${why}`,
    ),
    section(
      "*How to fix it*\nSet that email as their extension's contact email in RingCentral (or their Slack email to the one their extension uses). Meanwhile `ext N` with their extension number works.",
    ),
  ]);
}

/** `email`: the Slack profile email no extension matched; absent when the profile has none. */
export function renderUnlinked(input: { email?: string }): SlackMessage {
  if (input.email === undefined || input.email.trim() === '') {
    return message("Your Slack profile has no email Call Log can read, so it can't find your RingCentral extension.", [
      section(
        ":link: *Call Log can't tell which RingCentral extension is yours.*\nYour Slack profile has no email it can read, and extensions are matched by email.",
      ),
      section(
        '*How to fix it*\nAdd your work email to your Slack profile (the one your RingCentral extension uses). If it is already there, ask a Slack admin to check that the app has the `users:read.email` scope.',
      ),
    ]);
  }
  const email = userText(input.email, 200);
  return message(
    `No RingCentral extension has the email ${truncate(input.email, 200)}, so Call Log can't tell which calls are yours.`,
    [
      section(
        `:link: *Call Log can't tell which RingCentral extension is yours.*\nNo extension has the email *${email}* that your Slack profile shows.`,
      ),
      section(
        `*How to fix it*\nAsk your RingCentral admin to set *${email}* as your extension's contact email, or change your Slack profile email to the one your extension uses. Then try again.`,
      ),
    ],
  );
}

export interface BadInputDetails {
  message: string;
  /** The word that could not be understood, quoted back. */
  word?: string;
  /** A close known word: "Did you mean …?" */
  suggestion?: string;
  usage: string;
}

export function renderBadInput(input: BadInputDetails): SlackMessage {
  const headline =
    input.word === undefined ? "*I didn't understand that.*" : `*I didn't understand “${userText(input.word, 100)}”.*`;
  const hint = input.suggestion === undefined ? '' : ` Did you mean *${userText(input.suggestion, 100)}*?`;
  const usage = truncate(input.usage, 2800);
  return message(
    `${input.word === undefined ? "I didn't understand that" : `I didn't understand "${truncate(input.word, 100)}"`}: ${input.message}`,
    [
      section(`:thinking_face: ${headline} ${userText(input.message, 500)}${hint}`),
      section(`\`\`\`${escapeMrkdwn(usage)}\`\`\``),
    ],
  );
}

/** RingCentral failed in a way nobody in Slack can fix; the reference id finds the log line. */
export function renderUpstreamFailure(input: { referenceId: string }): SlackMessage {
  const ref = userText(input.referenceId, 64);
  return message(
    `Sorry, RingCentral didn't answer properly, so Call Log couldn't finish. Try again in a minute. Reference: ${input.referenceId}`,
    [
      section(
        `:warning: Sorry — RingCentral didn't answer properly, so Call Log couldn't finish this. Please try again in a minute.`,
      ),
      context(`If it keeps happening, give an admin this reference: \`${ref}\``),
    ],
  );
}

/** A fault in Call Log itself: nothing the user did, nothing RingCentral did; the details are in the log. */
export function renderUnexpectedFailure(input: { referenceId: string }): SlackMessage {
  const ref = userText(input.referenceId, 64);
  return message(
    `Sorry, something went wrong inside Call Log. Try again; if it keeps happening, give an admin this reference: ${input.referenceId}`,
    [
      section(":warning: Sorry — something went wrong inside Call Log, so it couldn't finish this. Please try again."),
      context(`If it keeps happening, give an admin this reference: \`${ref}\``),
    ],
  );
}

export function renderAuthFailed(input: { referenceId: string }): SlackMessage {
  const ref = userText(input.referenceId, 64);
  return message(
    `Call Log can't sign in to RingCentral right now: its credentials were refused. An admin needs to check them. Reference: ${input.referenceId}`,
    [
      section(
        ":warning: Sorry — Call Log can't sign in to RingCentral right now: RingCentral refused its credentials.",
      ),
      section(
        '*How an admin fixes it*\nCheck `RC_CLIENT_ID`, `RC_CLIENT_SECRET` and `RC_JWT` (the JWT may have expired or been revoked, or the app may be disabled), then restart the bot.',
      ),
      context(`Reference for the logs: \`${ref}\``),
    ],
  );
}

/** `what`: "recording", "call record"; `id`: what the user asked for. */
export function renderNotFound(input: { what: string; id?: string }): SlackMessage {
  const what = escapeMrkdwn(input.what);
  const which = input.id === undefined ? `that ${what}` : `${what} \`${userText(input.id, 100)}\``;
  return message(
    `Call Log couldn't find ${input.id === undefined ? `that ${input.what}` : `${input.what} ${truncate(input.id, 100)}`}.`,
    [section(`:mag: Call Log couldn't find ${which}. Check the ID — it may also have been deleted.`)],
  );
}

/**
 * Nothing to play for `/calllog recording ID`: no such id among the calls the user may see, or a call that was not
 * recorded. A member is never told whether an id is someone else's: their lookup only ever read their own calls.
 */
export function renderRecordingNotFound(input: {
  id: string;
  reason: RecordingNotFoundReason;
  scope: 'own' | 'company';
  searchedDays?: number;
}): SlackMessage {
  const id = userText(input.id, 64);
  if (input.reason === 'notRecorded') {
    return message(`Call ${truncate(input.id, 64)} has no recording.`, [
      section(`:mute: *Call \`${id}\` has no recording.* RingCentral recorded nothing for it.`),
      context('Calls with a recording show 🎙 and a ▶ button in `/calllog recorded`.'),
    ]);
  }
  if (input.reason === 'deleted') {
    return message(`The recording for ${truncate(input.id, 64)} no longer exists in RingCentral.`, [
      section(
        `:wastebasket: *The recording for \`${id}\` no longer exists.* The call log still names it, but RingCentral has deleted it (recordings are kept for a limited time).`,
      ),
    ]);
  }
  const whose = input.scope === 'own' ? 'your calls' : "the company's calls";
  const searched = input.searchedDays === undefined ? '' : ` of the last ${plural(input.searchedDays, 'day')}`;
  return message(`Call Log found no recording or call ${truncate(input.id, 64)} among ${whose}${searched}.`, [
    section(
      `:mag: *Call Log found no recording or call \`${id}\` among ${whose}${searched}.*\nCheck the ID: it is a recording id or a call record id, as a ▶ button in \`/calllog recorded\` carries them.` +
        (input.scope === 'own' ? ' You can open the recordings of your own calls.' : ''),
    ),
    context('A call that ended moments ago can take a few minutes to reach the call log.'),
  ]);
}

/** The call is in the call log but RingCentral is still processing its recording. */
export function renderRecordingNotReady(input: { id: string }): SlackMessage {
  const id = userText(input.id, 64);
  return message(
    `The recording for ${truncate(input.id, 64)} isn't ready yet: RingCentral makes recordings available a few minutes after a call ends. Try again shortly.`,
    [
      section(
        `:hourglass_flowing_sand: *The recording for \`${id}\` isn't ready yet.* RingCentral makes a recording available a few minutes after the call ends.`,
      ),
      context(`Try \`/calllog recording ${id}\` again in a few minutes.`),
    ],
  );
}

/** A part of a recording that does not exist was asked for (an audio player seeking past the end). */
export function renderRangeNotSatisfiable(): SlackMessage {
  return message("That part of the recording doesn't exist; play it from the start.", [
    section(":headphones: That part of the recording doesn't exist. Play it from the start, or ask for a new link."),
  ]);
}

/** Admins named in a refusal; a longer list is counted, not listed. */
const MAX_ADMINS_SHOWN = 20;

/**
 * A member asked for an admin-only view; `what` names it: "the company-wide call log". `admins` are the Slack user
 * ids in CALLLOG_ADMINS, shown as mentions so the member knows whom to ask.
 */
export function renderNotAllowed(input: { what: string; admins: readonly string[] }): SlackMessage {
  const what = truncate(input.what, 100);
  const shown = input.admins.slice(0, MAX_ADMINS_SHOWN).map(mention);
  const more = input.admins.length - shown.length;
  const who =
    shown.length === 0
      ? 'No Call Log admins are set yet: whoever runs the bot lists them in its `CALLLOG_ADMINS` setting.'
      : `Call Log admins: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}. Ask one of them, or ask to be made one.`;
  return message(`Only Call Log admins can see ${what}.`, [
    section(
      `:no_entry: *Only Call Log admins can see ${escapeMrkdwn(what)}.* You can see your own calls — try \`/calllog today\`.`,
    ),
    section(who),
    context('Admins are the Slack users listed in the bot’s `CALLLOG_ADMINS` setting.'),
  ]);
}

/** "about 45 s", "about 2 min": a promise, so it rounds up. */
function aboutHowLong(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? `about ${seconds} s` : `about ${Math.ceil(seconds / 60)} min`;
}
