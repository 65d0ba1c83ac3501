import { ERROR_CODES, isAgentVcError, type ErrorCode, type ErrorCodeEntry } from '@agentvc/core';
import { z } from 'zod';
import { HttpError } from './http-error.js';
import { validationError } from './validation-error.js';

// Statuses of Koa's `ctx.throw` and the router (http-errors) → our code for them
const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE'
};

/** AgentVcError `details` are documented as safe for clients (e.g. verification problems). */
function clientDetails(error: Error): Record<string, unknown> {
  const details: unknown = Reflect.get(error, 'details');
  return typeof details === 'object' && details !== null && !Array.isArray(details) ? { ...details } : {};
}

/** A `details.retryAfterSeconds` (e.g. CHALLENGE_CAPACITY), else the table's, becomes the Retry-After header. */
function retryAfter(error: Error, entry: ErrorCodeEntry): Record<string, string> {
  const seconds = clientDetails(error).retryAfterSeconds ?? entry.retryAfterSeconds;
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
 * The client-facing form of a thrown value, answered as ERROR_CODES says, or undefined when
 * it is an internal failure that must be answered with a generic 500 (and logged).
 */
export function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (isAgentVcError(error)) {
    // a code outside the table (a cast somewhere) is an internal failure, not a crash in here
    const entry: ErrorCodeEntry | undefined = Object.hasOwn(ERROR_CODES, error.code) ? ERROR_CODES[error.code] : undefined;
    if (entry === undefined || entry.status === 500) return undefined;
    const code = (entry.answerAs ?? error.code) as ErrorCode;
    // A 5xx message may describe internals; only the table's own detail is shown then
    if (entry.status >= 500) {
      return new HttpError(code, entry.detail ?? 'The service failed; retry later', { status: entry.status, cause: error, headers: retryAfter(error, entry) });
    }
    return new HttpError(code, entry.detail ?? error.message, { status: entry.status, cause: error, extensions: clientDetails(error) });
  }
  // Edge validation already throws HttpError; this catches zod parses inside handlers
  if (error instanceof z.core.$ZodError) return validationError(error.issues);
  if (isExposable(error)) return new HttpError(CODE_BY_STATUS[error.status] ?? 'BAD_REQUEST', error.message, { cause: error });
  return undefined;
}
