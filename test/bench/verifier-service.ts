// `npm run bench:verifier-service` (also the last part of `npm run bench`): the verifier service
// over HTTP under 100 concurrent connections, repeat presentations with fresh challenges.
// The service runs in a child process (verifier-service-server.ts) and this process is the load
// generator, so each has a core. Method and figures: docs/benchmarks.md, "Verifier service under load".
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createFixtures, DOMAIN, REQUIREMENT } from './fixtures.js';
import { present, type Json, type PresentationSuite } from '../support/sign.js';
import type { AppConfig, ServerReady, ServerRequest, ServerSetup, ServerStats } from './verifier-service-ipc.js';
import { runLoad, type LoadResult } from './verifier-service-load.js';
import { printServiceTable, printServiceTargets, type ServiceRow } from './verifier-service-report.js';

const CONNECTIONS = 100;
/** The issue's targets, for the eddsa-jcs-2022 row on the service as shipped. */
const TARGETS = { okPerSecond: 1000, p99Ms: 50, errors: 0 };
const seconds = positiveNumber(process.env.BENCH_VS_SECONDS, 10);
const edSeconds = positiveNumber(process.env.BENCH_VS_ED_SECONDS, 4);
const healthSeconds = positiveNumber(process.env.BENCH_VS_HEALTH_SECONDS, 5);
const memorySeconds = positiveNumber(process.env.BENCH_VS_MEMORY_SECONDS, 5);
/** Pin the service to the last CPU and this process to the first (BENCH_VS_PIN=0: let the OS place them). */
const pin = process.env.BENCH_VS_PIN !== '0' && cpus().length >= 2 && hasTaskset();

// `shipped`: what startVerifier builds (no maxInFlight, so @agentvc/http's default of 64, and
// stored challenges). `open`: maxInFlight above the connection count, so admission control
// refuses nothing. `memory`: as `open`, with in-memory challenges, to show what the store costs.
const APPS: AppConfig[] = [
  { name: 'shipped', challenges: 'stored' },
  { name: 'open', maxInFlight: 128, challenges: 'stored' },
  { name: 'memory', maxInFlight: 128, challenges: 'memory' }
];

async function main(): Promise<void> {
  const wallStarted = performance.now();
  const lastCpu = cpus().length - 1;
  if (pin) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  console.log(`\nVerifier service under load: node ${process.version}, ${cpus().length} CPUs on the machine, ${CONNECTIONS} connections (autocannon)`);
  console.log(
    pin
      ? `  service pinned to CPU ${lastCpu}, load generator (this process) to CPU 0`
      : `  not pinned; this process may use CPUs ${allowedCpus()} (${availableParallelism()})`
  );

  const fx = await createFixtures();
  const credential = (await fx.credentials(1))[0] as Json;
  const server = await startServer(
    { type: 'setup', issuer: fx.issuer.did, domain: DOMAIN, statusListUrl: fx.statusLists.urls.revocation, statusList: fx.revocationList, apps: APPS },
    pin ? lastCpu : undefined
  );
  try {
    const url = (name: string): string => server.urls[name] as string;
    const shipped = url('shipped');

    // the path works end to end, and a challenge is good once
    const [sanityChallenge] = await issueChallenges(shipped, 1);
    const [sanityBody] = await signBodies([sanityChallenge as string], credential, fx.agent, 'eddsa-jcs-2022');
    const first = await postVerify(shipped, sanityBody as string);
    const replay = await postVerify(shipped, sanityBody as string);
    if (first.status !== 200 || !first.text.includes('"verified":true')) throw new Error(`bench aborted: sanity presentation got ${first.status} ${first.text.slice(0, 300)}`);
    if (replay.status !== 400 || !replay.text.includes('CHALLENGE_USED')) throw new Error(`bench aborted: a replayed challenge got ${replay.status} ${replay.text.slice(0, 300)}`);

    const rows: ServiceRow[] = [];
    /** Prepares `count` requests, runs them; only the run is inside the server's measurement window. */
    const timed = async (name: string, run: () => Promise<LoadResult>): Promise<void> => {
      await server.request({ type: 'mark' });
      const result = await run();
      const stats = await server.request({ type: 'stats' });
      rows.push({ name, result, server: stats });
      console.log(`  ${name}: ${result.requests} requests in ${result.elapsedSeconds.toFixed(1)} s`);
    };

    // Each row: a warmup (JIT, caches, connections), then a calibration run whose rate sizes the
    // timed run, so that it lasts about `durationSeconds` with a request body for every request.
    const row = async (name: string, durationSeconds: number, warmup: number, prepare: (count: number) => Promise<(count: number) => Promise<LoadResult>>): Promise<void> => {
      const warm = await (await prepare(warmup))(warmup);
      if (warm.ok === 0) throw new Error(`bench aborted: ${name}: nothing succeeded in the warmup; first failure: ${warm.firstFailure}`);
      const calibrationCount = Math.max(CONNECTIONS, Math.ceil(rate(warm)));
      const calibration = await (await prepare(calibrationCount))(calibrationCount);
      const count = Math.max(CONNECTIONS, Math.ceil(rate(calibration) * durationSeconds));
      const run = await prepare(count);
      await timed(name, () => run(count));
    };

    // GET /health: the stack's hello-world cost
    await row('GET /health (not admission-controlled)', healthSeconds, 5000, async () => (count) =>
      runLoad({ url: shipped, method: 'GET', path: '/health', connections: CONNECTIONS, amount: count })
    );

    /** Fresh challenges from the service, a presentation signed over each, ready to send. */
    const presentations = (url: string, suite: PresentationSuite) => async (count: number) => {
      // autocannon builds each connection's next request before it knows the run is over: spares for that
      const bodies = await signBodies(await issueChallenges(url, count + 2 * CONNECTIONS + 16), credential, fx.agent, suite);
      return (amount: number) =>
        runLoad({ url, method: 'POST', path: '/presentations/verify', bodies, connections: CONNECTIONS, amount, expectBody: '"verified":true' });
    };
    const presentationRow = (name: string, url: string, suite: PresentationSuite, warmup: number, durationSeconds: number): Promise<void> =>
      row(name, durationSeconds, warmup, presentations(url, suite));

    const verify = 'POST /presentations/verify';
    await presentationRow(`${verify}, eddsa-jcs-2022, as shipped (maxInFlight 64)`, shipped, 'eddsa-jcs-2022', 2000, seconds);
    await presentationRow(`${verify}, eddsa-jcs-2022, maxInFlight 128`, url('open'), 'eddsa-jcs-2022', 2000, seconds);
    await presentationRow(`${verify}, eddsa-jcs-2022, maxInFlight 128, challenges in memory`, url('memory'), 'eddsa-jcs-2022', 2000, memorySeconds);
    await presentationRow(`${verify}, Ed25519Signature2020, maxInFlight 128`, url('open'), 'Ed25519Signature2020', 200, edSeconds);

    const finalStats = await server.request({ type: 'stats' });
    // one download at the first verification, none after: the status cache stayed warm
    if (finalStats.statusFetches !== 1) throw new Error(`bench aborted: the status list was fetched ${finalStats.statusFetches} times`);

    printServiceTable(rows);
    printServiceTargets(rows[1] as ServiceRow, TARGETS);
    printServiceTargets(rows[2] as ServiceRow, TARGETS);
    console.log(
      `\n  status list fetched once for the whole run (cache warm); load average (1 min) ${(loadavg()[0] ?? 0).toFixed(2)}; section took ${((performance.now() - wallStarted) / 1000).toFixed(0)} s`
    );
  } finally {
    await server.stop();
  }
}

