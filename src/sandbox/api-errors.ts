// RingCentral's error bodies, as its API reference and developer guide show them. Status and body travel
// together so a handler cannot send one without the other.

export interface ApiErrorItem {
  errorCode: string;
  message: string;
  [extra: string]: string;
}

export interface ApiErrorBody {
  errorCode: string;
  message: string;
  errors: ApiErrorItem[];
  [extra: string]: unknown;
}

export interface OAuthErrorBody {
  error: string;
  error_description: string;
  errors: ApiErrorItem[];
}

export interface ErrorReply {
  status: number;
  body: ApiErrorBody | OAuthErrorBody;
  headers?: Record<string, string>;
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}

function apiError(
  status: number,
  topCode: string,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): ErrorReply {
  return { status, body: { errorCode: topCode, message, errors: [{ errorCode: code, message, ...extra }], ...extra } };
}

/** 403 CMN-401: the app (token scope) lacks a permission. Verbatim from the "Call Log Access Control" guide. */
export const missingAppPermission = (permission: string): ErrorReply =>
  apiError(
    403,
    'InsufficientPermissions',
    'CMN-401',
    `In order to call this API endpoint, application needs to have [${permission}] permission`,
    {
      permissionName: permission,
    },
  );

/** 403 CMN-408: the token's user lacks a user permission (e.g. FullCompanyCallLog). */
export const missingUserPermission = (permission: string): ErrorReply =>
  apiError(
    403,
    'InsufficientPermissions',
    'CMN-408',
    `In order to call this API endpoint, user needs to have [${permission}] permission for requested resource.`,
    {
      permissionName: permission,
    },
  );

export const tokenNotFound = (): ErrorReply => apiError(401, 'TokenInvalid', 'OAU-213', 'Token not found');
export const tokenExpired = (): ErrorReply => apiError(401, 'TokenInvalid', 'OAU-128', 'Access token expired');
/** 401 AGW-401: RingCentral's API gateway refuses a request with no Authorization header before any OAuth check. */
export const noAuthorizationHeader = (): ErrorReply =>
  apiError(401, 'AGW-401', 'AGW-401', 'Authorization header is not specified');

export const invalidParameter = (name: string): ErrorReply =>
  apiError(400, 'InvalidParameter', 'CMN-101', `Parameter [${name}] value is invalid`, { parameterName: name });

export const parametersConflict = (name: string, other: string): ErrorReply =>
  apiError(
    400,
    'InvalidParameter',
    'CMN-101',
    `Parameter [${name}] is not allowed for usage along with parameter [${other}]`,
    {
      parameterName: name,
    },
  );

/** 400 CLG-110: the call log takes `sessionId` or `extensionNumber`, not both. */
export const sessionWithExtensionNumber = (): ErrorReply =>
  apiError(400, 'CLG-110', 'CLG-110', 'Parameters [sessionId] and [extensionNumber] cannot be used together', {
    parameterName: 'sessionId',
  });

export const resourceNotFound = (parameter: string): ErrorReply =>
  apiError(404, 'ResourceNotFound', 'CMN-102', `Resource for parameter [${parameter}] is not found`, {
    parameterName: parameter,
  });

export const rateExceeded = (): ErrorReply => ({
  status: 429,
  body: {
    errorCode: 'CMN-301',
    message: 'Request rate exceeded',
    errors: [{ errorCode: 'CMN-301', message: 'Request rate exceeded' }],
  },
});

/** 500 CMN-203, as the OpenAPI spec's examples of a 500 show it. */
export const internalError = (): ErrorReply => apiError(500, 'CMN-203', 'CMN-203', 'Internal Server Error');

/**
 * 503 CMN-211 "Service is overloaded" (also sent during maintenance), with the Retry-After RingCentral's error guide
 * tells clients to honour before sending again.
 */
export const serviceUnavailable = (retryAfterSec = 1): ErrorReply => ({
  ...apiError(503, 'CMN-211', 'CMN-211', 'Service is overloaded'),
  headers: { 'Retry-After': String(retryAfterSec) },
});

export const oauthError = (status: number, error: string, code: string, description: string): ErrorReply => ({
  status,
  body: { error, error_description: description, errors: [{ errorCode: code, message: description }] },
});
