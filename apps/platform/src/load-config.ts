import { parseEnv, serviceBaseEnv, SERVICE_PORTS } from '@agentvc/http';

const issuer = serviceBaseEnv('ISSUER', SERVICE_PORTS.issuer);
const wallet = serviceBaseEnv('WALLET', SERVICE_PORTS.wallet);
const verifier = serviceBaseEnv('VERIFIER', SERVICE_PORTS.verifier);

/**
 * The variables `npm start` reads itself, from the services' own definitions in the config kit
 * (same defaults, same checks): the ports (to pick free ones for 0), the public URLs (else
 * `http://localhost:<port>`), the data folder and MongoDB. Every other variable, and these too,
 * reaches the services through their environment, where each service checks its own.
 */
export const platformEnv = {
  ISSUER_PORT: issuer.ISSUER_PORT,
  WALLET_PORT: wallet.WALLET_PORT,
  VERIFIER_PORT: verifier.VERIFIER_PORT,
  ISSUER_PUBLIC_URL: issuer.ISSUER_PUBLIC_URL,
  WALLET_PUBLIC_URL: wallet.WALLET_PUBLIC_URL,
  VERIFIER_PUBLIC_URL: verifier.VERIFIER_PUBLIC_URL,
  AGENTVC_DATA_DIR: issuer.AGENTVC_DATA_DIR,
  MONGODB_URL: issuer.MONGODB_URL
};

type Services = 'issuer' | 'wallet' | 'verifier';

/** What startPlatform takes from the environment (main reads it; nothing else does). */
export interface PlatformConfig {
  dataDir: string;
  ports: Record<Services, number>;
  publicUrls: Partial<Record<Services, string>>;
  mongodbUrl?: string;
}

/** Reads the launcher's configuration from the environment: one line naming each bad variable (see parseEnv). */
export function loadConfig(env: Record<string, string | undefined>): PlatformConfig {
  const values = parseEnv(platformEnv, env);
  const urls = { issuer: values.ISSUER_PUBLIC_URL, wallet: values.WALLET_PUBLIC_URL, verifier: values.VERIFIER_PUBLIC_URL };
  return {
    dataDir: values.AGENTVC_DATA_DIR,
    ports: { issuer: values.ISSUER_PORT, wallet: values.WALLET_PORT, verifier: values.VERIFIER_PORT },
    publicUrls: Object.fromEntries(Object.entries(urls).filter(([, url]) => url !== undefined)) as Partial<Record<Services, string>>,
    ...(values.MONGODB_URL ? { mongodbUrl: values.MONGODB_URL } : {})
  };
}