/** Fresh challenges from POST /challenges, 32 requests at a time. */
async function issueChallenges(url: string, count: number): Promise<string[]> {
  const challenges: string[] = [];
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < count) {
      started += 1;
      const response = await fetch(`${url}/challenges`, { method: 'POST' });
      const body = (await response.json()) as { challenge?: string; domain?: string };
      if (response.status !== 201 || typeof body.challenge !== 'string') throw new Error(`bench aborted: POST /challenges answered ${response.status}`);
      if (body.domain !== DOMAIN) throw new Error(`bench aborted: POST /challenges gave domain ${body.domain}, expected ${DOMAIN}`);
      challenges.push(body.challenge);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return challenges;
}

/** One request body per challenge: the same credential, in a presentation signed over that challenge. */
async function signBodies(challenges: readonly string[], credential: Json, holder: Parameters<typeof present>[0]['holder'], suite: PresentationSuite): Promise<string[]> {
  const bodies: string[] = [];
  for (const challenge of challenges) {
    const verifiablePresentation = await present({ holder, credentials: [credential], challenge, domain: DOMAIN, suite });
    bodies.push(JSON.stringify({ verifiablePresentation, options: { challenge, domain: DOMAIN, capability: REQUIREMENT } }));
  }
  return bodies;
}

async function postVerify(url: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}/presentations/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, text: await response.text() };
}

interface RunningService {
  urls: Record<string, string>;
  request(message: ServerRequest & { type: 'mark' | 'stats' }): Promise<ServerStats>;
  stop(): Promise<void>;
}

async function startServer(setup: ServerSetup, cpu: number | undefined): Promise<RunningService> {
  const script = fileURLToPath(new URL('./verifier-service-server.ts', import.meta.url));
  // BENCH_VS_PROFILE=DIR: a CPU profile of the service for the whole section, written to DIR on exit
  const profile = process.env.BENCH_VS_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_VS_PROFILE}`] : [];
  const node = [process.execPath, ...profile, '--import', 'tsx', '--conditions=source', script];
  const [command, ...args] = (cpu === undefined ? node : ['taskset', '-c', String(cpu), ...node]) as [string, ...string[]];
  // stdout is the service's request log (pino, info level): written as in production, then dropped
  const child: ChildProcess = spawn(command, args, { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<never>((_resolve, reject) => child.once('exit', (code) => reject(new Error(`bench aborted: the verifier service exited (${code})`))));
  exited.catch(() => undefined);
  const next = <T>(): Promise<T> => Promise.race([new Promise<T>((resolve) => child.once('message', (message) => resolve(message as T))), exited]);
  const ready = next<ServerReady>();
  child.send(setup);
  const { urls } = await ready;
  return {
    urls,
    request(message) {
      const answer = next<ServerStats>();
      child.send(message);
      return answer;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' } satisfies ServerRequest);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    }
  };
}

/** Responses (any status) per second: how fast the connections turned over. */
const rate = (result: LoadResult): number => result.requests / result.elapsedSeconds;

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

function hasTaskset(): boolean {
  return spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0;
}

function allowedCpus(): string {
  try {
    return /Cpus_allowed_list:\s*(\S+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
