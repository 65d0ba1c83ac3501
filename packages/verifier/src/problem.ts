import type { Problem, ProblemCode, ProblemScope } from '@agentvc/core';

// The problem codes, shape and builder are the contract's (@agentvc/core), shared with the services and the client
export { verificationProblem as problem } from '@agentvc/core';
export type { Problem, ProblemCode, ProblemScope };

/** The problems of one credential's checks: about the credential, wherever it was presented. */
export function asCredentialProblems(problems: Problem[]): Problem[] {
  return problems.map((p) => (p.scope === 'credential' ? p : { ...p, scope: 'credential' }));
}

/** Prefixes the paths of problems found inside a nested document. */
export function nestProblems(problems: Problem[], prefix: string): Problem[] {
  return problems.map((p) => ({ ...p, path: p.path ? `${prefix}.${p.path}` : prefix }));
}
