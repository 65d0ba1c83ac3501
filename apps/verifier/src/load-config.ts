import { envInteger, envList, envOptionalInteger, parseEnv, serviceEnv, SERVICE_PORTS, statusFetchEnv, trustedIssuersEnv } from '@agentvc/http';
import { PROOF_SUITES } from '@agentvc/verifier';
import { z } from 'zod';
import { VERIFIER_RATE_LIMITS } from './rate-limits.js';

/** Every variable the verifier reads; docs/running.md lists them from here (test/config/running-docs.test.ts). */
export const verifierEnv = serviceEnv(
  {
    prefix: 'VERIFIER',
    port: SERVICE_PORTS.verifier,
    folder: 'verifier',
    rateLimits: VERIFIER_RATE_LIMITS,
    rateLimitMeanings: { challenges: 'challenge requests (`POST /challenges`) per client per window', verify: '`POST /credentials/verify` and `/presentations/verify` requests, together, per client per window' }
  },
  {
    ...trustedIssuersEnv('VERIFIER'),
    VERIFIER_ACCEPTED_SUITES: envList(z.enum(PROOF_SUITES, { error: `expected one of ${PROOF_SUITES.join(', ')}` }), `one of ${PROOF_SUITES.join(', ')}`).meta({
      description: `comma-separated proof suites accepted for credentials and presentations (${PROOF_SUITES.join(', ')})`,
      shownDefault: 'credentials `Ed25519Signature2020`; presentations also `eddsa-jcs-2022`'
    }),
    ...statusFetchEnv('VERIFIER'),
    VERIFIER_MAX_IN_FLIGHT: envInteger({ min: 1, max: 10_000, fallback: 128 }).meta({ description: 'requests verified at once before a fast `503 OVERLOADED` (see docs/benchmarks.md)' }),
    VERIFIER_WORKERS: envOptionalInteger({ min: 0, max: 64 }).meta({
      description: 'worker threads for JSON-LD work (canonical-form checks and RDF canonicalization); 0 runs it on the event loop',
      shownDefault: 'cores − 1, at least 1'
    }),
    VERIFIER_JOB_TIMEOUT_MS: envInteger({ min: 100, max: 60_000, fallback: 5_000 }).meta({
      description: 'a JSON-LD job not done by then (queue wait included) is refused as `DOCUMENT_TOO_COMPLEX`'
    })
  }
).transform(({ service, http, env }) => {
  const suites = env.VERIFIER_ACCEPTED_SUITES.length > 0 ? env.VERIFIER_ACCEPTED_SUITES : undefined;
  return {
    ...service,
    /** Presentations are signed for it: the host of the public URL. */
    domain: new URL(service.publicUrl).host,
    trustedIssuers: env.VERIFIER_TRUSTED_ISSUERS,
    credentialSuites: suites ?? ['Ed25519Signature2020' as const],
    presentationSuites: suites ?? ['Ed25519Signature2020' as const, 'eddsa-jcs-2022' as const],
    statusAllowHttp: env.VERIFIER_STATUS_ALLOW_HTTP,
    statusAllowPrivate: env.VERIFIER_STATUS_ALLOW_PRIVATE,
    maxInFlight: env.VERIFIER_MAX_IN_FLIGHT,
    ...(env.VERIFIER_WORKERS === undefined ? {} : { workers: env.VERIFIER_WORKERS }),
    jobTimeoutMs: env.VERIFIER_JOB_TIMEOUT_MS,
    http
  };
});

/** The verifier's configuration: what `verifierEnv` parses to. */
export type VerifierConfig = z.infer<typeof verifierEnv>;

/** Reads the verifier's configuration from the environment (the only place it is read). */
export function loadConfig(env: Record<string, string | undefined>): VerifierConfig {
  return parseEnv(verifierEnv, env);
}
