import { loadConfig } from '@agentvc/verifier-app';

describe('loadConfig', () => {
  it('has defaults for local use', () => {
    expect(loadConfig({})).toEqual({
      port: 4300,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:4300',
      domain: 'localhost:4300',
      trustedIssuers: [],
      credentialSuites: ['Ed25519Signature2020'],
      presentationSuites: ['Ed25519Signature2020', 'eddsa-jcs-2022'],
      statusAllowHttp: false,
      statusAllowPrivate: false,
      dataDir: 'data/verifier',
      mongodbDb: 'agentvc',
      logLevel: 'info',
      maxInFlight: 128,
      jobTimeoutMs: 5000,
      http: {
        listen: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 },
        trustedProxyHops: 0,
        rateLimits: { points: { challenges: 1200, verify: 1200 }, windowSeconds: 60 }
      }
    });
  });

  it('reads every setting', () => {
    const config = loadConfig({
      VERIFIER_PORT: '8443',
      VERIFIER_HOST: '0.0.0.0',
      VERIFIER_PUBLIC_URL: 'https://verify.shop.example/',
      VERIFIER_TRUSTED_ISSUERS: ' did:key:z6MkA , did:web:issuer.example,',
      VERIFIER_ACCEPTED_SUITES: 'eddsa-jcs-2022',
      VERIFIER_STATUS_ALLOW_HTTP: 'true',
      VERIFIER_STATUS_ALLOW_PRIVATE: '1',
      AGENTVC_DATA_DIR: '/var/lib/agentvc',
      MONGODB_URL: 'mongodb://db:27017',
      MONGODB_DB: 'shop',
      LOG_LEVEL: 'warn',
      VERIFIER_MAX_IN_FLIGHT: '300',
      VERIFIER_WORKERS: '0',
      VERIFIER_JOB_TIMEOUT_MS: '2500',
      VERIFIER_TRUSTED_PROXY_HOPS: '2',
      VERIFIER_HEADERS_TIMEOUT_MS: '2000',
      VERIFIER_REQUEST_TIMEOUT_MS: '15000',
      VERIFIER_KEEP_ALIVE_TIMEOUT_MS: '61000',
      VERIFIER_RATE_LIMIT_WINDOW_SECONDS: '10',
      VERIFIER_RATE_LIMIT_CHALLENGES: '0',
      VERIFIER_RATE_LIMIT_VERIFY: '50000'
    });
    expect(config).toEqual({
      port: 8443,
      host: '0.0.0.0',
      publicUrl: 'https://verify.shop.example',
      domain: 'verify.shop.example',
      trustedIssuers: ['did:key:z6MkA', 'did:web:issuer.example'],
      credentialSuites: ['eddsa-jcs-2022'],
      presentationSuites: ['eddsa-jcs-2022'],
      statusAllowHttp: true,
      statusAllowPrivate: true,
      dataDir: '/var/lib/agentvc/verifier',
      mongodbUrl: 'mongodb://db:27017',
      mongodbDb: 'shop',
      logLevel: 'warn',
      maxInFlight: 300,
      workers: 0,
      jobTimeoutMs: 2500,
      http: {
        listen: { headersTimeoutMs: 2_000, requestTimeoutMs: 15_000, keepAliveTimeoutMs: 61_000 },
        trustedProxyHops: 2,
        rateLimits: { points: { challenges: 0, verify: 50_000 }, windowSeconds: 10 }
      }
    });
  });

  it.each([
    ['VERIFIER_TRUSTED_ISSUERS', 'https://issuer.example'],
    ['VERIFIER_ACCEPTED_SUITES', 'RsaSignature2018'],
    ['VERIFIER_STATUS_ALLOW_HTTP', 'maybe'],
    ['VERIFIER_PORT', 'eighty'],
    ['VERIFIER_PUBLIC_URL', 'not a url'],
    ['VERIFIER_RATE_LIMIT_VERIFY', 'lots'],
    ['VERIFIER_HEADERS_TIMEOUT_MS', '45000'],
    ['VERIFIER_WORKERS', '-1'],
    ['VERIFIER_JOB_TIMEOUT_MS', '10']
  ])('refuses an invalid %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
