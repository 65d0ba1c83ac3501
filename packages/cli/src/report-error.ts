import { CliError, UsageError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import type { CommandContext } from './command-context.js';
import { nextStep } from './next-step.js';
import { problemLines } from './output.js';
import { USAGE } from './usage.js';

/** An error as the CLI reports it; with --json this object is printed as `{error}`. */
interface Described {
  code: string;
  message: string;
  status?: number;
  /** The server's RFC 9457 problem body, whole (field errors, problems, requestId …). */
  problem?: Record<string, unknown>;
  problems?: ReadonlyArray<Record<string, unknown>>;
  /** A network failure's system reason, e.g. `{code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:4100'}`. */
  cause?: { code?: string; message: string };
  /** The command to run next, for refusals a new user meets (AGENT_NOT_REGISTERED, …). */
  hint?: string;
}

/** Prints a failed command's error (stderr; with --json also `{error}` on stdout) and returns its exit code. */
export async function reportError(error: unknown, json: boolean, io: CliIo, context: CommandContext): Promise<number> {
  if (error instanceof UsageError) {
    if (json) io.stdout(`${JSON.stringify({ error: { code: 'USAGE', message: error.message } }, null, 2)}\n`);
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
    const errno = (error as NodeJS.ErrnoException | undefined)?.code;
    described = typeof errno === 'string' && error instanceof Error ? { code: errno, message: error.message } : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
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
