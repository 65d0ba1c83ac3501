import type { challengeResponseSchema, ChallengeStore, RouteContract } from '@agentvc/core';
import type { RateLimit } from '../rate-limit/create-rate-limit.js';
import { defineRoute, type Route } from './define-route.js';

/** A service's challenge operation in the contract: POST, answering 201 with a Challenge. */
export type ChallengeOperation = RouteContract & { method: 'POST'; responses: { 201: typeof challengeResponseSchema } };

export interface ChallengeRouteOptions {
  /** The route contract (path, operationId, examples): ISSUER_ROUTES.challenge and the like. */
  operation: ChallengeOperation;
  challenges: Pick<ChallengeStore, 'issue'>;
  /** The domain a presentation over the challenge must be signed for. */
  domain: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  rateLimit?: RateLimit | undefined;
}

/**
 * The one challenge route of every service (issuer and wallet DID-auth, the verifier's
 * presentations): a single-use challenge from `challenges`, the domain and the deadline.
 */
export function challengeRoute({ operation, challenges, domain, summary, description, tags, rateLimit }: ChallengeRouteOptions): Route {
  return defineRoute({ ...operation, summary, ...(description === undefined ? {} : { description }), tags, rateLimit }).handle(async () => {
    const { challenge, expiresAt } = await challenges.issue();
    // single-use: no cache may hand the same challenge to two agents
    return { status: 201, body: { challenge, domain, expiresAt: expiresAt.toISOString() }, headers: { 'Cache-Control': 'no-store' } };
  });
}
