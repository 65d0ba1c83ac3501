// A wrong MONGODB_URL stops start-up with one clear line (issue 15, faults): nothing listening
// there, or not a connection string at all. Needs no server, so it runs in every run.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../../apps/platform/src/find-free-port.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'agentvc-wrong-url-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(name: 'issuer' | 'wallet' | 'verifier', mongodbUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // jest's NODE_OPTIONS are not the service's business
  const { NODE_OPTIONS: _jest, ...inherited } = process.env;
  const env = { ...inherited, MONGODB_URL: mongodbUrl, AGENTVC_KEK: randomBytes(32).toString('base64'), AGENTVC_DATA_DIR: dataDir, LOG_LEVEL: 'silent', [`${name.toUpperCase()}_PORT`]: '0' };
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', '--conditions=source', `apps/${name}/src/main.ts`], { cwd: REPO, env, timeout: 60_000 }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr })
    );
  });
}

it('each service refuses to start on a MONGODB_URL where nothing answers, in one line without the password', async () => {
  const port = await findFreePort();
  const names = ['issuer', 'wallet', 'verifier'] as const;
  // side by side: each waits out its server selection
  const runs = await Promise.all(names.map((name) => start(name, `mongodb://agentvc:s3cret-pw@127.0.0.1:${port}/?serverSelectionTimeoutMS=1000`)));
  runs.forEach(({ code, stdout, stderr }, n) => {
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([`agentvc ${names[n]} failed to start: cannot connect to MongoDB at 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`]);
  });
}, 60_000);

it('says so when MONGODB_URL is not a connection string', async () => {
  const { code, stderr } = await start('verifier', 'localhost:27017');
  expect(code).toBe(1);
  expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^agentvc verifier failed to start: the MongoDB connection string is not valid: Invalid scheme/)]);
}, 60_000);
