import { AgentVcError, capabilityRequirementSchema, type CapabilityRequirement } from '@agentvc/core';
import { toMicroUnits } from './decimal.js';

/**
 * A caller's capability requirement, checked before any verification work. A bad one is a
 * caller mistake, so it throws INVALID_OPTIONS rather than becoming a verification problem.
 */
export function parseRequirement(capability: unknown): CapabilityRequirement | undefined {
  if (capability === undefined) return undefined;
  const parsed = capabilityRequirementSchema.safeParse(capability);
  if (!parsed.success) {
    throw new AgentVcError('INVALID_OPTIONS', `invalid capability requirement: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  if (parsed.data.type === 'PaymentAuthorization') {
    try {
      toMicroUnits(parsed.data.amount.value);
    } catch (cause) {
      throw new AgentVcError('INVALID_OPTIONS', 'the required amount has more than 6 decimal places', { cause });
    }
  }
  return parsed.data;
}
