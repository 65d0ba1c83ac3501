// The verifier service for `test/bench/verifier-service.ts`, in a process of its own so that the
// load generator does not share its event loop. Wired as startVerifier wires it: createApp on the
// embedded store in a temporary directory (or MongoDB, when the setup names one), stored single-use challenges with the shipped TTL,
// info-level pino request logs to stdout (which the bench sends to /dev/null), loadConfig's
// default suites. Differences: the status list fetcher is injected (it serves the bench issuer's
// signed list; statusCacheSeconds 1 h keeps it warm, so status is checked from cache on every
// request), each listener's maxInFlight and kind of challenges come from the bench (one listener
// per configuration, all on one verifier and store), the challenge consume and
// verifyPresentation calls are timed, and the per-client rate limits are off (0): the load
// generator is one client on loopback, far past the defaults on purpose (in a deployment, raise
// VERIFIER_RATE_LIMIT_VERIFY and _CHALLENGES, or set them to 0, the same way). Driven over IPC
// (see ./verifier-service-ipc.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock, type ChallengeStore } from '@agentvc/core';
import { createLogger, listen, type RunningServer } from '@agentvc/http';
import { createStore, createStoredChallenges } from '@agentvc/store';
import { createMemoryChallenges, createVerifier, type Verifier } from '@agentvc/verifier';
import { createApp, CHALLENGE_TTL_SECONDS } from '@agentvc/verifier-app';
import type { ServerReady, ServerRequest, ServerSetup, ServerStats, StepTiming } from './verifier-service-ipc.js';

const send = (message: ServerReady | ServerStats): void => void process.send?.(message);

async function main(): Promise<void> {
  if (!process.send) throw new Error('verifier-service-server: start it with an IPC channel (from verifier-service.ts)');
  const setup = await new Promise<ServerSetup>((resolve) => process.once('message', (message) => resolve(message as ServerSetup)));

  const dataDir = await mkdtemp(join(tmpdir(), 'agentvc-bench-verifier-'));
  const store = await createStore({ dataDir, ...(setup.mongodb ? { mongodbUrl: setup.mongodb.url, dbName: setup.mongodb.dbName } : {}) });
  const servers: RunningServer[] = [];
  const stop = async (): Promise<never> => {
    setTimeout(() => process.exit(1), 10_000).unref();
    for (const server of servers) await server.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  // the bench going away (crash, Ctrl-C) must not leave this process behind
  process.once('disconnect', () => void stop());
  let statusFetches = 0;
  const verifier = createVerifier({
    trustedIssuers: [setup.issuer],
    fetchStatusList: async (url) => {
      statusFetches += 1;
      if (url !== setup.statusListUrl) throw new Error(`404 ${url}`);
      return structuredClone(setup.statusList);
    },
    statusCacheSeconds: 3600,
    clock: systemClock,
    // loadConfig's defaults when VERIFIER_ACCEPTED_SUITES is unset
    credentialSuites: ['Ed25519Signature2020'],
    presentationSuites: ['Ed25519Signature2020', 'eddsa-jcs-2022']
  });
  // Wall time (waiting included) in the two awaited steps of POST /presentations/verify
  const timings = { consume: newTiming(), verify: newTiming() };
  const timedChallenges = (challenges: ChallengeStore): ChallengeStore => ({
    issue: () => challenges.issue(),
    consume: (challenge) => timed(timings.consume, () => challenges.consume(challenge))
  });
  const timedVerifier: Verifier = { ...verifier, verifyPresentation: (presentation, options) => timed(timings.verify, () => verifier.verifyPresentation(presentation, options)) };
  // startVerifier's logger: info level, pino to stdout
  const logger = createLogger({ name: 'agentvc-verifier', level: 'info' });

  // One app per configuration, all on the same verifier (its caches warm up once) and store, each
  // with challenges of its own
  const urls: Record<string, string> = {};
  const collections: string[] = [];
  for (const { name, maxInFlight, challenges: kind } of setup.apps) {
    if (kind === 'stored') collections.push(`verifier_challenges_${name}`);
    const challenges =
      kind === 'stored'
        ? await createStoredChallenges({ store, clock: systemClock, ttlSeconds: CHALLENGE_TTL_SECONDS, collection: `verifier_challenges_${name}` })
        : // room for every challenge the bench pre-issues (the default keeps 10,000)
          createMemoryChallenges({ clock: systemClock, ttlSeconds: CHALLENGE_TTL_SECONDS, maxOutstanding: 100_000 });
    const app = createApp({
      verifier: timedVerifier,
      challenges: timedChallenges(challenges),
      store,
      logger,
      domain: setup.domain,
      rateLimits: { points: { challenges: 0, verify: 0 }, windowSeconds: 60 },
      ...(maxInFlight ? { maxInFlight } : {})
    });
    const server = await listen(app, { port: 0, host: '127.0.0.1' });
    servers.push(server);
    urls[name] = server.url;
  }

  let cpuMark = process.cpuUsage();
  let eluMark = performance.eventLoopUtilization();
  let timeMark = performance.now();
  process.on('message', (message: ServerRequest) => {
    if (message.type === 'mark') {
      timings.consume = newTiming();
      timings.verify = newTiming();
      cpuMark = process.cpuUsage();
      eluMark = performance.eventLoopUtilization();
      timeMark = performance.now();
      send({ type: 'stats', cpuPercent: 0, eventLoopUtilization: 0, statusFetches, rssMb: 0, consume: timings.consume, verify: timings.verify, challengeDocs: {} });
    } else if (message.type === 'stats') {
      const cpu = process.cpuUsage(cpuMark);
      const wallMs = performance.now() - timeMark;
      const utilization = performance.eventLoopUtilization(eluMark).utilization;
      void Promise.all(collections.map(async (name) => [name, await store.collection(name).countDocuments({})] as const)).then((counts) => send({
        type: 'stats',
        cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
        eventLoopUtilization: utilization,
        statusFetches,
        rssMb: process.memoryUsage.rss() / 2 ** 20,
        consume: timings.consume,
        verify: timings.verify,
        challengeDocs: Object.fromEntries(counts)
      }));
    } else if (message.type === 'stop') {
      void stop();
    }
  });
  send({ type: 'ready', urls, pid: process.pid });
}

function newTiming(): StepTiming {
  return { calls: 0, totalMs: 0, maxMs: 0 };
}

async function timed<T>(timing: StepTiming, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    const ms = performance.now() - started;
    timing.calls += 1;
    timing.totalMs += ms;
    timing.maxMs = Math.max(timing.maxMs, ms);
  }
}

main().catch((error: unknown) => {
  console.error(`verifier-service-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
