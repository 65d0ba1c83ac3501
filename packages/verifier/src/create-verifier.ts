import {
  AgentVcError,
  bundledContexts,
  createDidKeyResolver,
  createDocumentLoader,
  LIMITS,
  systemClock,
  verifiablePresentationSchema,
  type CapabilityRequirement,
  type VerifiablePresentation
} from '@agentvc/core';
import { evaluateRequirement } from './capability/evaluate-requirement.js';
import { parseRequirement, type ParsedRequirement } from './capability/parse-requirement.js';
import { checkCredential, type CredentialCheck, type CredentialCheckDeps } from './check-credential.js';
import { createCanonicalFormCheck } from './checks/check-canonical-form.js';
import { PRESENTATION_SHAPE } from './checks/check-document-shape.js';
import { parseDocument } from './checks/parse-document.js';
import { nestProblems, problem, type Problem } from './problem.js';
import { createCredentialProofVerifier } from './proofs/create-credential-proof-verifier.js';
import { createProofRunner } from './proofs/create-proof-runner.js';
import { verifyPresentationProof } from './proofs/verify-presentation-proof.js';
import { createStatusChecker } from './status/create-status-checker.js';
import type { GrantedCapability, VerificationResult } from './verification-result.js';
import { parseOptions } from './options/parse-options.js';
import { verifierOptionsSchema, type VerifierOptions } from './verifier-options.js';

export type { VerifierOptions };

export interface VerifyCredentialOptions {
  capability?: CapabilityRequirement;
}

export interface VerifyPresentationOptions extends VerifyCredentialOptions {
  challenge: string;
  domain: string;
}

export interface Verifier {
  verifyCredential(credential: unknown, options?: VerifyCredentialOptions): Promise<VerificationResult>;
  verifyPresentation(presentation: unknown, options: VerifyPresentationOptions): Promise<VerificationResult>;
}

/**
 * The embeddable verifier. Build one per configuration and reuse it: its caches (DID
 * documents, verified credential proofs, status lists) are what make repeat checks cheap.
 */
