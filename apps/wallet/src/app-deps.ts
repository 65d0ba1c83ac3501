import type { MetricsRegistry, RateLimitSettings } from '@agentvc/http';
import type { Logger } from 'pino';
import type { Store } from '@agentvc/store';
import type { Wallet } from '@agentvc/wallet';
import type { WalletRateLimitName } from './rate-limits.js';

/** Everything createApp needs; built by startWallet (or a test). */
export interface WalletAppDeps {
  wallet: Wallet;
  store: Store;
  logger: Logger;
  version?: string;
  maxInFlight?: number;
  /** Per-client limits; default WALLET_RATE_LIMITS per 60 s, counted in memory. */
  rateLimits?: RateLimitSettings<WalletRateLimitName>;
  /** See createService: X-Forwarded-For hops to trust. Default 0. */
  trustedProxyHops?: number;
  /** Where /metrics reads from (createMetricsRegistry), so the start function's domain counters show beside the HTTP ones. Default: the service's own. */
  metricsRegistry?: MetricsRegistry;
}
