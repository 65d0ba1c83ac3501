import type { RateLimitSettings } from '@agentvc/http';
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
}
