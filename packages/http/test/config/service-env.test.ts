// The config kit: the variables every service shares, read once, and the parsers services use.
import { envDidList, envFlag, envList, envVariables, parseEnv, serviceEnv, statusFetchEnv, trustedIssuersEnv } from '@agentvc/http';
import { z } from 'zod';

const svcEnv = serviceEnv({ prefix: 'SVC', port: 4900, folder: 'svc', rateLimits: { signIns: 60 }, rateLimitMeanings: { signIns: 'sign-ins per client per window' } }, { SVC_FEATURE: envFlag() });
const load = (env: Record<string, string | undefined>) => parseEnv(svcEnv, env);

describe('serviceEnv', () => {
  it('has the shared defaults: local URL, the service’s data folder, embedded store, info logs', () => {
    expect(load({})).toEqual({
      service: { port: 4900, host: '127.0.0.1', publicUrl: 'http://localhost:4900', dataDir: 'data/svc', mongodbDb: 'agentvc', logLevel: 'info' },
      http: {
        listen: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 },
        trustedProxyHops: 0,
        rateLimits: { points: { signIns: 60 }, windowSeconds: 60 }
      },
      env: expect.objectContaining({ SVC_FEATURE: false })
    });
  });

  it('reads the shared variables under the prefix, dropping trailing slashes from the public URL', () => {
    const { service, http, env } = load({
      SVC_PORT: '8080',
      SVC_HOST: '0.0.0.0',
      SVC_PUBLIC_URL: 'https://svc.example/base//',
      AGENTVC_DATA_DIR: '/var/agentvc',
      MONGODB_URL: 'mongodb://db',
      MONGODB_DB: 'shop',
      LOG_LEVEL: 'warn',
      SVC_RATE_LIMIT_SIGN_INS: '5',
      SVC_FEATURE: 'yes'
    });
    expect(service).toEqual({ port: 8080, host: '0.0.0.0', publicUrl: 'https://svc.example/base', dataDir: '/var/agentvc/svc', mongodbUrl: 'mongodb://db', mongodbDb: 'shop', logLevel: 'warn' });
    expect(http.rateLimits.points).toEqual({ signIns: 5 });
    expect(env.SVC_FEATURE).toBe(true);
  });

  it.each(['localhost:4100', 'issuer.example', 'ftp://issuer.example', '/relative', 'http://'])('refuses the public URL %j: it needs an http(s) scheme', (url) => {
    expect(() => load({ SVC_PUBLIC_URL: url })).toThrow(/^invalid configuration: SVC_PUBLIC_URL: expected an absolute http:\/\/ or https:\/\/ URL/);
  });

  it('names every bad variable and what it expects, on one line, without echoing values', () => {
    let message = '';
    try {
      load({ SVC_PORT: 'eighty', LOG_LEVEL: 'loud', SVC_FEATURE: 'maybe', MONGODB_DB: '', SVC_RATE_LIMIT_SIGN_INS: 'lots' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^invalid configuration: /);
    expect(message).toContain('SVC_PORT: expected a whole number from 0 to 65535');
    expect(message).toContain('LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent');
    expect(message).toContain('SVC_FEATURE: expected 1, true or yes (on), or 0, false, no or empty (off)');
    expect(message).toContain('SVC_RATE_LIMIT_SIGN_INS: expected a whole number from 0 to 1000000');
    expect(message).toContain('MONGODB_DB: ');
    expect(message).not.toMatch(/eighty|loud|maybe|lots/);
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(() => load({ SVC_HEADERS_TIMEOUT_MS: '40000' })).toThrow('invalid configuration: SVC_HEADERS_TIMEOUT_MS must not exceed SVC_REQUEST_TIMEOUT_MS');
  });

  it('lists every variable it reads with its default and description (what docs/running.md shows)', () => {
    const variables = envVariables(svcEnv);
    expect(variables.map((v) => v.name)).toEqual([
      'SVC_PORT',
      'SVC_HOST',
      'SVC_PUBLIC_URL',
      'AGENTVC_DATA_DIR',
      'MONGODB_URL',
      'MONGODB_DB',
      'LOG_LEVEL',
      'SVC_TRUSTED_PROXY_HOPS',
      'SVC_HEADERS_TIMEOUT_MS',
      'SVC_REQUEST_TIMEOUT_MS',
      'SVC_KEEP_ALIVE_TIMEOUT_MS',
      'SVC_RATE_LIMIT_WINDOW_SECONDS',
      'SVC_RATE_LIMIT_SIGN_INS',
      'SVC_FEATURE'
    ]);
    expect(variables.find((v) => v.name === 'SVC_PORT')).toMatchObject({ shownDefault: '`4900`', description: expect.stringMatching(/port/) });
    expect(variables.find((v) => v.name === 'SVC_PUBLIC_URL')?.shownDefault).toBe('`http://localhost:<port>`');
    expect(variables.find((v) => v.name === 'MONGODB_URL')?.shownDefault).toBe('unset');
    expect(variables.find((v) => v.name === 'SVC_FEATURE')?.shownDefault).toBe('off');
    expect(variables.find((v) => v.name === 'SVC_RATE_LIMIT_SIGN_INS')).toMatchObject({ shownDefault: '`60`', description: 'sign-ins per client per window' });
    expect(variables.filter((v) => v.name !== 'SVC_FEATURE' && !v.description)).toEqual([]);
  });
});

describe('envFlag', () => {
  const flag = z.object({ F: envFlag() });
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['false', false],
    ['no', false],
    ['1', true],
    ['true', true],
    ['yes', true]
  ])('reads %j as %s', (value, on) => {
    expect(parseEnv(flag, { F: value }).F).toBe(on);
  });
  it('refuses anything else', () => {
    expect(() => parseEnv(flag, { F: 'on' })).toThrow(/^invalid configuration: F: expected 1, true or yes/);
  });
});

