import { isDeepStrictEqual } from 'node:util';
import type { VerifiablePresentation } from '@agentvc/core';
import { problem, type Problem } from '../problem.js';
import type { ProofRunner } from './create-proof-runner.js';
import { proofSuiteName, type ProofSuiteName } from './proof-suites.js';
import { checkProofClaims, type ProofCheck } from './verify-proof.js';

export interface PresentationProofOptions {
  challenge: string;
  domain: string;
  accepted: readonly ProofSuiteName[];
  /** Where RDF canonicalization runs (a worker pool by default): Linked Data proofs. */
  runProof: ProofRunner;
  /** On the calling thread: eddsa-jcs-2022 costs a JSON canonicalization and a signature check. */
  runLocally: ProofRunner;
}

/**
 * The presentation's own proof: authentication purpose, the caller's challenge and domain
 * (compared before any cryptography, so the codes are precise), a key of the holder, and the
 * signature. Returns the signer's DID when everything holds.
 */
export async function verifyPresentationProof(
  presentation: VerifiablePresentation,
  { challenge, domain, accepted, runProof, runLocally }: PresentationProofOptions
): Promise<ProofCheck> {
  const holder = typeof presentation.holder === 'object' ? presentation.holder.id : presentation.holder;
  const claims = checkProofClaims(presentation.proof, {
    accepted,
    purpose: 'authentication',
    controller: holder,
    controllerMismatch: 'HOLDER_MISMATCH'
  });
  const { proof } = claims;
  if (!proof) return claims;
  const problems: Problem[] = [];
  if (proof.challenge === undefined) problems.push(problem('CHALLENGE_MISSING', 'the proof has no challenge', 'proof.challenge'));
  else if (proof.challenge !== challenge) problems.push(problem('CHALLENGE_MISMATCH', 'the challenge is not the expected one', 'proof.challenge'));
  if (proof.domain === undefined) problems.push(problem('DOMAIN_MISSING', 'the proof has no domain', 'proof.domain'));
  else if (proof.domain !== domain) problems.push(problem('DOMAIN_MISMATCH', 'the domain is not the expected one', 'proof.domain'));
  // eddsa-jcs-2022 signs proof['@context'] in place of the document's: refuse unsigned extras
  const proofContext = (proof as Record<string, unknown>)['@context'];
  if (proofContext !== undefined && !isDeepStrictEqual(proofContext, presentation['@context'])) {
    problems.push(problem('INVALID_PROOF', 'the presentation @context differs from the signed one', '@context'));
  }
  if (problems.length > 0) return { problems };
  const run = proofSuiteName(proof) === 'eddsa-jcs-2022' ? runLocally : runProof;
  const signatureProblems = await run({ op: 'presentation-proof', document: presentation as unknown as Record<string, unknown>, accepted, challenge, domain });
  return signatureProblems.length > 0 ? { problems: signatureProblems } : claims;
}
