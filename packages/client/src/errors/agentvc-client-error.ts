import type { ErrorCode, SdkErrorCode } from '@agentvc/core';
import type { ProblemBody } from '../http/problem-body.js';

/**
 * The codes a client sees: the services' (ERROR_CODES) and the SDK's own (SDK_ERROR_CODES, a
 * call that got no usable answer), both from the contract in @agentvc/core.
 */
export type ClientErrorCode = ErrorCode | SdkErrorCode;

export interface AgentVcClientErrorOptions {
  /** HTTP status; 0 when no response arrived. */
  status: number;
  problem?: ProblemBody;
  cause?: unknown;
}

/**
 * Every failure of the SDK. `code` is the server's problem `code` when there is one (never
 * replaced by a generic one), so programs can branch on AGENT_NOT_REGISTERED, TOKEN_EXPIRED, ...;
 * a code a newer service added arrives as it is, hence the open string.
 */
export class AgentVcClientError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode | (string & {});
  /** The server's RFC 9457 problem body, as received. */
  readonly problem?: ProblemBody;
  /** Verification problems, when the server reported them (e.g. NOT_AUTHORIZED, CREDENTIAL_REJECTED). */
  readonly problems?: ReadonlyArray<Record<string, unknown>>;

  constructor(code: ClientErrorCode | (string & {}), message: string, { status, problem, cause }: AgentVcClientErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'AgentVcClientError';
    this.code = code;
    this.status = status;
    if (problem) {
      this.problem = problem;
      if (Array.isArray(problem.problems)) this.problems = problem.problems;
    }
  }
}

export function isAgentVcClientError(error: unknown, code?: ClientErrorCode): error is AgentVcClientError {
  return error instanceof AgentVcClientError && (code === undefined || error.code === code);
}
