import { AgentVcError, WALLET_ROUTES } from '@agentvc/core';
import { defineRoute, type Route, type RouteAuth } from '@agentvc/http';
import type { Session, Wallet } from '@agentvc/wallet';

/** Custodial mode: the agent entrusts its key to the wallet, and only it can export it again. */
export function keyRoutes(wallet: Wallet, auth: RouteAuth<Session>): Route[] {
  const tags = ['keys'];

  const put = defineRoute({
    ...WALLET_ROUTES.putKey,
    summary: "Entrust the signed-in agent's key to the wallet (kept sealed with AES-256-GCM)",
    description: '403 FORBIDDEN when the identity is not the signed-in agent; 400 INVALID_IDENTITY when the key pair does not hold together.',
    tags,
    auth,
    errors: ['FORBIDDEN', 'INVALID_IDENTITY']
  }).handle(async ({ body, principal }) => {
    await wallet.keys.put(principal.agentDid, body.identity);
    return { status: 204 };
  });

  const get = defineRoute({
    ...WALLET_ROUTES.getKey,
    summary: "Export the signed-in agent's key (secret: private key included)",
    tags,
    auth,
    errors: ['KEY_NOT_FOUND']
  }).handle(async ({ principal }) => {
    const identity = await wallet.keys.export(principal.agentDid);
    if (!identity) throw new AgentVcError('KEY_NOT_FOUND', 'The wallet holds no key for this agent');
    return { status: 200, body: { identity }, headers: { 'Cache-Control': 'no-store' } };
  });

  return [put, get];
}
