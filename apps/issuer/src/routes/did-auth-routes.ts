import { isAgentVcError, ISSUER_ROUTES, type VerifiableCredential } from '@agentvc/core';
import { challengeRoute, clientAddress, defineRoute, type RateLimit, type Route } from '@agentvc/http';
import type { Issuer } from '@agentvc/issuer';

/** DID-auth: an agent gets a challenge, answers with a signed presentation, receives its credential. */
export function didAuthRoutes(issuer: Issuer, limits: { challenges?: RateLimit | undefined; signIns?: RateLimit | undefined }): Route[] {
  const challenge = challengeRoute({
    operation: ISSUER_ROUTES.challenge,
    challenges: issuer.challenges,
    domain: issuer.domain,
    summary: 'A single-use DID-auth challenge for this issuer',
    tags: ['agents'],
    rateLimit: limits.challenges
  });

  const request = defineRoute({
    ...ISSUER_ROUTES.requestCredential,
    summary: "An agent's capability credential, for a presentation signed by its DID key over a challenge and this issuer's domain",
    description: 'The credential grants the capabilities of all the agent\'s active grants. Refusals: 401 DID_AUTH_FAILED / CHALLENGE_INVALID / CHALLENGE_USED / CHALLENGE_EXPIRED, 403 AGENT_NOT_REGISTERED / NO_ACTIVE_GRANTS.',
    tags: ['agents'],
    rateLimit: limits.signIns,
    errors: ['DID_AUTH_FAILED', 'CHALLENGE_INVALID', 'CHALLENGE_USED', 'CHALLENGE_EXPIRED', 'AGENT_NOT_REGISTERED', 'NO_ACTIVE_GRANTS']
  }).handle(async ({ body, requestId, ctx }) => {
    try {
      const { agentDid, credential } = await issuer.requestCredential(body.presentation);
      await issuer.audit.record({ actor: { type: 'agent', id: agentDid }, action: 'credential.issue', outcome: 'success', target: String(credential.id), requestId });
      // signed by the issuer library: a VerifiableCredential
      return { status: 201, body: { verifiableCredential: credential as VerifiableCredential } };
    } catch (error) {
      const code = isAgentVcError(error) ? error.code : 'INTERNAL';
      // folded per client and reason per hour: anyone can send these
      await issuer.audit.recordFailure({ actor: { type: 'anonymous', id: clientAddress(ctx) }, action: 'auth.did', requestId, detail: code });
      throw error;
    }
  });

  return [challenge, request];
}
