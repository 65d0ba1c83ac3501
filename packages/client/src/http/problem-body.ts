import { loose, problemDetailsSchema } from '@agentvc/core';
import type { z } from 'zod';

/**
 * An RFC 9457 problem as agentvc services send it, read from the contract's schema: only
 * `code` is required to call it one of ours, and unknown members (`challenge`, …) are kept.
 */
export const problemBodySchema = loose(problemDetailsSchema.partial().required({ code: true }));

export type ProblemBody = z.infer<typeof problemBodySchema> & Record<string, unknown>;
