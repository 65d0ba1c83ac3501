// callRoute: one call of a contract route. Method and path come from the contract (a path
// changes in one place), `:param`s are encoded, the answer is read loosely; its failures name
// the URL and the socket's own reason, not just `fetch failed` (the original error stays the cause).
import { createServer } from 'node:net';
import { z } from 'zod';
import { routeContract } from '@agentvc/core';
import { AgentVcClientError, type FetchLike } from '../../src/index.js';
import { callRoute } from '../../src/http/call-route.js';

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

const challenge = routeContract({ method: 'POST', path: '/challenges', operationId: 'c', responses: { 201: z.object({ challenge: z.string() }) }, examples: { responses: {} } });
const grant = routeContract({
  method: 'PUT',
  path: '/agents/:did/grants/:grantId',
  operationId: 'g',
  responses: { 200: z.object({ kind: z.enum(['a', 'b']) }), 400: z.object({ refused: z.literal(true) }) },
  examples: { responses: {} }
});
const remove = routeContract({ method: 'DELETE', path: '/things/:id', operationId: 'd', responses: { 204: null }, examples: { responses: {} } });

interface Seen {
  url: string;
  method: string | undefined;
  headers: Record<string, string>;
  body: unknown;
}
const answering = (status: number, body: unknown, seen: Seen[] = []): FetchLike =>
  async (input, init) => {
    seen.push({ url: String(input), method: init?.method, headers: init?.headers as Record<string, string>, body: init?.body === undefined ? undefined : JSON.parse(String(init.body)) });
    return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), { status });
  };

describe('callRoute', () => {
  it('takes method and path from the contract, encodes :params and adds the query', async () => {
    const seen: Seen[] = [];
    const answer = await callRoute({
      fetch: answering(200, { kind: 'a' }, seen),
      baseUrl: 'http://issuer.test//',
      route: grant,
      params: { did: 'did:key:z6Mk/x', grantId: 'g 1' },
      query: { skip: 0, limit: 5, action: undefined },
      body: { n: 1 },
      headers: { authorization: 'Bearer k' }
    });
    expect(answer).toEqual({ kind: 'a' });
    expect(seen).toEqual([
      {
        url: 'http://issuer.test/agents/did%3Akey%3Az6Mk%2Fx/grants/g%201?skip=0&limit=5',
        method: 'PUT',
        headers: expect.objectContaining({ accept: 'application/json', 'content-type': 'application/json', authorization: 'Bearer k' }),
        body: { n: 1 }
      }
    ]);
  });

  it('follows the contract when its path changes', async () => {
    const seen: Seen[] = [];
    await callRoute({ fetch: answering(201, { challenge: 'c' }, seen), baseUrl: 'http://x.test', route: { ...challenge, path: '/v2/challenges' } });
    expect(seen[0]).toMatchObject({ url: 'http://x.test/v2/challenges', method: 'POST', body: undefined });
  });

  it('reads the answer loosely: unknown members and enum values are kept, missing ones refused', async () => {
    const newer = await callRoute({ fetch: answering(200, { kind: 'c', extra: 1 }), baseUrl: 'http://x.test', route: grant, params: { did: 'd', grantId: 'g' } });
    expect(newer).toEqual({ kind: 'c', extra: 1 });
    const odd = await failure(callRoute({ fetch: answering(201, { nope: true }), baseUrl: 'http://x.test', route: challenge }));
    expect(odd).toMatchObject({ code: 'INVALID_RESPONSE', status: 201, message: 'POST /challenges: unexpected response (challenge: Invalid input: expected string, received undefined)' });
    const notJson = await failure(callRoute({ fetch: answering(201, '<html>'), baseUrl: 'http://x.test', route: challenge }));
    expect(notJson).toMatchObject({ code: 'INVALID_RESPONSE', status: 201, message: 'POST /challenges: the response is not JSON' });
  });

  it('returns a body the contract gives an error status as data, and throws a problem', async () => {
    const route = { fetch: answering(400, { refused: true }), baseUrl: 'http://x.test', route: grant, params: { did: 'd', grantId: 'g' } };
    expect(await callRoute(route)).toEqual({ refused: true });
    const problem = await failure(callRoute({ ...route, fetch: answering(400, { code: 'VALIDATION_FAILED', status: 400, detail: 'no' }) }));
    expect(problem).toMatchObject({ code: 'VALIDATION_FAILED', status: 400, message: 'PUT /agents/d/grants/g: no (400 VALIDATION_FAILED)' });
    const missing = await failure(callRoute({ fetch: answering(404, { code: 'NOT_FOUND', status: 404 }), baseUrl: 'http://x.test', route: remove, params: { id: 'a' } }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('answers undefined for a 204', async () => {
    expect(await callRoute({ fetch: answering(204, undefined), baseUrl: 'http://x.test', route: remove, params: { id: 'a' } })).toBeUndefined();
  });
});

describe('callRoute network errors', () => {
  it('names the URL and the cause (ECONNREFUSED host:port) of a refused connection', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/challenges`;
    const error = await failure(callRoute({ fetch: globalThis.fetch, baseUrl: `http://127.0.0.1:${port}`, route: challenge }));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
    expect(error.message).toBe(`POST /challenges (${url}): connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(error.cause).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });

  it('says when the service did not answer in time', async () => {
    const fetch = (_url: unknown, init?: RequestInit): Promise<Response> =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const error = await failure(callRoute({ fetch, baseUrl: 'http://slow.test', route: challenge, timeoutMs: 20 }));
    expect(error.message).toBe('POST /challenges (http://slow.test/challenges): no answer within 20 ms');
  });

  it('lists every address of a multi-address failure', async () => {
    const both = new AggregateError([new Error('connect ECONNREFUSED ::1:4100'), new Error('connect ECONNREFUSED 127.0.0.1:4100')], '');
    const fetch = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: both });
    };
    const error = await failure(callRoute({ fetch, baseUrl: 'http://localhost:4100', route: challenge }));
    expect(error.message).toBe('POST /challenges (http://localhost:4100/challenges): connect ECONNREFUSED ::1:4100; connect ECONNREFUSED 127.0.0.1:4100');
  });
});
