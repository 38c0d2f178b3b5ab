// GET …/call-log and …/active-calls at account and extension level.

import { checkAccount, pathExtension } from './access.js';
import {
  type ErrorReply,
  invalidParameter,
  isErrorReply,
  missingUserPermission,
  parametersConflict,
  sessionWithExtensionNumber,
} from './api-errors.js';
import { type CallList, windowOf } from './call-index.js';
import { listResponse, pageOf, pageOfSlice, parsePaging } from './paging.js';
import type { ApiContext, Reply } from './reply.js';
import type { SandboxCallRecord } from './types.js';

const DAY_MS = 24 * 3_600_000;
type Filter = (record: SandboxCallRecord) => boolean;

export function accountCallLog(ctx: ApiContext): Reply {
  const refused = checkAccount(ctx) ?? (ctx.owner.isAdmin ? undefined : missingUserPermission('FullCompanyCallLog'));
  return refused ?? callLog(ctx, ctx.calls.account);
}

export function extensionCallLog(ctx: ApiContext): Reply {
  const extension = checkAccount(ctx) ?? pathExtension(ctx, 'ReadCallLog');
  if (isErrorReply(extension)) return extension;
  return callLog(ctx, ctx.calls.byExtension.get(extension.id) ?? { records: [], starts: new Float64Array() });
}

export function accountActiveCalls(ctx: ApiContext): Reply {
  const refused = checkAccount(ctx) ?? (ctx.owner.isAdmin ? undefined : missingUserPermission('ReadCallLog'));
  return refused ?? activeCalls(ctx, ctx.company.activeCalls);
}

export function extensionActiveCalls(ctx: ApiContext): Reply {
  const extension = checkAccount(ctx) ?? pathExtension(ctx, 'ReadCallLog');
  if (isErrorReply(extension)) return extension;
  return activeCalls(
    ctx,
    ctx.company.activeCalls.filter((r) => String(r.extension.id) === extension.id),
  );
}

function callLog(ctx: ApiContext, list: CallList): Reply {
  const { query } = ctx;
  const dateTo = parseDate(query, 'dateTo', ctx.now);
  if (isErrorReply(dateTo)) return dateTo;
  const dateFrom = parseDate(query, 'dateFrom', dateTo - DAY_MS);
  if (isErrorReply(dateFrom)) return dateFrom;
  if (query.has('phoneNumber') && query.has('extensionNumber'))
    return parametersConflict('phoneNumber', 'extensionNumber');
  // RingCentral refuses a session lookup narrowed to an extension number with 400 CLG-110.
  if (query.has('sessionId') && query.has('extensionNumber')) return sessionWithExtensionNumber();
  const filters = commonFilters(query);
  if (isErrorReply(filters)) return filters;
  const recordingFilter = recordingFilterOf(query);
  if (isErrorReply(recordingFilter)) return recordingFilter;
  filters.push(...recordingFilter);
  const phoneNumber = query.get('phoneNumber');
  if (phoneNumber !== null) filters.push(phoneFilter(phoneNumber));
  // `sessionId` (CallLogSessionId) and `telephonySessionId` (CallLogTelephonySessionId): one session's records.
  const sessionId = query.get('sessionId');
  if (sessionId !== null) filters.push((r) => r.sessionId === sessionId);
  const telephonySessionId = query.get('telephonySessionId');
  if (telephonySessionId !== null) filters.push((r) => r.telephonySessionId === telephonySessionId);
  const extensionNumber = query.get('extensionNumber');
  if (extensionNumber !== null) filters.push(extensionNumberFilter(ctx, extensionNumber));
  const paging = parsePaging(query);
  if (isErrorReply(paging)) return paging;
  const view = parseView(query);
  if (isErrorReply(view)) return view;

  // Calls that have not started yet are not in the log, and neither are calls still going on: RingCentral writes a
  // call's record once the call has ended, and calls in progress are what active-calls lists ("Returns records of
  // all calls that are in progress", OpenAPI spec).
  const { first, end } = windowOf(list, dateFrom, Math.min(dateTo, ctx.now + 1));
  if (anyStillGoing(list, first, end, ctx.now)) filters.push((r) => endOf(r) <= ctx.now);
  const page =
    filters.length === 0
      ? pageOfSlice(list.records, first, end, paging)
      : pageOf(slice(list.records, first, end), allOf(filters), paging);
  const records = view === 'Detailed' ? page.items.map(detailed) : page.items;
  return { status: 200, body: listResponse(ctx, paging, { items: records, hasNext: page.hasNext }) };
}

/** No call lasts longer than this in the synthetic company, so only the newest records can still be going on. */
const LONGEST_CALL_MS = 3_600_000;

const endOf = (r: SandboxCallRecord): number => Date.parse(r.startTime) + (r.durationMs ?? 0);

