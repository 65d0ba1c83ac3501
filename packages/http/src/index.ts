export { createService, type ServiceOptions } from './service/create-service.js';
export type { ReadinessCheck } from './service/ops-routes.js';
export type { ServiceContext, ServiceMiddleware, ServiceState } from './service/service-state.js';
export { listen, type ListenOptions, type RunningServer } from './service/listen.js';
export {
  defineRoute,
  type Route,
  type RouteAuth,
  type RouteBuilder,
  type RouteHandler,
  type RouteInput,
  type RouteMethod,
  type RouteRequest,
  type RouteResponses,
  type RouteResult,
  type RouteSpec
} from './routes/define-route.js';
export { readBearerToken } from './routes/read-bearer-token.js';
export { challengeRoute, type ChallengeOperation, type ChallengeRouteOptions } from './routes/challenge-route.js';
export { HttpError, isHttpError, type HttpErrorOptions } from './errors/http-error.js';
// the problem body is the contract's (@agentvc/core); re-exported for services' convenience
export { DEFAULT_PROBLEM_TYPE_BASE, PROBLEM_CONTENT_TYPE, problemDetailsSchema, problemType, type ProblemDetails } from '@agentvc/core';
export { MAX_REPORTED_ISSUES, validationError, type ValidationIssue } from './errors/validation-error.js';
export { toHttpError } from './errors/to-http-error.js';
export { readJsonBody, DEFAULT_BODY_LIMIT_BYTES, type ReadJsonBodyOptions } from './body/read-json-body.js';
export { isSaneRequestId, REQUEST_ID_HEADER } from './middleware/request-id.js';
export { createLogger, REDACTED_PATHS, type CreateLoggerOptions } from './logging/create-logger.js';
export { buildOpenApi, type OpenApiDocument, type OpenApiInfo } from './openapi/build-openapi.js';
export { loadKeyEncryptionKey } from './config/load-key-encryption-key.js';
export { stopOnSignals } from './service/stop-on-signals.js';
export { serveOn, type Served } from './service/serve-on.js';
export { createRateLimit, type RateLimit, type RateLimitOptions } from './rate-limit/create-rate-limit.js';
export { createRateLimits, type RateLimitSettings } from './rate-limit/create-rate-limits.js';
export { createMemoryRateLimitCounter } from './rate-limit/create-memory-rate-limit-counter.js';
export { clientAddress } from './rate-limit/client-address.js';
export type { ServerConfig } from './config/server-env.js';
export { serviceEnv, type ServiceEnvOptions } from './config/service-env.js';
export { serviceBaseEnv, SERVICE_PORTS } from './config/service-base-env.js';
export { envInteger } from './config/env-integer.js';
export { envOptionalInteger } from './config/env-optional-integer.js';
export { envFlag } from './config/env-flag.js';
export { envList } from './config/env-list.js';
export { envDidList } from './config/env-did-list.js';
export { trustedIssuersEnv } from './config/trusted-issuers-env.js';
export { statusFetchEnv } from './config/status-fetch-env.js';
export { envHttpUrl } from './config/env-http-url.js';
export { envKeyEncryptionKey } from './config/env-key-encryption-key.js';
export { envVariables, type EnvVariable } from './config/env-variables.js';
export { exitOnStartFailure } from './config/exit-on-start-failure.js';
export { parseEnv } from './config/parse-env.js';
export { createMetricsRegistry, type MetricsRegistry } from './metrics/create-metrics-registry.js';
export { countChallenges } from './metrics/count-challenges.js';
export { countVerifications, type CountableVerifier } from './metrics/count-verifications.js';
export { countStatusListFetches } from './metrics/count-status-list-fetches.js';
export { countStatusListsServed } from './metrics/count-status-lists-served.js';
export { countCredentialsIssued } from './metrics/count-credentials-issued.js';
