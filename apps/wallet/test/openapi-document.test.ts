// docs/openapi/wallet.json is the published HTTP API: it must be exactly what the app serves.
// After changing a route: UPDATE_OPENAPI=1 npm run jest -- apps/wallet/test/openapi-document.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { undocumentedOperations } from '../../../test/support/expect-documented-operations.js';
import { createWalletApp } from './wallet-app.js';

const file = new URL('../../../docs/openapi/wallet.json', import.meta.url);

it('docs/openapi/wallet.json matches GET /openapi.json', async () => {
  const { http } = await createWalletApp();
  const served = `${JSON.stringify((await http.get('/openapi.json')).body, null, 2)}\n`;
  if (process.env.UPDATE_OPENAPI === '1') writeFileSync(file, served);
  expect(readFileSync(file, 'utf8')).toBe(served);
});

it('documents every wallet route and the operational ones', async () => {
  const { http } = await createWalletApp();
  const openapi = (await http.get('/openapi.json')).body;
  expect(Object.keys(openapi.paths).sort()).toEqual(
    ['/auth/challenges', '/auth/sessions', '/auth/sessions/current', '/credentials', '/credentials/{id}', '/keys', '/presentations', '/health', '/ready', '/metrics', '/openapi.json'].sort()
  );
  expect((await http.get('/ready')).status).toBe(200);
});

it('gives every route an operationId and example requests and responses', async () => {
  const { http } = await createWalletApp();
  expect(undocumentedOperations((await http.get('/openapi.json')).body)).toEqual([]);
});
