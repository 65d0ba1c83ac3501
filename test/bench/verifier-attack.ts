// `npm run bench:verifier-attack` (also the last part of `npm run bench`): issue 8 §2's target.
// While an attacker sends the worst documents the verifier's limits let through to JSON-LD work,
// as fast as it can on 8 keep-alive connections, /health p99 must stay under 20 ms and honest
// verifications must keep succeeding. Three processes: the service (verifier-attack-server.ts,
// a fresh one per scenario), the attacker (verifier-attack-attacker.ts) and this one (the
// /health prober and the honest client, open-loop). Not pinned: all share the machine's CPUs.
// Method and figures: docs/benchmarks.md, "Verifier under attack (issue 8)".
//
//   BENCH_VA_SCENARIOS=baseline,credentials,presentations,event-loop,limited   (default: all)
//   BENCH_VA_SECONDS=10          each scenario's measurement window
//   BENCH_VA_HEALTH_RATE=50      GET /health per second
//   BENCH_VA_HONEST_RATE=10      honest presentations per second (half eddsa-jcs-2022, half Ed25519Signature2020)
//   BENCH_VA_PIN=0               do not pin (default: service on CPU 0, attacker and prober on CPU 1, with taskset)
//   BENCH_VA_PROFILE=DIR         a CPU profile of each service process's main thread, written on exit
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateIdentity, LIMITS } from '@agentvc/core';
import { createFixtures, DOMAIN, REQUIREMENT } from './fixtures.js';
import { attackCredential, countBlankNodes } from './verifier-attack-documents.js';
import {
  PLACEHOLDER_CHALLENGE,
  PLACEHOLDER_IDS,
  type AttackerReport,
  type AttackerSetup,
  type AttackServerReady,
  type AttackServerSetup,
  type AttackServerStats
} from './verifier-attack-ipc.js';
import { probe, type ProbeResult } from './verifier-attack-probe.js';
import { present, type Json, type PresentationSuite } from '../support/sign.js';

const CONNECTIONS = 8;
const TARGET_HEALTH_P99_MS = 20;
const seconds = positiveNumber(process.env.BENCH_VA_SECONDS, 10);
const pinned = process.env.BENCH_VA_PIN !== '0' && availableParallelism() >= 2 && canPin();
if (pinned) execFileSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
const healthRate = positiveNumber(process.env.BENCH_VA_HEALTH_RATE, 50);
const honestRate = positiveNumber(process.env.BENCH_VA_HONEST_RATE, 10);
const selected = new Set((process.env.BENCH_VA_SCENARIOS ?? 'baseline,credentials,presentations,event-loop,limited').split(',').map((s) => s.trim()));
const ATTACKER_ADDRESS = '203.0.113.66';
const HONEST_ADDRESS = '198.51.100.7';

interface Scenario {
  name: string;
  label: string;
  attack?: AttackerSetup['kind'];
  workers?: number;
  rateLimits: AttackServerSetup['rateLimits'];
  /** Held to the targets (the event-loop scenario is the comparison that shows what the pool buys). */
  target: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: 'baseline', label: 'no attack (pool, rate limits off)', rateLimits: 'off', target: false },
  { name: 'credentials', label: 'attack: credentials, pool (default workers), rate limits off', attack: 'credentials', rateLimits: 'off', target: true },
  { name: 'presentations', label: 'attack: presentations, pool (default workers), rate limits off', attack: 'presentations', rateLimits: 'off', target: true },
  { name: 'event-loop', label: 'attack: credentials, workers 0 (JSON-LD on the event loop), rate limits off', attack: 'credentials', workers: 0, rateLimits: 'off', target: false },
  { name: 'limited', label: 'attack: credentials, pool, rate limits as shipped (1,200/min per client)', attack: 'credentials', rateLimits: 'shipped', target: true }
];

interface Outcome {
  scenario: Scenario;
  health: ProbeResult;
  honest: Record<PresentationSuite, ProbeResult>;
  attacker?: AttackerReport;
  server: AttackServerStats;
}

