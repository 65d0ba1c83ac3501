// The real issuer process (apps/issuer/src/main.ts), started the way `npm start` does, on a given data dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface IssuerProcess {
  child: ChildProcess;
  pid: number;
  /** `http://127.0.0.1:PORT`, as printed by the process. */
  url: string;
  did: string;
  /** Settles with the exit code, or the signal that ended the process. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything written to stderr so far (for failure messages). */
  stderr(): string;
}

export interface SpawnIssuerOptions {
  dataDir: string;
  adminToken: string;
  publicUrl: string;
  startTimeoutMs?: number;
  /** More environment, e.g. MONGODB_URL, MONGODB_DB and AGENTVC_KEK for a run on MongoDB. */
  env?: Record<string, string>;
}

/**
 * `node --import tsx`, not the tsx binary: the binary runs node as a child of its own, so a
 * SIGKILL to it would leave the real issuer running (and holding the data dir).
 */
export function spawnIssuer({ dataDir, adminToken, publicUrl, startTimeoutMs = 20_000, env = {} }: SpawnIssuerOptions): Promise<IssuerProcess> {
  // jest's NODE_OPTIONS (--experimental-vm-modules) are not the issuer's business, nor is the
  // MONGODB_URL of a test run on the wire server: this issuer runs on the embedded store in dataDir
  // unless `env` says otherwise
  const { NODE_OPTIONS: _jestOptions, MONGODB_URL: _mongodbUrl, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'apps/issuer/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...inherited,
      ISSUER_PORT: '0',
      ISSUER_HOST: '127.0.0.1',
      ISSUER_PUBLIC_URL: publicUrl,
      AGENTVC_DATA_DIR: dataDir,
      AGENTVC_ADMIN_TOKEN: adminToken,
      LOG_LEVEL: 'silent',
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal }))
  );

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`issuer did not start: ${reason}\nstdout: ${stdout}\nstderr: ${stderr}`));
    };
    const timer = setTimeout(() => fail(`no listening line within ${startTimeoutMs} ms`), startTimeoutMs);
    void exited.then(({ code, signal }) => fail(`exited early (code ${code}, signal ${signal})`));
    child.stdout?.on('data', () => {
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      const did = /issuer DID: (did:\S+)/.exec(stdout)?.[1];
      if (settled || !url || !did || child.pid === undefined) return;
      settled = true;
      clearTimeout(timer);
      resolve({ child, pid: child.pid, url, did, exited, stderr: () => stderr });
    });
  });
}
