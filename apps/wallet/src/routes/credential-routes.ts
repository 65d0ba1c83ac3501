import { isAgentVcError, LIMITS } from '@agentvc/core';
import { defineRoute, HttpError, type Route, type RouteAuth } from '@agentvc/http';
import type { Session, Wallet } from '@agentvc/wallet';
import { z } from 'zod';
import { credentialParamsSchema, credentialQuerySchema, jsonObjectSchema, storedCredentialSchema } from './schemas.js';
import { credentialView } from './views.js';

const notFound = () => new HttpError(404, 'CREDENTIAL_NOT_FOUND', 'The wallet holds no such credential for this agent');

/** The signed-in agent's credentials: verified when stored, listed, read and deleted. */
export function credentialRoutes(wallet: Wallet, auth: RouteAuth<Session>): Route[] {
  const tags = ['credentials'];

  const store = defineRoute({
    method: 'POST',
    path: '/credentials',
    summary: 'Verify a credential and keep it for the signed-in agent',
    description:
      'Refused with 400 CREDENTIAL_REJECTED and `problems` when it does not verify (proof, trusted issuer, dates, status, capabilities), has no id, or its subject is not this agent (SUBJECT_MISMATCH); 409 CONFLICT when already stored.',
    tags,
    auth,
    request: { body: z.strictObject({ verifiableCredential: jsonObjectSchema }) },
    responses: { 201: storedCredentialSchema },
    errors: [409],
    // the credential may use the whole document limit, plus its envelope
    bodyLimitBytes: LIMITS.maxDocumentBytes + 1024
  }).handle(async ({ body, principal }) => {
    const result = await wallet.credentials.add(principal.agentDid, body.verifiableCredential).catch((error: unknown) => {
      if (isAgentVcError(error, 'DUPLICATE_KEY')) throw new HttpError(409, 'CONFLICT', 'This credential is already stored', { cause: error });
      throw error;
    });
    if (!result.ok) {
      throw new HttpError(400, 'CREDENTIAL_REJECTED', 'The credential was not accepted', { extensions: { problems: result.problems } });
    }
    return { status: 201, body: credentialView(result.credential) };
  });

  const list = defineRoute({
    method: 'GET',
    path: '/credentials',
    summary: "The signed-in agent's credentials, oldest first, optionally filtered",
    tags,
    auth,
    request: { query: credentialQuerySchema },
    responses: { 200: z.object({ credentials: z.array(storedCredentialSchema) }) }
  }).handle(async ({ query, principal }) => ({
    status: 200,
    body: { credentials: (await wallet.credentials.list(principal.agentDid, query)).map(credentialView) }
  }));

  const get = defineRoute({
    method: 'GET',
    path: '/credentials/:id',
    summary: 'One of the signed-in agent’s credentials (id URL-encoded)',
    tags,
    auth,
    request: { params: credentialParamsSchema },
    responses: { 200: storedCredentialSchema },
    errors: [404]
  }).handle(async ({ params, principal }) => {
    const stored = await wallet.credentials.get(principal.agentDid, params.id);
    if (!stored) throw notFound();
    return { status: 200, body: credentialView(stored) };
  });

  const remove = defineRoute({
    method: 'DELETE',
    path: '/credentials/:id',
    summary: 'Delete one of the signed-in agent’s credentials',
    tags,
    auth,
    request: { params: credentialParamsSchema },
    responses: { 204: null },
    errors: [404]
  }).handle(async ({ params, principal }) => {
    if (!(await wallet.credentials.remove(principal.agentDid, params.id))) throw notFound();
    return { status: 204 };
  });

  return [store, list, get, remove];
}
