// autocannon against the verifier service: `connections` keep-alive connections, closed loop (each
// sends its next request when the previous answer is in), a fixed number of requests. Every
// request body is used once: a POST body is taken from `bodies` in order, and running out voids
// the run, never wraps around (a second use of a challenge is a 400).
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  method: 'GET' | 'POST';
  path: string;
  /** One JSON body per request, each used at most once (POST). */
  bodies?: readonly string[];
  connections: number;
  /** Requests to complete; with `bodies`, keep it 2 × `connections` or more below their number. */
  amount: number;
  /** Stop at this time limit if `amount` is not reached before (requests in flight then are dropped). */
  maxSeconds: number;
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
  /** First answer that was not a success, for the report. */
  firstFailure?: string;
  /** From the start (connecting included) to the last answer. */
  elapsedSeconds: number;
  /** Successful requests per second. */
  okPerSecond: number;
  /** Answers (any status) per second over the second half of the run, after the connections' start-up. */
  steadyRate: number;
  /** Nearest-rank latency percentiles, ms: over every answer, and over the successful ones. */
  p50Ms: number;
  p99Ms: number;
  okP50Ms: number;
  okP99Ms: number;
  /** p99 over every answer except each connection's first (whose wait includes being accepted). */
  laterP99Ms: number;
  maxMs: number;
  /** CPU the load generator (this process) used: 100 = one core busy throughout. */
  loadGeneratorCpuPercent: number;
  /** Ended by the time limit rather than by reaching `amount`. */
  stoppedEarly: boolean;
}

export async function runLoad({ url, method, path, bodies, connections, amount, maxSeconds, expectBody }: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let exhausted = 0;
  let unexpectedBodies = 0;
  let firstFailure: string | undefined;
  // set by onResponse, which autocannon calls just before the matching 'response' event
  let mismatch = false;
  const all: number[] = [];
  const answeredAt: number[] = [];
  const later: number[] = [];
  const connected = new Set<unknown>();
  const ok: number[] = [];
  const request: autocannon.Request = {
    method,
    path,
    ...(bodies
      ? {
          headers: { 'content-type': 'application/json' },
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
      mismatch = status === 200 && expectBody !== undefined && !body.includes(expectBody);
      if (mismatch) {
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
  let stoppedEarly = false;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // sampleInt: autocannon notices the end at its next sample tick and idles until then (default 1 s)
    const instance = autocannon({ url, connections, pipelining: 1, amount, timeout: 10, sampleInt: 50, requests: [request] }, (error, done) =>
      error ? reject(error as Error) : resolve(done)
    );
    const deadline = setTimeout(() => {
      stoppedEarly = true;
      instance.stop();
    }, maxSeconds * 1000);
    instance.once('done', () => clearTimeout(deadline));
    instance.on('response', (client, status, _bytes, responseTime) => {
      if (connected.has(client)) later.push(responseTime);
      else connected.add(client);
      lastResponseAt = performance.now();
      answeredAt.push(lastResponseAt);
      all.push(responseTime);
      if (status === 200 && !mismatch) ok.push(responseTime);
    });
  });
  const cpu = process.cpuUsage(cpuBefore);
  const elapsedSeconds = (lastResponseAt - started) / 1000;
  const halfway = started + (lastResponseAt - started) / 2;
  // a wrap-around would have reused challenges: the run is void, not merely worse
  if (exhausted > 0) throw new Error(`bench aborted: ${path} needed ${exhausted} more request bodies than the ${bodies?.length} prepared`);

  const statuses: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = stats?.count ?? 0;
  const okCount = (statuses['200'] ?? 0) - unexpectedBodies;
  const total = Object.values(statuses).reduce((a, b) => a + b, 0) + result.errors;
  const sortedAll = Float64Array.from(all).sort();
  return {
    requests: total,
    ok: okCount,
    errors: total - okCount,
    statuses,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    unexpectedBodies,
    ...(firstFailure !== undefined ? { firstFailure } : {}),
    elapsedSeconds,
    okPerSecond: okCount / elapsedSeconds,
    steadyRate: answeredAt.filter((t) => t >= halfway).length / (elapsedSeconds / 2),
    p50Ms: rank(sortedAll, 0.5),
    p99Ms: rank(sortedAll, 0.99),
    okP50Ms: rank(Float64Array.from(ok).sort(), 0.5),
    okP99Ms: rank(Float64Array.from(ok).sort(), 0.99),
    laterP99Ms: rank(Float64Array.from(later).sort(), 0.99),
    maxMs: sortedAll.length === 0 ? NaN : (sortedAll[sortedAll.length - 1] as number),
    loadGeneratorCpuPercent: ((cpu.user + cpu.system) / 1000 / (elapsedSeconds * 1000)) * 100,
    stoppedEarly
  };
}

function rank(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number);
}
