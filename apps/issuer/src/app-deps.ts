import type { Logger } from 'pino';
import type { Issuer } from '@agentvc/issuer';
import type { Store } from '@agentvc/store';

/** Everything createApp needs; built by main.ts (or a test). */
export interface IssuerAppDeps {
  issuer: Issuer;
  store: Store;
  logger: Logger;
  /** Public base URL, as in status list URLs. */
  publicUrl: string;
  version?: string;
  maxInFlight?: number;
}
