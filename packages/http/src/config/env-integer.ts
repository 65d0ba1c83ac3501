import { z } from 'zod';

/**
 * A whole number from an environment variable, within [min, max]; `fallback` when unset. One
 * message for every way it can be wrong, so the start-up line says what is expected.
 */
export function envInteger({ min, max, fallback }: { min: number; max: number; fallback: number }) {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
}
