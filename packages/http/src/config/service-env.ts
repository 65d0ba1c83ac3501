import { join } from 'node:path';
import { z } from 'zod';
import { LOG_LEVELS, serviceBaseEnv } from './service-base-env.js';
import { readServerEnv, serverEnvIssue, serverEnvShape } from './server-env.js';

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
  const shared: z.ZodRawShape = serviceBaseEnv(prefix, port);
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
