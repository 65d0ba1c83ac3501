// `npm start`'s launcher as a process: its output is JSON lines (service name as a field) and a
// plain-text summary, the first operator key is in a 0600 file it names and never on stdout or
// stderr, and SIGTERM prints one
// line and stops all three services, also while they are still starting.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'agentvc-launcher-'));
let dataDir = '';
let runs = 0;
const launched: ChildProcess[] = [];
afterAll(() => {
  // a failed test must not leave a launcher (and jest) running
  for (const child of launched) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of servicesRunning()) process.kill(pid, 'SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

function launch(): { child: ChildProcess; output: () => string; stdout: () => string; exited: Promise<number | null> } {
  // the caller's deployment and jest's NODE_OPTIONS are not the launcher's business
  dataDir = join(root, String(++runs));
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_OPTIONS' && !/^(ISSUER_|WALLET_|VERIFIER_|AGENTVC_|MONGODB_)/.test(key)));
  const env = { ...inherited, AGENTVC_DATA_DIR: dataDir, ISSUER_PORT: '0', WALLET_PORT: '0', VERIFIER_PORT: '0', LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'apps/platform/src/main.ts'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  launched.push(child);
  let out = '';
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, stdout: () => stdout, exited };
}

async function until(condition: () => boolean, what: string, output: () => string, child: ChildProcess): Promise<void> {
  for (let waited = 0; !condition(); waited += 100) {
    if (waited > 90_000 || child.exitCode !== null) throw new Error(`no ${what} (within 90 s, launcher running):\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Service processes (apps/<name>/src/main.ts) started with this test's data directory in their environment. */
function servicesRunning(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        const service = /apps\/(issuer|wallet|verifier)\/src\/main\.ts/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
        return service && readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`AGENTVC_DATA_DIR=${dataDir}`);
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
    .map(Number);
}

it('prints JSON lines and a summary naming the key file, never the key; SIGTERM stops all three and closes their ports', async () => {
  const { child, output, stdout, exited } = launch();
  await until(() => output().includes('try: npm run demo'), 'summary', output, child);
  const summary = output();
  const urls = ['issuer', 'wallet', 'verifier'].map((name) => new RegExp(`^  ${name}\\s+(http\\S+)$`, 'm').exec(summary)?.[1] ?? '');
  expect(urls.every((url) => url.startsWith('http://'))).toBe(true);
  const keyFile = join(dataDir, 'issuer', 'first-operator-key.txt');
  expect(summary).toContain(`  operator API key: saved in ${keyFile} (mode 0600): read it with cat ${keyFile}`);
  expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  const token = readFileSync(keyFile, 'utf8').trim();
  expect(token).toMatch(/^avc_/);
  expect(stdout()).toContain('agentvc is running');
  // not on stdout (log drivers ship it off-box), nor anywhere else: the file is enough
  expect(output()).not.toContain(token);
  expect(output()).not.toMatch(/avc_[0-9a-f]{24}_/);
  for (const url of urls) expect((await fetch(`${url}/health`)).status).toBe(200);
  // three services, each a process of its own (the launcher does not set the variable in its own environment)
  expect(servicesRunning()).toHaveLength(3);

  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(output()).not.toContain(token);
  const lines = output().split('\n').filter(Boolean);
  const summaryLines = new Set(summary.slice(summary.indexOf('\nagentvc is running')).split('\n'));
  const others = lines.filter((line) => !summaryLines.has(line));
  expect(others.filter((line) => line.startsWith('agentvc stopping'))).toEqual(['agentvc stopping: issuer, wallet and verifier']);
  const records = others.filter((line) => !line.startsWith('agentvc stopping')).map((line) => JSON.parse(line) as { service?: string; msg?: string });
  expect(new Set(records.map((r) => r.service))).toEqual(new Set(['issuer', 'wallet', 'verifier']));
  expect(records.some((r) => r.service === 'issuer' && /listening on http/.test(String(r.msg)))).toBe(true);
  // a pino record keeps its own fields, with the service added
  expect(records.some((r) => 'level' in r && 'time' in r && 'name' in r)).toBe(true);
  expect(servicesRunning()).toEqual([]);
  for (const url of urls) await expect(fetch(`${url}/health`)).rejects.toThrow();
}, 120_000);

it('SIGTERM while the services are starting stops those already up and exits', async () => {
  const { child, output, exited } = launch();
  await until(() => /"service":"issuer".*listening on/.test(output()), 'issuer start', output, child);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(output()).toContain('agentvc stopping: issuer, wallet and verifier');
  expect(output()).not.toContain('agentvc is running');
  expect(servicesRunning()).toEqual([]);
}, 120_000);
