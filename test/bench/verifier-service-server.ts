// The verifier service for `test/bench/verifier-service.ts`, in a process of its own so that it and
// the load generator each get a core. Wired as startVerifier wires it (embedded store on disk,
// stored single-use challenges with the shipped TTL, info-level request logs to stdout, which the
// bench points at /dev/null), except for the status list fetcher (injected: it serves the bench
// issuer's signed list) and statusCacheSeconds (1 h, so the cache stays warm for the whole run).
// Started with an IPC channel; every exchange with the bench is a message (see ./verifier-service-ipc.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '@agentvc/core';
import { createLogger, listen, type RunningServer } from '@agentvc/http';
import { createStore, createStoredChallenges } from '@agentvc/store';
import { createMemoryChallenges, createVerifier } from '@agentvc/verifier';
import { createApp, CHALLENGE_TTL_SECONDS } from '@agentvc/verifier-app';
import type { ServerReady, ServerRequest, ServerSetup, ServerStats } from './verifier-service-ipc.js';

const send = (message: ServerReady | ServerStats): void => void process.send?.(message);

async function main(): Promise<void> {
  if (!process.send) throw new Error('verifier-service-server: start it with an IPC channel (from verifier-service.ts)');
  // the bench going away (crash, Ctrl-C) must not leave this process behind
  process.once('disconnect', () => process.exit(0));
  const setup = await new Promise<ServerSetup>((resolve) => process.once('message', (message) => resolve(message as ServerSetup)));

  const dataDir = await mkdtemp(join(tmpdir(), 'agentvc-bench-verifier-'));
  const store = await createStore({ dataDir });
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
  // startVerifier's logger: info level, pino to stdout
  const logger = createLogger({ name: 'agentvc-verifier', level: 'info' });

  // One app per configuration, all on the same verifier (its caches warm up once) and store, each
  // with challenges of its own
  const servers: RunningServer[] = [];
  const urls: Record<string, string> = {};
  for (const { name, maxInFlight, challenges: kind } of setup.apps) {
    const challenges =
      kind === 'stored'
        ? await createStoredChallenges({ store, clock: systemClock, ttlSeconds: CHALLENGE_TTL_SECONDS, collection: `verifier_challenges_${name}` })
        : // room for every challenge the bench pre-issues (the default keeps 10,000)
          createMemoryChallenges({ clock: systemClock, ttlSeconds: CHALLENGE_TTL_SECONDS, maxOutstanding: 100_000 });
    const app = createApp({ verifier, challenges, store, logger, domain: setup.domain, ...(maxInFlight ? { maxInFlight } : {}) });
    const server = await listen(app, { port: 0, host: '127.0.0.1' });
    servers.push(server);
    urls[name] = server.url;
  }

  let cpuMark = process.cpuUsage();
  let eluMark = performance.eventLoopUtilization();
  let timeMark = performance.now();
  process.on('message', (message: ServerRequest) => {
    if (message.type === 'mark') {
      cpuMark = process.cpuUsage();
      eluMark = performance.eventLoopUtilization();
      timeMark = performance.now();
      send({ type: 'stats', cpuPercent: 0, eventLoopUtilization: 0, statusFetches, rssMb: 0 });
    } else if (message.type === 'stats') {
      const cpu = process.cpuUsage(cpuMark);
      const wallMs = performance.now() - timeMark;
      send({
        type: 'stats',
        cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
        eventLoopUtilization: performance.eventLoopUtilization(eluMark).utilization,
        statusFetches,
        rssMb: process.memoryUsage.rss() / 2 ** 20
      });
    } else if (message.type === 'stop') {
      void (async () => {
        for (const server of servers) await server.close();
        await store.close();
        await rm(dataDir, { recursive: true, force: true });
        process.exit(0);
      })();
    }
  });
  send({ type: 'ready', urls, pid: process.pid });
}

main().catch((error: unknown) => {
  console.error(`verifier-service-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
