import { defineRoute, HttpError, type Route, type RouteAuth } from '@agentvc/http';
import type { PresentationResult, Session, Wallet } from '@agentvc/wallet';
import { z } from 'zod';
import { jsonObjectSchema, presentationRequestSchema } from './schemas.js';

const STATUS: Record<Exclude<PresentationResult, { ok: true }>['code'], number> = {
  FORBIDDEN: 403,
  CREDENTIAL_NOT_FOUND: 404,
  KEY_NOT_FOUND: 409,
  CREDENTIAL_NOT_PRESENTABLE: 409
};

/** Presentations of the signed-in agent's own credentials, for a relying party's challenge. */
export function presentationRoutes(wallet: Wallet, auth: RouteAuth<Session>): Route[] {
  const create = defineRoute({
    method: 'POST',
    path: '/presentations',
    summary: 'A presentation of chosen credentials: signed with the custodial key, or unsigned for the agent to sign',
    description:
      '`sign` defaults to true when the wallet holds the agent’s key. 404 CREDENTIAL_NOT_FOUND (with `credentialIds`), 403 FORBIDDEN when `holder` is not the agent, 409 KEY_NOT_FOUND when signing is asked without a key, 409 CREDENTIAL_NOT_PRESENTABLE (e.g. expired since stored).',
    tags: ['presentations'],
    auth,
    request: { body: presentationRequestSchema },
    responses: { 201: z.object({ verifiablePresentation: jsonObjectSchema, signed: z.boolean() }) },
    errors: [403, 404, 409]
  }).handle(async ({ body, principal }) => {
    const result = await wallet.presentations.create(principal.agentDid, body);
    if (!result.ok) {
      const extensions = result.code === 'CREDENTIAL_NOT_FOUND' ? { credentialIds: result.missing } : {};
      throw new HttpError(STATUS[result.code], result.code, result.detail, { extensions });
    }
    return { status: 201, body: { verifiablePresentation: result.verifiablePresentation, signed: result.signed } };
  });

  return [create];
}
