/**
 * Codes this package answers with on its own. Apps add their own stable codes
 * (UPPER_SNAKE strings such as `CHALLENGE_EXPIRED`).
 */
export type HttpErrorCode =
  | 'BAD_REQUEST'
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INTERNAL'
  | 'NOT_IMPLEMENTED'
  | 'SERVICE_UNAVAILABLE'
  | 'NOT_READY'
  | 'OVERLOADED'
  | 'RATE_LIMITED'
  | 'REQUEST_TIMEOUT'
  | 'HEADERS_TOO_LARGE';

export interface HttpErrorOptions {
  /** Extra problem members (e.g. `errors`). They reach the client: JSON-safe, never secret. */
  extensions?: Readonly<Record<string, unknown>>;
  /** Response headers such as `Retry-After` or `WWW-Authenticate`. */
  headers?: Readonly<Record<string, string>>;
  cause?: unknown;
}

/**
 * An error meant for the client: its status, code and message (the problem `detail`) are
 * sent as they are, so the message must be safe to show. Anything else thrown becomes a
 * generic 500.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;

  // `string & {}` keeps editor completion for the built-in codes while allowing app codes
  constructor(status: number, code: HttpErrorCode | (string & {}), detail: string, options: HttpErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

export function isHttpError(error: unknown, code?: string): error is HttpError {
  return error instanceof HttpError && (code === undefined || error.code === code);
}
