import { CAPABILITY_TYPES, capabilitySchema, type Capability, type VerifiableCredential } from '@agentvc/core';
import { problem, type Problem } from '../problem.js';

const KNOWN: ReadonlySet<string> = new Set(CAPABILITY_TYPES);

/**
 * The capabilities an AgentCapabilityCredential grants. Fails closed: one unknown capability
 * type or unknown constraint field makes the whole credential unacceptable, because a
 * constraint we cannot read is a limit we would silently ignore.
 */
export function readCapabilities(credential: VerifiableCredential): { capabilities: Capability[]; problems: Problem[] } {
  const types = ([] as string[]).concat(credential.type);
  if (!types.includes('AgentCapabilityCredential')) return { capabilities: [], problems: [] };
  const subject = credential.credentialSubject;
  if (Array.isArray(subject)) {
    return { capabilities: [], problems: [problem('CAPABILITY_MALFORMED', 'a capability credential has one subject', 'credentialSubject')] };
  }
  const raw = subject.capability;
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  if (list.length === 0) {
    return { capabilities: [], problems: [problem('CAPABILITY_MALFORMED', 'no capability', 'credentialSubject.capability')] };
  }
  const capabilities: Capability[] = [];
  const problems: Problem[] = [];
  list.forEach((item, index) => {
    const path = `credentialSubject.capability[${index}]`;
    const type = item && typeof item === 'object' ? (item as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !KNOWN.has(type)) {
      problems.push(problem('CAPABILITY_UNKNOWN_TYPE', `unknown capability type ${JSON.stringify(type)?.slice(0, 80)}`, path));
      return;
    }
    const parsed = capabilitySchema.safeParse(item);
    if (parsed.success) capabilities.push(parsed.data);
    else problems.push(problem('CAPABILITY_MALFORMED', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), path));
  });
  return { capabilities, problems };
}
