import { expectDocsUi } from '../../../packages/http/test/support/expect-docs-ui.js';
import { createWalletApp } from './wallet-app.js';

it('serves interactive API docs at /docs from its own assets and /openapi.json', async () => {
  const { http } = await createWalletApp();
  await expectDocsUi(http);
  expect((await http.get('/docs')).text).toContain('<title>agentvc-wallet API</title>');
});
