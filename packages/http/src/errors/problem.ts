import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import type { HttpError } from './http-error.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem `type`s are URNs: stable identifiers that do not pretend to be fetchable pages. */
export const DEFAULT_PROBLEM_TYPE_BASE = 'urn:agentvc:problem:';

/** RFC 9457 problem details as agentvc sends them; documented in every OpenAPI document. */
export const problemDetailsSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('Stable machine-readable code, e.g. VALIDATION_FAILED'),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional()
  })
  .loose()
  .meta({ id: 'Problem' });

export type ProblemDetails = z.infer<typeof problemDetailsSchema>;

export interface ProblemContext {
  requestId: string;
  /** The request path (never the query string, which may carry secrets). */
  instance?: string;
  typeBase?: string;
}

export function problemType(code: string, typeBase = DEFAULT_PROBLEM_TYPE_BASE): string {
  return typeBase + code.toLowerCase().replaceAll('_', '-');
}

/** Builds the body for an HttpError; standard members win over same-named extensions. */
export function toProblem(error: HttpError, context: ProblemContext): ProblemDetails {
  const body: ProblemDetails = {
    ...error.extensions,
    type: problemType(error.code, context.typeBase),
    title: STATUS_CODES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    requestId: context.requestId
  };
  if (context.instance !== undefined) body.instance = context.instance;
  return body;
}
