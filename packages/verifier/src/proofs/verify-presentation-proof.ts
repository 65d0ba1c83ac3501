import { isDeepStrictEqual } from 'node:util';
import jsigs from 'jsonld-signatures';
import type { DocumentLoader, VerifiablePresentation } from '@agentvc/core';
import type { LdSuite } from '@agentvc/ld-types';
import { problem, type Problem } from '../problem.js';
import type { ProofSuiteName } from './proof-suites.js';
import { checkProofClaims, verifyProofSignature, type ProofCheck } from './verify-proof.js';

export interface PresentationProofOptions {
  challenge: string;
  domain: string;
  accepted: readonly ProofSuiteName[];
  /** Instances of the accepted suites, made once per verifier (they hold its canonicalization memo). */
  suites: LdSuite[];
  documentLoader: DocumentLoader;
}

/**
 * The presentation's own proof: authentication purpose, the caller's challenge and domain
 * (compared before any cryptography, so the codes are precise), a key of the holder, and the
 * signature. Returns the signer's DID when everything holds.
 */
export async function verifyPresentationProof(
  presentation: VerifiablePresentation,
  { challenge, domain, accepted, suites, documentLoader }: PresentationProofOptions
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
  const signatureProblems = await verifyProofSignature(presentation, {
    suites,
    purpose: new jsigs.purposes.AuthenticationProofPurpose({ challenge, domain }),
    documentLoader
  });
  return signatureProblems.length > 0 ? { problems: signatureProblems } : claims;
}
