// Issue 8 §1 through the verifier service: a revoked, suspended or expired credential whose
// status or expiry is re-spelled (absolute IRI, compact IRI, @nest, value object, ...) keeps a
// valid signature. Before the fix both verify endpoints read those fields by key name, missed
// them and answered 200 verified; now they answer 400 with NON_CANONICAL_TERM.
import { present, type Json, type PresentationSuite } from '../../../test/support/sign.js';
import { respell, SPELLINGS, type Spelling } from '../../../test/support/respell.js';
import { codes, createVerifierApp, DOMAIN, type VerifierApp } from './verifier-app.js';

type Refused = 'revoked' | 'suspended' | 'expired';

let apps: Record<Refused, VerifierApp>;
let honest: VerifierApp;
beforeAll(async () => {
  honest = await createVerifierApp();
  const [revoked, suspended, expired] = [await createVerifierApp(), await createVerifierApp(), await createVerifierApp()];
  const indexOf = (t: VerifierApp) => Number((t.world.credential.credentialStatus as Json[])[0]?.statusListIndex);
  await revoked.world.statusLists.set('revocation', indexOf(revoked), true);
  await suspended.world.statusLists.set('suspension', indexOf(suspended), true);
  // the world's credential is valid for an hour
  expired.world.clock.advance(2 * 60 * 60_000);
  apps = { revoked, suspended, expired };
});

const AS_ISSUED: Record<Refused, string> = { revoked: 'STATUS_REVOKED', suspended: 'STATUS_SUSPENDED', expired: 'EXPIRED' };
const HIDDEN_FIELD: Record<Refused, string> = { revoked: 'credentialStatus', suspended: 'credentialStatus', expired: 'expirationDate' };
// inline context objects are refused as unknown contexts before the canonical-form rule sees them
const expectedCode = (spelling: Spelling): string => (spelling === 'inline alias' ? 'UNKNOWN_CONTEXT' : 'NON_CANONICAL_TERM');
const pay = { type: 'PaymentAuthorization', amount: { value: '20', currency: 'USD' }, merchant: 'shop.example' };

// which spellings apply depends only on the shape of the field, the same in every world
const SHAPE: Json = { '@context': [], credentialStatus: [{}], expirationDate: '2020-01-01T00:00:00Z' };
const CASES = (Object.keys(AS_ISSUED) as Refused[]).flatMap((refused) =>
  SPELLINGS.filter((spelling) => respell(SHAPE, [HIDDEN_FIELD[refused]], spelling) !== undefined).map((spelling) => ({
    refused,
    spelling,
    name: `${refused}, ${HIDDEN_FIELD[refused]} as ${spelling}`
  }))
);

function respelled(refused: Refused, spelling: Spelling): Json {
  const document = respell(apps[refused].world.credential, [HIDDEN_FIELD[refused]], spelling);
  if (!document) throw new Error(`${spelling} does not apply to ${HIDDEN_FIELD[refused]}`);
  return document;
}

async function verifyPresentation(t: VerifierApp, credential: Json, suite: PresentationSuite, capability?: Json) {
  const { body } = await t.http.post('/challenges');
  const challenge = body.challenge as string;
  const verifiablePresentation = await present({ holder: t.world.agent, credentials: [credential], challenge, domain: DOMAIN, suite });
  const options = { challenge, domain: DOMAIN, ...(capability ? { capability } : {}) };
  return t.http.post('/presentations/verify').send({ verifiablePresentation, options });
}

describe('POST /credentials/verify with a re-spelled credential', () => {
  it.each(Object.keys(AS_ISSUED) as Refused[])('refuses the %s credential as issued with its own code', async (refused) => {
    const response = await apps[refused].http.post('/credentials/verify').send({ verifiableCredential: apps[refused].world.credential });
    expect([response.status, response.body.verified, codes(response.body)]).toEqual([400, false, [AS_ISSUED[refused]]]);
  });

  it.each(CASES)('refuses it re-spelled: $name', async ({ refused, spelling }) => {
    const document = respelled(refused, spelling);
    const response = await apps[refused].http.post('/credentials/verify').send({ verifiableCredential: document, options: { capability: pay } });
    expect({ status: response.status, verified: response.body.verified, capabilities: response.body.capabilities }).toEqual({ status: 400, verified: false, capabilities: [] });
    expect(codes(response.body)).toContain(expectedCode(spelling));
    expect(response.body.grantedBy).toBeUndefined();
  });

  it('refuses the attack exactly as found (status as an IRI, expiry under @nest or as an IRI value object) with only NON_CANONICAL_TERM', async () => {
    for (const [refused, spelling] of [
      ['revoked', 'absolute IRI'],
      ['revoked', 'compact IRI'],
      ['revoked', '@nest'],
      ['suspended', 'absolute IRI'],
      ['suspended', '@nest'],
      ['expired', '@nest'],
      ['expired', 'value object']
    ] as Array<[Refused, Spelling]>) {
      const response = await apps[refused].http.post('/credentials/verify').send({ verifiableCredential: respelled(refused, spelling) });
      expect({ refused, spelling, status: response.status, codes: codes(response.body) }).toEqual({ refused, spelling, status: 400, codes: ['NON_CANONICAL_TERM'] });
    }
  });
});

