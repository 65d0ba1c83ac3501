import { AgentVcError } from '@agentvc/core';
import { assertPublicHost, systemLookup, type HostLookup } from './assert-public-host.js';
import type { StatusListFetcher } from './create-status-checker.js';

export interface StatusListFetcherOptions {
  /** Default globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
  /** Accept http: URLs (local development only). Default false: https only. */
  allowHttp?: boolean;
  /** Accept hosts resolving to loopback, private or link-local addresses. Default false. */
  allowPrivateNetworks?: boolean;
  /** For the whole fetch: resolving, connecting and reading the body. Default 5 s. */
  timeoutMs?: number;
  /** Largest body accepted. Default 1 MiB. */
  maxBytes?: number;
  /** Resolves host names; default node:dns lookup. */
  lookup?: HostLookup;
}

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The one way the verifier reaches the network: status list credentials, fetched under a
 * policy that keeps a credential's `statusListCredential` URL from pointing us at internal
 * services (SSRF). Every address of the host must be public, redirects are refused rather than
 * followed (a redirect could lead anywhere), and time and size are bounded.
 *
 * The host is resolved here and again by fetch: a DNS answer that changes in between (DNS
 * rebinding) is not caught. Run verifiers where internal services need authentication anyway.
 */
export function createStatusListFetcher({
  fetch = globalThis.fetch,
  allowHttp = false,
  allowPrivateNetworks = false,
  timeoutMs = 5000,
  maxBytes = 1024 * 1024,
  lookup = systemLookup
}: StatusListFetcherOptions = {}): StatusListFetcher {
  async function download(url: URL, signal: AbortSignal): Promise<unknown> {
    if (!allowPrivateNetworks) await assertPublicHost(url.hostname, lookup);
    const response = await fetch(url.href, { redirect: 'manual', signal, headers: { accept: 'application/json' } });
    try {
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        throw new AgentVcError('UNSUPPORTED_URL', `${url.href} redirects; status lists are not fetched through redirects`);
      }
      if (response.status !== 200) throw new AgentVcError('STATUS_LIST_INVALID', `${url.href} answered ${response.status}`);
      if (!JSON_TYPE.test(response.headers.get('content-type') ?? '')) {
        throw new AgentVcError('STATUS_LIST_INVALID', `${url.href} is not JSON`);
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > maxBytes) throw tooLarge(url, maxBytes);
      const bytes = await readLimited(response, maxBytes, url);
      try {
        return JSON.parse(utf8.decode(bytes)) as unknown;
      } catch (cause) {
        throw new AgentVcError('STATUS_LIST_INVALID', `${url.href} is not valid JSON`, { cause });
      }
    } finally {
      // a body left unread would hold its connection open
      if (response.body && !response.bodyUsed) await response.body.cancel().catch(() => undefined);
    }
  }

  return async (href) => {
    const url = parseUrl(href, allowHttp);
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // raced as well as passed on: an injected fetch might ignore the signal
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const error = new AgentVcError('STATUS_LIST_INVALID', `${url.href} did not answer within ${timeoutMs} ms`);
        controller.abort(error);
        reject(error);
      }, timeoutMs);
    });
    try {
      return await Promise.race([download(url, controller.signal), deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
}

function parseUrl(href: string, allowHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new AgentVcError('UNSUPPORTED_URL', 'the status list URL is not a URL');
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) {
    throw new AgentVcError('UNSUPPORTED_URL', `${url.protocol} status list URLs are not fetched${allowHttp ? '' : ' (https only)'}`);
  }
  if (url.username || url.password) throw new AgentVcError('UNSUPPORTED_URL', 'status list URLs must not carry credentials');
  return url;
}

async function readLimited(response: Response, maxBytes: number, url: URL): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(url: URL, maxBytes: number): AgentVcError {
  return new AgentVcError('STATUS_LIST_INVALID', `${url.href} is larger than ${maxBytes} bytes`);
}
