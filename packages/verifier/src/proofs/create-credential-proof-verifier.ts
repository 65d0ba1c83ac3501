import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { VerifiableCredential } from '@agentvc/core';
import type { CanonicalFormCheck } from '../checks/check-canonical-form.js';
import type { Problem } from '../problem.js';
import type { ProofRunner } from './create-proof-runner.js';
import type { ProofSuiteName } from './proof-suites.js';
import { checkProofClaims } from './verify-proof.js';

/** `serialized`: the credential's JSON text when the caller has it already (else it is made here). */
export type CredentialProofVerifier = (credential: VerifiableCredential, issuer: string, serialized?: string) => Promise<Problem[]>;

/**
 * Checks a credential's proof (assertionMethod of its issuer) and that the JSON every other
 * check reads is the graph the proof covers (the canonical-form check). A credential that
 * passed both is remembered by a sha256 of the exact JSON, so a credential presented again
 * costs a hash, not JSON-LD processing. Only successes are cached; callers still check dates,
 * trust and status on every call.
 */
export function createCredentialProofVerifier({
  accepted,
  cacheSize,
  checkCanonicalForm,
  runProof
}: {
  accepted: readonly ProofSuiteName[];
  cacheSize: number;
  checkCanonicalForm: CanonicalFormCheck;
  runProof: ProofRunner;
}): CredentialProofVerifier {
  const verified = new LRUCache<string, true>({ max: Math.max(cacheSize, 1) });
  return async (credential, issuer, serialized) => {
    const claims = checkProofClaims(credential.proof, {
      accepted,
      purpose: 'assertionMethod',
      controller: issuer,
      controllerMismatch: 'VERIFICATION_METHOD_NOT_CONTROLLER'
    });
    if (claims.problems.length > 0) return claims.problems;
    const digest = cacheSize > 0 ? createHash('sha256').update(serialized ?? JSON.stringify(credential)).digest('base64url') : '';
    if (digest && verified.get(digest)) return [];
    const formProblems = await checkCanonicalForm(credential);
    if (formProblems.length > 0) return formProblems;
    const problems = await runProof({ op: 'credential-proof', document: credential, accepted });
    if (problems.length === 0 && digest) verified.set(digest, true);
    return problems;
  };
}
