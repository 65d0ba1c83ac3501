import { isAgentVcError, type ErrorCode } from '@agentvc/core';
import { z } from 'zod';
import { HttpError, type HttpErrorCode } from './http-error.js';
import { validationError } from './validation-error.js';

/** How one AgentVcError code is answered. `detail` replaces the error message when set. */
export interface ErrorMapping {
  status: number;
  code: HttpErrorCode | (string & {});
  detail?: string;
  /** Sent as `Retry-After` on a 5xx when the error carries no `details.retryAfterSeconds`. */
  retryAfterSeconds?: number;
}

/** AgentVcError code -> HTTP answer. Apps extend it through `createService({ errorMap })`. */
export type ErrorMap = Partial<Record<ErrorCode, ErrorMapping>>;

export const DEFAULT_ERROR_MAP: ErrorMap = {
  DUPLICATE_KEY: { status: 409, code: 'CONFLICT' },
  // a database that is away (restarting, failing over) usually answers again within seconds
  STORE_UNAVAILABLE: { status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'Storage is unavailable; retry later', retryAfterSeconds: 5 },
  STORE_CORRUPT: { status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'Storage is unavailable; retry later' },
  DID_UNSUPPORTED: { status: 400, code: 'DID_UNSUPPORTED' },
  DID_UNRESOLVABLE: { status: 400, code: 'DID_UNRESOLVABLE' },
  CHALLENGE_CAPACITY: { status: 503, code: 'CHALLENGE_CAPACITY', detail: 'Too many challenges are in use; retry shortly' }
};

const CODE_BY_STATUS: Readonly<Record<number, HttpErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE'
};

const STATUS_BY_CODE = new Map(Object.entries(CODE_BY_STATUS).map(([status, code]) => [code as string, Number(status)]));

/** A core code that is itself an HTTP code (NOT_FOUND, CONFLICT, ...) needs no mapping. */
function sameNamedMapping(code: string): ErrorMapping | undefined {
  const status = STATUS_BY_CODE.get(code);
  return status === undefined ? undefined : { status, code };
}

/** AgentVcError `details` are documented as safe for clients (e.g. verification problems). */
function clientDetails(error: Error): Record<string, unknown> {
  const details: unknown = Reflect.get(error, 'details');
  return typeof details === 'object' && details !== null && !Array.isArray(details) ? { ...details } : {};
}

/** A `details.retryAfterSeconds` (e.g. CHALLENGE_CAPACITY), else the mapping's, becomes the Retry-After header. */
function retryAfter(error: Error, mapping: ErrorMapping): Record<string, string> {
  const seconds = clientDetails(error).retryAfterSeconds ?? mapping.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? { 'Retry-After': String(Math.ceil(seconds)) } : {};
}

/** Errors from Koa's `ctx.throw` and the router (http-errors): `expose` says the message is safe. */
interface ExposableError {
  status: number;
  expose: boolean;
  message: string;
}

function isExposable(error: unknown): error is ExposableError {
  if (!(error instanceof Error)) return false;
  const { status, expose } = error as Partial<ExposableError>;
  return typeof status === 'number' && expose === true && status >= 400 && status < 500;
}

/**
 * The client-facing form of a thrown value, or undefined when it is an internal failure
 * that must be answered with a generic 500 (and logged).
 */
export function toHttpError(error: unknown, errorMap: ErrorMap): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (isAgentVcError(error)) {
    const mapping = errorMap[error.code] ?? sameNamedMapping(error.code);
    if (mapping === undefined) return undefined;
    // A 5xx message may describe internals; only a mapping's own detail is shown then
    if (mapping.status >= 500) {
      return new HttpError(mapping.status, mapping.code, mapping.detail ?? 'The service failed; retry later', {
        cause: error,
        headers: retryAfter(error, mapping)
      });
    }
    return new HttpError(mapping.status, mapping.code, mapping.detail ?? error.message, {
      cause: error,
      extensions: clientDetails(error)
    });
  }
  // Edge validation already throws HttpError; this catches zod parses inside handlers
  if (error instanceof z.core.$ZodError) return validationError(error.issues);
  if (isExposable(error)) {
    return new HttpError(error.status, CODE_BY_STATUS[error.status] ?? 'BAD_REQUEST', error.message, { cause: error });
  }
  return undefined;
}
