import type { VerificationResult } from '@agentvc/core';
import type { Registry } from 'prom-client';
import { counterOn, problemLabel } from './metric-labels.js';

/** The two calls of a verifier (@agentvc/verifier's Verifier), as far as counting needs them. */
export interface CountableVerifier {
  verifyCredential(credential: unknown, ...rest: never[]): Promise<VerificationResult>;
  verifyPresentation(presentation: unknown, ...rest: never[]): Promise<VerificationResult>;
}

/**
 * The verifier, counting on `registry`: `agentvc_verifications_total{kind, result}` (kind
 * credential or presentation; result verified, refused, or error when it threw: a caller
 * mistake such as a bad requirement) and `agentvc_verification_problems_total{kind, code}`, one
 * per problem of a refusal (codes from PROBLEM_CODES, anything else OTHER, so the series stay a
 * closed set). Results and errors pass through unchanged.
 */
export function countVerifications<V extends CountableVerifier>(verifier: V, registry: Registry): V {
  const results = counterOn(registry, 'agentvc_verifications_total', 'Verifications run, by kind and result', ['kind', 'result']);
  const problems = counterOn(registry, 'agentvc_verification_problems_total', 'Problems of refused verifications, by kind and code', ['kind', 'code']);
  const counted = (kind: 'credential' | 'presentation') => async (run: Promise<VerificationResult>) => {
    let result: VerificationResult;
    try {
      result = await run;
    } catch (error) {
      results.inc({ kind, result: 'error' });
      throw error;
    }
    results.inc({ kind, result: result.verified ? 'verified' : 'refused' });
    for (const problem of result.problems) problems.inc({ kind, code: problemLabel(problem.code) });
    return result;
  };
  const credential = counted('credential');
  const presentation = counted('presentation');
  // same arguments, same result: only the counting is added
  const decorated: CountableVerifier = {
    verifyCredential: (document, ...rest) => credential(verifier.verifyCredential(document, ...rest)),
    verifyPresentation: (document, ...rest) => presentation(verifier.verifyPresentation(document, ...rest))
  };
  return { ...verifier, ...decorated };
}
