// A tiny plain node:http JSON server for contract stubs: routes get the parsed body and answer
// with JSON or an RFC 9457 problem, the way @agentvc/http services do.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface StubAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type StubHandler = (request: StubRequest) => Promise<StubAnswer> | StubAnswer;

export function problem(status: number, code: string, detail: string, extensions: Record<string, unknown> = {}, headers: Record<string, string> = {}): StubAnswer {
  return {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
    body: { ...extensions, type: `urn:agentvc:problem:${code.toLowerCase()}`, title: 'Error', status, detail, code, requestId: 'stub' }
  };
}

export async function startStubServer(handler: StubHandler): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stub');
      const text = Buffer.concat(chunks).toString('utf8');
      Promise.resolve()
        .then(() => handler({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: text ? JSON.parse(text) : undefined }))
        .catch((error: unknown) => problem(500, 'INTERNAL', String(error)))
        .then(({ status, body, headers = {} }) => {
          res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
          res.end(body === undefined ? undefined : JSON.stringify(body));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
