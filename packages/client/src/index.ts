export { signPresentation, type PresentationSuite, type SignPresentationOptions } from './sign-presentation.js';
export { AgentVcClientError, isAgentVcClientError, type AgentVcClientErrorOptions, type ClientErrorCode } from './errors/agentvc-client-error.js';
export type { ProblemBody } from './http/problem-body.js';
export type { FetchLike } from './http/fetch-like.js';
// identity: the core functions, re-exported so an agent needs only this package
export { exportIdentity, generateIdentity, importIdentity, type AgentIdentity, type ExportedIdentity } from '@agentvc/core';
export { saveIdentityFile, type SaveIdentityFileOptions } from './identity/save-identity-file.js';
export { loadIdentityFile } from './identity/load-identity-file.js';
export { createIssuerClient, type IssuerClient, type IssuerClientOptions } from './issuer/create-issuer-client.js';
export type { AgentPage, AuditQuery, GrantInput, OperatorCalls, RegisterAgentInput, SetStatusInput } from './issuer/create-operator-calls.js';
export type { Agent, ApiKey, AuditRecord, Challenge, CreatedApiKey, Grant, IssuerInfo, StatusChange } from './issuer/issuer-schemas.js';
export { createWalletClient, type WalletClient, type WalletClientOptions } from './wallet/create-wallet-client.js';
export type { CreatePresentationInput, CredentialFilter, WalletPresentation, WalletSession } from './wallet/create-wallet-session.js';
export type { StoredCredential } from './wallet/wallet-schemas.js';
export { presentTo, type PresentToOptions, type PresentToResult } from './relying-party/present-to.js';
// protocol constants of the contract, shared with the relying-party middleware
export { MAX_PRESENTATION_HEADER_BYTES, PRESENTATION_HEADER } from '@agentvc/core';
export { readPresentationChallenge, type PresentationChallenge } from './relying-party/read-presentation-challenge.js';
export { createVerifierClient, type RemoteVerification, type VerifierClient } from './verifier/create-verifier-client.js';
