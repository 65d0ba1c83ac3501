/** How one error code is answered over HTTP, and what it means to a caller. */
export interface ErrorCodeEntry {
  /** The HTTP status. 500: an internal failure, answered as a generic INTERNAL and logged. */
  readonly status: number;
  /** One line for docs/http-api.md (generated from this table). */
  readonly meaning: string;
  /** Sent to clients under this code instead (a duplicate key is a CONFLICT to them). */
  readonly answerAs?: string;
  /** Shown instead of the error's message: a 5xx message may describe internals. */
  readonly detail?: string;
  /** `Retry-After` for a 503 when the error carries no `details.retryAfterSeconds`. */
  readonly retryAfterSeconds?: number;
  /** A second status this code is answered with, in one named situation. */
  readonly alsoStatus?: { readonly status: number; readonly when: string };
}

/**
 * Every error code of agentvc — library, HTTP and app codes — with its HTTP status: the one
 * place to look a status up or change it. Verification problems are data, not errors: see
 * PROBLEM_CODES.
 */
export const ERROR_CODES = {
  // requests
  BAD_REQUEST: { status: 400, meaning: 'The request is not valid HTTP, or its body could not be read' },
  VALIDATION_FAILED: { status: 400, meaning: 'A path parameter, query or body member is invalid; `errors` lists them' },
  MALFORMED_JSON: { status: 400, meaning: 'The body is not valid UTF-8 JSON' },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'The path does not accept this method (see `Allow`)' },
  REQUEST_TIMEOUT: { status: 408, meaning: 'Headers or body not received within the service timeouts' },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'The body is over the route limit (64 KiB by default)' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: 'The body is not JSON, not UTF-8, or compressed' },
  RATE_LIMITED: { status: 429, meaning: 'A per-client limit was reached; retry after `Retry-After`' },
  HEADERS_TOO_LARGE: { status: 431, meaning: "The request headers are over Node's 16 KiB" },
  // generic refusals, also thrown by libraries
  UNAUTHORIZED: { status: 401, meaning: 'No bearer token was sent' },
  FORBIDDEN: { status: 403, meaning: 'The caller may not do this (wallet: another agent’s key or holder, or the wallet’s own domain)' },
  NOT_FOUND: { status: 404, meaning: 'No route matches, or no such resource' },
  CONFLICT: { status: 409, meaning: 'It exists already (an agent DID, a stored credential)' },
  // the service
  INTERNAL: { status: 500, meaning: 'An unexpected failure; the request id finds it in the logs' },
  NOT_IMPLEMENTED: { status: 501, meaning: 'The method is not implemented' },
  SERVICE_UNAVAILABLE: { status: 503, meaning: 'Storage is unavailable; `Retry-After` when it is only unreachable' },
  NOT_READY: { status: 503, meaning: 'A readiness check failed' },
  OVERLOADED: { status: 503, meaning: 'Too many requests in flight; retry after `Retry-After`' },
  // operator and session authentication
  INVALID_API_KEY: { status: 401, meaning: 'The operator API key is unknown, revoked, wrong or not `avc_<id>_<secret>`' },
  TOKEN_INVALID: { status: 401, meaning: 'The wallet session token is not valid (or was signed out)' },
  TOKEN_EXPIRED: { status: 401, meaning: 'The wallet session token has expired; sign in again' },
  // DID-auth and challenges
  DID_AUTH_FAILED: { status: 401, meaning: 'The DID-auth presentation did not verify; `problems` says why' },
  CHALLENGE_INVALID: { status: 401, meaning: 'The challenge was not issued here' },
  CHALLENGE_USED: { status: 401, meaning: 'The challenge was used before' },
  CHALLENGE_EXPIRED: { status: 401, meaning: 'The challenge is past its deadline' },
  CHALLENGE_CAPACITY: {
    status: 503,
    meaning: 'Too many consumed challenges to remember to take another; retry after `Retry-After`',
    detail: 'Too many challenges are in use; retry shortly'
  },
  // the relying-party middleware
  PRESENTATION_REQUIRED: { status: 401, meaning: 'Present a capability credential over the challenge given' },
  PRESENTATION_INVALID: { status: 401, meaning: 'The presentation itself was not accepted; `problems` says why' },
  NOT_AUTHORIZED: { status: 403, meaning: 'The presented credentials do not authorize the request; `problems` says why' },
  // issuer
  AGENT_NOT_REGISTERED: { status: 403, meaning: 'The agent DID is not registered with the issuer' },
  NO_ACTIVE_GRANTS: { status: 403, meaning: 'The agent has no active grant to issue a credential for' },
  AGENT_NOT_FOUND: { status: 404, meaning: 'No such agent' },
  GRANT_NOT_FOUND: { status: 404, meaning: 'No such active grant' },
  API_KEY_NOT_FOUND: { status: 404, meaning: 'No such live API key' },
  ISSUER_MISMATCH: { status: 400, meaning: 'The credential names another issuer than this service' },
  UNKNOWN_CONTEXT: { status: 400, meaning: 'A JSON-LD context is not one of the bundled ones' },
  INVALID_CREDENTIAL: { status: 400, meaning: 'The credential cannot be issued as given' },
  STATUS_CHANGE_REFUSED: { status: 409, meaning: 'The status cannot change so (a revocation is permanent)' },
  STATUS_LIST_FULL: { status: 503, meaning: 'No status slot could be reserved; retry', detail: 'No status slot could be reserved; retry' },
  // wallet
  CREDENTIAL_REJECTED: { status: 400, meaning: 'The credential did not verify for this agent; `problems` says why' },
  CREDENTIAL_NOT_FOUND: { status: 404, meaning: 'The wallet holds no such credential for this agent (`credentialIds` lists them)' },
  KEY_NOT_FOUND: {
    status: 404,
    meaning: 'The wallet holds no key for this agent',
    alsoStatus: { status: 409, when: 'POST /presentations asks to sign without an entrusted key' }
  },
  CREDENTIAL_NOT_PRESENTABLE: { status: 409, meaning: 'A stored credential cannot be presented (e.g. expired since stored)' },
  INVALID_IDENTITY: { status: 400, meaning: 'The key pair does not hold together' },
  // libraries: storage, DIDs, documents
  DUPLICATE_KEY: { status: 409, meaning: 'A record with this id exists', answerAs: 'CONFLICT' },
  STORE_UNAVAILABLE: {
    status: 503,
    meaning: 'The database is away (restarting, failing over)',
    answerAs: 'SERVICE_UNAVAILABLE',
    detail: 'Storage is unavailable; retry later',
    // a database that is away usually answers again within seconds
    retryAfterSeconds: 5
  },
  STORE_CORRUPT: { status: 503, meaning: 'Stored data cannot be read', answerAs: 'SERVICE_UNAVAILABLE', detail: 'Storage is unavailable; retry later' },
  STORE_INVALID_OPERATION: { status: 500, meaning: 'A store call the engine cannot do (a programming error)' },
  DID_UNSUPPORTED: { status: 400, meaning: 'A DID method this deployment does not resolve' },
  DID_UNRESOLVABLE: { status: 400, meaning: 'The DID could not be resolved' },
  INVALID_OPTIONS: { status: 500, meaning: 'A library was called with options it cannot use (a programming error)' },
  CONTEXT_INTEGRITY: { status: 500, meaning: 'A bundled context does not match its pinned digest' },
  UNSUPPORTED_URL: { status: 500, meaning: 'A document URL the loader does not serve' },
  STATUS_LIST_INVALID: { status: 500, meaning: 'A status list cannot be decoded or built' },
  SIGNING_FAILED: { status: 500, meaning: 'The signer failed' }
} as const satisfies Record<string, ErrorCodeEntry>;

/** Every error code agentvc throws or answers with. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** The status `code` is answered with. */
export function errorStatus(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}

/** Whether `value` is one of agentvc's error codes (e.g. a problem `code` received). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
