import { AgentVcClientError } from '../errors/agentvc-client-error.js';
import { problemBodySchema } from './problem-body.js';

/** Bound on what is parsed from an error body: enough for any problem we send, no more. */
const MAX_ERROR_BODY_CHARS = 256 * 1024;

/** Turns a non-2xx response into an AgentVcClientError carrying the server's code and problem. */
export async function errorFromResponse(response: Response, what: string): Promise<AgentVcClientError> {
  return errorFromText(response.status, await response.text().catch(() => ''), what);
}

/** The same, for a body already read. */
export function errorFromText(status: number, text: string, what: string): AgentVcClientError {
  let json: unknown;
  try {
    json = text.length <= MAX_ERROR_BODY_CHARS ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const parsed = problemBodySchema.safeParse(json);
  if (parsed.success) {
    const problem = parsed.data;
    const why = problem.detail ?? problem.title ?? `HTTP ${status}`;
    return new AgentVcClientError(problem.code, `${what}: ${why} (${status} ${problem.code})`, { status, problem });
  }
  return new AgentVcClientError('HTTP_ERROR', `${what}: HTTP ${status} without a problem body`, { status });
}
