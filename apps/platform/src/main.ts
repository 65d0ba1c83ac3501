// `npm start`: the issuer, wallet and verifier on the embedded store (or MongoDB), one command.
import { stopOnSignals } from '@agentvc/http';
import { startPlatform } from './start-platform.js';

const env = process.env;
const port = (name: string, fallback: number): number => {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) throw new Error(`${name} must be a port number`);
  return value;
};

const platform = await startPlatform({
  dataDir: env.AGENTVC_DATA_DIR ?? './data',
  ports: { issuer: port('ISSUER_PORT', 4100), wallet: port('WALLET_PORT', 4200), verifier: port('VERIFIER_PORT', 4300) },
  ...(env.AGENTVC_ADMIN_TOKEN ? { adminToken: env.AGENTVC_ADMIN_TOKEN } : {}),
  ...(env.MONGODB_URL ? { mongodbUrl: env.MONGODB_URL } : {})
}).catch((error: unknown) => {
  console.error(`agentvc failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

const lines = [
  '',
  'agentvc is running',
  `  issuer    ${platform.issuer.url}`,
  `  wallet    ${platform.wallet.url}`,
  `  verifier  ${platform.verifier.url}`,
  `  issuer DID ${platform.issuerDid}`,
  platform.generatedAdminToken
    ? `  operator API key (shown once, keep it safe): ${platform.generatedAdminToken}`
    : '  operator API key: the one printed on first start, or AGENTVC_ADMIN_TOKEN',
  '  try: npm run demo    stop: Ctrl-C',
  ''
];
process.stdout.write(`${lines.join('\n')}\n`);

stopOnSignals(() => platform.stop());
