import { isAgentVcError, type ErrorCode } from '@agentvc/core';

/** Awaits `promise`, expecting it to reject with an AgentVcError of `code`; returns the error. */
export async function expectStoreError(promise: Promise<unknown>, code: ErrorCode): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  );
  if (!isAgentVcError(error, code)) {
    throw new Error(`expected an AgentVcError ${code}, got ${error === undefined ? 'success' : String(error)}`, { cause: error });
  }
  return error;
}
