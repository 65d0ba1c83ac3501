/**
 * Codes only the SDK (@agentvc/client) raises, about a call that got no usable answer. They have
 * no HTTP status of their own, so they are not in ERROR_CODES: the client error's `status` is the
 * response's, or 0 when none arrived. `ErrorCode | SdkErrorCode` is every code a client sees.
 */
export const SDK_ERROR_CODES = {
  NETWORK_ERROR: { meaning: 'No answer: the service is unreachable or did not answer in time (the message names the URL and the cause)' },
  INVALID_RESPONSE: { meaning: 'The answer is not JSON or not the shape the contract gives' },
  HTTP_ERROR: { meaning: 'An error status without a problem body (a proxy, not an agentvc service, answered)' },
  API_KEY_REQUIRED: { meaning: 'An operator call was made without an API key; nothing was sent' },
  PRESENTATION_TOO_LARGE: { meaning: 'The presentation is over the Agent-Presentation header limit; nothing was sent' },
  CHALLENGE_MISSING: { meaning: 'A relying party asked for a presentation without giving a challenge' }
} as const satisfies Record<string, { meaning: string }>;

export type SdkErrorCode = keyof typeof SDK_ERROR_CODES;
