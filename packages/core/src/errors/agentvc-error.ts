/** Every error code agentvc throws. Verification problems are returned as data, not thrown. */
export type ErrorCode =
  | 'CONTEXT_INTEGRITY'
  | 'UNKNOWN_CONTEXT'
  | 'UNSUPPORTED_URL'
  | 'DID_UNSUPPORTED'
  | 'DID_UNRESOLVABLE'
  | 'INVALID_IDENTITY'
  | 'INVALID_OPTIONS'
  | 'STATUS_LIST_FULL'
  | 'STATUS_LIST_INVALID'
  | 'SIGNING_FAILED'
  | 'DUPLICATE_KEY'
  | 'STORE_UNAVAILABLE'
  | 'STORE_CORRUPT'
  | 'STORE_INVALID_OPERATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'CHALLENGE_INVALID'
  | 'CHALLENGE_USED'
  | 'CHALLENGE_EXPIRED'
  /** Too many consumed challenges still to remember to take another; retry (details.retryAfterSeconds). */
  | 'CHALLENGE_CAPACITY'
  | 'DID_AUTH_FAILED'
  | 'NO_ACTIVE_GRANTS'
  | 'INVALID_CREDENTIAL'
  | 'STATUS_CHANGE_REFUSED'
  | 'AGENT_NOT_REGISTERED';

/** The one error class of agentvc: a stable `code` for programs, a message for people. */
export class AgentVcError extends Error {
  readonly code: ErrorCode;
  /** Data safe to show a client (e.g. verification problems); never secrets. */
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AgentVcError';
    this.code = code;
    if (options?.details) this.details = options.details;
  }
}

export function isAgentVcError(error: unknown, code?: ErrorCode): error is AgentVcError {
  return error instanceof AgentVcError && (code === undefined || error.code === code);
}
