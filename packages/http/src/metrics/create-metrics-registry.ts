import { collectDefaultMetrics, Registry } from 'prom-client';

export type { Registry as MetricsRegistry } from 'prom-client';

/**
 * A service's metrics registry: every series labelled with the service name, and process
 * metrics (CPU, memory, event loop lag) unless turned off. createService makes one when it is
 * given none; a start function makes it itself to put domain counters beside the HTTP ones.
 */
export function createMetricsRegistry({ service, defaultMetrics = true }: { service: string; defaultMetrics?: boolean }): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (defaultMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}
