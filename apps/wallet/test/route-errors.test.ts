// The wallet routes name the codes they refuse with, never bare statuses: OpenAPI takes each
// status from ERROR_CODES, so a status changes in one place.
import { isErrorCode } from '@agentvc/core';
import type { Route } from '@agentvc/http';
import { agentAuth } from '../src/routes/agent-auth.js';
import { authRoutes } from '../src/routes/auth-routes.js';
import { credentialRoutes } from '../src/routes/credential-routes.js';
import { keyRoutes } from '../src/routes/key-routes.js';
import { presentationRoutes } from '../src/routes/presentation-routes.js';
import { createWalletApp } from './wallet-app.js';

it('lists error codes of ERROR_CODES, not statuses, on every wallet route that refuses', async () => {
  const { wallet } = await createWalletApp();
  const auth = agentAuth(wallet);
  const routes: Route[] = [...authRoutes(wallet, auth, {}), ...credentialRoutes(wallet, auth), ...keyRoutes(wallet, auth), ...presentationRoutes(wallet, auth)];
  const listed = Object.fromEntries(routes.filter((route) => route.errors !== undefined).map((route) => [`${route.method} ${route.path}`, route.errors]));
  expect(Object.values(listed).flat().filter((error) => !isErrorCode(error))).toEqual([]);
  expect(listed).toEqual({
    'POST /auth/sessions': ['DID_AUTH_FAILED', 'CHALLENGE_INVALID', 'CHALLENGE_USED', 'CHALLENGE_EXPIRED'],
    'POST /credentials': ['CREDENTIAL_REJECTED', 'CONFLICT'],
    'GET /credentials/:id': ['CREDENTIAL_NOT_FOUND'],
    'DELETE /credentials/:id': ['CREDENTIAL_NOT_FOUND'],
    'PUT /keys': ['FORBIDDEN', 'INVALID_IDENTITY'],
    'GET /keys': ['KEY_NOT_FOUND'],
    'POST /presentations': ['FORBIDDEN', 'CREDENTIAL_NOT_FOUND', 'KEY_NOT_FOUND', 'CREDENTIAL_NOT_PRESENTABLE']
  });
});
