import { HttpError } from '../errors/http-error.js';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../errors/problem.js';
import { toHttpError } from '../errors/to-http-error.js';
import type { ServiceContext, ServiceMiddleware } from '../service/service-state.js';
import { REQUEST_ID_HEADER } from './request-id.js';

export interface ErrorHandlerOptions {
  /** Prefix of problem `type` URIs; see DEFAULT_PROBLEM_TYPE_BASE. */
  problemTypeBase?: string;
}

// Statuses the router leaves without a body: unknown path, known path with another method
const EMPTY_STATUS_ERRORS: Readonly<Record<number, () => HttpError>> = {
  404: () => new HttpError('NOT_FOUND', 'No route matches this path'),
  405: () => new HttpError('METHOD_NOT_ALLOWED', 'This path does not accept this method'),
  501: () => new HttpError('NOT_IMPLEMENTED', 'This method is not implemented')
};

const INTERNAL_DETAIL = 'An unexpected error occurred; the request id identifies it in the logs';

/**
 * The one place errors become responses: every failure is answered as
 * `application/problem+json` with a stable `code`, its status from ERROR_CODES. Anything not
 * known to be safe becomes a generic 500 whose only link to the cause is the request id in the logs.
 */
export function errorHandler(options: ErrorHandlerOptions = {}): ServiceMiddleware {
  const render = (ctx: ServiceContext, error: HttpError, keepHeaders: boolean): void => {
    if (!keepHeaders) clearSuccessHeaders(ctx);
    ctx.set({ ...error.headers });
    ctx.status = error.status;
    ctx.type = PROBLEM_CONTENT_TYPE;
    ctx.body = toProblem(error, {
      requestId: ctx.state.requestId,
      instance: ctx.path,
      typeBase: options.problemTypeBase
    });
  };

  return async (ctx, next) => {
    try {
      await next();
      const emptyError = ctx.body == null ? EMPTY_STATUS_ERRORS[ctx.status] : undefined;
      // Keeps the router's `Allow` header on 405
      if (emptyError !== undefined) render(ctx, emptyError(), true);
    } catch (thrown) {
      let error = toHttpError(thrown);
      if (error === undefined) {
        ctx.state.log.error({ err: thrown }, 'unhandled error');
        error = new HttpError('INTERNAL', INTERNAL_DETAIL);
      } else if (error.status >= 500 && error.cause !== undefined) {
        // A mapped failure (store down, ...) keeps its cause for operators; plain refusals
        // such as OVERLOADED are already in the request line and stay cheap
        ctx.state.log.warn({ err: error.cause, code: error.code }, 'request failed');
      }
      // Too late for a problem body once streaming began; Koa then ends the response
      if (ctx.headerSent || !ctx.writable) return;
      render(ctx, error, false);
    }
  };
}

// Connection: close may come from a graceful shutdown in progress
const KEPT_HEADERS = [REQUEST_ID_HEADER.toLowerCase(), 'connection'];

/** Headers set before the failure (ETag, Cache-Control, ...) described a success. */
function clearSuccessHeaders(ctx: ServiceContext): void {
  for (const name of ctx.res.getHeaderNames()) {
    if (!KEPT_HEADERS.includes(name)) ctx.res.removeHeader(name);
  }
}
