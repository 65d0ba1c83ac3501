import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { serviceEntry } from './service-entry.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface SpawnedService {
  name: string;
  url: string;
  child: ChildProcess;
  /** Everything the service printed before it was up (its start banner). */
  banner: string[];
  stop(): Promise<void>;
}

/**
 * Runs the service's main module (see serviceEntry) as its own process (services never import each other) and
 * resolves once it prints `listening on <url>`. Output is forwarded with a `[name]` prefix.
 */
export function spawnService(
  name: 'issuer' | 'wallet' | 'verifier',
  env: Record<string, string>,
  { timeoutMs = 60_000, echo = true }: { timeoutMs?: number; echo?: boolean } = {}
): Promise<SpawnedService> {
  // The store is the caller's choice (startPlatform's mongodbUrl): a MONGODB_URL in the launcher's
  // own environment, such as a test run on the wire server, does not reach the services by accident.
  const { MONGODB_URL: _notInherited, ...inherited } = process.env;
  const child = spawn(process.execPath, serviceEntry(name), {
    cwd: REPO,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const banner: string[] = [];
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} did not start within ${timeoutMs} ms:\n${banner.join('\n')}`));
    }, timeoutMs);
    let started = false;
    const relay = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on('line', (line) => {
        // the first operator key is printed once, by the launcher's summary, not twice
        if (echo && !/operator API key/.test(line)) process.stdout.write(`[${name}] ${line}\n`);
        if (started) return;
        banner.push(line);
        const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
        if (url) {
          started = true;
          clearTimeout(timer);
          resolve({ name, url, child, banner, stop });
        }
      });
    relay(child.stdout as NodeJS.ReadableStream);
    relay(child.stderr as NodeJS.ReadableStream);
    child.once('exit', (code, signal) => {
      if (started) return;
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? code}) before it was up:\n${banner.join('\n')}`));
    });
  });
}
