import { MAX_PRESENTATION_HEADER_BYTES, PRESENTATION_HEADER, type AgentIdentity } from '@agentvc/core';
import { AgentVcClientError } from '../errors/agentvc-client-error.js';
import { errorFromResponse, errorFromText } from '../http/error-from-response.js';
import { networkError } from '../http/network-error.js';
import { problemBodySchema, type ProblemBody } from '../http/problem-body.js';
import type { FetchLike } from '../http/fetch-like.js';
import { signPresentation, type PresentationSuite } from '../sign-presentation.js';
import { readPresentationChallenge } from './read-presentation-challenge.js';

export interface PresentToOptions {
  url: string;
  /** Default GET. */
  method?: string;
  /** A string or bytes are sent as they are; anything else as JSON. Sent again on the retry. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The agent: signs the presentation and must be the subject of the credentials. */
  identity: AgentIdentity;
  credentials: ReadonlyArray<Record<string, unknown>>;
  fetch?: FetchLike;
  suite?: PresentationSuite;
}

export interface PresentToResult {
  /** The final response; its body has been read into `body`. */
  response: Response;
  status: number;
  /** Parsed JSON when the response says JSON, else text (undefined when empty). */
  body: unknown;
  /** False when the route answered without asking for a presentation. */
  presented: boolean;
}

/**
 * The client half of the relying-party middleware protocol: send the request; on 401
 * PRESENTATION_REQUIRED sign a presentation of `credentials` over the challenge and domain it
 * gives and send the same request again with the `Agent-Presentation` header. A final 401/403
 * throws AgentVcClientError (PRESENTATION_INVALID / NOT_AUTHORIZED with the verifier's `problems`).
 */
export async function presentTo({ url, method = 'GET', body, headers = {}, identity, credentials, fetch = globalThis.fetch, suite }: PresentToOptions): Promise<PresentToResult> {
  const what = `${method} ${url}`;
  const payload = body === undefined || typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  const baseHeaders = { accept: 'application/json', ...(typeof payload === 'string' && payload !== body ? { 'content-type': 'application/json' } : {}), ...headers };
  const send = async (extra: Record<string, string>): Promise<Response> => {
    try {
      return await fetch(url, { method, headers: { ...baseHeaders, ...extra }, ...(payload === undefined ? {} : { body: payload }) });
    } catch (cause) {
      throw networkError(what, url, cause);
    }
  };

  const first = await send({});
  if (first.status !== 401) return finish(first, false, what);
  const text = await first.text().catch(() => '');
  const problem = parseProblem(text);
  const asked = readPresentationChallenge(problem, first.headers.get('www-authenticate'));
  if (!asked) {
    if (problem?.code === 'PRESENTATION_REQUIRED') {
      throw new AgentVcClientError('CHALLENGE_MISSING', `${what}: a presentation is required but no challenge was given`, { status: 401, problem });
    }
    throw errorFromText(401, text, what);
  }
  const presentation = await signPresentation({ holder: identity, credentials, ...asked, ...(suite ? { suite } : {}) });
  const json = Buffer.from(JSON.stringify(presentation), 'utf8');
  // the middleware refuses larger ones: fail here with a clear code
  if (json.byteLength > MAX_PRESENTATION_HEADER_BYTES) {
    throw new AgentVcClientError('PRESENTATION_TOO_LARGE', `${what}: the presentation is ${json.byteLength} bytes, over the ${MAX_PRESENTATION_HEADER_BYTES}-byte header limit`, { status: 0 });
  }
  return finish(await send({ [PRESENTATION_HEADER]: json.toString('base64url') }), true, what);
}

async function finish(response: Response, presented: boolean, what: string): Promise<PresentToResult> {
  if (response.status === 401 || response.status === 403) throw await errorFromResponse(response, what);
  const text = await response.text();
  let body: unknown = text === '' ? undefined : text;
  if (text !== '' && /[/+]json\b/i.test(response.headers.get('content-type') ?? '')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { response, status: response.status, body, presented };
}

function parseProblem(text: string): ProblemBody | undefined {
  try {
    const parsed = problemBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
