import { z } from 'zod';
import { envHttpUrl } from './env-http-url.js';
import { envInteger } from './env-integer.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The port each service listens on unless `<P>_PORT` says otherwise (`npm start` uses them too). */
export const SERVICE_PORTS = { issuer: 4100, wallet: 4200, verifier: 4300 } as const;

/**
 * The variables every service reads alike, under its prefix: port, host, public URL, data
 * dir, MongoDB, log level. `serviceEnv` includes them; a launcher (`npm start`) picks the few it
 * needs from the same definitions, so their defaults and checks are written once.
 */
export function serviceBaseEnv<Prefix extends string>(prefix: Prefix, port: number) {
  const named = {
    PORT: envInteger({ min: 0, max: 65_535, fallback: port }).meta({ description: 'port to listen on (0 picks a free one: then set the public URL)' }),
    HOST: z.string().min(1).default('127.0.0.1').meta({ description: 'interface to bind (`0.0.0.0` in a container)' }),
    PUBLIC_URL: envHttpUrl().optional().meta({
      description:
        'base URL clients reach the service at (behind a proxy, the public one), with its scheme; a trailing `/` is dropped. The issuer signs it into status list URLs; the wallet’s and verifier’s DID-auth domain is its host. `npm start` honours it too',
      shownDefault: '`http://localhost:<port>`'
    })
  };
  const prefixed = Object.fromEntries(Object.entries(named).map(([name, schema]) => [`${prefix}_${name}`, schema])) as {
    [Name in keyof typeof named as `${Prefix}_${Name}`]: (typeof named)[Name];
  };
  return {
    ...prefixed,
    AGENTVC_DATA_DIR: z.string().min(1).default('./data').meta({
      description: 'parent folder: each service keeps its embedded store and key files in a subfolder of its own (`<dir>/issuer`, `<dir>/wallet`, `<dir>/verifier`)'
    }),
    MONGODB_URL: z.string().min(1).optional().meta({ description: 'a MongoDB connection string: use MongoDB instead of the embedded store' }),
    MONGODB_DB: z.string().min(1).default('agentvc').meta({ description: 'the MongoDB database (with `MONGODB_URL`)' }),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info').meta({ description: 'pino level; logs are JSON lines with the request id' })
  };
}
