import type { ErrorCode } from '../contract/error-codes.js';

export type { ErrorCode };

/**
 * The one error class of agentvc: a stable `code` from ERROR_CODES (which also gives its HTTP
 * status) for programs, a message for people. Verification problems are returned as data.
 */
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
