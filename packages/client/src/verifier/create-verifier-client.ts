import type { z } from 'zod';
import { loose, verificationResultSchema, VERIFIER_ROUTES, type CapabilityRequirement, type Challenge, type VerificationResult } from '@agentvc/core';
import { AgentVcClientError } from '../errors/agentvc-client-error.js';
import { errorFromText } from '../http/error-from-response.js';
import { networkError } from '../http/network-error.js';
import { joinUrl, sendJson, type FetchLike } from '../http/send-json.js';

/** What the verifier service answers, 200 (verified) or 400 (not): data, not an error. The contract's VerificationResult. */
export const remoteVerificationSchema = loose(verificationResultSchema);
export type RemoteVerification = VerificationResult;
const challengeSchema = loose(VERIFIER_ROUTES.challenge.responses[201]);

export interface VerifierClient {
  /** A challenge issued (and later consumed) by the verifier service. */
  challenge(): Promise<Challenge>;
  verifyCredential(credential: unknown, options?: { capability?: CapabilityRequirement }): Promise<RemoteVerification>;
  verifyPresentation(presentation: unknown, options: { challenge: string; domain: string; capability?: CapabilityRequirement }): Promise<RemoteVerification>;
}

/** The verifier service (apps/verifier) for relying parties that do not embed @agentvc/verifier. */
export function createVerifierClient({ baseUrl, fetch = globalThis.fetch }: { baseUrl: string; fetch?: FetchLike }): VerifierClient {
  async function verify(path: string, body: unknown): Promise<RemoteVerification> {
    const what = `POST ${path}`;
    const url = joinUrl(baseUrl, path);
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) });
    } catch (cause) {
      throw networkError(what, url, cause);
    }
    const text = await response.text().catch(() => '');
    // a 400 is either a verification result (data) or a problem about the request (an error)
    if (response.status === 200 || response.status === 400) {
      const parsed = parseJson(text, remoteVerificationSchema);
      if (parsed) return parsed;
    }
    if (!response.ok) throw errorFromText(response.status, text, what);
    throw new AgentVcClientError('INVALID_RESPONSE', `${what}: not a verification result`, { status: response.status });
  }

  return {
    challenge: () => sendJson({ fetch, url: joinUrl(baseUrl, '/challenges'), method: 'POST', schema: challengeSchema, what: 'POST /challenges' }),
    verifyCredential: (credential, options = {}) => verify('/credentials/verify', { verifiableCredential: credential, options }),
    verifyPresentation: (presentation, options) => verify('/presentations/verify', { verifiablePresentation: presentation, options })
  };
}

function parseJson<T>(text: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