describe('POST /presentations/verify with a re-spelled credential inside', () => {
  it.each(['Ed25519Signature2020', 'eddsa-jcs-2022'] as const)('refuses the refused credentials as issued (%s)', async (suite) => {
    for (const refused of Object.keys(AS_ISSUED) as Refused[]) {
      const response = await verifyPresentation(apps[refused], apps[refused].world.credential, suite, pay);
      expect({ refused, status: response.status, codes: codes(response.body) }).toEqual({ refused, status: 400, codes: [AS_ISSUED[refused]] });
    }
  });

  // (the SDK will not put a credential spelled as a bare @graph into a presentation)
  it.each(CASES.filter((c) => c.spelling !== '@graph'))('refuses it re-spelled and signed into a fresh presentation by its holder: $name', async ({ refused, spelling }) => {
    const document = respelled(refused, spelling);
    for (const suite of ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const) {
      const response = await verifyPresentation(apps[refused], document, suite, pay);
      const problems = (response.body.problems ?? []) as Array<{ code: string; path?: string }>;
      const refusedInside = problems.some((p) => p.code === expectedCode(spelling) && p.path?.startsWith('verifiableCredential'));
      expect({ suite, status: response.status, verified: response.body.verified, refusedInside, grantedBy: response.body.grantedBy }).toEqual({
        suite,
        status: 400,
        verified: false,
        refusedInside: true,
        grantedBy: undefined
      });
    }
  });
});

describe('POST /presentations/verify with the presentation itself re-spelled', () => {
  // The holder signs (Ed25519Signature2020 covers the graph) and anyone on the way re-spells:
  // the revoked credential moved where `verifiableCredential` is not read by name.
  it.each(['absolute IRI', 'compact IRI', '@nest', '@graph'] as const)('refuses verifiableCredential as %s around a revoked credential', async (spelling) => {
    const t = apps.revoked;
    const { body } = await t.http.post('/challenges');
    const challenge = body.challenge as string;
    const signed = await present({ holder: t.world.agent, credentials: [t.world.credential], challenge, domain: DOMAIN });
    const verifiablePresentation = respell(signed, ['verifiableCredential'], spelling) as Json;
    const response = await t.http.post('/presentations/verify').send({ verifiablePresentation, options: { challenge, domain: DOMAIN } });
    expect({ status: response.status, verified: response.body.verified }).toEqual({ status: 400, verified: false });
    expect(codes(response.body)).toContain('NON_CANONICAL_TERM');
  });

  // around an honest credential: what is refused is the spelling of the presentation itself
  it.each([['holder'], ['proof', 'challenge'], ['proof', 'domain']].map((path) => [path.join('.'), path] as const))('refuses %s re-spelled after signing', async (_name, path) => {
    const t = honest;
    for (const spelling of ['absolute IRI', 'compact IRI', '@nest'] as const) {
      const { body } = await t.http.post('/challenges');
      const challenge = body.challenge as string;
      const signed = await present({ holder: t.world.agent, credentials: [t.world.credential], challenge, domain: DOMAIN });
      const verifiablePresentation = respell(signed, [...path], spelling) as Json;
      const response = await t.http.post('/presentations/verify').send({ verifiablePresentation, options: { challenge, domain: DOMAIN } });
      expect({ spelling, status: response.status, verified: response.body.verified, code: codes(response.body)?.includes('NON_CANONICAL_TERM') }).toEqual({
        spelling,
        status: 400,
        verified: false,
        code: true
      });
    }
  });
});
