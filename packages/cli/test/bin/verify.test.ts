// `agentvc verify`, offline, on credential and presentation files made with the test signer.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity } from '@agentvc/core';
import { capabilityCredential, issue, payment, present } from '../../../../test/support/sign.js';
import { runAgentvc } from '../support/run-agentvc.js';

const cwd = mkdtempSync(join(tmpdir(), 'agentvc-cli-verify-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const agentvc = (...args: string[]) => runAgentvc(args, { cwd });
const write = (name: string, document: unknown): string => (writeFileSync(join(cwd, name), JSON.stringify(document)), name);

let issuerDid: string;
beforeAll(async () => {
  const [issuer, agent] = await Promise.all([generateIdentity(), generateIdentity()]);
  issuerDid = issuer.did;
  const credential = await issue(issuer, capabilityCredential({ issuer: issuer.did, subject: agent.did, capabilities: [payment('50', 'USD', { merchants: ['shop.example'] })] }));
  write('valid.json', credential);
  const subject = credential.credentialSubject as Record<string, unknown>;
  write('tampered.json', { ...credential, credentialSubject: { ...subject, capability: [payment('5000', 'USD', { merchants: ['shop.example'] })] } });
  write('presentation.json', await present({ holder: agent, credentials: [credential], challenge: 'c-1', domain: 'shop.example' }));
});

interface VerifyJson {
  kind: string;
  verified: boolean;
  problems: Array<{ code: string; path?: string; message: string }>;
  issuers: string[];
  holder?: string;
}

describe('agentvc verify', () => {
  it('exits 0 for a valid credential, with the verifier result as JSON', async () => {
    const run = await agentvc('verify', 'valid.json', '--trusted-issuer', issuerDid, '--json');
    expect(run.code).toBe(0);
    expect(run.json<VerifyJson>()).toMatchObject({ kind: 'credential', verified: true, problems: [], issuers: [issuerDid], capabilities: [{ issuer: issuerDid, capability: { type: 'PaymentAuthorization' } }] });
    const human = await agentvc('verify', 'valid.json', '--trusted-issuer', issuerDid);
    expect(human.stdout).toMatch(/^verified credential/);
  });

  it('exits 1 for a tampered credential and prints the problems', async () => {
    const run = await agentvc('verify', 'tampered.json', '--trusted-issuer', issuerDid, '--json');
    expect(run.code).toBe(1);
    expect(run.json<VerifyJson>()).toMatchObject({ kind: 'credential', verified: false, problems: [{ code: 'INVALID_PROOF' }] });
    const human = await agentvc('verify', 'tampered.json', '--trusted-issuer', issuerDid);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/NOT verified credential[\s\S]*- INVALID_PROOF/);
  });

  it('refuses an issuer that is not trusted', async () => {
    const run = await agentvc('verify', 'valid.json', '--trusted-issuer', 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', '--json');
    expect(run.code).toBe(1);
    expect(run.json<VerifyJson>().problems.map((p) => p.code)).toEqual(['UNTRUSTED_ISSUER']);
  });

  it('verifies a presentation against its challenge, domain and a capability', async () => {
    const ok = await agentvc('verify', 'presentation.json', '--trusted-issuer', issuerDid, '--challenge', 'c-1', '--domain', 'shop.example', '--capability', '{"type":"PaymentAuthorization","amount":{"value":20,"currency":"USD"},"merchant":"shop.example"}', '--json');
    expect(ok.code).toBe(0);
    expect(ok.json<VerifyJson>()).toMatchObject({ kind: 'presentation', verified: true });
    const tooMuch = await agentvc('verify', 'presentation.json', '--trusted-issuer', issuerDid, '--challenge', 'c-1', '--domain', 'shop.example', '--capability', '{"type":"PaymentAuthorization","amount":{"value":80,"currency":"USD"}}', '--json');
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.json<VerifyJson>().problems.map((p) => p.code)).toEqual(['CAPABILITY_AMOUNT_EXCEEDED']);
    const wrongChallenge = await agentvc('verify', 'presentation.json', '--trusted-issuer', issuerDid, '--challenge', 'c-2', '--domain', 'shop.example', '--json');
    expect(wrongChallenge.json<VerifyJson>().problems.map((p) => p.code)).toContain('CHALLENGE_MISMATCH');
  });

  it('treats a missing challenge, a bad capability or no trusted issuer as usage errors (2)', async () => {
    expect((await agentvc('verify', 'presentation.json', '--trusted-issuer', issuerDid)).code).toBe(2);
    expect((await agentvc('verify', 'valid.json', '--trusted-issuer', issuerDid, '--capability', '{"type":"Teleport"}')).code).toBe(2);
    expect((await agentvc('verify', 'valid.json')).code).toBe(2);
    const missing = await agentvc('verify', 'nope.json', '--trusted-issuer', issuerDid, '--json');
    expect(missing.code).toBe(1);
    expect(missing.json()).toMatchObject({ error: { code: 'FILE_ERROR', message: expect.stringContaining('ENOENT'), cause: { code: 'ENOENT' } } });
  });
});
