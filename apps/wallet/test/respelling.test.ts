// Issue 8 §1 through the wallet: a revoked, suspended or expired credential whose status or
// expiry is re-spelled (absolute IRI, compact IRI, @nest, value object, ...) keeps a valid
// signature. Before the fix POST /credentials stored it (201); now it is 400 CREDENTIAL_REJECTED
// with the verifier's NON_CANONICAL_TERM inside, and nothing is stored. Sign-in (DID-auth) with
// a re-spelled presentation is refused too.
import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { respell, SPELLINGS, type Spelling } from '../../../test/support/respell.js';
import { capabilityCredential, issue, payment, present, type Json } from '../../../test/support/sign.js';
import { createWalletApp, expectProblem, problemCodes, type WalletApp } from './wallet-app.js';

type Refused = 'revoked' | 'suspended' | 'expired';

let t: WalletApp;
let agent: AgentIdentity;
let auth: { Authorization: string };
let credentials: Record<Refused, Json>;
beforeAll(async () => {
  t = await createWalletApp();
  agent = await generateIdentity();
  auth = await t.signIn(agent);
  // indexes far from the ones credentialFor hands out
  const index = 9000;
  const both = capabilityCredential({
    issuer: t.issuer.did,
    subject: agent.did,
    capabilities: [payment('50', 'USD', { merchants: ['shop.example'] })],
    now: t.clock.now(),
    status: [t.statusLists.entry('revocation', index), t.statusLists.entry('suspension', index)]
  });
  const suspended = await issue(t.issuer, both);
  const revoked = await issue(t.issuer, { ...both, id: `urn:uuid:${crypto.randomUUID()}`, credentialStatus: [t.statusLists.entry('revocation', index + 1)] });
  await t.statusLists.set('suspension', index, true);
  await t.statusLists.set('revocation', index + 1, true);
  const expired = await t.credentialFor(agent, { now: new Date(t.clock.now().getTime() - 7_200_000), validForMs: 3_600_000 });
  credentials = { revoked, suspended, expired };
});

const AS_ISSUED: Record<Refused, string> = { revoked: 'STATUS_REVOKED', suspended: 'STATUS_SUSPENDED', expired: 'EXPIRED' };
const HIDDEN_FIELD: Record<Refused, string> = { revoked: 'credentialStatus', suspended: 'credentialStatus', expired: 'expirationDate' };
// which spellings apply depends only on the shape of the field
const SHAPE: Json = { '@context': [], credentialStatus: [{}], expirationDate: '2020-01-01T00:00:00Z' };
const CASES = (Object.keys(AS_ISSUED) as Refused[]).flatMap((refused) =>
  SPELLINGS.filter((spelling) => respell(SHAPE, [HIDDEN_FIELD[refused]], spelling) !== undefined).map((spelling) => ({
    refused,
    spelling,
    name: `${refused}, ${HIDDEN_FIELD[refused]} as ${spelling}`
  }))
);
// inline context objects are refused as unknown contexts before the canonical-form rule sees them
const expectedCode = (spelling: Spelling): string => (spelling === 'inline alias' ? 'UNKNOWN_CONTEXT' : 'NON_CANONICAL_TERM');
const stored = async (): Promise<Array<{ id: string }>> => (await t.http.get('/credentials').set(auth)).body.credentials;

// each case starts from an empty wallet, whatever the one before stored
afterEach(async () => {
  for (const { id } of await stored()) await t.http.delete(`/credentials/${encodeURIComponent(id)}`).set(auth);
});

describe('POST /credentials with a re-spelled credential', () => {
  it.each(Object.keys(AS_ISSUED) as Refused[])('refuses the %s credential as issued with its own code', async (refused) => {
    const response = await t.http.post('/credentials').set(auth).send({ verifiableCredential: credentials[refused] });
    expectProblem(response, 400, 'CREDENTIAL_REJECTED');
    expect(problemCodes(response.body)).toEqual([AS_ISSUED[refused]]);
  });

  it.each(CASES)('refuses it re-spelled and stores nothing: $name', async ({ refused, spelling }) => {
    const document = respell(credentials[refused], [HIDDEN_FIELD[refused]], spelling) as Json;
    const response = await t.http.post('/credentials').set(auth).send({ verifiableCredential: document });
    expectProblem(response, 400, 'CREDENTIAL_REJECTED');
    expect(problemCodes(response.body)).toContain(expectedCode(spelling));
    expect(await stored()).toEqual([]);
  });

  it('refuses the attack exactly as found with only NON_CANONICAL_TERM', async () => {
    for (const [refused, spelling] of [
      ['revoked', 'absolute IRI'],
      ['revoked', 'compact IRI'],
      ['revoked', '@nest'],
      ['suspended', 'absolute IRI'],
      ['expired', '@nest'],
      ['expired', 'value object']
    ] as Array<[Refused, Spelling]>) {
      const response = await t.http.post('/credentials').set(auth).send({ verifiableCredential: respell(credentials[refused], [HIDDEN_FIELD[refused]], spelling) });
      expect({ refused, spelling, status: response.status, code: response.body.code, problems: problemCodes(response.body) }).toEqual({
        refused,
        spelling,
        status: 400,
        code: 'CREDENTIAL_REJECTED',
        problems: ['NON_CANONICAL_TERM']
      });
    }
    expect(await stored()).toEqual([]);
  });
});

describe('POST /auth/sessions with a re-spelled presentation', () => {
  // Ed25519Signature2020 covers the graph, so the presentation still verifies after re-spelling
  it.each([['holder'], ['proof', 'challenge'], ['proof', 'domain']].map((path) => [path.join('.'), path] as const))('refuses %s re-spelled after signing', async (_name, path) => {
    const someone = await generateIdentity();
    for (const spelling of ['absolute IRI', 'compact IRI', '@nest'] as const) {
      const { challenge, domain } = (await t.http.post('/auth/challenges')).body;
      const signed = await present({ holder: someone, credentials: [], challenge, domain });
      const response = await t.http.post('/auth/sessions').send({ presentation: respell(signed, [...path], spelling) });
      expect({ spelling, status: response.status, code: response.body.code, token: response.body.token }).toEqual({ spelling, status: 401, code: 'DID_AUTH_FAILED', token: undefined });
      // a re-spelled challenge is not found at all; the others are refused by the verifier
      if (path[1] !== 'challenge') expect({ spelling, problems: problemCodes(response.body) }).toEqual({ spelling, problems: ['NON_CANONICAL_TERM'] });
    }
  });
});
