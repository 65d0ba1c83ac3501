// The agentvc binary against the real issuer and wallet services on loopback ports: operator
// onboarding, `request`, `wallet store|list|present`, `verify` with status fetched, revocation.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWallet, type StartedWallet } from '@agentvc/wallet-app';
import { startTestIssuer, type TestIssuer } from '../../../client/test/support/start-test-issuer.js';
import { agentvcHomeOf, runAgentvc } from '../support/run-agentvc.js';

const cwd = mkdtempSync(join(tmpdir(), 'agentvc-cli-services-'));
let issuer: TestIssuer;
let wallet: StartedWallet;
let env: Record<string, string>;
beforeAll(async () => {
  issuer = await startTestIssuer();
  wallet = await startWallet({
    port: 0, host: '127.0.0.1', publicUrl: 'http://wallet.test', trustedIssuers: [issuer.did], statusAllowHttp: true, statusAllowPrivate: true,
    sessionTtlSeconds: 900, dataDir: join(cwd, 'wallet-data'), mongodbDb: 'agentvc', logLevel: 'silent'
  });
  env = { AGENTVC_ISSUER_URL: issuer.url, AGENTVC_API_KEY: issuer.adminToken };
});
afterAll(async () => {
  await Promise.all([issuer.stop(), wallet.stop()]);
  rmSync(cwd, { recursive: true, force: true });
});
const agentvc = (...args: string[]) => runAgentvc(args, { cwd, env });

describe('agentvc against the issuer and wallet services', () => {
  it('onboards, requests, stores, presents, verifies and revokes', async () => {
    const { did } = (await agentvc('identity', 'new', '--json')).json<{ did: string }>();
    expect((await agentvc('admin', 'agents', 'register', did, '--name', 'shopper', '--owner', 'team-a', '--json')).json()).toMatchObject({ did, name: 'shopper' });
    const capability = '{"type":"PaymentAuthorization","maxAmount":{"value":"50","currency":"USD"},"merchants":["shop.example"]}';
    const grant = await agentvc('admin', 'grant', did, '--capability', capability, '--validity', '900', '--json');
    expect(grant.json()).toMatchObject({ agentDid: did, validitySeconds: 900 });
    expect((await agentvc('admin', 'agents', 'list', '--json')).json<Array<{ did: string }>>().map((a) => a.did)).toEqual([did]);

    const requested = await agentvc('request', '--json');
    expect(requested.code).toBe(0);
    const { file, id } = requested.json<{ file: string; id: string }>();
    // in the per-user folder (HOME is cwd in these runs), readable by its owner only
    expect(file).toBe(join(agentvcHomeOf(cwd), 'credentials', `${id.replace(/^urn:uuid:/, '')}.json`));
    expect(file).toMatch(/\/credentials\/[0-9a-f-]{36}\.json$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ id, credentialSubject: { id: did } });

    // offline, the status entry cannot be checked: never accepted
    const offline = await agentvc('verify', file, '--trusted-issuer', issuer.did, '--json');
    expect(offline.code).toBe(1);
    expect(offline.json<{ problems: Array<{ code: string }> }>().problems.map((p) => p.code)).toEqual(['STATUS_UNAVAILABLE']);
    const online = await agentvc('verify', file, '--trusted-issuer', issuer.did, '--fetch-status', '--allow-insecure-status', '--json');
    expect(online.code).toBe(0);
    // the guarded fetcher refuses loopback http unless told otherwise
    expect((await agentvc('verify', file, '--trusted-issuer', issuer.did, '--fetch-status')).code).toBe(1);

    const walletFlags = ['--wallet', wallet.url];
    expect((await agentvc('wallet', 'store', file, ...walletFlags, '--json')).json()).toMatchObject([{ id }]);
    expect((await agentvc('wallet', 'list', ...walletFlags, '--json')).json<Array<{ id: string }>>().map((c) => c.id)).toEqual([id]);
    const presented = await agentvc('wallet', 'present', id, '--challenge', 'rp-1', '--domain', 'shop.example', '--out', 'vp.json', ...walletFlags, '--json');
    expect(presented.json()).toMatchObject({ file: 'vp.json', signedBy: 'agent' });
    const verifyVp = ['verify', 'vp.json', '--trusted-issuer', issuer.did, '--challenge', 'rp-1', '--domain', 'shop.example', '--fetch-status', '--allow-insecure-status', '--json'];
    expect((await agentvc(...verifyVp)).json()).toMatchObject({ kind: 'presentation', verified: true, holder: did });

    expect((await agentvc('admin', 'revoke', id, '--json')).json()).toMatchObject({ credentialId: id, statusPurpose: 'revocation', status: true, changed: true });
    const revoked = await agentvc(...verifyVp);
    expect(revoked.code).toBe(1);
    expect(revoked.json<{ problems: Array<{ code: string }> }>().problems.map((p) => p.code)).toEqual(['STATUS_REVOKED']);
    // about 20 CLI processes in a row: generous on a loaded machine (a bound, not a timing assertion)
  }, 180_000);

  it('manages operator keys and reports refusals with their codes', async () => {
    const created = (await agentvc('admin', 'keys', 'create', 'ci', '--json')).json<{ key: { id: string }; token: string }>();
    expect((await agentvc('admin', 'keys', 'list', '--json')).json<Array<{ id: string }>>().map((k) => k.id)).toContain(created.key.id);
    expect((await agentvc('admin', 'keys', 'revoke', created.key.id)).code).toBe(0);
    const refused = await runAgentvc(['admin', 'agents', 'list', '--json'], { cwd, env: { ...env, AGENTVC_API_KEY: created.token } });
    expect(refused.code).toBe(1);
    expect(refused.json()).toMatchObject({ error: { code: 'INVALID_API_KEY', status: 401 } });
    const noKey = await runAgentvc(['admin', 'agents', 'list'], { cwd, env: { AGENTVC_ISSUER_URL: issuer.url } });
    expect(noKey.code).toBe(2);
    const stranger = await runAgentvc(['request', '--identity', 'stranger.json', '--json'], { cwd, env });
    expect(stranger.code).toBe(1);
    await agentvc('identity', 'new', '--identity', 'stranger.json');
    const unregistered = await runAgentvc(['request', '--identity', 'stranger.json', '--json'], { cwd, env });
    expect(unregistered.json()).toMatchObject({ error: { code: 'AGENT_NOT_REGISTERED', status: 403 } });
  });
});
