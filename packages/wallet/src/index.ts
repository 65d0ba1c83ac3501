export { createWallet, type Wallet, type WalletDeps } from './create-wallet.js';
export { WALLET_COLLECTIONS } from './wallet-collections.js';
export type { IssuedSession, Session, SessionService } from './sessions/create-session-service.js';
export type { CredentialFilter, CredentialRepository, StoredCredential } from './credentials/create-credential-repository.js';
export type { CredentialService } from './credentials/create-credential-service.js';
export type { CredentialCheckResult, WalletProblem } from './credentials/check-credential-for-agent.js';
export type { CustodialKeys } from './keys/create-custodial-keys.js';
export type { PresentationRequest, PresentationResult, PresentationService } from './presentations/create-presentation-service.js';