function anyStillGoing(list: CallList, first: number, end: number, now: number): boolean {
  for (let i = first; i < end && (list.starts[i] as number) > now - LONGEST_CALL_MS; i++) {
    if (endOf(list.records[i] as SandboxCallRecord) > now) return true;
  }
  return false;
}

function activeCalls(ctx: ApiContext, records: SandboxCallRecord[]): Reply {
  const filters = commonFilters(ctx.query);
  if (isErrorReply(filters)) return filters;
  const paging = parsePaging(ctx.query);
  if (isErrorReply(paging)) return paging;
  const view = parseView(ctx.query);
  if (isErrorReply(view)) return view;
  const page = pageOf(records, filters.length ? allOf(filters) : undefined, paging);
  const items = view === 'Detailed' ? page.items.map(detailed) : page.items;
  return { status: 200, body: listResponse(ctx, paging, { items, hasNext: page.hasNext }) };
}

function parseDate(query: URLSearchParams, name: string, fallback: number): number | ErrorReply {
  const value = query.get(name);
  if (value === null) return fallback;
  // ISO 8601 only (a date, or a date-time); Date.parse alone would also take "March 3".
  const ms = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? invalidParameter(name) : ms;
}

export function parseView(query: URLSearchParams): 'Simple' | 'Detailed' | ErrorReply {
  const view = query.get('view') ?? 'Simple';
  return view === 'Simple' || view === 'Detailed' ? view : invalidParameter('view');
}

/** Repeated `type` and `direction`: a record matches any of the values given. */
function commonFilters(query: URLSearchParams): Filter[] | ErrorReply {
  const filters: Filter[] = [];
  const types = query.getAll('type');
  if (types.some((t) => t !== 'Voice' && t !== 'Fax')) return invalidParameter('type');
  if (types.length > 0) filters.push((r) => types.includes(r.type));
  const directions = query.getAll('direction');
  if (directions.some((d) => d !== 'Inbound' && d !== 'Outbound')) return invalidParameter('direction');
  if (directions.length > 0) filters.push((r) => directions.includes(r.direction));
  // `transport` (CallTransportType): repeated, each a CallTransportEnum value.
  const transports = query.getAll('transport');
  if (transports.some((t) => t !== 'PSTN' && t !== 'VoIP')) return invalidParameter('transport');
  if (transports.length > 0) filters.push((r) => transports.includes(r.transport));
  return filters;
}

/** `recordingType` wins over the deprecated `withRecording` when both are given (API reference). */
function recordingFilterOf(query: URLSearchParams): Filter[] | ErrorReply {
  const recordingType = query.get('recordingType');
  if (recordingType !== null) {
    if (recordingType === 'All') return [(r) => r.recording !== undefined];
    if (recordingType === 'Automatic' || recordingType === 'OnDemand')
      return [(r) => r.recording?.type === recordingType];
    return invalidParameter('recordingType');
  }
  const withRecording = query.get('withRecording');
  if (withRecording === null || withRecording === 'false') return [];
  if (withRecording === 'true') return [(r) => r.recording !== undefined];
  return invalidParameter('withRecording');
}

/** E.164 without '+' per the reference; '+' and formatting are tolerated, a 10-digit NANP number gets its 1. */
function phoneFilter(phoneNumber: string): Filter {
  let digits = phoneNumber.replace(/\D/g, '');
  if (digits.length === 10) digits = `1${digits}`;
  const matches = (n: string | undefined) => n !== undefined && n.replace(/\D/g, '') === digits;
  return (r) => matches(r.from.phoneNumber) || matches(r.to.phoneNumber);
}

/** "Returns call log for this particular extension only": the record's own extension. */
function extensionNumberFilter(ctx: ApiContext, extensionNumber: string): Filter {
  const extension = ctx.company.extensions.find((e) => e.extensionNumber === extensionNumber);
  const id = extension ? Number(extension.id) : NaN;
  return (r) => r.extension.id === id;
}

function allOf(filters: Filter[]): Filter {
  return (r) => filters.every((f) => f(r));
}

function* slice<T>(items: readonly T[], first: number, end: number): Iterable<T> {
  for (let i = first; i < end; i++) yield items[i] as T;
}

/** The Detailed view adds the call's legs (one here: the call as this extension saw it). */
export function detailed(record: SandboxCallRecord): SandboxCallRecord & { legs: unknown[]; lastModifiedTime: string } {
  const { id: _id, uri: _uri, sessionId: _sessionId, ...leg } = record;
  const internal = record.from.extensionId !== undefined && record.to.extensionId !== undefined;
  const legType = internal ? 'ExtensionToExtension' : record.direction === 'Inbound' ? 'PstnToSip' : 'SipToPstnMetered';
  const ended = Date.parse(record.startTime) + (record.durationMs ?? 0);
  return { ...record, legs: [{ ...leg, legType, master: true }], lastModifiedTime: new Date(ended).toISOString() };
}
