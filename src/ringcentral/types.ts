// RingCentral REST API records the bot reads, typed after the component schemas in RingCentral's
// API reference (CallLogRecord, CallLogResponse, GetCallRecordingResponse, GetExtensionInfoResponse,
// TokenInfo, ApiErrorResponseModel). Only the fields the bot uses are listed.

export type CallDirection = 'Inbound' | 'Outbound';
export type CallType = 'Voice' | 'Fax';

export interface CallLogParty {
  phoneNumber?: string;
  extensionNumber?: string;
  extensionId?: string;
  name?: string;
  location?: string;
}

export interface CallLogRecord {
  id: string;
  uri: string;
  sessionId: string;
  telephonySessionId?: string;
  extension?: { id: number; uri: string };
  startTime: string;
  duration?: number;
  durationMs?: number;
  type: CallType;
  direction: CallDirection;
  action: string;
  result?: string;
  reason?: string;
  from?: CallLogParty;
  to?: CallLogParty;
  recording?: { id: string; uri: string; type: 'Automatic' | 'OnDemand'; contentUri: string };
  internalType?: string;
  transport?: 'PSTN' | 'VoIP';
}

export interface PageNavigation {
  firstPage?: { uri: string };
  nextPage?: { uri: string };
  previousPage?: { uri: string };
  lastPage?: { uri: string };
}

export interface CallLogResponse {
  uri?: string;
  records: CallLogRecord[];
  navigation: PageNavigation;
  paging: {
    page?: number;
    perPage?: number;
    pageStart?: number;
    pageEnd?: number;
    totalPages?: number;
    totalElements?: number;
  };
}

export interface RecordingInfo {
  id: string;
  contentUri: string;
  contentType: string;
  duration: number;
}

export interface ExtensionInfo {
  id: number;
  uri: string;
  extensionNumber?: string;
  name?: string;
  type?: string;
  status?: string;
  contact?: { firstName?: string; lastName?: string; email?: string };
  permissions?: { admin?: { enabled?: boolean }; internationalCalling?: { enabled?: boolean } };
}

export interface ExtensionListResponse {
  uri?: string;
  records: ExtensionInfo[];
  navigation?: PageNavigation;
  paging?: CallLogResponse['paging'];
}

export interface TokenInfo {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  scope: string;
  owner_id?: string;
  endpoint_id?: string;
}

export interface ApiErrorBody {
  errorCode?: string;
  message?: string;
  permissionName?: string;
  errors?: Array<{ errorCode?: string; message?: string; permissionName?: string; parameterName?: string }>;
  // OAuth endpoints answer in the RFC 6749 shape instead.
  error?: string;
  error_description?: string;
}
