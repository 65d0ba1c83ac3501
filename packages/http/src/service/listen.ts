import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerClientErrors } from './answer-client-errors.js';

export interface ListenOptions {
  port: number;
  host?: string;
  /** After this, close() drops connections still busy. Default 10 s. */
  shutdownTimeoutMs?: number;
  /** Deadline for a request's headers, so a client that sends them slowly cannot hold a socket. Default 10 s. */
  headersTimeoutMs?: number;
  /** Deadline for the whole request (headers and body); at least headersTimeoutMs. Default 30 s. */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. Default 5 s. */
  keepAliveTimeoutMs?: number;
}

export interface RunningServer {
  server: Server;
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  url: string;
  /** Stops accepting, lets in-flight requests finish, then resolves. Safe to call twice. */
  close(): Promise<void>;
}

/** Starts serving a Koa app (anything with `callback()`); for main.ts files, not tests. */
export async function listen(app: { callback(): RequestListener }, options: ListenOptions): Promise<RunningServer> {
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
      // Node enforces both deadlines on this tick (default 30 s), so a stalled client would
      // otherwise keep its socket well past them
      connectionsCheckingInterval: Math.min(1_000, headersTimeout)
    },
    app.callback()
  );
  // a 431 for oversized headers, a 408 past a deadline: problem+json like every other refusal
  answerClientErrors(server);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 10_000;

  // Responses finishing during shutdown say `Connection: close`, else their keep-alive
  // sockets would hold close() open until the client or the deadline drops them
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | undefined;
  server.on('request', (_request, response: ServerResponse) => {
    if (closing !== undefined) response.setHeader('Connection', 'close');
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });

  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
      const deadline = setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs);
      deadline.unref();
      server.close((error) => {
        clearTimeout(deadline);
        if (error) reject(error);
        else resolve();
      });
      // Keep-alive sockets with no request in progress would otherwise hold close() open
      server.closeIdleConnections();
    });
    return closing;
  };

  const shown = host.includes(':') ? `[${host}]` : host;
  return { server, url: `http://${shown}:${port}`, close };
}
