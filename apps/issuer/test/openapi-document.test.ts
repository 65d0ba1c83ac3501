// docs/openapi/issuer.json is the published HTTP API: it must be exactly what the app serves.
// After changing a route: UPDATE_OPENAPI=1 npm run jest -- apps/issuer/test/openapi-document.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { undocumentedOperations } from '../../../test/support/expect-documented-operations.js';
import { createIssuerApp } from './issuer-app.js';

const file = new URL('../../../docs/openapi/issuer.json', import.meta.url);

it('docs/openapi/issuer.json matches GET /openapi.json', async () => {
  const { http } = await createIssuerApp();
  const served = `${JSON.stringify((await http.get('/openapi.json')).body, null, 2)}\n`;
  if (process.env.UPDATE_OPENAPI === '1') writeFileSync(file, served);
  expect(readFileSync(file, 'utf8')).toBe(served);
});

it('gives every route an operationId and example requests and responses', async () => {
  const { http } = await createIssuerApp();
  expect(undocumentedOperations((await http.get('/openapi.json')).body)).toEqual([]);
});
