import { AgentVcError, ERROR_CODES, type ErrorCode } from '@agentvc/core';

export interface HttpErrorOptions {
  /** Extra problem members (e.g. `errors`). They reach the client: JSON-safe, never secret. */
  extensions?: Readonly<Record<string, unknown>>;
  /** Response headers such as `Retry-After` or `WWW-Authenticate`. */
  headers?: Readonly<Record<string, string>>;
  /** Only the `alsoStatus` of the code's ERROR_CODES entry; by default its `status`. */
  status?: number;
  cause?: unknown;
}

/**
 * An AgentVcError meant for the client as it is: its code (whose status ERROR_CODES gives),
 * message (the problem `detail`, so it must be safe to show), extra members and headers.
 * Anything else thrown is mapped through ERROR_CODES or becomes a generic 500.
 */
export class HttpError extends AgentVcError {
  readonly status: number;
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, detail: string, options: HttpErrorOptions = {}) {
    super(code, detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HttpError';
    this.status = checkedStatus(code, options.status);
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

/** The table's status, or its one named alternative; any other is a programming error. */
function checkedStatus(code: ErrorCode, asked: number | undefined): number {
  const entry = ERROR_CODES[code] as { status: number; alsoStatus?: { status: number } } | undefined;
  if (entry === undefined) throw new TypeError(`${String(code)} is not in ERROR_CODES`);
  if (asked === undefined || asked === entry.status || asked === entry.alsoStatus?.status) return asked ?? entry.status;
  throw new TypeError(`${code} is answered with ${entry.status} (ERROR_CODES), not ${asked}`);
}

export function isHttpError(error: unknown, code?: ErrorCode): error is HttpError {
  return error instanceof HttpError && (code === undefined || error.code === code);
}
