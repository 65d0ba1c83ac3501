import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAgentVcError } from '@agentvc/core';
import { createStatusListFetcher, isPublicAddress, type StatusListFetcherOptions } from '@agentvc/verifier';

const LIST = { type: ['VerifiableCredential', 'StatusList2021Credential'], hello: 'list' };
const json = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });

/** A fetcher for a public-looking host, with fetch and DNS injected. */
function injected(respond: (url: string, init?: RequestInit) => Promise<Response> | Response, options: StatusListFetcherOptions = {}) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetcher = createStatusListFetcher({
    lookup: async () => ['93.184.216.34', '2606:2800:220:1::1'],
    fetch: (async (url: string, init?: RequestInit) => {
      calls.push({ url, ...(init ? { init } : {}) });
      return respond(url, init);
    }) as typeof fetch,
    ...options
  });
  return { fetcher, calls };
}

async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { ...(isAgentVcError(error) ? { code: error.code } : {}), message: (error as Error).message };
  }
  throw new Error('expected a failure');
}

describe('createStatusListFetcher with an injected fetch', () => {
  it('fetches JSON from a public https host without following redirects', async () => {
    const { fetcher, calls } = injected(() => json(LIST, { headers: { 'content-type': 'application/vc+ld+json; charset=utf-8' } }));
    await expect(fetcher('https://issuer.example/status-lists/1')).resolves.toEqual(LIST);
    expect(calls).toEqual([{ url: 'https://issuer.example/status-lists/1', init: expect.objectContaining({ redirect: 'manual' }) }]);
  });

  it.each([
    ['http (https only)', 'http://issuer.example/list'],
    ['another scheme', 'file:///etc/passwd'],
    ['credentials in the URL', 'https://user:secret@issuer.example/list'],
    ['not a URL', 'status list'],
    ['loopback', 'https://127.0.0.1/list'],
    ['loopback in decimal', 'https://2130706433/list'],
    ['IPv6 loopback', 'https://[::1]/list'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/list'],
    ['private', 'https://10.1.2.3/list'],
    ['private 192.168', 'https://192.168.1.1/list'],
    ['cloud metadata (link-local)', 'https://169.254.169.254/latest/meta-data'],
    ['unique local IPv6', 'https://[fd12::1]/list'],
    ['unspecified', 'https://0.0.0.0/list']
  ])('refuses %s before fetching', async (_name, url) => {
    const { fetcher, calls } = injected(() => json(LIST));
    expect((await failure(fetcher(url))).code).toBe('UNSUPPORTED_URL');
    expect(calls).toEqual([]);
  });

  it('refuses a host with any non-public address, and localhost', async () => {
    const { fetcher, calls } = injected(() => json(LIST), { lookup: async () => ['93.184.216.34', '10.0.0.7'] });
    expect(await failure(fetcher('https://issuer.example/list'))).toMatchObject({ code: 'UNSUPPORTED_URL', message: expect.stringMatching(/private/) });
    const local = createStatusListFetcher({ fetch: (async () => json(LIST)) as typeof fetch });
    expect((await failure(local('https://localhost/list'))).code).toBe('UNSUPPORTED_URL');
    expect(calls).toEqual([]);
  });

  it.each([
    ['a redirect', () => new Response(null, { status: 302, headers: { location: 'http://127.0.0.1/' } }), /redirect/],
    ['an error status', () => json({}, { status: 404 }), /404/],
    ['HTML', () => new Response('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } }), /not JSON/],
    ['broken JSON', () => new Response('{"a":', { status: 200, headers: { 'content-type': 'application/json' } }), /not valid JSON/],
    ['a declared oversized body', () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json', 'content-length': '99999' } }), /larger/],
    ['an undeclared oversized body', () => json({ padding: 'x'.repeat(2000) }), /larger/]
  ])('refuses %s', async (_name, respond, message) => {
    const { fetcher } = injected(respond, { maxBytes: 1000 });
    expect((await failure(fetcher('https://issuer.example/list'))).message).toMatch(message);
  });

  it('gives up after timeoutMs, even with a fetch that ignores the signal', async () => {
    let signal: AbortSignal | undefined;
    const { fetcher } = injected((_url, init) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    }, { timeoutMs: 50 });
    expect((await failure(fetcher('https://issuer.example/list'))).message).toMatch(/within 50 ms/);
    expect(signal?.aborted).toBe(true);
  });
});

describe('createStatusListFetcher against a local server', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/list') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(LIST));
      } else if (req.url === '/moved') {
        res.writeHead(301, { location: '/list' }).end();
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ padding: 'x'.repeat(64 * 1024) }));
      } else if (req.url === '/slow') {
        const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 2000);
        res.once('close', () => clearTimeout(timer));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('is refused by default, and with only one of the two flags', async () => {
    expect((await failure(createStatusListFetcher()(`${base}/list`))).code).toBe('UNSUPPORTED_URL');
    expect((await failure(createStatusListFetcher({ allowHttp: true })(`${base}/list`))).message).toMatch(/loopback/);
    expect((await failure(createStatusListFetcher({ allowPrivateNetworks: true })(`${base}/list`))).message).toMatch(/https only/);
  });

  it('is fetched with both flags, still refusing redirects, big bodies and slow answers', async () => {
    const fetcher = createStatusListFetcher({ allowHttp: true, allowPrivateNetworks: true, maxBytes: 16 * 1024, timeoutMs: 300 });
    await expect(fetcher(`${base}/list`)).resolves.toEqual(LIST);
    expect((await failure(fetcher(`${base}/moved`))).message).toMatch(/redirect/);
    expect((await failure(fetcher(`${base}/big`))).message).toMatch(/larger than 16384/);
    expect((await failure(fetcher(`${base}/slow`))).message).toMatch(/within 300 ms/);
    expect((await failure(fetcher(`${base}/missing`))).message).toMatch(/404/);
  });
});

describe('isPublicAddress', () => {
  it.each([
    ['93.184.216.34', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['100.64.0.1', false],
    ['172.16.5.4', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::', false],
    ['fe80::1', false],
    ['::ffff:10.0.0.1', false],
    ['not an address', false]
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
