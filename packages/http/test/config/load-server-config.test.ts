import { loadServerConfig, parseEnv } from '@agentvc/http';
import { z } from 'zod';

const LIMITS = { challenges: 120, signIns: 60 };

describe('loadServerConfig', () => {
  it('has defaults: no trusted proxy, 10 s / 30 s / 5 s timeouts, the service’s limits per 60 s', () => {
    expect(loadServerConfig({}, 'SVC', LIMITS)).toEqual({
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
    expect(loadServerConfig(env, 'SVC', LIMITS)).toEqual({
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
    expect(() => loadServerConfig({ [name]: value }, 'SVC', LIMITS)).toThrow(new RegExp(`^invalid configuration: ${name}: `));
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(() => loadServerConfig({ SVC_HEADERS_TIMEOUT_MS: '40000' }, 'SVC', LIMITS)).toThrow(
      'invalid configuration: SVC_HEADERS_TIMEOUT_MS must not exceed SVC_REQUEST_TIMEOUT_MS'
    );
  });
});

describe('parseEnv', () => {
  const schema = z.object({ A_PORT: z.coerce.number().int().max(65_535), A_NAME: z.string().default('x') });

  it('returns the parsed values', () => {
    expect(parseEnv(schema, { A_PORT: '80' })).toEqual({ A_PORT: 80, A_NAME: 'x' });
  });

  it('names every invalid variable in one error', () => {
    expect(() => parseEnv(schema, { A_PORT: '70000', A_NAME: undefined })).toThrow(/^invalid configuration: A_PORT: [^;]+$/);
    expect(() => parseEnv(z.object({ B: z.string(), C: z.string() }), {})).toThrow(/^invalid configuration: B: .+; C: .+$/);
  });
});