async function main(): Promise<void> {
  const wallStarted = performance.now();
  console.log(
    `\nVerifier under attack (issue 8 §2): node ${process.version}, ${cpus().length} CPUs, ${pinned ? 'pinned with taskset (service on CPU 0; attacker and this prober on CPU 1)' : 'not pinned (service, attacker and this prober share them)'}, load average (1 min) ${(loadavg()[0] ?? 0).toFixed(2)}`
  );
  console.log(`  attacker: ${CONNECTIONS} keep-alive connections, closed loop, in a child process; /health ${healthRate}/s and honest presentations ${honestRate}/s open-loop from this process; ${seconds} s per scenario`);

  const fx = await createFixtures();
  const [honestCredential, attackBase] = (await fx.credentials(2)) as [Json, Json];
  const templates = await attackTemplates(attackBase);
  console.log(`  attack credential: ${templates.credentialBlankNodes} blank nodes (limit ${LIMITS.maxBlankNodesPerCredential}), ${templates.credential.length} bytes, a fresh id per request, the trusted issuer's proof (now invalid)`);
  console.log(
    `  attack presentation: ${templates.presentationBlankNodes} blank nodes (limit ${LIMITS.maxBlankNodesPerPresentation}) in ${templates.presentationCredentials} such credentials, ${templates.presentation.length} bytes, Ed25519Signature2020 by the attacker's own did:key over a fresh challenge (signature invalid)`
  );

  const outcomes: Outcome[] = [];
  for (const scenario of SCENARIOS.filter((s) => selected.has(s.name))) {
    outcomes.push(await runScenario(scenario, { fx, honestCredential, templates }));
    const last = outcomes[outcomes.length - 1] as Outcome;
    console.log(`  ${scenario.name}: /health p99 ${last.health.p99Ms.toFixed(1)} ms; honest ${okText(last)}${last.attacker ? `; attacker ${attackRate(last.attacker)} req/s` : ''}`);
  }
  printTable(outcomes);
  printTargets(outcomes);
  console.log(`\n  load average (1 min) ${(loadavg()[0] ?? 0).toFixed(2)}; section took ${((performance.now() - wallStarted) / 1000).toFixed(0)} s`);
}

interface Templates {
  credential: string;
  credentialBlankNodes: number;
  presentation: string;
  presentationBlankNodes: number;
  presentationCredentials: number;
}

/**
 * The credential attack: a credential of the trusted issuer with identical blank nodes up to the
 * per-credential limit. The presentation attack: as many of those as the per-presentation limit
 * holds (the last one smaller), in a presentation the attacker signs with Ed25519Signature2020,
 * so the whole presentation is canonicalized too.
 */
async function attackTemplates(base: Json): Promise<Templates> {
  const withId = (credential: Json, i: number): Json => ({ ...credential, id: `urn:uuid:${PLACEHOLDER_IDS[i]}` });
  const credential = withId(attackCredential(base, 'flat'), 0);
  // the presentation and its proof are blank nodes too
  let room = LIMITS.maxBlankNodesPerPresentation - 2;
  const credentials: Json[] = [];
  while (room > countBlankNodes(base) && credentials.length < PLACEHOLDER_IDS.length) {
    const next = withId(attackCredential(base, 'flat', Math.min(room, LIMITS.maxBlankNodesPerCredential)), credentials.length);
    credentials.push(next);
    room -= countBlankNodes(next);
  }
  const attacker = await generateIdentity();
  const verifiablePresentation = await present({ holder: attacker, credentials, challenge: PLACEHOLDER_CHALLENGE, domain: DOMAIN, suite: 'Ed25519Signature2020' });
  return {
    credential: JSON.stringify({ verifiableCredential: credential }),
    credentialBlankNodes: countBlankNodes(credential),
    presentation: JSON.stringify({ verifiablePresentation, options: { challenge: PLACEHOLDER_CHALLENGE, domain: DOMAIN } }),
    presentationBlankNodes: countBlankNodes(verifiablePresentation),
    presentationCredentials: credentials.length
  };
}

