import { isAgentVcError, LIMITS, verificationProblem as problem, VERIFIER_ROUTES, type ChallengeStore, type Problem, type VerificationResult } from '@agentvc/core';
import { defineRoute, HttpError, type RateLimit, type Route } from '@agentvc/http';
import type { Verifier } from '@agentvc/verifier';

// room for the request's own members around the largest document the verifier accepts
const ENVELOPE_BYTES = 8 * 1024;
const RESULT_NOTE = '200 `{verified: true, ...}`; 400 `{verified: false, problems, ...}` (plain JSON, as VC-API does), or a problem+json VALIDATION_FAILED for a malformed request.';

/** VC-API verification: results are data, so a refused credential is a 400 with its problems, not an error. */
export function verifyRoutes(verifier: Verifier, challenges: ChallengeStore, domain: string, rateLimit?: RateLimit): Route[] {
  const credential = defineRoute({
    ...VERIFIER_ROUTES.verifyCredential,
    summary: 'Verify a credential (VC-API), optionally against a required capability',
    description: `Proof, trusted issuer, validity dates, status and capabilities. ${RESULT_NOTE}`,
    tags: ['credentials'],
    rateLimit,
    bodyLimitBytes: LIMITS.maxDocumentBytes + ENVELOPE_BYTES
  }).handle(({ body }) => answer(() => verifier.verifyCredential(body.verifiableCredential, body.options ?? {})));

  const presentation = defineRoute({
    ...VERIFIER_ROUTES.verifyPresentation,
    summary: 'Verify a presentation (VC-API) over a challenge this service issued',
    description: `options.domain must be this service's domain (the one POST /challenges returns), else 400 DOMAIN_MISMATCH. The challenge is consumed first: one not issued here, used before or expired gives 400 with CHALLENGE_INVALID, CHALLENGE_USED or CHALLENGE_EXPIRED. Then the presentation proof (challenge, domain, holder) and every credential are checked. ${RESULT_NOTE}`,
    tags: ['presentations'],
    rateLimit,
    bodyLimitBytes: LIMITS.maxPresentationBytes + ENVELOPE_BYTES
  }).handle(async ({ body }) => {
    const { challenge, capability } = body.options;
    // the challenges handed out here are for this service's domain: a presentation signed for
    // another relying party's domain must not be accepted with one of them
    if (body.options.domain !== domain) return refused(problem('DOMAIN_MISMATCH', `this service's challenges are for ${domain}`, 'options.domain'));
    try {
      await challenges.consume(challenge);
    } catch (error) {
      const code = isAgentVcError(error) ? error.code : undefined;
      if (code !== 'CHALLENGE_INVALID' && code !== 'CHALLENGE_USED' && code !== 'CHALLENGE_EXPIRED') throw error;
      return refused(problem(code, (error as Error).message, 'options.challenge'));
    }
    return answer(() => verifier.verifyPresentation(body.verifiablePresentation, { challenge, domain, ...(capability ? { capability } : {}) }));
  });

  return [credential, presentation];
}

/** A presentation refused before it was verified (its domain or challenge): 400 with the one problem. */
function refused(found: Problem) {
  return { status: 400 as const, body: { verified: false as const, problems: [found], issuers: [], capabilities: [] } };
}

/** 200 or 400 by the result; a requirement the edge schema cannot judge (e.g. more than 6 decimal places) is a bad request. */
async function answer(verify: () => Promise<VerificationResult>) {
  let result: VerificationResult;
  try {
    result = await verify();
  } catch (error) {
    if (isAgentVcError(error, 'INVALID_OPTIONS')) throw new HttpError('VALIDATION_FAILED', error.message, { cause: error });
    throw error;
  }
  return result.verified
    ? { status: 200 as const, body: { ...result, verified: true as const } }
    : { status: 400 as const, body: { ...result, verified: false as const } };
}
