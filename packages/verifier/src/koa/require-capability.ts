import type { Context, Middleware } from 'koa';
import { PRESENTATION_HEADER, PROBLEM_CONTENT_TYPE } from '@agentvc/core';
import { createCapabilityGate, type AuthorizedAgent } from '../middleware/create-capability-gate.js';
import type { RequireCapabilityOptions } from '../middleware/require-capability-options.js';

/** What the middleware adds to `ctx.state`, for apps that type their state. */
export interface AgentState {
  agent: AuthorizedAgent;
}

/**
 * Koa middleware: lets a request through only with a presentation that authorizes
 * `capability` (see the protocol in the package README), with the agent on `ctx.state.agent`.
 * Refusals are answered here as problem+json; unexpected failures (a challenge store that is
 * down) are thrown for the app's error handling.
 */
export function requireCapability(options: RequireCapabilityOptions<Context>): Middleware {
  const gate = createCapabilityGate(options, (ctx) => ctx.ip);
  return async (ctx, next) => {
    const outcome = await gate(ctx, ctx.get(PRESENTATION_HEADER) || undefined);
    if ('refusal' in outcome) {
      const { status, headers, body } = outcome.refusal;
      const requestId: unknown = ctx.state.requestId;
      ctx.status = status;
      ctx.set(headers);
      ctx.body = { ...body, instance: ctx.path, ...(typeof requestId === 'string' ? { requestId } : {}) };
      // after the body: assigning an object body resets the type to application/json
      ctx.type = PROBLEM_CONTENT_TYPE;
      return;
    }
    ctx.state.agent = outcome.agent;
    await next();
  };
}