async function runScenario(scenario: Scenario, { fx, honestCredential, templates }: { fx: Awaited<ReturnType<typeof createFixtures>>; honestCredential: Json; templates: Templates }): Promise<Outcome> {
  const server = await startChild<AttackServerReady>('./verifier-attack-server.ts', {
    type: 'setup',
    issuer: fx.issuer.did,
    domain: DOMAIN,
    statusListUrl: fx.statusLists.urls.revocation,
    statusList: fx.revocationList,
    rateLimits: scenario.rateLimits,
    ...(scenario.workers !== undefined ? { workers: scenario.workers } : {})
  } satisfies AttackServerSetup);
  const url = server.ready.url;
  const forwardedFor = scenario.rateLimits === 'shipped' ? HONEST_ADDRESS : undefined;
  try {
    // warm up: the worker pool's threads start, caches fill (the honest credential's proof and
    // status list, the honest presentations' canonical-form verdicts), JIT
    for (const suite of ['eddsa-jcs-2022', 'Ed25519Signature2020'] as const) {
      const warm = await probe({ url, method: 'POST', path: '/presentations/verify', perSecond: 20, seconds: 1, bodies: await honestBodies(url, 10, honestCredential, fx.agent, suite, forwardedFor), expectBody: '"verified":true', ...(forwardedFor ? { forwardedFor } : {}) });
      if (warm.ok !== warm.sent) throw new Error(`bench aborted: ${scenario.name}: honest ${suite} warmup failed: ${warm.firstFailure}`);
    }
    await probe({ url, method: 'GET', path: '/health', perSecond: 100, seconds: 1 });
    if (scenario.attack) await checkAttackReachesJsonLd(url, scenario.attack, templates);

    const perSuite = Math.ceil((honestRate / 2) * seconds);
    const bodies = {
      'eddsa-jcs-2022': await honestBodies(url, perSuite, honestCredential, fx.agent, 'eddsa-jcs-2022', forwardedFor),
      Ed25519Signature2020: await honestBodies(url, perSuite, honestCredential, fx.agent, 'Ed25519Signature2020', forwardedFor)
    };

    let attacker: Awaited<ReturnType<typeof startChild<{ type: 'ready' }>>> | undefined;
    if (scenario.attack) {
      attacker = await startChild('./verifier-attack-attacker.ts', {
        type: 'setup',
        url,
        connections: CONNECTIONS,
        kind: scenario.attack,
        template: scenario.attack === 'credentials' ? templates.credential : templates.presentation,
        ...(scenario.rateLimits === 'shipped' ? { forwardedFor: ATTACKER_ADDRESS } : {})
      } satisfies AttackerSetup);
    }
    await server.request({ type: 'mark' });
    attacker?.send({ type: 'start' });
    const honest = (suite: PresentationSuite): Promise<ProbeResult> =>
      probe({ url, method: 'POST', path: '/presentations/verify', perSecond: honestRate / 2, seconds, bodies: bodies[suite], expectBody: '"verified":true', ...(forwardedFor ? { forwardedFor } : {}) });
    const [health, jcs, ed] = await Promise.all([probe({ url, method: 'GET', path: '/health', perSecond: healthRate, seconds }), honest('eddsa-jcs-2022'), honest('Ed25519Signature2020')]);
    const serverStats = (await server.request({ type: 'stats' })) as AttackServerStats;
    let report: AttackerReport | undefined;
    if (attacker) {
      report = (await attacker.request({ type: 'stop' })) as unknown as AttackerReport;
      await attacker.stop();
    }
    return { scenario, health, honest: { 'eddsa-jcs-2022': jcs, Ed25519Signature2020: ed }, server: serverStats, ...(report ? { attacker: report } : {}) };
  } finally {
    await server.stop();
  }
}

