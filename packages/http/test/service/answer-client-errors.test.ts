import { connect } from 'node:net';
import { listen, type ListenOptions, type RunningServer } from '@agentvc/http';
import { testService } from '../support/test-service.js';

/** Writes raw bytes to the server and resolves with everything it answers before it closes the connection. */
function exchange(server: RunningServer, data: string): Promise<{ status: number; headers: string; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(data));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    // resolves only when the server closes the connection
    socket.on('close', () => {
      const [headers = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), headers, body });
    });
  });
}

async function serve(options: Partial<ListenOptions> = {}): Promise<RunningServer> {
  return listen(testService(), { port: 0, host: '127.0.0.1', ...options });
}

function expectProblem(answer: { status: number; headers: string; body: string }, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.headers).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
  expect(answer.headers).toMatch(/\r\nConnection: close(\r\n|$)/);
  const problem = JSON.parse(answer.body) as Record<string, unknown>;
  expect(problem).toMatchObject({ status, code, type: `urn:agentvc:problem:${code.toLowerCase().replaceAll('_', '-')}`, requestId: expect.any(String) });
  expect(answer.headers).toContain(`X-Request-Id: ${String(problem.requestId)}`);
}

describe('requests Node refuses before the app', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers oversized headers with a 431 problem and closes the connection', async () => {
    server = await serve();
    const answer = await exchange(server, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expectProblem(answer, 431, 'HEADERS_TOO_LARGE');
  });

  it('answers a client that sends half its headers and stalls with a 408 problem, and closes the connection', async () => {
    server = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 300 });
    const answer = await exchange(server, 'GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expectProblem(answer, 408, 'REQUEST_TIMEOUT');
  });

  it('answers a body that never arrives within the request timeout with a 408 problem', async () => {
    server = await serve({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const answer = await exchange(server, 'POST /tiny HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{"a"');
    expectProblem(answer, 408, 'REQUEST_TIMEOUT');
  });

  it('answers what is not HTTP with a 400 problem, and still serves real requests', async () => {
    server = await serve();
    expectProblem(await exchange(server, 'HELLO THERE\r\n\r\n'), 400, 'BAD_REQUEST');
    const ok = await exchange(server, 'GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('{"status":"ok"}');
  });

  it('refuses a headers timeout longer than the request timeout', async () => {
    await expect(serve({ headersTimeoutMs: 5_000, requestTimeoutMs: 1_000 })).rejects.toThrow(/headersTimeout/);
  });
});
