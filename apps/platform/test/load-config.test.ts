// The launcher reads its few variables through the config kit, with the services' own
// definitions: same defaults, same checks, one line naming a bad variable.
import { parseEnv, serviceBaseEnv, SERVICE_PORTS } from '@agentvc/http';
import { loadConfig as issuerConfig } from '@agentvc/issuer-app';
import { loadConfig } from '../src/load-config.js';

it('has the services’ defaults: their ports, ./data, local public URLs, the embedded store', () => {
  expect(loadConfig({})).toEqual({ dataDir: './data', ports: { issuer: 4100, wallet: 4200, verifier: 4300 }, publicUrls: {} });
  expect(loadConfig({}).ports.issuer).toBe(issuerConfig({}).port);
  expect(SERVICE_PORTS).toEqual({ issuer: 4100, wallet: 4200, verifier: 4300 });
});

it('reads ports, public URLs, the data folder and MongoDB', () => {
  const env = {
    ISSUER_PORT: '0',
    WALLET_PORT: '8200',
    VERIFIER_PORT: '8300',
    ISSUER_PUBLIC_URL: 'https://issuer.example',
    VERIFIER_PUBLIC_URL: 'https://verify.example',
    AGENTVC_DATA_DIR: '/var/agentvc',
    MONGODB_URL: 'mongodb://db'
  };
  expect(loadConfig(env)).toEqual({
    dataDir: '/var/agentvc',
    ports: { issuer: 0, wallet: 8200, verifier: 8300 },
    publicUrls: { issuer: 'https://issuer.example', verifier: 'https://verify.example' },
    mongodbUrl: 'mongodb://db'
  });
});

it('refuses a bad value with the service’s own check, naming the variable', () => {
  expect(() => loadConfig({ WALLET_PORT: 'eighty', ISSUER_PUBLIC_URL: 'localhost:4100' })).toThrow(
    /^invalid configuration: (WALLET_PORT: expected a whole number from 0 to 65535; ISSUER_PUBLIC_URL: expected an absolute http|ISSUER_PUBLIC_URL: .*; WALLET_PORT: )/
  );
  // the same message the service itself would give
  expect(() => parseEnv({ ISSUER_PUBLIC_URL: serviceBaseEnv('ISSUER', 1).ISSUER_PUBLIC_URL }, { ISSUER_PUBLIC_URL: 'localhost:4100' })).toThrow(/ISSUER_PUBLIC_URL: expected an absolute http/);
});
