import type { Middleware, ParameterizedContext } from 'koa';
import type { Logger } from 'pino';

/** What every request of an agentvc service carries in `ctx.state`. */
export interface ServiceState {
  /** Kept from a sane incoming `X-Request-Id`, else generated; echoed in the response. */
  requestId: string;
  /** The service logger bound to this request's id. */
  log: Logger;
}

export type ServiceContext = ParameterizedContext<ServiceState>;
export type ServiceMiddleware = Middleware<ServiceState>;
