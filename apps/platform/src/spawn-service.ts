import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { asLogLine } from './as-log-line.js';
import { serviceEntry } from './service-entry.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface SpawnedService {
  name: string;
  url: string;
  child: ChildProcess;
  /** Everything the service printed before it was up (its start banner), events aside. */
  banner: string[];
  /** The event lines (`{"event": ...}`) it printed on stdout before it was up, parsed. */
  events: ServiceEvent[];
  stop(): Promise<void>;
}

/** A line a service prints for its launcher: one JSON object with a string `event` field. */
export type ServiceEvent = { event: string } & Record<string, unknown>;

function asEvent(line: string): ServiceEvent | undefined {
  if (!line.startsWith('{"event":')) return undefined;
  try {
    const record: unknown = JSON.parse(line);
    return record && typeof record === 'object' && typeof (record as { event?: unknown }).event === 'string' ? (record as ServiceEvent) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the service's main module (see serviceEntry) as its own process (services never import
 * each other) and resolves once it prints `listening on <url>`. With `echo`, each line it prints
 * goes to stdout as one JSON object carrying `"service": name` (see asLogLine), so the
 * launcher's output stays readable by `pino-pretty` and `jq`. Event lines (see ServiceEvent) are
 * never relayed: each goes to `onEvent` as it comes, from either stream, also after the start (a
 * secret in one, such as an unsaved first key on stderr, is the caller's to show). An aborted
 * `signal` stops it.
 */
export function spawnService(
  name: 'issuer' | 'wallet' | 'verifier',
  env: Record<string, string>,
  { timeoutMs = 60_000, echo = true, signal, onEvent }: { timeoutMs?: number; echo?: boolean; signal?: AbortSignal; onEvent?: (event: ServiceEvent) => void } = {}
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
  const events: ServiceEvent[] = [];
  const errors: string[] = [];
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  // one line: the service's own last word on stderr (its start failure) when there is one
  const lastWord = () => errors.at(-1) ?? banner.at(-1) ?? 'no output';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} did not start within ${timeoutMs} ms: ${lastWord()}`));
    }, timeoutMs);
    // rejects once the process is gone, so a launcher stopping on a signal leaves nothing behind
    const onAbort = () => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${name}: start aborted`)));
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    let started = false;
    const relay = (stream: NodeJS.ReadableStream, level: number) =>
      createInterface({ input: stream }).on('line', (line) => {
        const event = asEvent(line);
        if (event) {
          if (!started && level < 50) events.push(event);
          onEvent?.(event);
          return;
        }
        if (echo) process.stdout.write(`${asLogLine(line, name, level)}\n`);
        if (started) return;
        banner.push(line);
        if (level >= 50 && line.trim()) errors.push(line);
        const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
        if (url) {
          started = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve({ name, url, child, banner, events, stop });
        }
      });
    relay(child.stdout as NodeJS.ReadableStream, 30);
    relay(child.stderr as NodeJS.ReadableStream, 50);
    // 'close', not 'exit': by then its output has been read, its last word included
    child.once('close', (code, signalName) => {
      if (started) return;
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signalName ?? code}) before it was up: ${lastWord()}`));
    });
  });
}
