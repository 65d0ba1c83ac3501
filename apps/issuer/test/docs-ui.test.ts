import { expectDocsUi } from '../../../packages/http/test/support/expect-docs-ui.js';
import { createIssuerApp } from './issuer-app.js';

it('serves interactive API docs at /docs from its own assets and /openapi.json', async () => {
  const { http } = await createIssuerApp();
  await expectDocsUi(http);
  expect((await http.get('/docs')).text).toContain('<title>agentvc-issuer API</title>');
});
