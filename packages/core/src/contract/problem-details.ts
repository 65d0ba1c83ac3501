import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './error-codes.js';
import { verificationProblemSchema } from './verification-result.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem `type`s are URNs: stable identifiers that do not pretend to be fetchable pages. */
export const DEFAULT_PROBLEM_TYPE_BASE = 'urn:agentvc:problem:';

/** RFC 9457 problem details as agentvc services and the relying-party middleware send them. */
export const problemDetailsSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().min(1).describe('Stable machine-readable code, e.g. VALIDATION_FAILED (docs/http-api.md lists them)'),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe('VALIDATION_FAILED: what to fix'),
    problems: z.array(verificationProblemSchema).optional().describe('Verification problems (DID_AUTH_FAILED, CREDENTIAL_REJECTED, PRESENTATION_INVALID, NOT_AUTHORIZED)')
  })
  .loose()
  .meta({ id: 'Problem' });

export type ProblemDetails = z.infer<typeof problemDetailsSchema>;

/** A problem body before a service stamps its request id (the relying-party middleware may have none). */
export type ProblemBody = { [K in keyof ProblemDetails as K extends 'requestId' ? never : K]: ProblemDetails[K] } & { requestId?: string };

// The reason phrases of the statuses in ERROR_CODES (core does no I/O, so not node:http's table)
const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable'
};

export function problemType(code: string, typeBase = DEFAULT_PROBLEM_TYPE_BASE): string {
  return typeBase + code.toLowerCase().replaceAll('_', '-');
}

export interface ProblemInput {
  code: ErrorCode;
  /** Safe to show the client. */
  detail: string;
  /** Default: the code's status in ERROR_CODES. */
  status?: number;
  /** Extra members (`errors`, `problems`, `challenge`); JSON-safe, never secret. */
  extensions?: Readonly<Record<string, unknown>>;
  requestId?: string;
  /** The request path (never the query string, which may carry secrets). */
  instance?: string;
  typeBase?: string;
}

/**
 * The one builder of problem bodies, for the services, the relying-party middleware and
 * test stubs. Standard members win over same-named extensions.
 */
export function buildProblem(input: ProblemInput & { requestId: string }): ProblemDetails;
export function buildProblem(input: ProblemInput): ProblemBody;
export function buildProblem({ code, detail, status = ERROR_CODES[code].status, extensions = {}, requestId, instance, typeBase }: ProblemInput): ProblemBody {
  const body: ProblemBody = {
    ...extensions,
    type: problemType(code, typeBase),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code
  };
  if (requestId !== undefined) body.requestId = requestId;
  if (instance !== undefined) body.instance = instance;
  return body;
}
