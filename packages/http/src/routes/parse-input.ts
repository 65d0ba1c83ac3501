import type { z } from 'zod';
import { validationError, type InputLocation } from '../errors/validation-error.js';

/**
 * Validates one input at the edge; failures become 400 VALIDATION_FAILED with paths such as
 * `body.credential.issuer`. Synchronous on purpose: lookups belong in handlers, not schemas.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, location: InputLocation): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error.issues, location);
  return result.data;
}
