// The verifier service for `test/bench/verifier-attack.ts`, in a process of its own. Wired as
// startVerifier wires it (createApp on the embedded store in a temporary directory, stored
// single-use challenges with the shipped TTL, the shipped maxInFlight of loadConfig (128),
// info-level pino request logs to stdout, which the bench drops, loadConfig's default suites,
// createVerifier's default worker pool and job deadline). Differences: the status list fetcher
// is injected (it serves the bench issuer's signed list), `workers` can be set (0: JSON-LD on the
// event loop, for comparison), and the per-client rate limits are either off (0) or as shipped
// (VERIFIER_RATE_LIMITS) with one trusted proxy hop, so the attacker and the honest client count
// as the two different clients they are rather than as one loopback address.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { systemClock } from '@agentvc/core';
import { createLogger, listen, type RunningServer } from '@agentvc/http';
import { createStore, createStoredChallenges } from '@agentvc/store';
import { createVerifier, type Verifier } from '@agentvc/verifier';
import { CHALLENGE_TTL_SECONDS, createApp, loadConfig } from '@agentvc/verifier-app';
import { VERIFIER_RATE_LIMITS } from '../../apps/verifier/src/rate-limits.js';
import type { AttackServerReady, AttackServerRequest, AttackServerSetup, AttackServerStats } from './verifier-attack-ipc.js';

const send = (message: AttackServerReady | AttackServerStats): void => void process.send?.(message);

async function main(): Promise<void> {
  if (!process.send) throw new Error('verifier-attack-server: start it with an IPC channel (from verifier-attack.ts)');
  const setup = await new Promise<AttackServerSetup>((resolve) => process.once('message', (message) => resolve(message as AttackServerSetup)));
  const dataDir = await mkdtemp(join(tmpdir(), 'agentvc-bench-attack-'));
  const store = await createStore({ dataDir });
  let server: RunningServer | undefined;
  const stop = async (): Promise<never> => {
    setTimeout(() => process.exit(1), 10_000).unref();
    await server?.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('disconnect', () => void stop());

  const verifier = createVerifier({
    trustedIssuers: [setup.issuer],
    fetchStatusList: async (url) => {
      if (url !== setup.statusListUrl) throw new Error(`404 ${url}`);
      return structuredClone(setup.statusList);
    },
    statusCacheSeconds: 3600,
    clock: systemClock,
    credentialSuites: ['Ed25519Signature2020'],
    presentationSuites: ['Ed25519Signature2020', 'eddsa-jcs-2022'],
    ...(setup.workers !== undefined ? { workers: setup.workers } : {})
  });
  let verify = { calls: 0, totalMs: 0 };
  const timed =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        return await call(...args);
      } finally {
        verify.calls += 1;
        verify.totalMs += performance.now() - started;
      }
    };
  const timedVerifier: Verifier = { verifyCredential: timed(verifier.verifyCredential), verifyPresentation: timed(verifier.verifyPresentation) };
  const challenges = await createStoredChallenges({ store, clock: systemClock, ttlSeconds: CHALLENGE_TTL_SECONDS, collection: 'verifier_challenges' });
  const app = createApp({
    verifier: timedVerifier,
    challenges,
    store,
    logger: createLogger({ name: 'agentvc-verifier', level: 'info' }),
    domain: setup.domain,
    maxInFlight: loadConfig({}).maxInFlight,
    rateLimits: { points: setup.rateLimits === 'off' ? { challenges: 0, verify: 0 } : VERIFIER_RATE_LIMITS, windowSeconds: 60 },
    ...(setup.rateLimits === 'shipped' ? { trustedProxyHops: 1 } : {})
  });
  server = await listen(app, { port: 0, host: '127.0.0.1' });

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let cpuMark = process.cpuUsage();
  let eluMark = performance.eventLoopUtilization();
  let timeMark = performance.now();
  process.on('message', (message: AttackServerRequest) => {
    if (message.type === 'mark') {
      delay.reset();
      verify = { calls: 0, totalMs: 0 };
      cpuMark = process.cpuUsage();
      eluMark = performance.eventLoopUtilization();
      timeMark = performance.now();
      send(stats());
    } else if (message.type === 'stats') {
      send(stats());
    } else if (message.type === 'stop') {
      void stop();
    }
  });
  const stats = (): AttackServerStats => {
    const cpu = process.cpuUsage(cpuMark);
    const wallMs = Math.max(1, performance.now() - timeMark);
    return {
      type: 'stats',
      cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
      eventLoopUtilization: performance.eventLoopUtilization(eluMark).utilization,
      loopDelayP99Ms: delay.percentile(99) / 1e6,
      loopDelayMaxMs: delay.max / 1e6,
      verifyCalls: verify.calls,
      verifyMeanMs: verify.calls === 0 ? 0 : verify.totalMs / verify.calls
    };
  };
  send({ type: 'ready', url: server.url, pid: process.pid });
}

main().catch((error: unknown) => {
  console.error(`verifier-attack-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
