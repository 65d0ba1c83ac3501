import type { Store } from '@agentvc/store';
import type { DocumentedBehaviour } from './documented-behaviour.js';

/** One engine configuration the contract runs against. */
export interface StoreContractTarget {
  /** Opens the store; after close(), opening again sees the same data if the engine persists. */
  open(): Promise<Store>;
  /** Removes what the target created (temp dirs, databases). */
  cleanup?(): Promise<void>;
}

/** What each contract section gets: the open store of the current test, and the server's known deviations. */
export interface ContractContext extends Pick<DocumentedBehaviour, 'deviates' | 'documented'> {
  store(): Store;
  target(): StoreContractTarget;
  /** Reopens the store (closing the current one) for persistence checks. */
  reopen(): Promise<Store>;
}
