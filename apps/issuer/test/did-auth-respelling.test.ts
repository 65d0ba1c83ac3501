// Issue 8 §1 at the issuer's DID-auth (POST /credentials/request): the presentation carries no
// credential, so what a re-spelling could hide is in the presentation itself — its holder, type
// and proof (challenge, domain, key, purpose). An Ed25519Signature2020 proof covers the graph,
// so anyone holding the signed presentation can re-spell it without breaking the signature.
// Every such presentation is refused (401 DID_AUTH_FAILED) and no credential is issued.
import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { respell, SPELLINGS, type Spelling } from '../../../test/support/respell.js';
import { present, type Json, type PresentationSuite } from '../../../test/support/sign.js';
import { createIssuerApp, expectProblem, paymentGrant, type IssuerApp } from './issuer-app.js';

let t: IssuerApp;
let agent: AgentIdentity;
beforeEach(async () => {
  t = await createIssuerApp();
  agent = await generateIdentity();
  await t.http.post('/agents').set(t.auth).send({ did: agent.did, name: 'shopper', owner: 'team-a' });
  await t.http.post(`/agents/${encodeURIComponent(agent.did)}/grants`).set(t.auth).send(paymentGrant);
});

async function signedAnswer(suite: PresentationSuite): Promise<Json> {
  const { body } = await t.http.post('/challenges');
  return present({ holder: agent, credentials: [], challenge: body.challenge, domain: body.domain, suite });
}
const issued = async (): Promise<unknown[]> => (await t.http.get('/admin/audit?action=credential.issue').set(t.auth)).body.records;
const problemCodes = (body: { problems?: Array<{ code: string }> }): string[] => (body.problems ?? []).map((p) => p.code);
// inline context objects are refused as unknown contexts before the canonical-form rule sees them
const expectedCode = (spelling: Spelling): string => (spelling === 'inline alias' ? 'UNKNOWN_CONTEXT' : 'NON_CANONICAL_TERM');

const FIELDS = [['holder'], ['type'], ['proof'], ['proof', 'challenge'], ['proof', 'domain'], ['proof', 'verificationMethod'], ['proof', 'proofPurpose'], ['proof', 'type']];

describe('DID-auth with a re-spelled presentation', () => {
  it('issues for the presentation as signed (the setup works)', async () => {
    for (const suite of ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const) {
      expect((await t.http.post('/credentials/request').send({ presentation: await signedAnswer(suite) })).status).toBe(201);
    }
  });

  it.each(FIELDS.map((path) => [path.join('.'), path] as const))('refuses %s re-spelled every way, issuing nothing', async (_name, path) => {
    let tried = 0;
    for (const suite of ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const) {
      for (const spelling of SPELLINGS) {
        const signed = await signedAnswer(suite);
        const presentation = respell(signed, [...path], spelling);
        if (!presentation) continue; // this spelling does not apply to the field
        tried += 1;
        const response = await t.http.post('/credentials/request').send({ presentation });
        expect({ suite, spelling, status: response.status, code: response.body.code }).toEqual({ suite, spelling, status: 401, code: 'DID_AUTH_FAILED' });
        expectProblem(response, 401, 'DID_AUTH_FAILED');
        // without a proof or a challenge read by name (re-spelled, or the whole document under @graph)
        // there is no challenge to look up; the rest reach the verifier
        const beforeTheVerifier = spelling === '@graph' || (path[0] === 'proof' && (path.length === 1 || path[1] === 'challenge'));
        if (!beforeTheVerifier) expect({ suite, spelling, problems: [...new Set(problemCodes(response.body))] }).toEqual({ suite, spelling, problems: [expectedCode(spelling)] });
      }
    }
    expect(tried).toBeGreaterThanOrEqual(6);
    expect(await issued()).toEqual([]);
  });
});
