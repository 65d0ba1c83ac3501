import { AgentVcError, LIMITS, WALLET_ROUTES } from '@agentvc/core';
import { defineRoute, type Route, type RouteAuth } from '@agentvc/http';
import type { Session, Wallet } from '@agentvc/wallet';
import { credentialView } from './views.js';

const notFound = () => new AgentVcError('CREDENTIAL_NOT_FOUND', 'The wallet holds no such credential for this agent');

/** The signed-in agent's credentials: verified when stored, listed, read and deleted. */
export function credentialRoutes(wallet: Wallet, auth: RouteAuth<Session>): Route[] {
  const tags = ['credentials'];

  const store = defineRoute({
    ...WALLET_ROUTES.storeCredential,
    summary: 'Verify a credential and keep it for the signed-in agent',
    description:
      'Refused with 400 CREDENTIAL_REJECTED and `problems` when it does not verify (proof, trusted issuer, dates, status, capabilities), has no id, or its subject is not this agent (SUBJECT_MISMATCH); 409 CONFLICT when already stored.',
    tags,
    auth,
    errors: ['CREDENTIAL_REJECTED', 'CONFLICT'],
    // the credential may use the whole document limit, plus its envelope
    bodyLimitBytes: LIMITS.maxDocumentBytes + 1024
  }).handle(async ({ body, principal }) => ({ status: 201, body: credentialView(await wallet.credentials.add(principal.agentDid, body.verifiableCredential)) }));

  const list = defineRoute({
    ...WALLET_ROUTES.listCredentials,
    summary: "The signed-in agent's credentials, oldest first, optionally filtered",
    tags,
    auth
  }).handle(async ({ query, principal }) => ({
    status: 200,
    body: { credentials: (await wallet.credentials.list(principal.agentDid, query)).map(credentialView) }
  }));

  const get = defineRoute({
    ...WALLET_ROUTES.getCredential,
    summary: 'One of the signed-in agent’s credentials (id URL-encoded)',
    tags,
    auth,
    errors: ['CREDENTIAL_NOT_FOUND']
  }).handle(async ({ params, principal }) => {
    const stored = await wallet.credentials.get(principal.agentDid, params.id);
    if (!stored) throw notFound();
    return { status: 200, body: credentialView(stored) };
  });

  const remove = defineRoute({
    ...WALLET_ROUTES.deleteCredential,
    summary: 'Delete one of the signed-in agent’s credentials',
    tags,
    auth,
    errors: ['CREDENTIAL_NOT_FOUND']
  }).handle(async ({ params, principal }) => {
    if (!(await wallet.credentials.remove(principal.agentDid, params.id))) throw notFound();
    return { status: 204 };
  });

  return [store, list, get, remove];
}
