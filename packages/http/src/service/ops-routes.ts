import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import { HttpError } from '../errors/http-error.js';
import { defineRoute, type Route } from '../routes/define-route.js';

/** A readiness check: resolves when the dependency answers, rejects (or hangs) when not. */
export type ReadinessCheck = () => Promise<void>;

export interface OpsRoutesOptions {
  registry: Registry;
  readiness: Readonly<Record<string, ReadinessCheck>>;
  readinessTimeoutMs: number;
  openapi: () => Record<string, unknown>;
}

const TAGS = ['operations'];
const statusSchema = z.object({ status: z.literal('ok') });
const readySchema = statusSchema.extend({ checks: z.record(z.string(), z.literal('ok')) });

/** `/health`, `/ready`, `/metrics`, `/openapi.json`: the same on every service. */
export function opsRoutes(options: OpsRoutesOptions): Route[] {
  const { registry } = options;
  return [
    defineRoute({
      method: 'GET',
      path: '/health',
      summary: 'Liveness: the process answers',
      tags: TAGS,
      responses: { 200: statusSchema }
    }).handle(() => ({ status: 200, body: { status: 'ok' } })),
    defineRoute({
      method: 'GET',
      path: '/ready',
      summary: 'Readiness: every dependency answers',
      tags: TAGS,
      responses: { 200: readySchema },
      errors: [503]
    }).handle(async ({ log }) => ({
      status: 200,
      body: { status: 'ok', checks: await runChecks(options, log) }
    })),
    defineRoute({
      method: 'GET',
      path: '/metrics',
      summary: 'Prometheus metrics',
      tags: TAGS,
      contentType: registry.contentType,
      responses: { 200: z.string() }
    }).handle(async () => ({ status: 200, body: await registry.metrics() })),
    defineRoute({
      method: 'GET',
      path: '/openapi.json',
      summary: 'This OpenAPI document',
      tags: TAGS,
      responses: { 200: z.record(z.string(), z.unknown()) }
    }).handle(() => ({ status: 200, body: options.openapi() }))
  ];
}

/** Runs every check at once; any failure is a 503 NOT_READY naming the failed checks. */
async function runChecks(options: OpsRoutesOptions, log: Logger): Promise<Record<string, 'ok'>> {
  const entries = Object.entries(options.readiness);
  const outcomes = await Promise.allSettled(entries.map(([, check]) => withTimeout(check, options.readinessTimeoutMs)));
  const checks: Record<string, 'ok' | 'fail'> = {};
  const failed: string[] = [];
  outcomes.forEach((outcome, i) => {
    const name = entries[i]?.[0] ?? String(i);
    checks[name] = outcome.status === 'fulfilled' ? 'ok' : 'fail';
    if (outcome.status === 'rejected') {
      failed.push(name);
      log.warn({ err: outcome.reason, check: name }, 'readiness check failed');
    }
  });
  // Names only in the answer: a failing check's message may describe internals
  if (failed.length > 0) {
    throw new HttpError('NOT_READY', `Not ready: ${failed.join(', ')}`, { extensions: { checks } });
  }
  return checks as Record<string, 'ok'>;
}

async function withTimeout(check: ReadinessCheck, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`readiness check timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
