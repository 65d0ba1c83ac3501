import type { Request, RequestHandler } from 'express';
import { PRESENTATION_HEADER, PROBLEM_CONTENT_TYPE } from '@agentvc/core';
import { createCapabilityGate } from '../middleware/create-capability-gate.js';
import type { RequireCapabilityOptions } from '../middleware/require-capability-options.js';

/**
 * Express middleware: lets a request through only with a presentation that authorizes
 * `capability` (see the protocol in the package README), with the agent on `res.locals.agent`.
 * Refusals are answered here as problem+json; unexpected failures go to `next(error)`.
 */
export function requireCapability(options: RequireCapabilityOptions<Request>): RequestHandler {
  const gate = createCapabilityGate(options, (req) => req.ip ?? req.socket.remoteAddress ?? '');
  return (req, res, next) => {
    gate(req, req.get(PRESENTATION_HEADER)).then((outcome) => {
      if ('refusal' in outcome) {
        const { status, headers, body } = outcome.refusal;
        res.status(status).set(headers).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify({ ...body, instance: req.originalUrl.split('?', 1)[0] }));
        return;
      }
      res.locals.agent = outcome.agent;
      next();
    }, next);
  };
}
