import { createRateLimits, createService, type ServiceState } from '@agentvc/http';
import type Koa from 'koa';
import type { WalletAppDeps } from './app-deps.js';
import { WALLET_RATE_LIMITS } from './rate-limits.js';
import { agentAuth } from './routes/agent-auth.js';
import { authRoutes } from './routes/auth-routes.js';
import { credentialRoutes } from './routes/credential-routes.js';
import { keyRoutes } from './routes/key-routes.js';
import { presentationRoutes } from './routes/presentation-routes.js';

/** The wallet service as a Koa app, with nothing started: tests call `app.callback()`. */
export function createApp(deps: WalletAppDeps): Koa<ServiceState> {
  const { wallet, store, logger, version = '0.1.0', maxInFlight, trustedProxyHops } = deps;
  const limits = createRateLimits(deps.rateLimits ?? { points: WALLET_RATE_LIMITS, windowSeconds: 60 });
  // refused tokens count per client; past the limit a client is refused before its token is checked
  const auth = { ...agentAuth(wallet), failureLimit: limits.authFailures };
  return createService({
    name: 'agentvc-wallet',
    version,
    description: 'The agentvc hosted wallet: DID-auth sessions, verified credential storage per agent, custodial keys and presentations.',
    logger,
    routes: [...authRoutes(wallet, auth, limits), ...credentialRoutes(wallet, auth), ...keyRoutes(wallet, auth), ...presentationRoutes(wallet, auth)],
    readiness: { store: () => store.ping() },
    ...(maxInFlight ? { maxInFlight } : {}),
    ...(trustedProxyHops ? { trustedProxyHops } : {}),
    ...(deps.metricsRegistry ? { metricsRegistry: deps.metricsRegistry } : {})
  });
}
