import { randomUUID } from 'node:crypto';
import type { ServiceMiddleware } from '../service/service-state.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

// Ids end up in logs and headers: a strict token keeps log injection and header tricks out
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function isSaneRequestId(value: unknown): value is string {
  return typeof value === 'string' && SANE_REQUEST_ID.test(value);
}

/** Keeps a sane incoming `X-Request-Id` (so ids follow a call across services), else makes one. */
export function requestId(): ServiceMiddleware {
  return async (ctx, next) => {
    const incoming = ctx.get(REQUEST_ID_HEADER);
    const id = isSaneRequestId(incoming) ? incoming : randomUUID();
    ctx.state.requestId = id;
    ctx.set(REQUEST_ID_HEADER, id);
    await next();
  };
}
