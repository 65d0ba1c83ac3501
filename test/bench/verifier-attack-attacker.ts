// The attacker for `test/bench/verifier-attack.ts`, in a process of its own (so its CPU use is
// its own and it does not share an event loop with the /health prober): `connections` loops on
// keep-alive connections (node:http), each sending its next request as soon as the previous
// answer is in. Every request gets fresh credential ids (no cache or memo of the verifier has
// seen the document) and, for presentations, a challenge it fetched from the service first.
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { PLACEHOLDER_CHALLENGE, PLACEHOLDER_IDS, type AttackerReport, type AttackerRequest, type AttackerSetup } from './verifier-attack-ipc.js';

interface Answer {
  status: number | 'error';
  body: string;
}

async function main(): Promise<void> {
  if (!process.send) throw new Error('verifier-attack-attacker: start it with an IPC channel (from verifier-attack.ts)');
  // one listener for every message: two arriving in one read are emitted in one tick
  const inbox = new Map<string, () => void>();
  let setup: AttackerSetup | undefined;
  const arrived = new Set<string>();
  process.on('message', (message: AttackerSetup | AttackerRequest) => {
    if (message.type === 'setup') setup = message;
    arrived.add(message.type);
    inbox.get(message.type)?.();
  });
  const received = (type: string): Promise<void> => new Promise((resolve) => (arrived.has(type) ? resolve() : inbox.set(type, resolve)));
  await received('setup');
  const config = setup as AttackerSetup | undefined;
  if (!config) throw new Error('no setup');
  process.once('disconnect', () => process.exit(0));
  const agent = new Agent({ keepAlive: true, maxSockets: config.connections });
  const url = new URL(config.url);
  const headers = { 'content-type': 'application/json', ...(config.forwardedFor ? { 'x-forwarded-for': config.forwardedFor } : {}) };
  const post = (path: string, body: string): Promise<Answer> =>
    new Promise((resolve) => {
      const req = request({ host: url.hostname, port: url.port, path, method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) }, timeout: 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', () => resolve({ status: 'error', body: '' }));
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve({ status: 'error', body: '' }));
      req.end(body);
    });

  const statuses: Record<string, number> = {};
  const challengeStatuses: Record<string, number> = {};
  const codes: Record<string, number> = {};
  const latencies: number[] = [];
  const count = (into: Record<string, number>, key: string): void => void (into[key] = (into[key] ?? 0) + 1);
  let stopping = false;

  const loop = async (): Promise<void> => {
    while (!stopping) {
      let body = config.template;
      for (const placeholder of PLACEHOLDER_IDS) body = body.replaceAll(placeholder, randomUUID());
      if (config.kind === 'presentations') {
        const issued = await post('/challenges', '');
        count(challengeStatuses, String(issued.status));
        const challenge = issued.status === 201 ? (JSON.parse(issued.body) as { challenge: string }).challenge : undefined;
        // throttled: a challenge it does not have is still worth sending (the service refuses it cheaply)
        body = body.replaceAll(PLACEHOLDER_CHALLENGE, challenge ?? randomUUID());
        if (stopping) break;
      }
      const started = performance.now();
      const answer = await post(config.kind === 'credentials' ? '/credentials/verify' : '/presentations/verify', body);
      latencies.push(performance.now() - started);
      count(statuses, String(answer.status));
      if (answer.status !== 200 && answer.status !== 'error') {
        try {
          const parsed = JSON.parse(answer.body) as { code?: string; problems?: Array<{ code: string }> };
          for (const code of new Set(parsed.problems?.map((p) => p.code) ?? [parsed.code ?? 'none'])) count(codes, code);
        } catch {
          count(codes, 'unparsable');
        }
      }
    }
  };

  process.send({ type: 'ready' });
  await received('start');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const loops = Promise.all(Array.from({ length: config.connections }, loop));
  await received('stop');
  stopping = true;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // answers still in flight are not waited for beyond a few seconds
  await Promise.race([loops, new Promise((resolve) => setTimeout(resolve, 5000))]);
  latencies.sort((a, b) => a - b);
  const rank = (q: number): number => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(q * latencies.length) - 1))] ?? NaN;
  const report: AttackerReport = {
    type: 'report',
    statuses,
    challengeStatuses,
    codes,
    seconds,
    p50Ms: rank(0.5),
    p99Ms: rank(0.99),
    cpuPercent: ((cpu.user + cpu.system) / 1000 / (seconds * 1000)) * 100
  };
  process.send(report);
  agent.destroy();
}

main().catch((error: unknown) => {
  console.error(`verifier-attack-attacker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
