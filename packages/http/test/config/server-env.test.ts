// The HTTP settings every service reads (timeouts, proxies, rate limits), through serviceEnv,
// the one way services read them.
import { parseEnv, serviceEnv } from '@agentvc/http';

const LIMITS = { challenges: 120, signIns: 60 };
const svcEnv = serviceEnv({ prefix: 'SVC', port: 4900, folder: 'svc', rateLimits: LIMITS }, {});
const httpOf = (env: Record<string, string | undefined>) => parseEnv(svcEnv, env).http;

describe('serviceEnv: the HTTP settings', () => {
  it('has defaults: no trusted proxy, 10 s / 30 s / 5 s timeouts, the service’s limits per 60 s', () => {
    expect(httpOf({})).toEqual({
      listen: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 },
      trustedProxyHops: 0,
      rateLimits: { points: { challenges: 120, signIns: 60 }, windowSeconds: 60 }
    });
  });

  it('reads every setting under the service’s own prefix only; a camelCase limit name is SNAKE_CASE', () => {
    const env = {
      SVC_TRUSTED_PROXY_HOPS: '2',
      SVC_HEADERS_TIMEOUT_MS: '2000',
      SVC_REQUEST_TIMEOUT_MS: '15000',
      SVC_KEEP_ALIVE_TIMEOUT_MS: '61000',
      SVC_RATE_LIMIT_WINDOW_SECONDS: '10',
      SVC_RATE_LIMIT_CHALLENGES: '0',
      SVC_RATE_LIMIT_SIGN_INS: '7',
      OTHER_RATE_LIMIT_SIGN_INS: '1',
      OTHER_TRUSTED_PROXY_HOPS: '9'
    };
    expect(httpOf(env)).toEqual({
      listen: { headersTimeoutMs: 2_000, requestTimeoutMs: 15_000, keepAliveTimeoutMs: 61_000 },
      trustedProxyHops: 2,
      rateLimits: { points: { challenges: 0, signIns: 7 }, windowSeconds: 10 }
    });
  });

  it.each([
    ['SVC_TRUSTED_PROXY_HOPS', '17'],
    ['SVC_TRUSTED_PROXY_HOPS', 'yes'],
    ['SVC_HEADERS_TIMEOUT_MS', '50'],
    ['SVC_REQUEST_TIMEOUT_MS', '600001'],
    ['SVC_KEEP_ALIVE_TIMEOUT_MS', '1.5'],
    ['SVC_RATE_LIMIT_WINDOW_SECONDS', '0'],
    ['SVC_RATE_LIMIT_SIGN_INS', '-1'],
    ['SVC_RATE_LIMIT_CHALLENGES', '1000001']
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => httpOf({ [name]: value })).toThrow(new RegExp(`^invalid configuration: ${name}: `));
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(() => httpOf({ SVC_HEADERS_TIMEOUT_MS: '40000' })).toThrow(
      'invalid configuration: SVC_HEADERS_TIMEOUT_MS must not exceed SVC_REQUEST_TIMEOUT_MS'
    );
  });
});
