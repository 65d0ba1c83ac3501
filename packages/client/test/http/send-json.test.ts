// sendJson's failures: a network error names the URL and the socket's own reason, not just
// `fetch failed`; the original error stays the cause.
import { createServer } from 'node:net';
import { z } from 'zod';
import { AgentVcClientError } from '../../src/index.js';
import { sendJson } from '../../src/http/send-json.js';

async function failure(promise: Promise<unknown>): Promise<AgentVcClientError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AgentVcClientError);
  return error as AgentVcClientError;
}

/** A loopback port nobody listens on (just closed). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('sendJson network errors', () => {
  it('names the URL and the cause (ECONNREFUSED host:port) of a refused connection', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/challenges`;
    const error = await failure(sendJson({ fetch: globalThis.fetch, url, method: 'POST', schema: z.object({}), what: 'POST /challenges' }));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
    expect(error.message).toBe(`POST /challenges (${url}): connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(error.cause).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });

  it('does not repeat the URL when the call is named by it', async () => {
    const refused = Object.assign(new Error('getaddrinfo ENOTFOUND issuer.invalid'), { code: 'ENOTFOUND' });
    const fetch = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: refused });
    };
    const error = await failure(sendJson({ fetch, url: 'https://issuer.invalid/issuer', schema: z.object({}) }));
    expect(error.message).toBe('GET https://issuer.invalid/issuer: getaddrinfo ENOTFOUND issuer.invalid');
  });

  it('says when the service did not answer in time', async () => {
    const fetch = (_url: unknown, init?: RequestInit): Promise<Response> =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const error = await failure(sendJson({ fetch, url: 'http://slow.test/x', schema: z.object({}), what: 'GET /x', timeoutMs: 20 }));
    expect(error.message).toBe('GET /x (http://slow.test/x): no answer within 20 ms');
  });

  it('lists every address of a multi-address failure', async () => {
    const both = new AggregateError([new Error('connect ECONNREFUSED ::1:4100'), new Error('connect ECONNREFUSED 127.0.0.1:4100')], '');
    const fetch = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: both });
    };
    const error = await failure(sendJson({ fetch, url: 'http://localhost:4100/issuer', schema: z.object({}), what: 'GET /issuer' }));
    expect(error.message).toBe('GET /issuer (http://localhost:4100/issuer): connect ECONNREFUSED ::1:4100; connect ECONNREFUSED 127.0.0.1:4100');
  });
});
