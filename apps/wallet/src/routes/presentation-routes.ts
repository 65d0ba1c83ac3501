import { isAgentVcError, WALLET_ROUTES } from '@agentvc/core';
import { defineRoute, HttpError, type Route, type RouteAuth } from '@agentvc/http';
import type { Session, Wallet } from '@agentvc/wallet';

/** Presentations of the signed-in agent's own credentials, for a relying party's challenge. */
export function presentationRoutes(wallet: Wallet, auth: RouteAuth<Session>): Route[] {
  const create = defineRoute({
    ...WALLET_ROUTES.createPresentation,
    summary: 'A presentation of chosen credentials: signed with the custodial key, or unsigned for the agent to sign',
    description:
      '`sign` defaults to true when the wallet holds the agent’s key. 404 CREDENTIAL_NOT_FOUND (with `credentialIds`), 403 FORBIDDEN when `holder` is not the agent, 409 KEY_NOT_FOUND when signing is asked without a key, 409 CREDENTIAL_NOT_PRESENTABLE (e.g. expired since stored).',
    tags: ['presentations'],
    auth,
    // KEY_NOT_FOUND is 409 here (its alsoStatus); CREDENTIAL_NOT_PRESENTABLE documents the 409
    errors: ['FORBIDDEN', 'CREDENTIAL_NOT_FOUND', 'KEY_NOT_FOUND', 'CREDENTIAL_NOT_PRESENTABLE']
  }).handle(async ({ body, principal }) => {
    try {
      return { status: 201, body: await wallet.presentations.create(principal.agentDid, body) };
    } catch (error) {
      // no key to sign with conflicts with asking to sign: ERROR_CODES.KEY_NOT_FOUND.alsoStatus
      if (isAgentVcError(error, 'KEY_NOT_FOUND')) throw new HttpError('KEY_NOT_FOUND', error.message, { status: 409, cause: error });
      throw error;
    }
  });

  return [create];
}
