export {
  createVerifier,
  type Verifier,
  type VerifierOptions,
  type VerifyCredentialOptions,
  type VerifyPresentationOptions
} from './create-verifier.js';
export type { GrantedCapability, VerificationResult } from './verification-result.js';
export type { Problem, ProblemCode } from './problem.js';
export { PROOF_SUITES, type ProofSuiteName } from './proofs/proof-suites.js';
export type { StatusListFetcher } from './status/create-status-checker.js';
export { createStatusListFetcher, type StatusListFetcherOptions } from './status/create-status-list-fetcher.js';
export { isPublicAddress, type HostLookup } from './status/assert-public-host.js';
export { createMemoryChallenges, type MemoryChallengesOptions } from './challenges/create-memory-challenges.js';
export { createSelfVerifyingChallenges, type SelfVerifyingChallengesOptions } from './challenges/create-self-verifying-challenges.js';
export { createDidAuth, type DidAuth, type DidAuthOptions } from './did-auth/create-did-auth.js';
