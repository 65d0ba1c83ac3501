import { createRateLimits, createService } from '@agentvc/http';
import type Koa from 'koa';
import type { ServiceState } from '@agentvc/http';
import type { IssuerAppDeps } from './app-deps.js';
import { adminRoutes } from './routes/admin-routes.js';
import { agentRoutes } from './routes/agent-routes.js';
import { ISSUER_RATE_LIMITS } from './rate-limits.js';
import { didAuthRoutes } from './routes/did-auth-routes.js';
import { operatorAuth } from './routes/operator-auth.js';
import { publicRoutes } from './routes/public-routes.js';
import { vcApiRoutes } from './routes/vc-api-routes.js';

/** The issuer service as a Koa app, with nothing started: tests call `app.callback()`. */
export function createApp(deps: IssuerAppDeps): Koa<ServiceState> {
  const { issuer, store, logger, publicUrl, version = '0.1.0', maxInFlight, trustedProxyHops } = deps;
  const limits = createRateLimits(deps.rateLimits ?? { points: ISSUER_RATE_LIMITS, windowSeconds: 60 });
  // refused operator keys count per client; past the limit a client is refused before its key is checked
  const auth = { ...operatorAuth(issuer), failureLimit: limits.authFailures };
  return createService({
    name: 'agentvc-issuer',
    version,
    description: "Issues agentvc capability credentials, runs DID-auth for agents, and publishes StatusList2021 lists.",
    logger,
    routes: [...didAuthRoutes(issuer, limits), ...vcApiRoutes(issuer, auth), ...publicRoutes(issuer, publicUrl), ...agentRoutes(issuer, auth), ...adminRoutes(issuer, auth)],
    readiness: { store: () => store.ping() },
    ...(maxInFlight ? { maxInFlight } : {}),
    ...(trustedProxyHops ? { trustedProxyHops } : {}),
    ...(deps.metricsRegistry ? { metricsRegistry: deps.metricsRegistry } : {})
  });
}
