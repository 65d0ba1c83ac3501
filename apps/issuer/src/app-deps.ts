import type { MetricsRegistry, RateLimitSettings } from '@agentvc/http';
import type { Logger } from 'pino';
import type { Issuer } from '@agentvc/issuer';
import type { Store } from '@agentvc/store';
import type { IssuerRateLimitName } from './rate-limits.js';

/** Everything createApp needs; built by main.ts (or a test). */
export interface IssuerAppDeps {
  issuer: Issuer;
  store: Store;
  logger: Logger;
  /** Public base URL, as in status list URLs. */
  publicUrl: string;
  version?: string;
  maxInFlight?: number;
  /** Per-client limits; default ISSUER_RATE_LIMITS per 60 s, counted in memory. */
  rateLimits?: RateLimitSettings<IssuerRateLimitName>;
  /** See createService: X-Forwarded-For hops to trust. Default 0. */
  trustedProxyHops?: number;
  /** Where /metrics reads from (createMetricsRegistry), so the start function's domain counters show beside the HTTP ones. Default: the service's own. */
  metricsRegistry?: MetricsRegistry;
}
