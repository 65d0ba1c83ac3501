import { join } from 'node:path';
import { loadConfig } from '@agentvc/wallet-app';

describe('loadConfig', () => {
  it('has local defaults and keeps the wallet in its own data subfolder', () => {
    expect(loadConfig({})).toEqual({
      port: 4200,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:4200',
      trustedIssuers: [],
      statusAllowHttp: false,
      statusAllowPrivate: false,
      sessionTtlSeconds: 900,
      dataDir: join('./data', 'wallet'),
      mongodbDb: 'agentvc',
      logLevel: 'info',
      http: {
        listen: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 },
        trustedProxyHops: 0,
        rateLimits: { points: { challenges: 120, signIns: 60, authFailures: 60 }, windowSeconds: 60 }
      }
    });
  });

  it('reads the HTTP edge settings under WALLET_', () => {
    const { http } = loadConfig({
      WALLET_TRUSTED_PROXY_HOPS: '1',
      WALLET_HEADERS_TIMEOUT_MS: '5000',
      WALLET_REQUEST_TIMEOUT_MS: '20000',
      WALLET_KEEP_ALIVE_TIMEOUT_MS: '65000',
      WALLET_RATE_LIMIT_WINDOW_SECONDS: '300',
      WALLET_RATE_LIMIT_CHALLENGES: '10',
      WALLET_RATE_LIMIT_SIGN_INS: '0',
      WALLET_RATE_LIMIT_AUTH_FAILURES: '5'
    });
    expect(http).toEqual({
      listen: { headersTimeoutMs: 5_000, requestTimeoutMs: 20_000, keepAliveTimeoutMs: 65_000 },
      trustedProxyHops: 1,
      rateLimits: { points: { challenges: 10, signIns: 0, authFailures: 5 }, windowSeconds: 300 }
    });
  });

  it('reads trusted issuers, the public URL and the local-development flags', () => {
    const config = loadConfig({
      WALLET_PORT: '4201',
      WALLET_PUBLIC_URL: 'https://wallet.example/',
      WALLET_TRUSTED_ISSUERS: ' did:key:z6MkA , did:web:issuer.example,',
      WALLET_STATUS_ALLOW_HTTP: '1',
      WALLET_STATUS_ALLOW_PRIVATE: 'true',
      AGENTVC_DATA_DIR: '/var/agentvc',
      MONGODB_URL: 'mongodb://db',
      AGENTVC_KEK: 'k'
    });
    expect(config).toMatchObject({
      port: 4201,
      publicUrl: 'https://wallet.example',
      trustedIssuers: ['did:key:z6MkA', 'did:web:issuer.example'],
      statusAllowHttp: true,
      statusAllowPrivate: true,
      dataDir: join('/var/agentvc', 'wallet'),
      mongodbUrl: 'mongodb://db',
      kek: 'k'
    });
  });

  it.each([
    { WALLET_PORT: 'x' },
    { WALLET_TRUSTED_ISSUERS: 'not-a-did' },
    { WALLET_STATUS_ALLOW_HTTP: 'maybe' },
    { WALLET_PUBLIC_URL: 'nope' },
    { WALLET_RATE_LIMIT_SIGN_INS: '-1' },
    { WALLET_TRUSTED_PROXY_HOPS: 'yes' },
    { WALLET_HEADERS_TIMEOUT_MS: '40000' }
  ])('refuses %j', (env) => {
    expect(() => loadConfig(env)).toThrow(/invalid configuration/);
  });
});
