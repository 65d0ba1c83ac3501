import { isAgentVcError, LIMITS, type ChallengeStore } from '@agentvc/core';
import { defineRoute, type RateLimit, type Route } from '@agentvc/http';
import type { VerificationResult, Verifier } from '@agentvc/verifier';
import { notVerifiedSchema, verifiedSchema, verifyCredentialRequestSchema, verifyPresentationRequestSchema } from './schemas.js';

// room for the request's own members around the largest document the verifier accepts
const ENVELOPE_BYTES = 8 * 1024;
const RESULT_NOTE = '200 `{verified: true, ...}`; 400 `{verified: false, problems, ...}` (plain JSON, as VC-API does), or a problem+json VALIDATION_FAILED for a malformed request.';

/** VC-API verification: results are data, so a refused credential is a 400 with its problems, not an error. */
export function verifyRoutes(verifier: Verifier, challenges: ChallengeStore, domain: string, rateLimit?: RateLimit): Route[] {
  const credential = defineRoute({
    method: 'POST',
    path: '/credentials/verify',
    summary: 'Verify a credential (VC-API), optionally against a required capability',
    description: `Proof, trusted issuer, validity dates, status and capabilities. ${RESULT_NOTE}`,
    tags: ['credentials'],
    rateLimit,
    request: { body: verifyCredentialRequestSchema },
    responses: { 200: verifiedSchema, 400: notVerifiedSchema },
    bodyLimitBytes: LIMITS.maxDocumentBytes + ENVELOPE_BYTES
  }).handle(async ({ body }) => answer(await verifier.verifyCredential(body.verifiableCredential, body.options ?? {})));

  const presentation = defineRoute({
    method: 'POST',
    path: '/presentations/verify',
    summary: 'Verify a presentation (VC-API) over a challenge this service issued',
    description: `options.domain must be this service's domain (the one POST /challenges returns), else 400 DOMAIN_MISMATCH. The challenge is consumed first: one not issued here, used before or expired gives 400 with CHALLENGE_INVALID, CHALLENGE_USED or CHALLENGE_EXPIRED. Then the presentation proof (challenge, domain, holder) and every credential are checked. ${RESULT_NOTE}`,
    tags: ['presentations'],
    rateLimit,
    request: { body: verifyPresentationRequestSchema },
    responses: { 200: verifiedSchema, 400: notVerifiedSchema },
    bodyLimitBytes: LIMITS.maxPresentationBytes + ENVELOPE_BYTES
  }).handle(async ({ body }) => {
    const { challenge, capability } = body.options;
    // the challenges handed out here are for this service's domain: a presentation signed for
    // another relying party's domain must not be accepted with one of them
    if (body.options.domain !== domain) {
      const problems = [{ code: 'DOMAIN_MISMATCH', message: `this service's challenges are for ${domain}`, path: 'options.domain' }];
      return { status: 400, body: { verified: false, problems, issuers: [], capabilities: [] } };
    }
    try {
      await challenges.consume(challenge);
    } catch (error) {
      const code = isAgentVcError(error) ? error.code : undefined;
      if (code !== 'CHALLENGE_INVALID' && code !== 'CHALLENGE_USED' && code !== 'CHALLENGE_EXPIRED') throw error;
      const problems = [{ code, message: (error as Error).message, path: 'options.challenge' }];
      return { status: 400, body: { verified: false, problems, issuers: [], capabilities: [] } };
    }
    return answer(await verifier.verifyPresentation(body.verifiablePresentation, { challenge, domain, ...(capability ? { capability } : {}) }));
  });

  return [credential, presentation];
}

function answer(result: VerificationResult) {
  return result.verified
    ? { status: 200 as const, body: { ...result, verified: true as const } }
    : { status: 400 as const, body: { ...result, verified: false as const } };
}
