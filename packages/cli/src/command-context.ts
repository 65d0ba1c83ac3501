/**
 * What a command learnt before it failed, for the error report's next-step hint: e.g. the
 * agent's DID, so "register the agent first" can print the exact command to run.
 */
export interface CommandContext {
  did?: string;
}
