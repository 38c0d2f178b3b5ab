// The parts of a real RingCentral call log a tidy generator leaves out, laid over the generated records with a random
// stream of their own (so the calls generated before stay exactly as they were):
// - call queues: an outside call rings several members at once ("Simultaneous" queue, RingCentral's Call Queue
//   overview: "The first one to answer gets the call"). Every member's log holds the call: the one who took it
//   "Accepted", each of the others "Answered Elsewhere" (CallResultEnum), or "Missed" when nobody took it;
// - the rest of CallResultEnum a person sees on inbound calls: "Sent to Voicemail", "Declined", "Stopped",
//   "Callback requested";
// - numbers not in E.164: RingCentral passes on what the carrier sent, e.g. "(866) 123-4567".
import type { Random } from './random.js';
import type { SandboxCallParty, SandboxCallRecord, SandboxExtension } from './types.js';

/** Share of answered / missed outside calls that came through a queue and rang other members too. */
const QUEUE_SHARE = 0.2;
const NATIONAL_FORMAT_SHARE = 0.05;
const RESULT_SWAPS: Readonly<Record<string, { to: string; share: number }[]>> = {
  Voicemail: [{ to: 'Sent to Voicemail', share: 0.3 }],
  Missed: [
    { to: 'Stopped', share: 0.1 },
    { to: 'Callback requested', share: 0.1 },
  ],
  Rejected: [{ to: 'Declined', share: 0.5 }],
};

/** Newest first in, newest first out; queue members' records sit right after the record they fan out from. */
export function addVariety(
  records: readonly SandboxCallRecord[],
  extensions: readonly SandboxExtension[],
  rng: Random,
): SandboxCallRecord[] {
  const byId = new Map(extensions.map((e) => [Number(e.id), e]));
  const out: SandboxCallRecord[] = [];
  for (const original of records) {
    const outside = original.direction === 'Inbound' && original.type === 'Voice' && !original.from.extensionId;
    const record = outside ? varied(original, rng) : original;
    out.push(record);
    if (!outside || extensions.length < 3 || !rng.chance(QUEUE_SHARE)) continue;
    const answered = record.result === 'Accepted';
    if (!answered && record.result !== 'Missed') continue;
    const owner = byId.get(record.extension.id);
    const others = extensions.filter((e) => e !== owner);
    const count = rng.int(1, 2);
    for (let i = 0; i < count; i++) {
      const member = others.splice(rng.int(0, others.length - 1), 1)[0] as SandboxExtension;
      out.push(memberRecord(record, member, `q${i}`, answered ? 'Answered Elsewhere' : 'Missed', rng));
    }
  }
  return out;
}

function varied(record: SandboxCallRecord, rng: Random): SandboxCallRecord {
  let result = record.result;
  for (const swap of RESULT_SWAPS[record.result] ?? []) {
    if (rng.chance(swap.share)) {
      result = swap.to;
      break;
    }
  }
  const national = rng.chance(NATIONAL_FORMAT_SHARE) ? nationalFormat(record.from) : undefined;
  if (result === record.result && !national) return record;
  // The record shares its party objects with others: replace, never mutate.
  return { ...record, result, ...(national ? { from: national } : {}) };
}

function memberRecord(
  call: SandboxCallRecord,
  member: SandboxExtension,
  suffix: string,
  result: string,
  rng: Random,
): SandboxCallRecord {
  const id = `${call.id}${suffix}`;
  const uri = call.extension.uri.replace(/\/extension\/[^/]+$/, `/extension/${member.id}`);
  const durationMs = Math.min(call.durationMs ?? 0, rng.int(3_000, 20_000));
  const { recording: _recording, reason: _reason, ...shared } = call;
  return {
    ...shared,
    id,
    uri: `${uri}/call-log/${id}`,
    extension: { id: Number(member.id), uri },
    duration: Math.floor(durationMs / 1000),
    durationMs,
    result,
    to: { phoneNumber: member.phoneNumber, extensionNumber: member.extensionNumber, name: member.name },
  };
}

/** "+18661234567" → "(866) 123-4567"; other numbers stay as they are. */
function nationalFormat(party: SandboxCallParty): SandboxCallParty | undefined {
  const match = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(party.phoneNumber ?? '');
  return match ? { ...party, phoneNumber: `(${match[1]}) ${match[2]}-${match[3]}` } : undefined;
}
