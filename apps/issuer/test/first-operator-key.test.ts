// The first operator key cannot be lost: it is saved (mode 0600) before anything else at start
// can fail, and a start that fails afterwards (here: the port is taken) says where it is.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { loadConfig, startIssuer, type StartedIssuer } from '@agentvc/issuer-app';
import { firstKeyPath } from '../src/first-key-path.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
let dataDir = '';
let taken: Server;
let takenPort = 0;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'agentvc-first-key-'));
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  takenPort = (taken.address() as { port: number }).port;
});
afterEach(async () => {
  await new Promise((resolve) => taken.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

const env = (port: number) => ({ AGENTVC_DATA_DIR: dataDir, ISSUER_PORT: String(port), ISSUER_PUBLIC_URL: 'http://issuer.test', LOG_LEVEL: 'silent' as const });

it('keeps the key of a start that failed after making it in a 0600 file, and the next start accepts it', async () => {
  const old = process.umask(0o000);
  try {
    await expect(startIssuer(loadConfig(env(takenPort)))).rejects.toThrow(/EADDRINUSE/);
  } finally {
    process.umask(old);
  }
  const file = firstKeyPath(join(dataDir, 'issuer'));
  expect(statSync(file).mode & 0o777).toBe(0o600);
  const token = readFileSync(file, 'utf8').trim();
  expect(token).toMatch(/^avc_[0-9a-f]{24}_[A-Za-z0-9_-]{43}$/);

  const next = await startIssuer(loadConfig(env(0)));
  try {
    expect(next.generatedAdminToken).toBeUndefined();
    expect((await next.issuer.apiKeys.authenticate(token)).key).not.toBeNull();
    expect(readFileSync(file, 'utf8').trim()).toBe(token);
  } finally {
    await next.stop();
  }
}, 60_000);

it('a configured AGENTVC_ADMIN_TOKEN writes no key file', async () => {
  const started = await startIssuer(loadConfig({ ...env(0), AGENTVC_ADMIN_TOKEN: `avc_${'a'.repeat(24)}_${'b'.repeat(43)}` }));
  await started.stop();
  expect(started.firstKeyFile).toBeUndefined();
  expect(existsSync(firstKeyPath(join(dataDir, 'issuer')))).toBe(false);
}, 60_000);

it('a generated key that cannot be saved (something in the way) is shown once, on stderr, as data', async () => {
  const file = firstKeyPath(join(dataDir, 'issuer'));
  mkdirSync(file, { recursive: true });
  const written: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
  let started: StartedIssuer;
  try {
    started = await startIssuer(loadConfig(env(0)));
  } finally {
    spy.mockRestore();
  }
  try {
    const token = started.generatedAdminToken ?? '';
    expect(started.firstKeyFile).toBeUndefined();
    const lines = written.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([{ event: 'first-operator-key-unsaved', path: file, reason: 'a file is already there (kept: it may hold an earlier key)', token, msg: expect.stringMatching(/^the first operator API key, shown once/) }]);
    expect((await started.issuer.apiKeys.authenticate(token)).key).not.toBeNull();
  } finally {
    await started.stop();
  }
}, 60_000);

it('main: the one line of a failed first start names the file the key is in', async () => {
  const { NODE_OPTIONS: _jest, MONGODB_URL: _store, ...inherited } = process.env;
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', '--conditions=source', 'apps/issuer/src/main.ts'], { cwd: REPO, env: { ...inherited, ...env(takenPort) }, timeout: 60_000 }, (_error, out, err) =>
      resolve({ code: child.exitCode, stdout: out, stderr: err })
    );
  });
  const file = firstKeyPath(join(dataDir, 'issuer'));
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr.split('\n')).toEqual([expect.stringMatching(/^agentvc issuer failed to start: .*EADDRINUSE.*; the first operator API key is saved in (.+)$/), '']);
  expect(stderr).toContain(`saved in ${file}\n`);
  expect(readFileSync(file, 'utf8')).toMatch(/^avc_\S+\n$/);
  expect(statSync(file).mode & 0o777).toBe(0o600);
}, 60_000);
