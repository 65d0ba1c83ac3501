import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { ServiceMiddleware } from '../service/service-state.js';
import { routePattern } from './route-pattern.js';

/**
 * Binds a child logger to the request id and writes one line per request. Only method,
 * path (no query string: it may carry tokens), route, status and duration are logged:
 * never headers or bodies.
 */
export function logRequests(logger: Logger): ServiceMiddleware {
  return async (ctx, next) => {
    const started = performance.now();
    const log = logger.child({ requestId: ctx.state.requestId });
    ctx.state.log = log;
    try {
      await next();
    } finally {
      const line = {
        method: ctx.method,
        path: ctx.path,
        route: routePattern(ctx),
        status: ctx.status,
        durationMs: Math.round((performance.now() - started) * 1000) / 1000
      };
      if (ctx.status >= 500) log.warn(line, 'request failed');
      else log.info(line, 'request');
    }
  };
}