/** One sample of the attack before the clock starts: it must cost JSON-LD work (refused as INVALID_PROOF), not be refused earlier. */
async function checkAttackReachesJsonLd(url: string, kind: AttackerSetup['kind'], templates: Templates): Promise<void> {
  let body = kind === 'credentials' ? templates.credential : templates.presentation;
  for (const placeholder of PLACEHOLDER_IDS) body = body.replaceAll(placeholder, crypto.randomUUID());
  let path = '/credentials/verify';
  if (kind === 'presentations') {
    path = '/presentations/verify';
    const { challenge } = (await (await fetch(`${url}/challenges`, { method: 'POST' })).json()) as { challenge: string };
    body = body.replaceAll(PLACEHOLDER_CHALLENGE, challenge);
  }
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const codes = new Set(((JSON.parse(text) as { problems?: Array<{ code: string }> }).problems ?? []).map((p) => p.code));
  if (response.status !== 400 || [...codes].some((code) => code !== 'INVALID_PROOF')) {
    throw new Error(`bench aborted: the ${kind} attack does not reach the proof: ${response.status} ${text.slice(0, 400)}`);
  }
}

/** Fresh challenges from the service and an honest presentation over each (prepared before the window). */
async function honestBodies(url: string, count: number, credential: Json, holder: Parameters<typeof present>[0]['holder'], suite: PresentationSuite, forwardedFor: string | undefined): Promise<string[]> {
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${url}/challenges`, { method: 'POST', headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
    const { challenge } = (await response.json()) as { challenge: string };
    if (response.status !== 201) throw new Error(`bench aborted: POST /challenges answered ${response.status}`);
    const verifiablePresentation = await present({ holder, credentials: [credential], challenge, domain: DOMAIN, suite });
    bodies.push(JSON.stringify({ verifiablePresentation, options: { challenge, domain: DOMAIN, capability: REQUIREMENT } }));
  }
  return bodies;
}

interface Child<Ready> {
  ready: Ready;
  send(message: unknown): void;
  request(message: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/** A child process on tsx with an IPC channel: sends `setup`, waits for its `ready`. */
async function startChild<Ready>(script: string, setup: unknown): Promise<Child<Ready>> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const profile = process.env.BENCH_VA_PROFILE && script.endsWith('server.ts') ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_VA_PROFILE}`] : [];
  const args = [...profile, '--import', 'tsx', '--conditions=source', path];
  // pinned: the service alone on CPU 0 (its event loop and its niced pool thread share it), the
  // attacker and this process on CPU 1, as a remote attacker would not share the service's cores
  const cpu = script.endsWith('server.ts') ? '0' : '1';
  const child: ChildProcess = spawn(pinned ? 'taskset' : process.execPath, pinned ? ['-c', cpu, process.execPath, ...args] : args, {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: ['ignore', 'ignore', 'inherit', 'ipc']
  });
  const exited = new Promise<never>((_resolve, reject) => child.once('exit', (code) => reject(new Error(`bench aborted: ${script} exited (${code})`))));
  exited.catch(() => undefined);
  const next = <T>(): Promise<T> => Promise.race([new Promise<T>((resolve) => child.once('message', (message) => resolve(message as T))), exited]);
  const ready = next<Ready>();
  child.send(setup as object);
  return {
    ready: await ready,
    send: (message) => void child.send(message as object),
    request(message) {
      const answer = next<unknown>();
      child.send(message as object);
      return answer;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      if (script.endsWith('server.ts')) child.send({ type: 'stop' });
      else child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    }
  };
}

