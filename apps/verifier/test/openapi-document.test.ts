// docs/openapi/verifier.json is the published HTTP API: it must be exactly what the app serves.
// After changing a route: UPDATE_OPENAPI=1 npm run jest -- apps/verifier/test/openapi-document.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { undocumentedOperations } from '../../../test/support/expect-documented-operations.js';
import { createVerifierApp } from './verifier-app.js';

const file = new URL('../../../docs/openapi/verifier.json', import.meta.url);

it('GET /openapi.json lists the verifier routes and the ops routes', async () => {
  const { http } = await createVerifierApp();
  const { paths } = (await http.get('/openapi.json')).body as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
  expect(Object.keys(paths).sort()).toEqual(['/challenges', '/credentials/verify', '/health', '/metrics', '/openapi.json', '/presentations/verify', '/ready']);
  expect(Object.keys(paths['/presentations/verify']?.post?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '413']));
  expect(Object.keys(paths['/challenges']?.post?.responses ?? {})).toContain('201');
});

it('docs/openapi/verifier.json matches GET /openapi.json', async () => {
  const { http } = await createVerifierApp();
  const served = `${JSON.stringify((await http.get('/openapi.json')).body, null, 2)}\n`;
  if (process.env.UPDATE_OPENAPI === '1') writeFileSync(file, served);
  expect(readFileSync(file, 'utf8')).toBe(served);
});

it('gives every route an operationId and example requests and responses', async () => {
  const { http } = await createVerifierApp();
  expect(undocumentedOperations((await http.get('/openapi.json')).body)).toEqual([]);
});
