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
      logLevel: 'info'
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

  it.each([{ WALLET_PORT: 'x' }, { WALLET_TRUSTED_ISSUERS: 'not-a-did' }, { WALLET_STATUS_ALLOW_HTTP: 'maybe' }, { WALLET_PUBLIC_URL: 'nope' }])('refuses %j', (env) => {
    expect(() => loadConfig(env)).toThrow(/invalid configuration/);
  });
});
