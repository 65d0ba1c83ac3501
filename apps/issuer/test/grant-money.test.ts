import { generateIdentity } from '@agentvc/core';
import { createIssuerApp, expectProblem, type IssuerApp } from './issuer-app.js';

let t: IssuerApp;
beforeEach(async () => {
  t = await createIssuerApp();
});

// one money rule: a grant may give an amount as a number; it is stored and answered as the decimal string
it('stores a numeric grant amount as its decimal string and refuses inexact ones with 400 VALIDATION_FAILED', async () => {
  const { did } = await generateIdentity();
  await t.http.post('/agents').set(t.auth).send({ did, name: 'shopper', owner: 'team-a' });
  const path = `/agents/${encodeURIComponent(did)}/grants`;
  const created = await t.http.post(path).set(t.auth).send({ capabilities: [{ type: 'PaymentAuthorization', maxAmount: { value: 19.99, currency: 'USD' } }] });
  expect(created.status).toBe(201);
  expect(created.body.capabilities[0].maxAmount).toEqual({ value: '19.99', currency: 'USD' });
  expect((await t.http.get(path).set(t.auth)).body.grants[0].capabilities[0].maxAmount.value).toBe('19.99');
  for (const value of ['1e3', 0.0000001, 1e21, '12.']) {
    expectProblem(await t.http.post(path).set(t.auth).send({ capabilities: [{ type: 'PaymentAuthorization', maxAmount: { value, currency: 'USD' } }] }), 400, 'VALIDATION_FAILED');
  }
});
