import type { ChallengeStore } from '@agentvc/core';
import type { MetricsRegistry, RateLimitSettings } from '@agentvc/http';
import type { Store } from '@agentvc/store';
import type { Verifier } from '@agentvc/verifier';
import type { Logger } from 'pino';
import type { VerifierRateLimitName } from './rate-limits.js';

/** Everything createApp needs; built by startVerifier (or a test). */
export interface VerifierAppDeps {
  verifier: Verifier;
  /** Challenges on the store (createStoredChallenges), so every instance honours them. */
  challenges: ChallengeStore;
  /** For readiness. */
  store: Store;
  logger: Logger;
  /** The domain handed out with challenges: the host of the public URL. Default localhost:4300. */
  domain?: string;
  version?: string;
  maxInFlight?: number;
  /** Per-client limits; default VERIFIER_RATE_LIMITS per 60 s, counted in memory. */
  rateLimits?: RateLimitSettings<VerifierRateLimitName>;
  /** See createService: X-Forwarded-For hops to trust. Default 0. */
  trustedProxyHops?: number;
  /** Where /metrics reads from (createMetricsRegistry), so the start function's domain counters show beside the HTTP ones. Default: the service's own. */
  metricsRegistry?: MetricsRegistry;
}
