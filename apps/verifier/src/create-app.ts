import { createRateLimits, createService, type ServiceState } from '@agentvc/http';
import type Koa from 'koa';
import type { VerifierAppDeps } from './app-deps.js';
import { VERIFIER_RATE_LIMITS } from './rate-limits.js';
import { challengeRoutes } from './routes/challenge-routes.js';
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
    routes: [...challengeRoutes(challenges, domain, limits.challenges), ...verifyRoutes(verifier, challenges, domain, limits.verify)],
    readiness: { store: () => store.ping() },
    ...(maxInFlight ? { maxInFlight } : {}),
    ...(trustedProxyHops ? { trustedProxyHops } : {}),
    ...(deps.metricsRegistry ? { metricsRegistry: deps.metricsRegistry } : {})
  });
}
