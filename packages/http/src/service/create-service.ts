import { Router } from '@koa/router';
import Koa from 'koa';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { DEFAULT_BODY_LIMIT_BYTES } from '../body/read-json-body.js';
import { admissionControl } from '../middleware/admission-control.js';
import { errorHandler } from '../middleware/error-handler.js';
import { httpMetrics } from '../middleware/http-metrics.js';
import { createMetricsRegistry } from '../metrics/create-metrics-registry.js';
import { logRequests } from '../middleware/log-requests.js';
import { requestId } from '../middleware/request-id.js';
import { buildOpenApi } from '../openapi/build-openapi.js';
import type { Route } from '../routes/define-route.js';
import { mountRoute } from '../routes/mount-route.js';
import { docsUiRoutes } from './docs-ui.js';
import { opsRoutes, type ReadinessCheck } from './ops-routes.js';
import type { ServiceState } from './service-state.js';

export interface ServiceOptions {
  name: string;
  version: string;
  description?: string;
  /** A pino logger (see createLogger); `pino({ level: 'silent' })` in tests. */
  logger: Logger;
  routes: readonly Route[];
  /** Named checks behind `/ready`, e.g. `{ store: () => store.ping() }`. */
  readiness?: Readonly<Record<string, ReadinessCheck>>;
  /** App requests handled at once before answering 503 OVERLOADED. Default 64. */
  maxInFlight?: number;
  retryAfterSeconds?: number;
  /** Default JSON body limit; routes may override. Default 64 KiB. */
  bodyLimitBytes?: number;
  /** Pass one (createMetricsRegistry) to add the app's own metrics; by default the service makes its own. */
  metricsRegistry?: Registry;
  /** Process metrics (CPU, memory, event loop lag) on the registry. Default true. */
  defaultMetrics?: boolean;
  readinessTimeoutMs?: number;
  problemTypeBase?: string;
  /**
   * Reverse proxies in front of the service that append the client address to X-Forwarded-For.
   * 0 (default): the socket address is the client (rate limits, logs), and X-Forwarded-* is
   * ignored. N: the address N hops from the right of X-Forwarded-For is the client; entries
   * left of it are the client's own say and never trusted.
   */
  trustedProxyHops?: number;
  /** Interactive API docs (Swagger UI over `/openapi.json`) at `/docs`. Default true. */
  docs?: boolean;
}

/**
 * A Koa app with what every agentvc service shares: request ids, logs, metrics, problem+json
 * errors, admission control, `/health`, `/ready`, `/metrics`, `/openapi.json`, `/docs`, and `routes`.
 */
export function createService(options: ServiceOptions): Koa<ServiceState> {
  const { logger, routes } = options;
  const registry = options.metricsRegistry ?? createMetricsRegistry({ service: options.name, defaultMetrics: options.defaultMetrics !== false });

  // Only the app's routes are admission-controlled: probes and scrapes must answer under load
  const admission = admissionControl({
    maxInFlight: options.maxInFlight ?? 64,
    retryAfterSeconds: options.retryAfterSeconds ?? 1
  });
  const ops = opsRoutes({
    registry,
    readiness: options.readiness ?? {},
    readinessTimeoutMs: options.readinessTimeoutMs ?? 2000,
    openapi: () => document
  });
  // Built once at start: a schema that cannot be documented fails the start, not a request
  const document = buildOpenApi(
    { title: options.name, version: options.version, ...(options.description ? { description: options.description } : {}) },
    [...routes.map((route) => ({ ...route, errors: [...(route.errors ?? []), 503] })), ...ops]
  );

  // 'specificity': `/credentials/status` wins over `/credentials/:id`, as OpenAPI matching does
  const router = new Router<ServiceState>({ exclusive: 'specificity' });
  const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  for (const route of routes) mountRoute(router, route, { bodyLimitBytes, before: [admission] });
  for (const route of ops) mountRoute(router, route, { bodyLimitBytes });
  // Like the ops routes, outside admission control; pages for people, so not in the document
  const docs = options.docs === false ? [] : docsUiRoutes({ title: options.name });
  for (const route of docs) mountRoute(router, route, { bodyLimitBytes });

  const hops = options.trustedProxyHops ?? 0;
  if (!Number.isInteger(hops) || hops < 0) throw new RangeError(`trustedProxyHops must be a non-negative integer, got ${hops}`);
  // Koa's `ctx.ip` then reads the last `hops` X-Forwarded-For entries and takes the leftmost of them
  const app = new Koa<ServiceState>({ proxy: hops > 0, maxIpsCount: hops });
  // Failures outside the middleware chain (socket errors) would otherwise go to stderr
  app.on('error', (error: unknown) => logger.error({ err: error }, 'koa error'));
  app.use(requestId());
  app.use(logRequests(logger));
  app.use(httpMetrics(registry));
  app.use(errorHandler({ problemTypeBase: options.problemTypeBase }));
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
