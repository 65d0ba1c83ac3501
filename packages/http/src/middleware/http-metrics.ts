import { performance } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { ServiceMiddleware } from '../service/service-state.js';
import { routePattern } from './route-pattern.js';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

// Seconds, from a hello-JSON answer (~1 ms) to a full verification under load (seconds)
const DURATION_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Labels = 'method' | 'route' | 'status';

/**
 * Counts requests and times them on the given registry, labelled by route pattern rather
 * than raw URL so that ids in paths cannot blow up the number of series.
 */
export function httpMetrics(registry: Registry): ServiceMiddleware {
  const requests = new Counter<Labels>({
    name: 'http_requests_total',
    help: 'HTTP requests answered',
    labelNames: ['method', 'route', 'status'],
    registers: [registry]
  });
  const duration = new Histogram<Labels>({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to its answer',
    labelNames: ['method', 'route', 'status'],
    buckets: DURATION_BUCKETS,
    registers: [registry]
  });
  const inFlight = new Gauge({
    name: 'http_requests_in_flight',
    help: 'HTTP requests being handled now',
    registers: [registry]
  });

  return async (ctx, next) => {
    const started = performance.now();
    inFlight.inc();
    try {
      await next();
    } finally {
      inFlight.dec();
      const labels = {
        method: KNOWN_METHODS.has(ctx.method) ? ctx.method : 'OTHER',
        route: routePattern(ctx),
        status: String(ctx.status)
      };
      requests.inc(labels);
      duration.observe(labels, (performance.now() - started) / 1000);
    }
  };
}
