import { HttpError } from '../errors/http-error.js';
import type { ServiceContext } from '../service/service-state.js';

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/** The token of `Authorization: Bearer <token>`, or a 401 UNAUTHORIZED with `WWW-Authenticate`. */
export function readBearerToken(ctx: ServiceContext): string {
  const token = BEARER.exec(ctx.get('Authorization'))?.[1];
  if (token === undefined) {
    throw new HttpError('UNAUTHORIZED', 'A bearer token is required', {
      headers: { 'WWW-Authenticate': 'Bearer' }
    });
  }
  return token;
}