export function createVerifier(options: VerifierOptions): Verifier {
  const checked = parseOptions('createVerifier', verifierOptionsSchema, options);
  const {
    trustedIssuers,
    fetchStatusList,
    clock = systemClock,
    clockSkewSeconds = 60,
    statusCacheSeconds = 30,
    credentialSuites = ['Ed25519Signature2020'],
    presentationSuites = ['Ed25519Signature2020', 'eddsa-jcs-2022'],
    credentialCacheSize = 10_000,
    documentLoader = createDocumentLoader({ didResolver: createDidKeyResolver() })
  } = checked;
  const knownContexts = new Set(bundledContexts().keys());
  const skewMs = clockSkewSeconds * 1000;
  const runProof = createProofRunner({
    workers: checked.workers,
    jobTimeoutMs: checked.jobTimeoutMs,
    documentLoader: checked.documentLoader,
    defaultDocumentLoader: documentLoader
  });
  const runLocally = createProofRunner({ workers: 0, defaultDocumentLoader: documentLoader });
  const checkCanonicalForm = createCanonicalFormCheck({ compare: (document) => runProof({ op: 'canonical-form', document }) });
  const verifyProof = createCredentialProofVerifier({ accepted: credentialSuites, cacheSize: credentialCacheSize, checkCanonicalForm, runProof });
  const common = { trustedIssuers: new Set(trustedIssuers), knownContexts, clock, skewMs };
  const deps: CredentialCheckDeps = {
    ...common,
    verifyProof,
    checkStatus: createStatusChecker({
      fetchStatusList,
      ttlMs: statusCacheSeconds * 1000,
      // status list credentials get the same checks, with a proof cache of their own: each
      // fetched version is verified once, whatever credentialCacheSize says
      listDeps: { ...common, verifyProof: createCredentialProofVerifier({ accepted: credentialSuites, cacheSize: 256, checkCanonicalForm, runProof }) }
    })
  };

  async function verifyCredential(credential: unknown, { capability }: VerifyCredentialOptions = {}): Promise<VerificationResult> {
    const requirement = parseRequirement(capability);
    return summarize([await checkCredential(credential, deps)], [], requirement);
  }

  async function verifyPresentation(presentation: unknown, callOptions: VerifyPresentationOptions): Promise<VerificationResult> {
    const { challenge, domain } = callOptions ?? {};
    if (typeof challenge !== 'string' || !challenge || typeof domain !== 'string' || !domain) {
      throw new AgentVcError('INVALID_OPTIONS', 'verifyPresentation needs the challenge and domain the relying party expects');
    }
    const requirement = parseRequirement(callOptions.capability);
    const parsed = parseDocument(presentation, verifiablePresentationSchema, {
      maxBytes: LIMITS.maxPresentationBytes,
      malformed: 'MALFORMED_PRESENTATION',
      shape: PRESENTATION_SHAPE,
      knownContexts
    });
    if (!parsed.ok) return summarize([], parsed.problems, requirement);
    const vp = presentation as VerifiablePresentation;
    const problems: Problem[] = [];
    // holder, type, challenge and domain are read from what the holder signed; each credential
    // gets its own canonical-form check (a re-spelled verifiableCredential key stays in `outer`)
    const { verifiableCredential: _credentials, ...outer } = vp;
    const outerProblems = await checkCanonicalForm(outer);
    if (outerProblems.length > 0) return summarize([], outerProblems, requirement);
    const types = ([] as string[]).concat(vp.type);
    if (!types.includes('VerifiablePresentation')) problems.push(problem('MALFORMED_PRESENTATION', 'type must include VerifiablePresentation', 'type'));
    const proof = await verifyPresentationProof(vp, { challenge, domain, accepted: presentationSuites, runProof, runLocally });
    problems.push(...proof.problems);
    const embedded = vp.verifiableCredential === undefined ? [] : ([] as unknown[]).concat(vp.verifiableCredential);
    const checks = await Promise.all(embedded.map((credential) => checkCredential(credential, deps)));
    checks.forEach((check, index) => {
      const path = Array.isArray(vp.verifiableCredential) ? `verifiableCredential[${index}]` : 'verifiableCredential';
      check.problems = nestProblems(check.problems, path);
      // holder binding: the key that signed the presentation belongs to every credential's subject
      if (proof.signer && check.credential && !(check.subjectIds.length > 0 && check.subjectIds.every((id) => id === proof.signer))) {
        // about the credential: it does not name this holder (403 at the relying party, as before
        // scopes were explicit; presenting again over a new challenge would not help)
        check.problems.push(problem('HOLDER_NOT_SUBJECT', 'the presentation signer is not the subject of this credential', `${path}.credentialSubject`, 'credential'));
      }
    });
    const result = summarize(checks, problems, requirement);
    return proof.signer && proof.problems.length === 0 ? { ...result, holder: proof.signer } : result;
  }

  return { verifyCredential, verifyPresentation };
}

function summarize(checks: CredentialCheck[], outer: Problem[], requirement: ParsedRequirement | undefined): VerificationResult {
  const accepted = checks.filter((c) => c.problems.length === 0 && c.issuer !== undefined);
  const capabilities: GrantedCapability[] = accepted.flatMap((c) =>
    c.capabilities.map((capability) => ({ issuer: c.issuer as string, capability, ...(c.credential?.id ? { credentialId: c.credential.id } : {}) }))
  );
  const problems = [...outer, ...checks.flatMap((c) => c.problems)];
  const issuers = [...new Set(accepted.map((c) => c.issuer as string))];
  if (!requirement) return { verified: problems.length === 0, problems, issuers, capabilities };
  const evaluation = evaluateRequirement(requirement, capabilities);
  // "not granted" adds nothing when a credential was already refused for a reason of its own
  problems.push(...evaluation.problems.filter((p) => p.code !== 'CAPABILITY_NOT_GRANTED' || problems.length === 0));
  const result: VerificationResult = { verified: problems.length === 0, problems, issuers, capabilities };
  return evaluation.grantedBy ? { ...result, grantedBy: evaluation.grantedBy } : result;
}
