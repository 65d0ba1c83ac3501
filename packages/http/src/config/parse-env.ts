import type { z } from 'zod';

/**
 * Reads environment variables through a zod schema: the parsed values, or one error naming
 * every invalid variable (`invalid configuration: ISSUER_PORT: ...; ...`), for main to print.
 */
export function parseEnv<Schema extends z.ZodType>(schema: Schema, env: Record<string, string | undefined>): z.output<Schema> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
