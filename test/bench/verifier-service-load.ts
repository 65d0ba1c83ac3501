// autocannon against the verifier service: `connections` keep-alive connections, closed loop (each
// sends its next request when the previous answer is in), a fixed number of requests. Every
// request body is used once: a POST body is taken from `bodies` in order, and running out is an
// error, never a wrap-around (a second use of a challenge is a 400).
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  method: 'GET' | 'POST';
  path: string;
  /** One JSON body per request, each used at most once (POST). */
  bodies?: readonly string[];
  connections: number;
  /** Requests to complete; with `bodies`, keep it `connections` or more below their number. */
  amount: number;
  /** What a successful response body must contain; without it, status 200 is enough. */
  expectBody?: string;
}

export interface LoadResult {
  requests: number;
  /** 200 with the expected body. */
  ok: number;
  /** Everything else: other statuses, other bodies, socket errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
  socketErrors: number;
  timeouts: number;
  /** 200s whose body lacked `expectBody`. */
  unexpectedBodies: number;
  /** First answer that was not a success, for the abort message. */
  firstFailure?: string;
  elapsedSeconds: number;
  /** Successful requests per second. */
  okPerSecond: number;
  /** Nearest-rank percentiles of every response's latency (failures included), ms. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU the load generator (this process) used: 100 = one core busy throughout. */
  loadGeneratorCpuPercent: number;
}

export async function runLoad({ url, method, path, bodies, connections, amount, expectBody }: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let exhausted = 0;
  let unexpectedBodies = 0;
  let firstFailure: string | undefined;
  const latencies = new Float64Array(amount + connections * 2);
  let responses = 0;
  const request: autocannon.Request = {
    method,
    path,
    ...(bodies ? { headers: { 'content-type': 'application/json' } } : {}),
    ...(bodies
      ? {
          setupRequest: (req: autocannon.Request) => {
            const body = bodies[next];
            if (body === undefined) {
              exhausted += 1;
              return { ...req, body: '{}' };
            }
            next += 1;
            return { ...req, body };
          }
        }
      : {}),
    onResponse: (status: number, body: string) => {
      if (status === 200 && expectBody !== undefined && !body.includes(expectBody)) {
        unexpectedBodies += 1;
        firstFailure ??= `200 without ${expectBody}: ${body.slice(0, 300)}`;
      } else if (status !== 200) {
        firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
      }
    }
  };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let lastResponseAt = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // sampleInt: autocannon notices the end at its next sample tick, idle until then (default 1 s)
    const instance = autocannon({ url, connections, pipelining: 1, amount, timeout: 10, sampleInt: 50, requests: [request] }, (error, done) =>
      error ? reject(error as Error) : resolve(done)
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (responses < latencies.length) latencies[responses] = responseTime;
      responses += 1;
      lastResponseAt = performance.now();
    });
  });
  // from the start (connecting included) to the last answer, not to autocannon's end-of-run tick
  const elapsedSeconds = (lastResponseAt - started) / 1000;
  // a wrap-around would have reused challenges: the run is void, not merely worse
  if (exhausted > 0) throw new Error(`bench aborted: ${path} needed ${exhausted} more request bodies than the ${bodies?.length} prepared`);
  const cpu = process.cpuUsage(cpuBefore);

  const statuses: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = stats?.count ?? 0;
  const ok = (statuses['200'] ?? 0) - unexpectedBodies;
  const total = Object.values(statuses).reduce((a, b) => a + b, 0) + result.errors;
  const sorted = latencies.slice(0, Math.min(responses, latencies.length)).sort();
  const rank = (q: number): number => (sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number));
  return {
    requests: total,
    ok,
    errors: total - ok,
    statuses,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    unexpectedBodies,
    ...(firstFailure !== undefined ? { firstFailure } : {}),
    elapsedSeconds,
    okPerSecond: ok / elapsedSeconds,
    p50Ms: rank(0.5),
    p99Ms: rank(0.99),
    maxMs: sorted.length === 0 ? NaN : (sorted[sorted.length - 1] as number),
    loadGeneratorCpuPercent: ((cpu.user + cpu.system) / 1000 / (elapsedSeconds * 1000)) * 100
  };
}
