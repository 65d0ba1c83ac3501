// A bad variable stops each service's main, and the launcher, with one line on stderr naming the
// variable and what it expects: no stack trace, nothing on stdout, exit code 1.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'agentvc-bad-config-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runMain(app: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // jest's NODE_OPTIONS, and the caller's deployment, are not the service's business
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_OPTIONS' && !/^(ISSUER_|WALLET_|VERIFIER_|AGENTVC_|MONGODB_)/.test(key)));
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', '--conditions=source', `apps/${app}/src/main.ts`], { cwd: REPO, env: { ...inherited, AGENTVC_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }, timeout: 60_000 }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr })
    );
  });
}

const URL_EXPECTED = 'expected an absolute http:// or https:// URL, such as https://issuer.example';

it.each([
  ['issuer', { ISSUER_PUBLIC_URL: 'localhost:4100' }, `agentvc issuer failed to start: invalid configuration: ISSUER_PUBLIC_URL: ${URL_EXPECTED}`],
  ['wallet', { WALLET_PORT: 'eighty', WALLET_STATUS_ALLOW_HTTP: 'maybe' }, 'agentvc wallet failed to start: invalid configuration: WALLET_PORT: expected a whole number from 0 to 65535; WALLET_STATUS_ALLOW_HTTP: expected 1, true or yes (on), or 0, false, no or empty (off)'],
  ['verifier', { VERIFIER_TRUSTED_ISSUERS: 'did:key:z6MkA,https://issuer.example' }, 'agentvc verifier failed to start: invalid configuration: VERIFIER_TRUSTED_ISSUERS: item 2: expected a DID (did:<method>:<id>)'],
  ['platform', { VERIFIER_PORT: '70000' }, 'agentvc platform failed to start: invalid configuration: VERIFIER_PORT: expected a whole number from 0 to 65535'],
  // the launcher checks the public URLs it reads with the services' own definitions, before starting any
  ['platform', { ISSUER_PUBLIC_URL: 'localhost:4100' }, `agentvc platform failed to start: invalid configuration: ISSUER_PUBLIC_URL: ${URL_EXPECTED}`]
])('%s: a bad variable is one line on stderr and exit 1', async (app, env, line) => {
  const { code, stdout, stderr } = await runMain(app, env);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr.split('\n')).toEqual([line, '']);
}, 60_000);

it('the launcher passes a service’s refusal on in its one line, after nothing was left running', async () => {
  // a variable only the issuer reads
  const { code, stderr } = await runMain('platform', { ISSUER_AUDIT_RETENTION_DAYS: '-1', ISSUER_PORT: '0', WALLET_PORT: '0', VERIFIER_PORT: '0' });
  expect(code).toBe(1);
  expect(stderr.split('\n')).toEqual([
    'agentvc platform failed to start: issuer exited (1) before it was up: agentvc issuer failed to start: invalid configuration: ISSUER_AUDIT_RETENTION_DAYS: expected a whole number from 0 to 36500',
    ''
  ]);
  // refused before anything was created
  expect(readdirSync(dataDir)).toEqual([]);
}, 60_000);
