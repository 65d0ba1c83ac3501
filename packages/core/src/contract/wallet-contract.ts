import { z } from 'zod';
import { exportedIdentitySchema } from '../schemas/exported-identity.js';
import { LIMITS } from '../schemas/limits.js';
import { CHALLENGE_EXAMPLE, challengeResponseSchema, EXAMPLE, isoDateTimeSchema, jsonObjectSchema, signedCredentialSchema } from './common-schemas.js';
import { EXAMPLE_CREDENTIAL, EXAMPLE_PRESENTATION } from './example-documents.js';
import { routeContract } from './route-contract.js';

const credentialId = z.string().min(1).max(LIMITS.maxStringLength);
const presentationBody = z.strictObject({ presentation: jsonObjectSchema });

export const sessionResponseSchema = z.object({ token: z.string(), agentDid: z.string(), expiresAt: isoDateTimeSchema });

export const storedCredentialSchema = z
  .object({
    id: z.string(),
    issuer: z.string(),
    types: z.array(z.string()),
    capabilityTypes: z.array(z.string()),
    storedAt: isoDateTimeSchema,
    verifiableCredential: signedCredentialSchema
  })
  .meta({ id: 'StoredCredential' });

export const presentationRequestSchema = z.strictObject({
  credentialIds: z.array(credentialId).max(LIMITS.maxCredentialsPerPresentation),
  challenge: z.string().min(1).max(256),
  domain: z.string().min(1).max(256),
  holder: z.string().min(1).max(LIMITS.maxStringLength).optional(),
  sign: z.boolean().optional(),
  suite: z.enum(['eddsa-jcs-2022', 'Ed25519Signature2020']).optional()
});

export type WalletPresentationRequest = z.infer<typeof presentationRequestSchema>;

const credentialParams = z.object({ id: credentialId });
const stored = { id: EXAMPLE.credentialId, issuer: EXAMPLE.issuerDid, types: ['VerifiableCredential', 'AgentCapabilityCredential'], capabilityTypes: ['PaymentAuthorization'], storedAt: EXAMPLE.at, verifiableCredential: EXAMPLE_CREDENTIAL };
const identity = { type: 'AgentIdentity', version: 1, did: EXAMPLE.agentDid, keyId: `${EXAMPLE.agentDid}#z6Mkh…`, publicKeyMultibase: 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', privateKeyMultibase: 'zrvMASi45ub7Qe4ZE36UT5G6cU4ud8Fhhe4deS4F3cw9KTAb8dLcukC7edhDQ7cn5d4gEYkbUrMWeWQLGsCmrG6' };

/** The hosted wallet service (apps/wallet). */
export const WALLET_ROUTES = {
  challenge: routeContract({
    method: 'POST',
    path: '/auth/challenges',
    operationId: 'createSignInChallenge',
    responses: { 201: challengeResponseSchema },
    examples: { responses: { 201: { ...CHALLENGE_EXAMPLE, domain: 'localhost:4200' } } }
  }),
  signIn: routeContract({
    method: 'POST',
    path: '/auth/sessions',
    operationId: 'signIn',
    request: { body: presentationBody },
    responses: { 201: sessionResponseSchema },
    examples: {
      request: { presentation: { ...EXAMPLE_PRESENTATION, verifiableCredential: [] } },
      responses: { 201: { token: 'pQ0bWZ0yq0m8v7g3n2Vd4QxJcH1s5L6t9uKe7rYfA2w', agentDid: EXAMPLE.agentDid, expiresAt: '2025-06-01T12:15:00.000Z' } }
    }
  }),
  signOut: routeContract({ method: 'DELETE', path: '/auth/sessions/current', operationId: 'signOut', responses: { 204: null }, examples: { responses: {} } }),
  storeCredential: routeContract({
    method: 'POST',
    path: '/credentials',
    operationId: 'storeCredential',
    request: { body: z.strictObject({ verifiableCredential: jsonObjectSchema }) },
    responses: { 201: storedCredentialSchema },
    examples: { request: { verifiableCredential: EXAMPLE_CREDENTIAL }, responses: { 201: stored } }
  }),
  listCredentials: routeContract({
    method: 'GET',
    path: '/credentials',
    operationId: 'listCredentials',
    request: {
      query: z.object({
        type: z.string().min(1).max(256).optional(),
        capabilityType: z.string().min(1).max(256).optional(),
        issuer: z.string().min(1).max(LIMITS.maxStringLength).optional()
      })
    },
    responses: { 200: z.object({ credentials: z.array(storedCredentialSchema) }) },
    examples: { request: { capabilityType: 'PaymentAuthorization' }, responses: { 200: { credentials: [stored] } } }
  }),
  getCredential: routeContract({
    method: 'GET',
    path: '/credentials/:id',
    operationId: 'getCredential',
    request: { params: credentialParams },
    responses: { 200: storedCredentialSchema },
    examples: { request: { id: EXAMPLE.credentialId }, responses: { 200: stored } }
  }),
  deleteCredential: routeContract({
    method: 'DELETE',
    path: '/credentials/:id',
    operationId: 'deleteCredential',
    request: { params: credentialParams },
    responses: { 204: null },
    examples: { request: { id: EXAMPLE.credentialId }, responses: {} }
  }),
  putKey: routeContract({
    method: 'PUT',
    path: '/keys',
    operationId: 'entrustKey',
    request: { body: z.strictObject({ identity: exportedIdentitySchema }) },
    responses: { 204: null },
    examples: { request: { identity }, responses: {} }
  }),
  getKey: routeContract({
    method: 'GET',
    path: '/keys',
    operationId: 'exportKey',
    responses: { 200: z.object({ identity: exportedIdentitySchema }) },
    examples: { responses: { 200: { identity } } }
  }),
  createPresentation: routeContract({
    method: 'POST',
    path: '/presentations',
    operationId: 'createPresentation',
    request: { body: presentationRequestSchema },
    responses: { 201: z.object({ verifiablePresentation: jsonObjectSchema, signed: z.boolean() }) },
    examples: {
      request: { credentialIds: [EXAMPLE.credentialId], challenge: CHALLENGE_EXAMPLE.challenge, domain: 'shop.example', sign: true },
      responses: { 201: { verifiablePresentation: EXAMPLE_PRESENTATION, signed: true } }
    }
  })
};
