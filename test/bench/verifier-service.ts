// `npm run bench:verifier-service` (also the last part of `npm run bench`): the verifier service
// over HTTP under 100 concurrent connections, repeat presentations with fresh challenges.
// The service runs in a child process (verifier-service-server.ts); this process is the load
// generator (autocannon). Method and figures: docs/benchmarks.md, "Verifier service under load".
//
//   BENCH_VS_ROWS=health,shipped,open,memory,ed   the rows to run (default: all)
//   BENCH_VS_SECONDS=10 (the `open` row), BENCH_VS_SHIPPED_SECONDS=5, BENCH_VS_MEMORY_SECONDS=5,
//   BENCH_VS_ED_SECONDS=4, BENCH_VS_HEALTH_SECONDS=3   how long each timed run lasts, about
//   BENCH_VS_PIN=1                                 service on the last CPU, load generator on CPU 0
//   BENCH_VS_PROFILE=DIR                           a CPU profile of the service, written on exit
//   BENCH_STORE=embedded,mongodb                   the service's store(s), one after the other (./bench-stores.ts)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createFixtures, DOMAIN, REQUIREMENT } from './fixtures.js';
import { present, type Json, type PresentationSuite } from '../support/sign.js';
import type { AppConfig, ServerReady, ServerRequest, ServerSetup, ServerStats } from './verifier-service-ipc.js';
import { runLoad, type LoadResult } from './verifier-service-load.js';
import { printServiceTable, printServiceTargets, type ServiceRow } from './verifier-service-report.js';
import { benchStores, type BenchStore } from './bench-stores.js';

const CONNECTIONS = 100;
/** The issue's targets, for the eddsa-jcs-2022 rows. */
const TARGETS = { okPerSecond: 1000, p99Ms: 50, errors: 0 };
const seconds = positiveNumber(process.env.BENCH_VS_SECONDS, 10);
const shippedSeconds = positiveNumber(process.env.BENCH_VS_SHIPPED_SECONDS, 5);
const memorySeconds = positiveNumber(process.env.BENCH_VS_MEMORY_SECONDS, 5);
const edSeconds = positiveNumber(process.env.BENCH_VS_ED_SECONDS, 4);
const healthSeconds = positiveNumber(process.env.BENCH_VS_HEALTH_SECONDS, 3);
const selected = new Set((process.env.BENCH_VS_ROWS ?? 'health,shipped,open,memory,ed').split(',').map((row) => row.trim()));
const pin = process.env.BENCH_VS_PIN === '1' && cpus().length >= 2;

// `shipped`: what startVerifier builds (no maxInFlight, so @agentvc/http's default of 64, and
// stored challenges). `open`: maxInFlight above the connection count, so admission control
// refuses nothing. `memory`: as `open`, with in-memory challenges, to show what the store costs.
// Each stored app has its own challenge collection, empty when its row starts.
// `ed`: as `open`, for the Ed25519Signature2020 row, so it starts with an empty collection too.
const APPS: AppConfig[] = [
  { name: 'shipped', challenges: 'stored' },
  { name: 'open', maxInFlight: 128, challenges: 'stored' },
  { name: 'memory', maxInFlight: 128, challenges: 'memory' },
  { name: 'ed', maxInFlight: 128, challenges: 'stored' }
];

async function main(): Promise<void> {
  const byStore = new Map<string, ServiceRow[]>();
  for (const store of benchStores()) byStore.set(store.kind, await benchService(store));
  const embedded = byStore.get('embedded');
  const mongodb = byStore.get('mongodb');
  if (!embedded || !mongodb) return;
  console.log('\nVerifier service, MongoDB wire server against the embedded engine (same run)');
  console.log('| row | embedded ok req/s | MongoDB ok req/s | MongoDB ÷ embedded | embedded p99 ms | MongoDB p99 ms | errors (embedded / MongoDB) | consume ms (embedded / MongoDB) |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const row of mongodb) {
    const base = embedded.find((candidate) => candidate.name === row.name);
    if (!base) continue;
    const consume = (r: ServiceRow): string => (r.server.consume.calls ? (r.server.consume.totalMs / r.server.consume.calls).toFixed(1) : '–');
    console.log(
      `| ${row.name} | ${base.result.okPerSecond.toFixed(0)} | ${row.result.okPerSecond.toFixed(0)} | ${((row.result.okPerSecond / base.result.okPerSecond) * 100).toFixed(0)}% | ${base.result.p99Ms.toFixed(1)} | ${row.result.p99Ms.toFixed(1)} | ${base.result.errors} / ${row.result.errors} | ${consume(base)} / ${consume(row)} |`
    );
  }
}

