import { expectDocsUi } from '../../../packages/http/test/support/expect-docs-ui.js';
import { createVerifierApp } from './verifier-app.js';

it('serves interactive API docs at /docs from its own assets and /openapi.json', async () => {
  const { http } = await createVerifierApp();
  await expectDocsUi(http);
  expect((await http.get('/docs')).text).toContain('<title>agentvc-verifier API</title>');
});
