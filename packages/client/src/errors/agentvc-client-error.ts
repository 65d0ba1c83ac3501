import type { ProblemBody } from '../http/problem-body.js';

/** Codes the SDK itself produces; anything else is a server's problem `code`, passed through. */
export type ClientErrorCode =
  | 'NETWORK_ERROR'
  | 'INVALID_RESPONSE'
  | 'API_KEY_REQUIRED'
  | 'HTTP_ERROR'
  | 'PRESENTATION_TOO_LARGE'
  | 'CHALLENGE_MISSING';

export interface AgentVcClientErrorOptions {
  /** HTTP status; 0 when no response arrived. */
  status: number;
  problem?: ProblemBody;
  cause?: unknown;
}

/**
 * Every failure of the SDK. `code` is the server's problem `code` when there is one (never
 * replaced by a generic one), so programs can branch on AGENT_NOT_REGISTERED, TOKEN_EXPIRED, ...
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

export function isAgentVcClientError(error: unknown, code?: string): error is AgentVcClientError {
  return error instanceof AgentVcClientError && (code === undefined || error.code === code);
}
