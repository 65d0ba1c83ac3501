// The /health prober and the honest client of `test/bench/verifier-attack.ts`: open-loop (each
// request leaves at its scheduled time, whether or not the previous one is answered), on
// keep-alive connections of their own, so a stalled service shows as latency, not as fewer samples.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface ProbeResult {
  sent: number;
  ok: number;
  /** Answers by status ("error": socket error or no answer within the timeout). */
  statuses: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  firstFailure?: string;
}

export interface ProbeOptions {
  url: string;
  method: 'GET' | 'POST';
  path: string;
  perSecond: number;
  seconds: number;
  /** One body per request, used in order (POST); the run sends at most this many. */
  bodies?: readonly string[];
  /** What a successful 200 body must contain. */
  expectBody?: string;
  forwardedFor?: string;
  timeoutMs?: number;
}

export async function probe({ url, method, path, perSecond, seconds, bodies, expectBody, forwardedFor, timeoutMs = 10_000 }: ProbeOptions): Promise<ProbeResult> {
  const agent = new Agent({ keepAlive: true });
  const target = new URL(url);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  let firstFailure: string | undefined;
  const total = Math.min(Math.round(perSecond * seconds), bodies?.length ?? Infinity);
  const one = (body: string | undefined): Promise<void> =>
    new Promise((resolve) => {
      const started = performance.now();
      const done = (status: string, text: string): void => {
        latencies.push(performance.now() - started);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === '200' && (expectBody === undefined || text.includes(expectBody))) ok += 1;
        else firstFailure ??= `${status}: ${text.slice(0, 300)}`;
        resolve();
      };
      const headers: Record<string, string | number> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
      if (body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      const req = request({ host: target.hostname, port: target.port, path, method, agent, headers, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(String(res.statusCode), Buffer.concat(chunks).toString('utf8')));
        res.on('error', (error) => done('error', error.message));
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (error) => done('error', error.message));
      req.end(body);
    });
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(one(bodies?.[i]));
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const rank = (q: number): number => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(q * latencies.length) - 1))] ?? NaN;
  return { sent: total, ok, statuses, p50Ms: rank(0.5), p99Ms: rank(0.99), maxMs: latencies[latencies.length - 1] ?? NaN, ...(firstFailure ? { firstFailure } : {}) };
}
