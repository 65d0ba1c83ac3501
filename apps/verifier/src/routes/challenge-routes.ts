import { VERIFIER_ROUTES, type ChallengeStore } from '@agentvc/core';
import { defineRoute, type RateLimit, type Route } from '@agentvc/http';

/** Challenges for relying parties to hand to agents, answered later through POST /presentations/verify. */
export function challengeRoutes(challenges: ChallengeStore, domain: string, rateLimit?: RateLimit): Route[] {
  const issue = defineRoute({
    ...VERIFIER_ROUTES.challenge,
    summary: 'A single-use challenge for a presentation, with the domain to sign it for',
    description: 'Stored, so any instance of this service accepts it once; it expires after its TTL (default 120 s).',
    tags: ['presentations'],
    rateLimit
  }).handle(async () => {
    const { challenge, expiresAt } = await challenges.issue();
    return { status: 201, body: { challenge, domain, expiresAt: expiresAt.toISOString() }, headers: { 'Cache-Control': 'no-store' } };
  });
  return [issue];
}
