import { join } from 'node:path';
import { z } from 'zod';
import { envHttpUrl } from './env-http-url.js';
import { envInteger } from './env-integer.js';
import { readServerEnv, serverEnvIssue, serverEnvShape } from './server-env.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface ServiceEnvOptions<Name extends string> {
  /** `ISSUER` → `ISSUER_PORT`, `ISSUER_HOST`, `ISSUER_PUBLIC_URL`, `ISSUER_RATE_LIMIT_*`, ... */
  prefix: string;
  port: number;
  /** The service's folder under AGENTVC_DATA_DIR: one embedded store (and LOCK) per service. */
  folder: string;
  rateLimits: Readonly<Record<Name, number>>;
  /** Each rate limit's line in docs/running.md (`... per client per window`). */
  rateLimitMeanings?: Readonly<Record<Name, string>>;
}

/**
 * The whole environment schema of a service: the variables every service reads (port, host,
 * public URL, data dir, MongoDB, log level, and `serverEnvShape`'s timeouts, proxies and
 * rate limits) and the service's `own`. Parsed (with `parseEnv`), it gives `service` (the
 * shared settings), `http` (a `ServerConfig`) and `env` (the `own` values), which the
 * service's loadConfig turns into its config; the config's type is that schema's `z.infer`.
 * Each variable's `.meta({ description })` is its line in docs/running.md (see `envVariables`).
 */
export function serviceEnv<Name extends string, Own extends z.ZodRawShape>(options: ServiceEnvOptions<Name>, own: Own) {
  const { prefix, port, folder, rateLimits, rateLimitMeanings } = options;
  const shared: z.ZodRawShape = {
    [`${prefix}_PORT`]: envInteger({ min: 0, max: 65_535, fallback: port }).meta({ description: 'port to listen on (0 picks a free one: then set the public URL)' }),
    [`${prefix}_HOST`]: z.string().min(1).default('127.0.0.1').meta({ description: 'interface to bind (`0.0.0.0` in a container)' }),
    [`${prefix}_PUBLIC_URL`]: envHttpUrl().optional().meta({
      description:
        'base URL clients reach the service at (behind a proxy, the public one), with its scheme; a trailing `/` is dropped. The issuer signs it into status list URLs; the wallet’s and verifier’s DID-auth domain is its host. `npm start` honours it too',
      shownDefault: '`http://localhost:<port>`'
    }),
    AGENTVC_DATA_DIR: z.string().min(1).default('./data').meta({
      description: 'parent folder: each service keeps its embedded store and key files in a subfolder of its own (`<dir>/issuer`, `<dir>/wallet`, `<dir>/verifier`)'
    }),
    MONGODB_URL: z.string().min(1).optional().meta({ description: 'a MongoDB connection string: use MongoDB instead of the embedded store' }),
    MONGODB_DB: z.string().min(1).default('agentvc').meta({ description: 'the MongoDB database (with `MONGODB_URL`)' }),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info').meta({ description: 'pino level; logs are JSON lines with the request id' })
  };
  const shape: z.ZodRawShape = { ...shared, ...serverEnvShape(prefix, rateLimits, rateLimitMeanings), ...own };
  return z
    .object(shape)
    .check((ctx) => {
      const issue = serverEnvIssue(ctx.value, prefix);
      if (issue) ctx.issues.push({ code: 'custom', message: issue, input: ctx.value, path: [] });
    })
    .transform((values) => {
      const read = <T>(name: string) => values[name] as T;
      const publicUrl = (read<string | undefined>(`${prefix}_PUBLIC_URL`) ?? `http://localhost:${read<number>(`${prefix}_PORT`)}`).replace(/\/+$/, '');
      const mongodbUrl = read<string | undefined>('MONGODB_URL');
      return {
        service: {
          port: read<number>(`${prefix}_PORT`),
          host: read<string>(`${prefix}_HOST`),
          publicUrl,
          dataDir: join(read<string>('AGENTVC_DATA_DIR'), folder),
          ...(mongodbUrl ? { mongodbUrl } : {}),
          mongodbDb: read<string>('MONGODB_DB'),
          logLevel: read<(typeof LOG_LEVELS)[number]>('LOG_LEVEL')
        },
        http: readServerEnv(values, prefix, rateLimits),
        // the shape was built from `own`, so these keys hold what `own` parses to
        env: values as z.output<z.ZodObject<Own>>
      };
    });
}
