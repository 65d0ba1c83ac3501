import type { z } from 'zod';
import { AgentVcError, capabilityRequirementSchema } from '@agentvc/core';

/** A requirement once parsed: every amount is a decimal string. */
export type ParsedRequirement = z.output<typeof capabilityRequirementSchema>;

/**
 * A caller's capability requirement, checked before any verification work. A bad one is a
 * caller mistake, so it throws INVALID_OPTIONS rather than becoming a verification problem;
 * an amount given as a number becomes its exact decimal string, or is refused (the money rule
 * in @agentvc/core's capability schema).
 */
export function parseRequirement(capability: unknown): ParsedRequirement | undefined {
  if (capability === undefined) return undefined;
  const parsed = capabilityRequirementSchema.safeParse(capability);
  if (!parsed.success) {
    throw new AgentVcError('INVALID_OPTIONS', `invalid capability requirement: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