function printTable(outcomes: readonly Outcome[]): void {
  const header = ['scenario', '/health p50', 'p99', 'max', 'honest ok (jcs)', 'p50', 'p99', 'honest ok (2020)', 'p50', 'p99', 'attack req/s', 'attack answers', 'attack codes', 'attack p50', 'service CPU %', 'ELU', 'loop delay p99/max', 'attacker CPU %'];
  const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '–');
  const lines = outcomes.map(({ scenario, health, honest, attacker, server }) => {
    const jcs = honest['eddsa-jcs-2022'];
    const ed = honest.Ed25519Signature2020;
    return [
      scenario.name,
      ms(health.p50Ms),
      ms(health.p99Ms),
      ms(health.maxMs),
      `${jcs.ok}/${jcs.sent}`,
      ms(jcs.p50Ms),
      ms(jcs.p99Ms),
      `${ed.ok}/${ed.sent}`,
      ms(ed.p50Ms),
      ms(ed.p99Ms),
      attacker ? attackRate(attacker) : '–',
      attacker ? entries(attacker.statuses) + (Object.keys(attacker.challengeStatuses).length > 0 ? ` (challenges ${entries(attacker.challengeStatuses)})` : '') : '–',
      attacker ? entries(attacker.codes) : '–',
      attacker ? ms(attacker.p50Ms) : '–',
      server.cpuPercent.toFixed(0),
      server.eventLoopUtilization.toFixed(2),
      `${ms(server.loopDelayP99Ms)}/${ms(server.loopDelayMaxMs)}`,
      attacker ? attacker.cpuPercent.toFixed(0) : '–'
    ];
  });
  console.log('\nScenarios (latencies in ms; honest ok = 200 with "verified":true of those sent; attack answers by status over the window; loop delay = the service\'s event-loop delay)');
  for (const scenario of outcomes.map((o) => o.scenario)) console.log(`  ${scenario.name}: ${scenario.label}`);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 || i === 11 || i === 12 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (i === 0 || i === 11 || i === 12 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const line of lines) console.log(format(line));
  for (const { scenario, health, honest } of outcomes) {
    for (const [what, result] of [['/health', health], ['honest eddsa-jcs-2022', honest['eddsa-jcs-2022']], ['honest Ed25519Signature2020', honest.Ed25519Signature2020]] as const) {
      if (result.firstFailure) console.log(`  ${scenario.name}: first ${what} failure: ${result.firstFailure}`);
    }
  }
}

function printTargets(outcomes: readonly Outcome[]): void {
  console.log('\nTargets (issue 8 §2)');
  for (const { scenario, health, honest } of outcomes.filter((o) => o.scenario.attack)) {
    const note = scenario.target ? '' : ' [comparison, not a target]';
    const healthMet = health.ok === health.sent && health.p99Ms < TARGET_HEALTH_P99_MS;
    const ok = honest['eddsa-jcs-2022'].ok + honest.Ed25519Signature2020.ok;
    const sent = honest['eddsa-jcs-2022'].sent + honest.Ed25519Signature2020.sent;
    console.log(`  ${healthMet ? 'MET    ' : 'NOT MET'}  ${scenario.name}${note}: /health p99 < ${TARGET_HEALTH_P99_MS} ms under attack: ${health.p99Ms.toFixed(1)} ms (${health.ok}/${health.sent} answered 200)`);
    console.log(`  ${ok === sent ? 'MET    ' : 'NOT MET'}  ${scenario.name}${note}: honest verifications 100% verified: ${ok}/${sent} (${((ok / sent) * 100).toFixed(1)}%)`);
  }
}

const entries = (record: Record<string, number>): string =>
  Object.entries(record)
    .sort(([, a], [, b]) => b - a)
    .map(([key, count]) => `${key}×${count}`)
    .join(' ');
const attackRate = (report: AttackerReport): string => (Object.values(report.statuses).reduce((a, b) => a + b, 0) / report.seconds).toFixed(1);
const okText = (o: Outcome): string => `${o.honest['eddsa-jcs-2022'].ok + o.honest.Ed25519Signature2020.ok}/${o.honest['eddsa-jcs-2022'].sent + o.honest.Ed25519Signature2020.sent} verified`;

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

function canPin(): boolean {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
