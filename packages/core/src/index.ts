// Declarations for the untyped modules this package uses; shipped in types/ so consumers need no setup.
/// <reference path="../types/digitalbazaar.d.ts" preserve="true" />
export { AgentVcError, isAgentVcError } from './errors/agentvc-error.js';
// the contract: every code and its status, the problem body, protocol constants, route schemas
export { ERROR_CODES, errorStatus, isErrorCode, type ErrorCode, type ErrorCodeEntry } from './contract/error-codes.js';
export { SDK_ERROR_CODES, type SdkErrorCode } from './contract/sdk-error-codes.js';
export {
  buildProblem,
  DEFAULT_PROBLEM_TYPE_BASE,
  PROBLEM_CONTENT_TYPE,
  problemDetailsSchema,
  problemType,
  type ProblemBody,
  type ProblemDetails,
  type ProblemInput
} from './contract/problem-details.js';
export { MAX_PRESENTATION_HEADER_BYTES, PRESENTATION_HEADER, STATUS_LIST_LENGTH } from './contract/protocol.js';
export {
  grantedCapabilitySchema,
  notVerifiedSchema,
  PROBLEM_CODES,
  PROBLEM_SCOPES,
  verificationProblem,
  verificationProblemSchema,
  verificationResultSchema,
  verifiedSchema,
  type GrantedCapability,
  type Problem,
  type ProblemCode,
  type ProblemScope,
  type VerificationResult
} from './contract/verification-result.js';
export { routeContract, type RouteContract, type RouteExamples } from './contract/route-contract.js';
export { loose } from './contract/loose.js';
export { challengeResponseSchema, isoDateTimeSchema, jsonObjectSchema, signedCredentialSchema, type Challenge } from './contract/common-schemas.js';
export { presentationRequestSchema, sessionResponseSchema, storedCredentialSchema, WALLET_ROUTES, type WalletPresentationRequest } from './contract/wallet-contract.js';
export { VERIFIER_ROUTES, verifyCredentialRequestSchema, verifyPresentationRequestSchema } from './contract/verifier-contract.js';
export { ISSUER_ROUTES } from './contract/issuer-contract.js';
export {
  API_KEY_ID_PATTERN,
  apiKeyParamsSchema,
  auditQuerySchema,
  createApiKeyRequestSchema,
  didParamsSchema,
  grantParamsSchema,
  grantTemplateSchema,
  issueRequestSchema,
  pageQuerySchema,
  registerAgentSchema,
  statusListParamsSchema,
  statusRequestSchema,
  type GrantTemplate,
  type GrantTemplateInput,
  type IssueRequest,
  type RegisterAgentInput,
  type StatusRequest,
  type StatusRequestInput
} from './contract/issuer-requests.js';
export {
  agentViewSchema,
  apiKeyViewSchema,
  auditRecordSchema,
  createdApiKeySchema,
  credentialResponseSchema,
  grantViewSchema,
  issuerInfoSchema,
  statusChangeSchema
} from './contract/issuer-responses.js';
export { systemClock, type Clock } from './ports/clock.js';
export type { DocumentLoader, RemoteDocument } from './ports/document-loader.js';
export type { Signer } from './ports/signer.js';
export { bundledContexts } from './contexts/bundled-contexts.js';
export { CONTEXT_URLS } from './contexts/context-urls.js';
export { createDocumentLoader, type DocumentLoaderOptions } from './contexts/create-document-loader.js';
export {
  createDidKeyResolver,
  type DidDocument,
  type DidKeyResolver,
  type DidKeyResolverOptions,
  type VerificationMethod
} from './did/did-key-resolver.js';
export type { AgentIdentity } from './identity/agent-identity.js';
export { generateIdentity } from './identity/generate-identity.js';
export { exportIdentity } from './identity/export-identity.js';
export { importIdentity } from './identity/import-identity.js';
export { createSigner } from './identity/create-signer.js';
export { createSecretBox, type SealedSecret, type SecretBox } from './secrets/create-secret-box.js';
export { signPresentation, type PresentationSuite, type SignPresentationOptions } from './presentations/sign-presentation.js';
export type { ChallengeStore, IssuedChallenge } from './ports/challenge-store.js';
export type { RateLimitCounter } from './ports/rate-limit-counter.js';
export { exportedIdentitySchema, type ExportedIdentity } from './schemas/exported-identity.js';
export { LIMITS } from './schemas/limits.js';
export {
  CAPABILITY_TYPES,
  actionAuthorizationSchema,
  capabilityInputSchema,
  capabilitySchema,
  currencySchema,
  decimalAmountSchema,
  moneySchema,
  paymentAuthorizationSchema,
  type ActionAuthorization,
  type Capability,
  type PaymentAuthorization
} from './schemas/capability.js';
export { capabilityRequirementSchema, type CapabilityRequirement } from './schemas/capability-requirement.js';
export {
  contextSchema,
  credentialStatusSchema,
  dateTimeSchema,
  proofSchema,
  verifiableCredentialSchema,
  type CredentialStatus,
  type Proof,
  type VerifiableCredential
} from './schemas/credential.js';
export { verifiablePresentationSchema, type VerifiablePresentation } from './schemas/presentation.js';
