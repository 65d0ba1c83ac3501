// What verifyCredential / verifyPresentation return is defined once, as a zod schema in the
// contract (@agentvc/core), and is what the verifier service answers and the client parses.
export type { GrantedCapability, VerificationResult } from '@agentvc/core';
