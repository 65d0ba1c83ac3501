import { LIMITS, verifiableCredentialSchema, type Capability, type Clock, type VerifiableCredential } from '@agentvc/core';
import { readCapabilities } from './capability/read-capabilities.js';
import { checkValidityPeriod } from './checks/check-validity-period.js';
import { issuerId } from './checks/issuer-id.js';
import { parseDocument } from './checks/parse-document.js';
import { asCredentialProblems, problem, type Problem } from './problem.js';
import type { CredentialProofVerifier } from './proofs/create-credential-proof-verifier.js';
import type { StatusChecker } from './status/create-status-checker.js';

export interface CredentialCheckDeps {
  trustedIssuers: ReadonlySet<string>;
  knownContexts: ReadonlySet<string>;
  clock: Clock;
  skewMs: number;
  verifyProof: CredentialProofVerifier;
  checkStatus: StatusChecker;
}

/** What one kind of credential needs beyond the checks every credential gets. */
export interface CredentialKind {
  /** The largest JSON text accepted. */
  maxBytes: number;
  /** Its own checks: after the common cheap ones, before the canonical form and the proof. */
  check?: (credential: VerifiableCredential) => Problem[];
}

/** A credential presented to the verifier: a capability credential or another kind of VC. */
const PRESENTED: CredentialKind = { maxBytes: LIMITS.maxDocumentBytes };

export interface CredentialCheck {
  problems: Problem[];
  credential?: VerifiableCredential;
  issuer?: string;
  subjectIds: string[];
  capabilities: Capability[];
}

/**
 * Every check one credential gets, cheapest first: size, shape (plain terms, complexity),
 * contexts, schema, issuer trust, validity dates, capabilities, the checks of its `kind`; only
 * if all of those pass, the canonical form and the proof (cached together by digest) and then
 * status. Status list credentials get the same checks (kind: checkListShape). Unverifiable
 * input never reaches JSON-LD processing or the cryptography, and no result is returned from
 * fields that were not proven to be the signed ones.
 */
export async function checkCredential(input: unknown, deps: CredentialCheckDeps, kind: CredentialKind = PRESENTED): Promise<CredentialCheck> {
  const parsed = parseDocument(input, verifiableCredentialSchema, {
    maxBytes: kind.maxBytes,
    malformed: 'MALFORMED_CREDENTIAL',
    knownContexts: deps.knownContexts
  });
  if (!parsed.ok) return { problems: asCredentialProblems(parsed.problems), subjectIds: [], capabilities: [] };
  const credential = input as VerifiableCredential;
  const issuer = issuerId(credential.issuer);
  const subjects = Array.isArray(credential.credentialSubject) ? credential.credentialSubject : [credential.credentialSubject];
  const subjectIds = subjects.flatMap((s) => (s.id ? [s.id] : []));
  const problems: Problem[] = [];
  if (deps.trustedIssuers.size === 0) {
    problems.push(problem('NO_TRUSTED_ISSUERS', 'the verifier trusts no issuer; configure trustedIssuers', 'issuer'));
  } else if (!deps.trustedIssuers.has(issuer)) {
    problems.push(problem('UNTRUSTED_ISSUER', `${issuer.slice(0, 120)} is not a trusted issuer`, 'issuer'));
  }
  if (credential['@context'][0] === 'https://www.w3.org/2018/credentials/v1' && credential.issuanceDate === undefined) {
    problems.push(problem('MALFORMED_CREDENTIAL', 'a VC 1.1 credential needs issuanceDate', 'issuanceDate'));
  }
  problems.push(...checkValidityPeriod(credential, deps.clock.now(), deps.skewMs));
  const { capabilities, problems: capabilityProblems } = readCapabilities(credential);
  problems.push(...capabilityProblems);
  if (kind.check) problems.push(...kind.check(credential));
  if (problems.length === 0) problems.push(...(await deps.verifyProof(credential, issuer, parsed.serialized)));
  if (problems.length === 0 && credential.credentialStatus !== undefined) {
    problems.push(...(await deps.checkStatus(credential.credentialStatus, issuer)));
  }
  return { problems: asCredentialProblems(problems), credential, issuer, subjectIds, capabilities };
}
