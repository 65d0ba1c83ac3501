import { AgentVcError } from '@agentvc/core';

/** The error for a request the port does not support or MongoDB would refuse. */
export function invalidOperation(message: string, cause?: unknown): AgentVcError {
  return new AgentVcError('STORE_INVALID_OPERATION', message, cause === undefined ? undefined : { cause });
}
