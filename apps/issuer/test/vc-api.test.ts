import { generateIdentity } from '@agentvc/core';
import { createVerifier } from '@agentvc/verifier';
import { createIssuerApp, expectProblem, type IssuerApp } from './issuer-app.js';

let t: IssuerApp;
let subject: string;
beforeAll(async () => {
  t = await createIssuerApp();
  subject = (await generateIdentity()).did;
});

const credential = (overrides: Record<string, unknown> = {}) => ({
  '@context': ['https://www.w3.org/2018/credentials/v1', 'https://agentvc.dev/contexts/v1'],
  type: ['VerifiableCredential', 'AgentCapabilityCredential'],
  issuer: t.issuer.identity.did,
  credentialSubject: { id: subject, capability: [{ type: 'PaymentAuthorization', maxAmount: { value: '10', currency: 'USD' } }] },
  ...overrides
});

const issue = (body: unknown) => t.http.post('/credentials/issue').set(t.auth).send(body as object);

describe('POST /credentials/issue', () => {
  it('issues a signed credential with an id, dates and a status entry that verifies', async () => {
    const response = await issue({ credential: credential() });
    expect(response.status).toBe(201);
    const vc = response.body.verifiableCredential;
    expect(vc.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(vc.proof).toMatchObject({ type: 'Ed25519Signature2020', proofPurpose: 'assertionMethod', verificationMethod: t.issuer.identity.keyId });
    expect(vc.credentialStatus).toMatchObject({ type: 'StatusList2021Entry', statusPurpose: 'revocation' });
    expect(vc.credentialStatus.statusListCredential).toMatch(/^https:\/\/issuer\.example\/status-lists\//);
    const verifier = createVerifier({ trustedIssuers: [t.issuer.identity.did], fetchStatusList: t.fetchStatusList, clock: t.clock });
    expect(await verifier.verifyCredential(vc)).toMatchObject({ verified: true, problems: [] });
  });

  it('adds a suspension entry when asked', async () => {
    const response = await issue({ credential: credential(), options: { suspendable: true } });
    expect(response.body.verifiableCredential.credentialStatus.map((s: { statusPurpose: string }) => s.statusPurpose)).toEqual(['revocation', 'suspension']);
  });

  it.each(['@context', 'type', 'issuer', 'credentialSubject'])('refuses a credential without %s (400)', async (field) => {
    const body = credential();
    delete (body as Record<string, unknown>)[field];
    const response = await issue({ credential: body });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors.some((e: { path: string }) => e.path.includes(field))).toBe(true);
  });

  it.each([
    ['@context', 'https://www.w3.org/2018/credentials/v1'],
    ['@context', [42]],
    ['type', 7],
    ['type', []],
    ['issuer', 12],
    ['issuer', { name: 'no id' }],
    ['credentialSubject', 'did:example:x'],
    ['issuanceDate', 'last tuesday']
  ])('refuses %s of the wrong JSON type: %j', async (field, value) => {
    expectProblem(await issue({ credential: credential({ [field]: value }) }), 400, 'VALIDATION_FAILED');
  });

  it('refuses another issuer, unknown contexts, malformed capabilities and undefined terms', async () => {
    const other = (await generateIdentity()).did;
    expectProblem(await issue({ credential: credential({ issuer: other }) }), 400, 'ISSUER_MISMATCH');
    expectProblem(await issue({ credential: credential({ issuer: { id: other } }) }), 400, 'ISSUER_MISMATCH');
    const contexts = ['https://www.w3.org/2018/credentials/v1', 'https://evil.example/v1'];
    expectProblem(await issue({ credential: credential({ '@context': contexts }) }), 400, 'UNKNOWN_CONTEXT');
    const extraField = { id: subject, capability: [{ type: 'PaymentAuthorization', maxAmount: { value: '10', currency: 'USD' }, perDay: '5' }] };
    expectProblem(await issue({ credential: credential({ credentialSubject: extraField }) }), 400, 'INVALID_CREDENTIAL');
    const unknownType = { id: subject, capability: [{ type: 'TeleportAuthorization' }] };
    expectProblem(await issue({ credential: credential({ credentialSubject: unknownType }) }), 400, 'INVALID_CREDENTIAL');
    const undefinedTerm = credential({ type: ['VerifiableCredential'], credentialSubject: { id: subject, favouriteColour: 'blue' } });
    expectProblem(await issue({ credential: undefinedTerm }), 400, 'INVALID_CREDENTIAL');
    expectProblem(await issue({ credential: credential({ proof: { type: 'x' } }) }), 400, 'INVALID_CREDENTIAL');
    expectProblem(await issue({ credential: credential(), options: { unknown: true } }), 400, 'VALIDATION_FAILED');
  });

  it('refuses a second credential with the same id (409)', async () => {
    const id = 'urn:uuid:3f1c0a55-1d4b-4f3e-9d59-5b8f4c6a2b11';
    expect((await issue({ credential: credential({ id }) })).status).toBe(201);
    expectProblem(await issue({ credential: credential({ id }) }), 409, 'CONFLICT');
  });

  it('answers malformed JSON, wrong content type and oversized bodies with problems', async () => {
    const raw = t.http.post('/credentials/issue').set(t.auth);
    expectProblem(await raw.set('Content-Type', 'application/json').send('{"credential": '), 400, 'MALFORMED_JSON');
    expectProblem(await t.http.post('/credentials/issue').set(t.auth).set('Content-Type', 'text/plain').send('hello'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const huge = credential({ credentialSubject: { id: subject, note: 'x'.repeat(200_000) } });
    expectProblem(await issue({ credential: huge }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('requires a valid operator key', async () => {
    expectProblem(await t.http.post('/credentials/issue').send({ credential: credential() }), 401, 'UNAUTHORIZED');
    expectProblem(await t.http.post('/credentials/issue').set('Authorization', 'Bearer avc_not-a-key').send({ credential: credential() }), 401, 'INVALID_API_KEY');
  });
});

describe('POST /credentials/status and GET /status-lists/:id', () => {
  it('revokes, suspends and reinstates; the list changes at its URL at once', async () => {
    const vc = (await issue({ credential: credential(), options: { suspendable: true } })).body.verifiableCredential;
    const [revocation, suspension] = vc.credentialStatus;
    const listPath = new URL(revocation.statusListCredential).pathname;
    const before = await t.http.get(listPath);
    expect(before.status).toBe(200);
    expect(before.headers.etag).toBeDefined();
    expect(before.headers['cache-control']).toBe('public, max-age=1, must-revalidate');
    expect((await t.http.get(listPath).set('If-None-Match', String(before.headers.etag))).status).toBe(304);

    const verifier = createVerifier({ trustedIssuers: [t.issuer.identity.did], fetchStatusList: t.fetchStatusList, clock: t.clock, statusCacheSeconds: 0 });
    const status = (statusPurpose: string, value?: boolean) =>
      t.http.post('/credentials/status').set(t.auth).send({ credentialId: vc.id, credentialStatus: { type: 'StatusList2021Entry', statusPurpose }, ...(value === undefined ? {} : { status: value }) });

    expect((await status('suspension')).body).toEqual({ credentialId: vc.id, statusPurpose: 'suspension', status: true, changed: true });
    expect((await verifier.verifyCredential(vc)).problems.map((p) => p.code)).toEqual(['STATUS_SUSPENDED']);
    expect((await status('suspension', false)).body.changed).toBe(true);
    expect((await verifier.verifyCredential(vc)).verified).toBe(true);

    expect((await status('revocation')).body.changed).toBe(true);
    expect((await status('revocation')).body.changed).toBe(false);
    const after = await t.http.get(listPath);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await verifier.verifyCredential(vc)).problems.map((p) => p.code)).toEqual(['STATUS_REVOKED']);
    expectProblem(await status('revocation', false), 409, 'STATUS_CHANGE_REFUSED');
    expect(suspension.statusPurpose).toBe('suspension');
  });

  it('refuses unknown credentials, missing entries and bad bodies', async () => {
    const send = (body: unknown) => t.http.post('/credentials/status').set(t.auth).send(body as object);
    expectProblem(await send({ credentialId: 'urn:uuid:someone-elses', credentialStatus: { statusPurpose: 'revocation' } }), 404, 'NOT_FOUND');
    const plain = (await issue({ credential: credential() })).body.verifiableCredential;
    expectProblem(await send({ credentialId: plain.id, credentialStatus: { statusPurpose: 'suspension' } }), 409, 'STATUS_CHANGE_REFUSED');
    expectProblem(await send({ credentialId: plain.id, credentialStatus: { statusPurpose: 'expiry' } }), 400, 'VALIDATION_FAILED');
    expectProblem(await send({ credentialId: plain.id }), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.post('/credentials/status').send({ credentialId: plain.id, credentialStatus: { statusPurpose: 'revocation' } }), 401, 'UNAUTHORIZED');
  });

  it('answers 404 for an unknown list and 400 for a malformed id', async () => {
    expectProblem(await t.http.get('/status-lists/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    expectProblem(await t.http.get('/status-lists/..%2F..%2Fetc'), 400, 'VALIDATION_FAILED');
  });
});
