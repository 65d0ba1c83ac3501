import type { Capability } from '@agentvc/core';
import type { Problem } from './problem.js';

/** A capability together with the credential that grants it. */
export interface GrantedCapability {
  credentialId?: string;
  issuer: string;
  capability: Capability;
}

/** What verifyCredential / verifyPresentation return; they never throw for a bad document. */
export interface VerificationResult {
  verified: boolean;
  problems: Problem[];
  /** The DID that signed the presentation (presentations only, when its proof verified). */
  holder?: string;
  /** Issuers of the credentials that passed every check. */
  issuers: string[];
  /** Capabilities of the credentials that passed every check. */
  capabilities: GrantedCapability[];
  /** With a required capability: the capability that grants it. */
  grantedBy?: GrantedCapability;
}
