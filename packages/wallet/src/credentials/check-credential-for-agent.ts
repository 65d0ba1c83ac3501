import { verificationProblem, type Problem } from '@agentvc/core';
import type { Verifier } from '@agentvc/verifier';
import type { NewCredential } from './create-credential-repository.js';

/** Why the wallet refuses a credential: the verifier's problems, plus its own (CREDENTIAL_ID_MISSING, SUBJECT_MISMATCH). */
export type WalletProblem = Problem;

export type CredentialCheckResult = { accepted: true; credential: NewCredential } | { accepted: false; problems: WalletProblem[] };

type Json = Record<string, unknown>;

/**
 * Whether `agentDid` may keep `credential`: it verifies (proof, trusted issuer, dates, status,
 * capabilities), it has an id to address it by, and every subject is the agent itself.
 * Every problem is reported, not only the first.
 */
export async function checkCredentialForAgent(verifier: Verifier, agentDid: string, credential: Json): Promise<CredentialCheckResult> {
  const result = await verifier.verifyCredential(credential);
  const problems: WalletProblem[] = [...result.problems];
  const id = credential.id;
  if (typeof id !== 'string' || id.length === 0) {
    problems.push(verificationProblem('CREDENTIAL_ID_MISSING', 'the wallet keeps only credentials with an id', 'id', 'credential'));
  }
  const subjects = ([] as unknown[]).concat(credential.credentialSubject ?? []);
  const subjectIds = subjects.map((subject) => (subject && typeof subject === 'object' ? (subject as Json).id : undefined));
  if (subjectIds.length === 0 || subjectIds.some((subjectId) => subjectId !== agentDid)) {
    problems.push(verificationProblem('SUBJECT_MISMATCH', 'the credential subject is not the signed-in agent', 'credentialSubject', 'credential'));
  }
  if (problems.length > 0 || !result.verified || typeof id !== 'string') {
    return { accepted: false, problems };
  }
  return {
    accepted: true,
    credential: {
      id,
      issuer: result.issuers[0] ?? issuerOf(credential),
      types: ([] as string[]).concat(credential.type as string | string[]),
      capabilityTypes: [...new Set(result.capabilities.map((granted) => granted.capability.type))],
      verifiableCredential: credential
    }
  };
}

function issuerOf(credential: Json): string {
  const issuer = credential.issuer;
  return typeof issuer === 'string' ? issuer : String((issuer as Json | undefined)?.id ?? '');
}
