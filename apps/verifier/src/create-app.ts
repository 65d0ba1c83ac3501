import { VERIFIER_ROUTES } from '@agentvc/core';
import { challengeRoute, createRateLimits, createService, type ServiceState } from '@agentvc/http';
import type Koa from 'koa';
import type { VerifierAppDeps } from './app-deps.js';
import { VERIFIER_RATE_LIMITS } from './rate-limits.js';
import { verifyRoutes } from './routes/verify-routes.js';

/** The verifier service as a Koa app, with nothing started: tests call `app.callback()`. */
export function createApp(deps: VerifierAppDeps): Koa<ServiceState> {
  const { verifier, challenges, store, logger, domain = 'localhost:4300', version = '0.1.0', maxInFlight, trustedProxyHops } = deps;
  const limits = createRateLimits(deps.rateLimits ?? { points: VERIFIER_RATE_LIMITS, windowSeconds: 60 });
  return createService({
    name: 'agentvc-verifier',
    version,
    description: 'Verifies agentvc capability credentials and presentations (VC-API), with single-use challenges for presentations.',
    logger,
    routes: [
      // for relying parties to hand to agents, answered later through POST /presentations/verify
      challengeRoute({
        operation: VERIFIER_ROUTES.challenge,
        challenges,
        domain,
        summary: 'A single-use challenge for a presentation, with the domain to sign it for',
        description: 'Stored, so any instance of this service accepts it once; it expires after its TTL (default 120 s).',
        tags: ['presentations'],
        rateLimit: limits.challenges
      }),
      ...verifyRoutes(verifier, challenges, domain, limits.verify)
    ],
    readiness: { store: () => store.ping() },
    ...(maxInFlight ? { maxInFlight } : {}),
    ...(trustedProxyHops ? { trustedProxyHops } : {}),
    ...(deps.metricsRegistry ? { metricsRegistry: deps.metricsRegistry } : {})
  });
}
