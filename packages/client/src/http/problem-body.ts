import { z } from 'zod';

/**
 * An RFC 9457 problem as agentvc services send it. Loose: extensions (challenge, problems,
 * errors) are kept, and only `code` is required to call it one of ours.
 */
export const problemBodySchema = z.looseObject({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().optional(),
  detail: z.string().optional(),
  code: z.string().min(1),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  problems: z.array(z.record(z.string(), z.unknown())).optional(),
  errors: z.array(z.record(z.string(), z.unknown())).optional()
});

export type ProblemBody = z.infer<typeof problemBodySchema>;
