import jsigs from 'jsonld-signatures';
import type { DocumentLoader, LdSuite, ProofPurpose, VerifyResult } from '@agentvc/ld-types';
import type { Proof } from '@agentvc/core';
import { problem, type Problem, type ProblemCode } from '../problem.js';
import { proofSuiteName, type ProofSuiteName } from './proof-suites.js';

export interface ProofExpectations {
  accepted: readonly ProofSuiteName[];
  purpose: 'assertionMethod' | 'authentication';
  /** The DID that must control the verification method (issuer, or holder). */
  controller?: string;
  controllerMismatch: ProblemCode;
}

export type ProofCheck = { problems: Problem[]; proof?: Proof; signer?: string };

/**
 * The cheap checks every proof gets before any cryptography: exactly one proof, an accepted
 * suite, the expected purpose, and a verification method of the expected controller.
 */
export function checkProofClaims(proofs: Proof | Proof[], expected: ProofExpectations): ProofCheck {
  const list = Array.isArray(proofs) ? proofs : [proofs];
  const [proof] = list;
  if (!proof || list.length !== 1) return { problems: [problem('INVALID_PROOF', 'exactly one proof is accepted', 'proof')] };
  const suite = proofSuiteName(proof);
  if (!(expected.accepted as readonly string[]).includes(suite)) {
    return { problems: [problem('UNSUPPORTED_PROOF_TYPE', `${suite} is not an accepted proof suite`, 'proof.type')] };
  }
  if (proof.proofPurpose !== expected.purpose) {
    return { problems: [problem('WRONG_PROOF_PURPOSE', `proofPurpose must be ${expected.purpose}`, 'proof.proofPurpose')] };
  }
  const signer = proof.verificationMethod.split('#', 1)[0] ?? '';
  if (!proof.verificationMethod.includes('#') || (expected.controller !== undefined && signer !== expected.controller)) {
    return {
      problems: [problem(expected.controllerMismatch, 'the verification method is not a key of the expected DID', 'proof.verificationMethod')]
    };
  }
  return { problems: [], proof, signer };
}

/** Runs jsonld-signatures with the accepted suites' instances; a failure becomes INVALID_PROOF. */
export async function verifyProofSignature(
  document: Record<string, unknown>,
  { suites, purpose, documentLoader }: { suites: LdSuite[]; purpose: ProofPurpose; documentLoader: DocumentLoader }
): Promise<Problem[]> {
  let result: VerifyResult;
  try {
    result = await jsigs.verify(document, { suite: suites, purpose, documentLoader });
  } catch (error) {
    return [problem('INVALID_PROOF', `proof could not be verified: ${messageOf(error)}`, 'proof')];
  }
  if (result.verified) return [];
  return [problem('INVALID_PROOF', `proof did not verify: ${describe(result)}`, 'proof')];
}

function describe(result: VerifyResult): string {
  const nested = result.error?.errors?.map((e) => e.message).filter(Boolean) ?? [];
  const fromResults = result.results?.map((r) => r.error?.message).filter(Boolean) ?? [];
  return [...nested, ...fromResults, result.error?.message].filter(Boolean).slice(0, 3).join('; ') || 'invalid signature';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
