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
  | 'STORE_INVALID_OPERATION';

/** The one error class of agentvc: a stable `code` for programs, a message for people. */
export class AgentVcError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AgentVcError';
    this.code = code;
  }
}

export function isAgentVcError(error: unknown, code?: ErrorCode): error is AgentVcError {
  return error instanceof AgentVcError && (code === undefined || error.code === code);
}