describe('envList and envDidList', () => {
  it('split on commas, trim, drop empty items, and check each', () => {
    expect(parseEnv({ L: envDidList() }, { L: ' did:key:z6MkA , did:web:issuer.example,' }).L).toEqual(['did:key:z6MkA', 'did:web:issuer.example']);
    expect(parseEnv({ L: envDidList() }, {}).L).toEqual([]);
    expect(() => parseEnv({ L: envDidList() }, { L: 'did:key:z6MkA,https://issuer.example' })).toThrow('invalid configuration: L: item 2: expected a DID (did:<method>:<id>)');
    expect(parseEnv({ L: envList(z.enum(['a', 'b']), 'a or b') }, { L: 'b,a' }).L).toEqual(['b', 'a']);
  });
});

describe('trustedIssuersEnv and statusFetchEnv', () => {
  const shape = { ...trustedIssuersEnv('SVC'), ...statusFetchEnv('SVC') };
  it('name their variables under the prefix, off and empty by default', () => {
    expect(parseEnv(shape, {})).toEqual({ SVC_TRUSTED_ISSUERS: [], SVC_STATUS_ALLOW_HTTP: false, SVC_STATUS_ALLOW_PRIVATE: false });
    expect(parseEnv(shape, { SVC_TRUSTED_ISSUERS: 'did:key:z6MkA', SVC_STATUS_ALLOW_HTTP: '1', SVC_STATUS_ALLOW_PRIVATE: 'yes' })).toEqual({
      SVC_TRUSTED_ISSUERS: ['did:key:z6MkA'],
      SVC_STATUS_ALLOW_HTTP: true,
      SVC_STATUS_ALLOW_PRIVATE: true
    });
  });
  it('describe each for docs/running.md', () => {
    expect(envVariables(z.object(shape)).map((v) => [v.name, v.shownDefault, Boolean(v.description)])).toEqual([
      ['SVC_TRUSTED_ISSUERS', 'none', true],
      ['SVC_STATUS_ALLOW_HTTP', 'off', true],
      ['SVC_STATUS_ALLOW_PRIVATE', 'off', true]
    ]);
  });
});
