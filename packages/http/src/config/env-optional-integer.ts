import { z } from 'zod';

/** Like `envInteger`, with no default: unset stays undefined (the service picks at run time). */
export function envOptionalInteger({ min, max }: { min: number; max: number }) {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional();
}
