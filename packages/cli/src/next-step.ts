import type { CliReportedCode } from './cli-error-codes.js';
import type { CommandContext } from './command-context.js';

/**
 * The command to run next after a refusal a new user meets on the way (codes of the issuer,
 * the wallet and the SDK). Undefined when the message already says what to do.
 */
export function nextStep(code: CliReportedCode | (string & {}), { did }: CommandContext): string | undefined {
  const agent = did ?? '<did>';
  switch (code) {
    case 'AGENT_NOT_REGISTERED':
    case 'AGENT_NOT_FOUND':
      return `an operator registers the agent first: agentvc admin agents register ${agent} --name NAME --owner OWNER`;
    case 'NO_ACTIVE_GRANTS':
      return `an operator grants it a capability first: agentvc admin grant ${agent} --capability JSON (see agentvc help admin)`;
    case 'INVALID_API_KEY':
    case 'API_KEY_REQUIRED':
      return 'set AGENTVC_API_KEY to an operator key: npm start prints the first one; agentvc admin keys create NAME makes more';
    case 'NETWORK_ERROR':
      return 'is the service running at that URL? (npm start: issuer http://localhost:4100, wallet http://localhost:4200)';
    default:
      return undefined;
  }
}
