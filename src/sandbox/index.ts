// The RingCentral sandbox: an emulator of the RingCentral REST API on loopback with a deterministic synthetic
// company. It imports nothing from the bot; the bot's tests use it as their oracle.

export { DEFAULT_RATE_LIMITS } from './rate-limits.js';
export { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_SCOPES, type Sandbox, startSandbox } from './server.js';
export type {
  AuthzProfileMode,
  Fault,
  RateGroup,
  RateLimit,
  SandboxCallParty,
  SandboxCallRecord,
  SandboxExtension,
  SandboxOptions,
  SandboxRecordingRef,
  SandboxRequest,
  SandboxRoute,
  SyntheticCompany,
} from './types.js';
export { RECORDING_READY_DELAY_MS, recordingReadyAt } from './types.js';
