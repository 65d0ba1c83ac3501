import { buildProblem, type ProblemDetails } from '@agentvc/core';
import type { HttpError } from './http-error.js';

export { PROBLEM_CONTENT_TYPE } from '@agentvc/core';

export interface ProblemContext {
  requestId: string;
  /** The request path (never the query string, which may carry secrets). */
  instance?: string;
  typeBase?: string;
}

/** The problem body for an HttpError, by the contract's one builder. */
export function toProblem(error: HttpError, { requestId, instance, typeBase }: ProblemContext): ProblemDetails {
  return buildProblem({
    code: error.code,
    detail: error.message,
    status: error.status,
    extensions: error.extensions,
    requestId,
    ...(instance === undefined ? {} : { instance }),
    ...(typeBase === undefined ? {} : { typeBase })
  });
}
