import type { Logger } from 'pino';
import type { Store } from '@agentvc/store';
import type { Wallet } from '@agentvc/wallet';

/** Everything createApp needs; built by startWallet (or a test). */
export interface WalletAppDeps {
  wallet: Wallet;
  store: Store;
  logger: Logger;
  version?: string;
  maxInFlight?: number;
}