async function benchService(store: BenchStore): Promise<ServiceRow[]> {
  const wallStarted = performance.now();
  const lastCpu = cpus().length - 1;
  // `taskset -c 0 npm run bench` pins the whole bench to one core; this section is about the
  // service and its load generator on the machine's cores, so it widens its own affinity again
  // (the service inherits it), unless asked to pin each to a core of its own
  const inherited = allowedCpus();
  const affinity = pin ? '0' : `0-${lastCpu}`;
  if (pin || inherited !== affinity) spawnSync('taskset', ['-a', '-p', '-c', affinity, String(process.pid)], { stdio: 'ignore' });
  console.log(`\nVerifier service under load: node ${process.version}, ${cpus().length} CPUs, ${CONNECTIONS} connections (autocannon), load average (1 min) ${(loadavg()[0] ?? 0).toFixed(2)}`);
  const widened = !pin && inherited !== allowedCpus() ? ` (widened from ${inherited})` : '';
  console.log(`  store: ${store.label}`);
  console.log(pin ? `  service pinned to CPU ${lastCpu}, load generator (this process) to CPU 0` : `  not pinned: the service and this process share CPUs ${allowedCpus()}${widened}`);

  const fx = await createFixtures();
  const credential = (await fx.credentials(1))[0] as Json;
  const server = await startServer(
    { type: 'setup', issuer: fx.issuer.did, domain: DOMAIN, statusListUrl: fx.statusLists.urls.revocation, statusList: fx.revocationList, apps: APPS, ...(store.mongodbUrl && store.dbName ? { mongodb: { url: store.mongodbUrl, dbName: store.dbName } } : {}) },
    pin ? lastCpu : undefined
  );
  try {
    const url = (name: string): string => server.urls[name] as string;

    // the path works end to end, and a challenge is good once
    const [sanityChallenge] = await issueChallenges(url('shipped'), 1);
    const [sanityBody] = await signBodies([sanityChallenge as string], credential, fx.agent, 'eddsa-jcs-2022');
    const first = await postVerify(url('shipped'), sanityBody as string);
    const replay = await postVerify(url('shipped'), sanityBody as string);
    if (first.status !== 200 || !first.text.includes('"verified":true')) throw new Error(`bench aborted: sanity presentation got ${first.status} ${first.text.slice(0, 300)}`);
    if (replay.status !== 400 || !replay.text.includes('CHALLENGE_USED')) throw new Error(`bench aborted: a replayed challenge got ${replay.status} ${replay.text.slice(0, 300)}`);

    type Prepare = (count: number) => Promise<(amount: number, maxSeconds: number) => Promise<LoadResult>>;
    const rows: ServiceRow[] = [];
    // Each row: a warmup (JIT, caches, connections), then a calibration run whose rate sizes the
    // timed run: `durationSeconds` long, with `headroom` times the requests the calibrated rate
    // would send in that time prepared (every one a fresh challenge); a faster service ends the
    // run early, when the requests are used up. Preparing requests (challenges, signing) happens
    // before the service's measurement window opens.
    const row = async (name: string, app: string | undefined, durationSeconds: number, warmup: number, headroom: number, prepare: Prepare): Promise<void> => {
      const warm = await (await prepare(warmup))(warmup, 60);
      if (warm.ok === 0) throw new Error(`bench aborted: ${name}: nothing succeeded in the warmup; first failure: ${warm.firstFailure}`);
      const calibrationCount = Math.max(2 * CONNECTIONS, Math.ceil(warm.steadyRate));
      const calibration = await (await prepare(calibrationCount))(calibrationCount, 60);
      const count = Math.max(CONNECTIONS, Math.ceil(calibration.steadyRate * durationSeconds * headroom));
      const run = await prepare(count);
      await server.request({ type: 'mark' });
      const result = await run(count, durationSeconds);
      const stats = await server.request({ type: 'stats' });
      rows.push({ name, result, server: stats, ...(app ? { challengeDocs: stats.challengeDocs[`verifier_challenges_${app}`] } : {}) });
      console.log(`  ${name}: ${result.requests} requests in ${result.elapsedSeconds.toFixed(1)} s${result.stoppedEarly ? '' : ' (all prepared requests used before the time limit)'}`);
    };

    /** Fresh challenges from the service and a presentation signed over each, ready to send. */
    const presentations =
      (target: string, suite: PresentationSuite): Prepare =>
      async (count) => {
        // autocannon builds each connection's next request before it knows the run is over: spares for that
        const bodies = await signBodies(await issueChallenges(target, count + 2 * CONNECTIONS + 16), credential, fx.agent, suite);
        return (amount, maxSeconds) =>
          runLoad({ url: target, method: 'POST', path: '/presentations/verify', bodies, connections: CONNECTIONS, amount, maxSeconds, expectBody: '"verified":true' });
      };
    const verify = 'POST /presentations/verify';

    if (selected.has('health')) {
      await row('GET /health (not admission-controlled)', undefined, healthSeconds, 5000, 2, async () => (amount, maxSeconds) =>
        runLoad({ url: url('shipped'), method: 'GET', path: '/health', connections: CONNECTIONS, amount, maxSeconds })
      );
    }
    if (selected.has('shipped')) await row(`${verify}, eddsa-jcs-2022, as shipped (maxInFlight 64)`, 'shipped', shippedSeconds, 2000, 1.5, presentations(url('shipped'), 'eddsa-jcs-2022'));
    if (selected.has('open')) await row(`${verify}, eddsa-jcs-2022, maxInFlight 128`, 'open', seconds, 2000, 1.5, presentations(url('open'), 'eddsa-jcs-2022'));
    if (selected.has('memory')) await row(`${verify}, eddsa-jcs-2022, maxInFlight 128, challenges in memory`, 'memory', memorySeconds, 2000, 1.5, presentations(url('memory'), 'eddsa-jcs-2022'));
    if (selected.has('ed')) await row(`${verify}, Ed25519Signature2020, maxInFlight 128`, 'ed', edSeconds, 200, 1.3, presentations(url('ed'), 'Ed25519Signature2020'));

    const finalStats = await server.request({ type: 'stats' });
    // one download at the first verification, none after: the status cache stayed warm
    if (finalStats.statusFetches !== 1) throw new Error(`bench aborted: the status list was fetched ${finalStats.statusFetches} times`);

    printServiceTable(rows);
    for (const r of rows.filter((r) => r.name.includes('eddsa-jcs-2022'))) printServiceTargets(r, TARGETS);
    console.log(
      `\n  status list fetched once (cache warm); load average (1 min) ${(loadavg()[0] ?? 0).toFixed(2)}; section took ${((performance.now() - wallStarted) / 1000).toFixed(0)} s`
    );
    return rows;
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
      let response = await fetch(`${url}/challenges`, { method: 'POST' });
      // a slow store (FerretDB) may still be working through the previous run's abandoned
      // requests: wait for their admission slots (Retry-After), up to 2 minutes in all
      for (let waited = 0; response.status === 503 && waited < 120; waited += 1) {
        await response.text();
        await new Promise((resolve) => setTimeout(resolve, 1000));
        response = await fetch(`${url}/challenges`, { method: 'POST' });
      }
      const text = await response.text();
      const body = (response.status === 201 ? JSON.parse(text) : {}) as { challenge?: string; domain?: string };
      if (response.status !== 201 || typeof body.challenge !== 'string') throw new Error(`bench aborted: POST /challenges answered ${response.status} ${text.slice(0, 300)}`);
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

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
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
