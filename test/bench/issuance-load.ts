// A small loopback load generator: `connections` keep-alive connections, each sending its next
// request when the previous response has been read (closed loop), for a fixed time.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** A fresh body per request. */
  body: () => string;
  connections: number;
  durationMs: number;
  /** Status that counts as success. */
  expectStatus: number;
}

export interface LoadResult {
  connections: number;
  ok: number;
  errors: number;
  /** First error seen, for the abort message. */
  firstError?: string;
  elapsedMs: number;
  /** Latency of every successful request, ms. */
  latencies: number[];
}

export async function runLoad({ url, headers, body, connections, durationMs, expectStatus }: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const result: LoadResult = { connections, ok: 0, errors: 0, elapsedMs: 0, latencies: [] };
  const started = performance.now();
  const deadline = started + durationMs;
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const { status, text } = await send(url, agent, headers, body());
        if (status === expectStatus) {
          result.ok += 1;
          result.latencies.push(performance.now() - t0);
        } else {
          result.errors += 1;
          result.firstError ??= `HTTP ${status}: ${text.slice(0, 300)}`;
        }
      } catch (error) {
        result.errors += 1;
        result.firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  result.elapsedMs = performance.now() - started;
  agent.destroy();
  return result;
}

function send(url: string, agent: Agent, headers: Record<string, string>, payload: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}
