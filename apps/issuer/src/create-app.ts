import { createRateLimits, createService, type ErrorMap } from '@agentvc/http';
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

/** How the issuer library's error codes are answered. */
const ISSUER_ERRORS: ErrorMap = {
  CHALLENGE_INVALID: { status: 401, code: 'CHALLENGE_INVALID' },
  CHALLENGE_USED: { status: 401, code: 'CHALLENGE_USED' },
  CHALLENGE_EXPIRED: { status: 401, code: 'CHALLENGE_EXPIRED' },
  DID_AUTH_FAILED: { status: 401, code: 'DID_AUTH_FAILED' },
  AGENT_NOT_REGISTERED: { status: 403, code: 'AGENT_NOT_REGISTERED' },
  NO_ACTIVE_GRANTS: { status: 403, code: 'NO_ACTIVE_GRANTS' },
  INVALID_CREDENTIAL: { status: 400, code: 'INVALID_CREDENTIAL' },
  UNKNOWN_CONTEXT: { status: 400, code: 'UNKNOWN_CONTEXT' },
  STATUS_CHANGE_REFUSED: { status: 409, code: 'STATUS_CHANGE_REFUSED' },
  NOT_FOUND: { status: 404, code: 'NOT_FOUND' },
  CONFLICT: { status: 409, code: 'CONFLICT' },
  STATUS_LIST_FULL: { status: 503, code: 'STATUS_LIST_FULL', detail: 'No status slot could be reserved; retry' }
};

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
    errorMap: ISSUER_ERRORS,
    ...(maxInFlight ? { maxInFlight } : {}),
    ...(trustedProxyHops ? { trustedProxyHops } : {})
  });
}
