import type { CliReportedCode } from './cli-error-codes.js';
import { CliError, UsageError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import type { CommandContext } from './command-context.js';
import { nextStep } from './next-step.js';
import { problemLines } from './output.js';
import { USAGE } from './usage.js';

/** An error as the CLI reports it; with --json this object is printed as `{error}`. */
interface Described {
  /** A newer service's code this CLI does not know yet passes through as sent. */
  code: CliReportedCode | (string & {});
  message: string;
  status?: number;
  /** The server's RFC 9457 problem body, whole (field errors, problems, requestId …). */
  problem?: Record<string, unknown>;
  problems?: ReadonlyArray<Record<string, unknown>>;
  /** The system reason of a network or file failure, e.g. `{code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:4100'}`. */
  cause?: { code?: string; message: string };
  /** The command to run next, for refusals a new user meets (AGENT_NOT_REGISTERED, …). */
  hint?: string;
}

/** Prints a failed command's error (stderr; with --json also `{error}` on stdout) and returns its exit code. */
export async function reportError(error: unknown, json: boolean, io: CliIo, context: CommandContext): Promise<number> {
  if (error instanceof UsageError) {
    const code: CliReportedCode = 'USAGE';
    if (json) io.stdout(`${JSON.stringify({ error: { code, message: error.message } }, null, 2)}\n`);
    io.stderr(`agentvc: ${error.message}\n\n${USAGE[error.topic]}\n`);
    return 2;
  }
  const described = await describe(error, context);
  if (json) io.stdout(`${JSON.stringify({ error: described }, null, 2)}\n`);
  else io.stderr(`${humanLines(described).join('\n')}\n`);
  return 1;
}

function humanLines({ code, message, problem, problems = [], hint }: Described): string[] {
  // VALIDATION_FAILED lists field errors as `errors: [{path, message}]`; verifications as `problems`
  const fieldErrors = Array.isArray(problem?.errors) ? (problem.errors as Array<Record<string, unknown>>) : [];
  return [
    `agentvc: error: ${message} [${code}]`,
    ...fieldErrors.map((e) => `  - ${String(e.path ?? '(request)')}: ${String(e.message ?? '')}`),
    ...(problem?.truncated === true ? ['  - (more problems not listed)'] : []),
    ...problemLines(problems),
    ...(hint ? [`agentvc: next: ${hint}`] : [])
  ];
}

async function describe(error: unknown, context: CommandContext): Promise<Described> {
  // already loaded by the command that failed
  const [{ isAgentVcError }, { isAgentVcClientError }] = await Promise.all([import('@agentvc/core'), import('@agentvc/client')]);
  let described: Described;
  if (isAgentVcClientError(error)) {
    const cause = error.code === 'NETWORK_ERROR' ? systemCause(error.cause) : undefined;
    described = {
      code: error.code,
      message: error.message,
      status: error.status,
      ...(error.problem ? { problem: error.problem } : {}),
      ...(error.problems ? { problems: error.problems } : {}),
      ...(cause ? { cause } : {})
    };
  } else if (isAgentVcError(error) || error instanceof CliError) {
    described = { code: error.code, message: error.message };
  } else {
    described = otherFailure(error);
  }
  const hint = nextStep(described.code, context);
  return hint ? { ...described, hint } : described;
}

/** The innermost error with a system code in a fetch failure's cause chain (undici nests it). */
function systemCause(error: unknown): Described['cause'] {
  let found: Described['cause'];
  for (let at = error, depth = 0; typeof at === 'object' && at !== null && depth < 5; at = (at as { cause?: unknown }).cause, depth++) {
    const { code, message } = at as { code?: unknown; message?: unknown };
    if (typeof code === 'string') found = { code, message: typeof message === 'string' ? message : code };
  }
  return found;
}

/**
 * A failure from outside agentvc: a system error of a file (it has a syscall) is FILE_ERROR,
 * anything else INTERNAL; a code it carries (ENOENT, ERR_…) is kept as `cause`, not as the code.
 */
function otherFailure(error: unknown): Described {
  // duck-typed, not `instanceof Error`: a system error may come from another realm (a test VM)
  if (typeof error !== 'object' || error === null || typeof (error as { message?: unknown }).message !== 'string') return { code: 'INTERNAL', message: String(error) };
  const { code, syscall, message } = error as NodeJS.ErrnoException;
  const cause = typeof code === 'string' ? { cause: { code, message } } : {};
  if (typeof code === 'string' && typeof syscall === 'string') return { code: 'FILE_ERROR', message: message.includes(code) ? message : `${code}: ${message}`, ...cause };
  return { code: 'INTERNAL', message, ...cause };
}
