import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { createVerifyCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import type { LdSuite } from '@agentvc/ld-types';
import type { Proof } from '@agentvc/core';
import { MemoizedEd25519Signature2020 } from './memoized-ed25519-signature-2020.js';

/** Proof suites the verifier can check; callers choose which they accept. */
export const PROOF_SUITES = ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const;
export type ProofSuiteName = (typeof PROOF_SUITES)[number];

/** The suite a proof claims: its type, or its cryptosuite for Data Integrity proofs. */
export function proofSuiteName(proof: Proof): string {
  return proof.type === 'DataIntegrityProof' ? `${proof.cryptosuite ?? '(no cryptosuite)'}` : proof.type;
}

/** Verification suite instances (stateless for verification, so shared). */
export function createSuite(name: ProofSuiteName): LdSuite {
  return name === 'Ed25519Signature2020'
    ? new MemoizedEd25519Signature2020()
    : new DataIntegrityProof({ cryptosuite: createVerifyCryptosuite() });
}
