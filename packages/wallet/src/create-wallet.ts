import { createDidKeyResolver, createDocumentLoader, createSecretBox, type ChallengeStore, type Clock, type DocumentLoader } from '@agentvc/core';
import { createStoredChallenges, type Store } from '@agentvc/store';
import { createDidAuth, createVerifier, type StatusListFetcher } from '@agentvc/verifier';
import { createCredentialRepository } from './credentials/create-credential-repository.js';
import { createCredentialService, type CredentialService } from './credentials/create-credential-service.js';
import { createCustodialKeys, type CustodialKeys } from './keys/create-custodial-keys.js';
import { createPresentationService, type PresentationService } from './presentations/create-presentation-service.js';
import { createSessionService, type SessionService } from './sessions/create-session-service.js';
import { WALLET_COLLECTIONS } from './wallet-collections.js';

export interface WalletDeps {
  store: Store;
  clock: Clock;
  /** 32 bytes; seals custodial agent keys at rest. */
  keyEncryptionKey: Uint8Array;
  /** Base URL the wallet is reached at; its host is the DID-auth domain. */
  publicUrl: string;
  /** Issuer DIDs whose credentials the wallet accepts (the deployment's own issuers). */
  trustedIssuers: readonly string[];
  /** How status lists are fetched (a guarded fetcher); without one, credentials with a status are refused. */
  fetchStatusList?: StatusListFetcher;
  /** Session token lifetime. Default 900 s. */
  sessionTtlSeconds?: number;
  /** DID-auth challenge lifetime. Default 120 s. */
  challengeTtlSeconds?: number;
  /** Wraps the DID-auth challenges (stored on `store` for `challengeTtlSeconds`), e.g. to count them. */
  decorateChallenges?: (challenges: ChallengeStore) => ChallengeStore;
  documentLoader?: DocumentLoader;
}

export interface Wallet {
  /** The DID-auth domain: the host of the public URL. */
  readonly domain: string;
  /** The DID-auth challenges (the challenge route hands them out). */
  readonly challenges: ChallengeStore;
  readonly sessions: SessionService;
  readonly credentials: CredentialService;
  readonly keys: CustodialKeys;
  readonly presentations: PresentationService;
}

/** Wires the hosted wallet on one store; declares its indexes (idempotent, at every start). */
export async function createWallet({
  store,
  clock,
  keyEncryptionKey,
  publicUrl,
  trustedIssuers,
  fetchStatusList,
  sessionTtlSeconds = 900,
  challengeTtlSeconds = 120,
  decorateChallenges = (challenges) => challenges,
  documentLoader: customLoader
}: WalletDeps): Promise<Wallet> {
  const documentLoader = customLoader ?? createDocumentLoader({ didResolver: createDidKeyResolver() });
  // the verifiers get a caller's own loader only: with the default one their JSON-LD work runs on
  // the worker pool, within its deadline, instead of on the event loop
  const loaderOption = customLoader ? { documentLoader: customLoader } : {};
  const domain = new URL(publicUrl).host;
  const secretBox = createSecretBox(keyEncryptionKey);
  const challenges = decorateChallenges(await createStoredChallenges({ store, clock, ttlSeconds: challengeTtlSeconds, collection: WALLET_COLLECTIONS.challenges }));
  const didAuth = createDidAuth({ challenges, domain, clock, ...loaderOption });
  const verifier = createVerifier({ trustedIssuers, clock, ...loaderOption, ...(fetchStatusList ? { fetchStatusList } : {}) });
  const repository = await createCredentialRepository({ store, clock });
  const keys = createCustodialKeys({ store, clock, secretBox });
  return {
    domain,
    challenges,
    sessions: await createSessionService({ store, clock, didAuth, ttlSeconds: sessionTtlSeconds }),
    credentials: createCredentialService({ repository, verifier }),
    keys,
    presentations: createPresentationService({ repository, keys, clock, documentLoader, walletDomain: domain })
  };
}
